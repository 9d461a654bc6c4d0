/**
 * A report's proposed content from the unit's activities: figures added up per field, and per
 * outline section the list of what was done. Reads only; two queries whatever the number of
 * activities (an aggregate per form and measure, and one list), then plain arithmetic.
 */
import { and, asc, eq, gte, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { ActivityForm, ReportProposal } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { activities, units, type FigureField, type OutlineSection } from '../../db/schema/index';
import { viDate } from './common';

export type PrefillScope = {
  unitId: number;
  directiveId: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  outline: readonly OutlineSection[];
  fields: readonly FigureField[];
};

/** Form names as the department's report forms write them. */
export const FORM_LABELS: Record<ActivityForm, string> = {
  bao_in: 'Báo in',
  bao_dien_tu: 'Báo điện tử',
  phat_thanh: 'Phát thanh',
  truyen_hinh: 'Truyền hình',
  trang_ttdt: 'Trang thông tin điện tử',
  mang_xa_hoi: 'Mạng xã hội',
  truyen_thanh_co_so: 'Truyền thanh cơ sở',
  pano_bang_ron: 'Pa nô, băng rôn, khẩu hiệu',
  hoi_nghi: 'Hội nghị, hội thảo',
  sinh_hoat: 'Sinh hoạt chi bộ, cơ quan',
  van_nghe: 'Văn nghệ cổ động',
  tai_lieu: 'Tài liệu, tờ rơi',
  khac: 'Hình thức khác',
};

/** A section lists at most this many activities; the rest are counted in a closing line. */
export const SECTION_LINES = 300;
const PART_PREFIX = 'part:';

/** "12.000", "2,5": Vietnamese grouping by hand (Intl's formatter costs more than the query for thousands of lines). */
export function numberVi(n: number): string {
  const r = Math.round(n * 100) / 100;
  const [int = '0', frac] = String(Math.abs(r)).split('.');
  return `${r < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${frac ? `,${frac}` : ''}`;
}
const round2 = (n: number) => Math.round(n * 100) / 100;
/** Measures compare as activities store them, whatever the case: "Tin / bài" = "tin/bài". */
const measureKey = (s: string | null) => (s ?? '').trim().replace(/\s+/g, ' ').replace(/\s*\/\s*/g, '/').toLowerCase();

/**
 * The tasks whose activities count for a unit's report: its own and every sub-task down the chain
 * it delegated — activityScope's rule (delegation/scope.ts), for the report's unit whoever asks —
 * narrowed to the request's directive in the anchor (sub-tasks share their parent's directive),
 * so the query walks from the unit's few tasks to their activities, never through a directive's
 * other units' work.
 */
function taskChain(unitId: number, directiveId: number | null): SQL {
  const anchor = directiveId != null ? sql`c0.unit_id = ${unitId} and c0.directive_id = ${directiveId}` : sql`c0.unit_id = ${unitId}`;
  return sql`with recursive chain(id) as (select c0.id from tasks c0 where ${anchor} union select c1.id from tasks c1 join chain on c1.parent_task_id = chain.id) select id from chain`;
}

/** In the chain, not deleted, and overlapping the period (a range that starts before it and ends in it counts). */
function inScope(p: PrefillScope): SQL | undefined {
  return and(
    sql`${activities.taskId} in (${taskChain(p.unitId, p.directiveId)})`,
    isNull(activities.deletedAt),
    p.periodTo ? lte(activities.dateFrom, p.periodTo) : undefined,
    p.periodFrom ? gte(sql`coalesce(${activities.dateTo}, ${activities.dateFrom})`, p.periodFrom) : undefined,
  );
}

type Group = { form: string; measure: string | null; count: number; quantity: number | null; reach: number | null };

/** One number field's value from the per-form totals; null when the field has no source. */
export function figureFrom(field: FigureField, groups: readonly Group[]): number | null {
  if (field.type !== 'number' || !field.source) return null;
  const forms = field.forms?.length ? new Set(field.forms) : null;
  const source = field.source;
  const wanted = source.kind === 'quantity' && source.measure ? measureKey(source.measure) : null;
  let total = 0;
  for (const g of groups) {
    if (forms && !forms.has(g.form)) continue;
    if (source.kind === 'count') total += g.count;
    else if (source.kind === 'reach') total += g.reach ?? 0;
    else if (wanted === null || measureKey(g.measure) === wanted) total += g.quantity ?? 0;
  }
  return round2(total);
}

type Listed = { unitId: number; unitName: string; dateFrom: string; dateTo: string | null; form: string; title: string; quantity: number | null; measure: string | null; reach: number | null; partKeys: string | null };

/** "- 24/11/2020: Pa nô, băng rôn, khẩu hiệu — Treo băng rôn…; 12 cái; 5.000 người tiếp cận (Trung tâm …)". */
export function activityLine(a: Listed, ownUnitId: number): string {
  const when = a.dateTo && a.dateTo !== a.dateFrom ? `${viDate(a.dateFrom)}–${viDate(a.dateTo)}` : viDate(a.dateFrom);
  const parts = [`${FORM_LABELS[a.form as ActivityForm] ?? a.form} — ${a.title}`];
  if (a.quantity != null && a.measure) parts.push(`${numberVi(a.quantity)} ${a.measure}`);
  if (a.reach != null) parts.push(`${numberVi(a.reach)} người tiếp cận`);
  return `- ${when}: ${parts.join('; ')}${a.unitId !== ownUnitId ? ` (${a.unitName})` : ''}`;
}

export function computeProposal(db: Conn, p: PrefillScope): ReportProposal {
  const where = inScope(p);
  const groups = db
    .select({
      form: activities.form,
      measure: activities.measure,
      count: sql<number>`count(*)`,
      quantity: sql<number | null>`sum(${activities.quantity})`,
      reach: sql<number | null>`sum(${activities.reach})`,
    })
    .from(activities)
    .where(where)
    .groupBy(activities.form, activities.measure)
    .all();
  const figures: Record<string, number | null> = {};
  for (const f of p.fields) if (f.type === 'number' && f.source) figures[f.key] = figureFrom(f, groups);

  const narrative: Record<string, string> = {};
  const activityCount = groups.reduce((n, g) => n + g.count, 0);
  if (p.outline.length > 0 && activityCount > 0) {
    const partSections = p.outline.filter((s) => s.key.startsWith(PART_PREFIX)).map((s) => ({ key: s.key, part: s.key.slice(PART_PREFIX.length) }));
    // Plain rows (no per-row mapping): this is the one query that grows with the unit's work.
    const listed: Listed[] = db
      .select({
        unitId: activities.unitId,
        unitName: units.name,
        dateFrom: activities.dateFrom,
        dateTo: activities.dateTo,
        form: activities.form,
        title: activities.title,
        quantity: activities.quantity,
        measure: activities.measure,
        reach: activities.reach,
        // The directive parts the activity answers, only when some section asks for a part.
        partKeys: partSections.length
          ? sql<string | null>`(select group_concat(ti.part_key, '|') from activity_items ai join task_items ti on ti.id = ai.task_item_id where ai.activity_id = ${activities.id})`
          : sql<null>`null`,
      })
      .from(activities)
      .innerJoin(units, eq(units.id, activities.unitId))
      .where(where)
      .orderBy(asc(activities.dateFrom), asc(activities.id))
      .values()
      .map((r) => {
        const [unitId, unitName, dateFrom, dateTo, form, title, quantity, measure, reach, partKeys] = r as [number, string, string, string | null, string, string, number | null, string | null, number | null, string | null];
        return { unitId, unitName, dateFrom, dateTo, form, title, quantity, measure, reach, partKeys };
      });
    // Sections first, then text for the lines shown only: a section lists at most SECTION_LINES.
    const bySection = new Map<string, Listed[]>(p.outline.map((s) => [s.key, []]));
    const first = p.outline[0]?.key as string;
    for (const a of listed) {
      const keys = a.partKeys ? a.partKeys.split('|') : [];
      const hits = partSections.filter((s) => keys.some((k) => k === s.part || k.startsWith(`${s.part}.`)));
      for (const s of hits.length ? hits.map((h) => h.key) : [first]) bySection.get(s)?.push(a);
    }
    for (const [key, list] of bySection) {
      if (list.length === 0) continue;
      const lines = list.slice(0, SECTION_LINES).map((a) => activityLine(a, p.unitId));
      if (list.length > SECTION_LINES) lines.push(`- … và ${numberVi(list.length - SECTION_LINES)} hoạt động khác (xem đầy đủ trong danh sách hoạt động).`);
      narrative[key] = lines.join('\n');
    }
  }
  return { figures, narrative, activityCount, periodFrom: p.periodFrom, periodTo: p.periodTo };
}
