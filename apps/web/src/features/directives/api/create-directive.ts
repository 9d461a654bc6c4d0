import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Directive, DirectiveInput } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { directiveQueryOptions } from './get-directive';
import { directiveKeys } from './keys';

export const createDirective = (body: DirectiveInput) => api<Directive>('/directives', { method: 'POST', body });

export function useCreateDirective() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDirective,
    onSuccess: (directive) => {
      queryClient.setQueryData(directiveQueryOptions(directive.id).queryKey, directive);
      void queryClient.invalidateQueries({ queryKey: directiveKeys.lists() });
    },
  });
}
