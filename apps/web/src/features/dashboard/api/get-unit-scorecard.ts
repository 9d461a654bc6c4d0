import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UnitScorecard } from '@dondoc/schemas';
import { api, isApiError } from '../../../lib/api-client';
import { dashboardKeys } from './keys';
import { asQuery } from './query';

export type UnitScorecardFilters = { from?: string; to?: string };

export const unitScorecardKey = (unitId: number, f: UnitScorecardFilters) => [...dashboardKeys.all, 'unit-scorecard', unitId, f] as const;

export const getUnitScorecard = (unitId: number, f: UnitScorecardFilters, signal?: AbortSignal) =>
  api<UnitScorecard>(`/dashboard/scorecards/${unitId}`, { query: asQuery(f), signal });

/**
 * Not keyed by the dashboard's version: unit users may not poll it (department only). The card
 * carries its own version, which the drill-down below it uses as its key.
 */
export const useUnitScorecard = (unitId: number, f: UnitScorecardFilters) =>
  useQuery({
    queryKey: unitScorecardKey(unitId, f),
    queryFn: ({ signal }) => getUnitScorecard(unitId, f, signal),
    placeholderData: keepPreviousData,
    // "Not found" (another unit's card) will not change by asking again.
    retry: (count, e) => count < 2 && !(isApiError(e) && e.status < 500),
  });
