import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitGroup } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { unitKeys } from './keys';

export const getUnitGroups = (signal?: AbortSignal) =>
  api<{ items: UnitGroup[] }>('/unit-groups', { signal }).then((r) => r.items);

export const unitGroupsQueryOptions = () =>
  queryOptions({ queryKey: unitKeys.groups(), queryFn: ({ signal }) => getUnitGroups(signal), staleTime: 60_000 });

export const useUnitGroups = ({ enabled = true }: { enabled?: boolean } = {}) => useQuery({ ...unitGroupsQueryOptions(), enabled });
