import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Comment, CommentCreate } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { commentsQueryOptions } from './get-comments';

export const addComment = (taskId: number, body: CommentCreate) =>
  api<Comment>(`/tasks/${taskId}/comments`, { method: 'POST', body });

export function useAddComment(taskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommentCreate) => addComment(taskId, body),
    onSuccess: (comment) => {
      queryClient.setQueryData(commentsQueryOptions(taskId).queryKey, (list) => [...(list ?? []), comment]);
    },
  });
}
