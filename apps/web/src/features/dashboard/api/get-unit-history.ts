import { useQuery } from '@tanstack/react-query';
import type { UnitHistory } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { dashboardKeys } from './keys';

export const getUnitHistory = (unitId: number, signal?: AbortSignal) => api<UnitHistory>(`/units/${unitId}/history`, { signal });

/** The directory's record of a unit: its former names, for the scorecard's heading. */
export const useUnitHistory = (unitId: number, enabled: boolean) =>
  useQuery({ queryKey: [...dashboardKeys.all, 'unit-history', unitId] as const, queryFn: ({ signal }) => getUnitHistory(unitId, signal), enabled, staleTime: 5 * 60_000 });
