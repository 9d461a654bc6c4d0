import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Directive, DirectiveUpdate } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { directiveQueryOptions } from './get-directive';
import { directiveKeys } from './keys';

export const updateDirective = (id: number, body: DirectiveUpdate) =>
  api<Directive>(`/directives/${id}`, { method: 'PUT', body });

export function useUpdateDirective() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: DirectiveUpdate }) => updateDirective(id, body),
    onSuccess: (directive) => {
      queryClient.setQueryData(directiveQueryOptions(directive.id).queryKey, directive);
      // The preview depends on what was just saved.
      void queryClient.invalidateQueries({ queryKey: directiveKeys.preview(directive.id) });
      void queryClient.invalidateQueries({ queryKey: directiveKeys.lists() });
    },
  });
}
