import type { DashboardFilters } from '@dondoc/schemas';
import type { RequestOptions } from '../../../lib/api-client';

/** Filters as a query string: empty values left out. */
export const asQuery = (f: object): RequestOptions['query'] => f as Record<string, string | number | undefined>;

export type Filters = DashboardFilters;
