import { meQueryKey } from '../../../lib/query-client';

export const authKeys = {
  me: () => meQueryKey,
};
