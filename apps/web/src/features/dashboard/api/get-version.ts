import { useQuery } from '@tanstack/react-query';
import type { DashboardVersion } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { dashboardKeys } from './keys';

export const getVersion = (signal?: AbortSignal) => api<DashboardVersion>('/dashboard/version', { signal });

/** Polled every 15 s: leaders leave the screen open; the views refetch only when this moves. */
export const useDashboardVersion = () =>
  useQuery({ queryKey: dashboardKeys.version(), queryFn: ({ signal }) => getVersion(signal), refetchInterval: 15_000, refetchOnWindowFocus: true });
