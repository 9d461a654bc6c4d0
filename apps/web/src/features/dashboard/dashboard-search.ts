import { chartsQuery, matrixQuery } from '@dondoc/schemas';
import type { MatrixQuery } from '@dondoc/schemas';

/**
 * What the dashboard shows, as it travels in its URL (/dashboard?district=…&sort=…): the filters,
 * the matrix's grouping, sort and page of directives, and the progress chart's period. A link
 * pasted or opened from history shows the same view.
 */
export type DashboardSearch = Pick<MatrixQuery, 'from' | 'to' | 'issuer' | 'district' | 'kind' | 'state' | 'groupBy' | 'sort' | 'order'> & {
  page?: number;
  bucket?: 'week' | 'month';
};

const shape = matrixQuery.shape;
/** Each field checked on its own with the API's schema: one bad value falls back to its default, the rest stay. */
const fields = {
  from: shape.from,
  to: shape.to,
  issuer: shape.issuer,
  district: shape.district,
  kind: shape.kind,
  state: shape.state,
  groupBy: shape.groupBy,
  sort: shape.sort,
  order: shape.order,
  bucket: chartsQuery.shape.bucket,
} as const;

export function parseDashboardSearch(raw: Record<string, unknown>): DashboardSearch {
  // Every key is set, undefined when unusable: the router lays the validated search over the raw
  // one, so a key left out would let the raw value ("state=bogus") through to the page.
  const out: Record<string, unknown> = Object.fromEntries([...Object.keys(fields), 'page'].map((k) => [k, undefined]));
  for (const [key, schema] of Object.entries(fields)) {
    let value = raw[key];
    // The router reads `district=180` as the number 180: codes and names are text.
    if (typeof value === 'number' && (key === 'district' || key === 'issuer')) value = String(value);
    if (value === undefined || value === null || value === '') continue;
    const parsed = schema.safeParse(value);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  // The default chart period is the month: left out of the URL.
  if (out['bucket'] === 'month') out['bucket'] = undefined;
  if (typeof out['from'] === 'string' && typeof out['to'] === 'string' && out['from'] > out['to']) {
    out['from'] = undefined;
    out['to'] = undefined;
  }
  const page = Number(raw['page']);
  if (Number.isInteger(page) && page > 1 && page <= 10_000) out['page'] = page;
  return out as DashboardSearch;
}

/** The filters every view takes (the headline, ranking and charts have no state, grouping nor sort). */
export const filtersOf = (s: DashboardSearch) => ({ from: s.from, to: s.to, issuer: s.issuer, district: s.district, kind: s.kind });
