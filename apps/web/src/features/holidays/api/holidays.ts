import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Holiday, HolidayUpsert } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { holidayKeys } from './keys';

export const getHolidays = (year: number, signal?: AbortSignal) => api<{ items: Holiday[] }>('/holidays', { query: { year }, signal }).then((r) => r.items);
export const setHoliday = (date: string, body: HolidayUpsert) => api<Holiday>(`/holidays/${date}`, { method: 'PUT', body });
export const deleteHoliday = (date: string) => api<void>(`/holidays/${date}`, { method: 'DELETE' });

export const holidaysQueryOptions = (year: number) =>
  queryOptions({ queryKey: holidayKeys.year(year), queryFn: ({ signal }) => getHolidays(year, signal), placeholderData: keepPreviousData });

export const useHolidays = (year: number) => useQuery(holidaysQueryOptions(year));

/** A change of date is a removal and an addition: `previous` is the date being moved away from. */
export function useSaveHoliday() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ date, previous, body }: { date: string; previous?: string | undefined; body: HolidayUpsert }) => {
      const saved = await setHoliday(date, body);
      if (previous && previous !== date) await deleteHoliday(previous);
      return saved;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: holidayKeys.all }),
  });
}

export function useDeleteHoliday() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteHoliday, onSettled: () => queryClient.invalidateQueries({ queryKey: holidayKeys.all }) });
}
