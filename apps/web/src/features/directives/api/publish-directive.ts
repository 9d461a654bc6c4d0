import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Directive } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { directiveQueryOptions } from './get-directive';

export type PublishResult = { directive: Directive; taskCount: number };

export const publishDirective = (id: number, version: number) =>
  api<PublishResult>(`/directives/${id}/publish`, { method: 'POST', body: { version } });

export function usePublishDirective() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) => publishDirective(id, version),
    onSuccess: ({ directive }) => {
      queryClient.setQueryData(directiveQueryOptions(directive.id).queryKey, directive);
      // Publishing creates tasks: every list and matrix that counts them is out of date.
      void queryClient.invalidateQueries();
    },
  });
}
