import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { chartsQuery, dashboardFilters, DashboardVersion, scorecardQuery } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { units } from '../../db/schema/index';
import { isDepartment, type Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { dataVersion, VersionedCache } from '../../lib/data-version';
import { forbidden, notFound } from '../../lib/errors';
import { charts } from './charts';
import { drill, type DrillParams } from './drill';
import { headline } from './headline';
import { matrix, type MatrixParams } from './matrix';
import { options } from './options';
import { scorecards, unitScorecard } from './scorecards';

/** A view's validator and, on demand, its body: a client that has the same version gets a 304 without either being computed. */
export type View<T> = { etag: string; load: () => T };

type Filters = z.output<typeof dashboardFilters>;

const requireDepartment = (actor: Actor) => {
  if (!isDepartment(actor)) throw forbidden('Bảng theo dõi chung dành cho Sở và lãnh đạo Sở');
};
const unitNotFound = () => notFound('Không tìm thấy đơn vị');

export { READ_ONLY_ACTIONS } from '../../lib/data-version';

/**
 * The dashboard's service: who may see what, and every view computed once per version of the
 * data. The version is the last audit entry's id (every write records one in its own transaction,
 * so no write goes unseen) and today's date (a task becomes overdue overnight without a write).
 * Views of the current version are kept in a small LRU cache, dropped when the version moves:
 * ten people looking at the same figures cost one computation, and a poll with the version the
 * client already has costs a 304.
 */
export function dashboardViews(deps: { db: Db; clock: Clock; cacheEntries?: number }) {
  const { db, clock } = deps;
  const cache = new VersionedCache(deps.cacheEntries ?? 200);
  const current = () => dataVersion(db, clock);

  function view<T>(name: string, query: unknown, compute: (today: string, version: string) => T): View<T> {
    const { today, version } = current();
    const key = `${name}?${JSON.stringify(query)}`;
    const etag = `W/"${version}-${createHash('sha1').update(key).digest('base64url').slice(0, 12)}"`;
    return { etag, load: () => cache.get(version, key, () => compute(today, version)) };
  }

  return {
    version(actor: Actor): DashboardVersion {
      requireDepartment(actor);
      return { version: current().version };
    },
    options(actor: Actor) {
      requireDepartment(actor);
      return view('options', null, () => options(db));
    },
    headline(actor: Actor, q: Filters) {
      requireDepartment(actor);
      return view('headline', q, (today, version) => headline(db, today, q, version));
    },
    matrix(actor: Actor, q: MatrixParams) {
      requireDepartment(actor);
      return view('matrix', q, (today, version) => matrix(db, today, q, version));
    },
    scorecards(actor: Actor, q: Filters) {
      requireDepartment(actor);
      return view('scorecards', q, (today, version) => scorecards(db, today, q, version));
    },
    charts(actor: Actor, q: z.output<typeof chartsQuery>) {
      requireDepartment(actor);
      return view('charts', q, (today, version) => charts(db, today, q, version));
    },
    /** The department reads any unit's; a unit its own only — any other is "not found", existing or not. */
    scorecard(actor: Actor, unitId: number, q: z.output<typeof scorecardQuery>) {
      if (!isDepartment(actor) && actor.unitId !== unitId) throw unitNotFound();
      if (!db.select({ id: units.id }).from(units).where(eq(units.id, unitId)).get()) throw unitNotFound();
      return view(`scorecard/${unitId}`, q, (today, version) => {
        const card = unitScorecard(db, today, unitId, q);
        if (!card) throw unitNotFound();
        return { ...card, version };
      });
    },
    /**
     * The rows behind a figure. A unit may open the figures of its own scorecard (unitId = its
     * own); the department's views (no unit named) are refused, another unit's are not found.
     */
    drill(actor: Actor, q: DrillParams) {
      if (!isDepartment(actor)) {
        if (q.unitId == null) throw forbidden('Bảng theo dõi chung dành cho Sở và lãnh đạo Sở');
        if (q.unitId !== actor.unitId) throw unitNotFound();
      }
      return view('drill', q, (today) => drill(db, today, q));
    },
  };
}

export type DashboardViews = ReturnType<typeof dashboardViews>;
