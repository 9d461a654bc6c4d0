import { and, asc, eq, isNotNull, max, min, sql } from 'drizzle-orm';
import { unitKinds, type DashboardOptions } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { directives, units } from '../../db/schema/index';

const collator = new Intl.Collator('vi');

/** What the filters offer: issuers seen on published directives, districts, unit kinds in the directory, the years covered. */
export function options(db: Conn): DashboardOptions {
  const published = eq(directives.status, 'published');
  const issuers = db
    .selectDistinct({ issuer: directives.issuer })
    .from(directives)
    .where(and(published, isNotNull(directives.issuer)))
    .all()
    .map((r) => r.issuer as string)
    .sort(collator.compare);
  const districts = db
    .select({ code: units.districtCode, name: sql<string | null>`max(${units.districtName})` })
    .from(units)
    .where(isNotNull(units.districtCode))
    .groupBy(units.districtCode)
    .orderBy(asc(units.districtCode))
    .all()
    .map((d) => ({ code: d.code as string, name: d.name ?? (d.code as string) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const kinds = new Set(db.selectDistinct({ kind: units.kind }).from(units).all().map((k) => k.kind));
  const span = db.select({ first: min(directives.issuedOn), last: max(directives.issuedOn) }).from(directives).where(published).get();
  return {
    issuers,
    districts,
    kinds: unitKinds.filter((k) => kinds.has(k)),
    issued: span?.first && span.last ? { first: span.first, last: span.last } : null,
  };
}
