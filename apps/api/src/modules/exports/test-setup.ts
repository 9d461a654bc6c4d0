/** Shared set-up of the exports tests (not a test file itself): the demo with some work done. */
import { unzipSync, strFromU8 } from 'fflate';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { taskItems, tasks, units } from '../../db/schema/index';
import type { Clock } from '../../lib/clock';
import { createActivity } from '../activities/service';
import { acknowledgeTask, updateItem } from '../tasks/service';
import { actorFor, testApp } from '../../../test/helpers';

export const unitIdOf = (db: Db, name: string) => {
  const u = db.select({ id: units.id }).from(units).where(eq(units.name, name)).get();
  if (!u) throw new Error(name);
  return u.id;
};

const topTask = (db: Db, unitId: number) => {
  const t = db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.unitId, unitId), isNull(tasks.parentTaskId)))
    .get();
  if (!t) throw new Error(`no task for unit ${unitId}`);
  return t.id;
};

function finish(db: Db, clock: Clock, username: string) {
  const actor = actorFor(db, username);
  const taskId = topTask(db, actor.unitId as number);
  acknowledgeTask(db, clock, actor, taskId);
  for (const item of db.select().from(taskItems).where(eq(taskItems.taskId, taskId)).all()) {
    updateItem(db, clock, actor, taskId, item.id, { status: 'done', note: null, version: item.version });
  }
  return { actor, taskId };
}

/**
 * On the demo (clock 20 Nov 2020): Báo Lạng Sơn finished everything on time and logged 8 articles
 * in print; the city's office finished a day after its deadline (19 Nov); the provincial
 * broadcaster's deadline (18 Nov) has passed with nothing done.
 */
export function someWork(db: Db, clock: Clock) {
  const bls = finish(db, clock, 'baolangson');
  const item = db.select().from(taskItems).where(eq(taskItems.taskId, bls.taskId)).get();
  createActivity(db, clock, bls.actor, bls.taskId, {
    itemIds: [item?.id as number],
    dateFrom: '2020-11-19',
    form: 'bao_in',
    title: 'Loạt bài "Đưa Nghị quyết vào cuộc sống", số đặc biệt',
    quantity: 8,
    measure: 'tin/bài',
    reach: 12000,
    links: [],
    evidenceIds: [],
  });
  const city = unitIdOf(db, 'Phòng Văn hóa và Thông tin thành phố Lạng Sơn');
  db.update(tasks).set({ deadline: '2020-11-19' }).where(eq(tasks.id, topTask(db, city))).run();
  finish(db, clock, 'vhtt.tplangson');
  const broadcaster = unitIdOf(db, 'Đài Phát thanh và Truyền hình tỉnh');
  db.update(tasks).set({ deadline: '2020-11-18' }).where(eq(tasks.id, topTask(db, broadcaster))).run();
}

/** The entries of a zip (docx, xlsx) as text. */
export function unzipText(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of each paragraph of a WordprocessingML part, in order. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    unescapeXml([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  );
}

/** The top-level tables of document.xml, each as rows of cell texts. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join('\n'))),
  );
}

/** The run properties (<w:rPr>…</w:rPr>) of the first run whose text starts with `text`. */
export function runProps(xml: string, text: string): string {
  const esc = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t(?: [^>]*)?>${esc}`).exec(xml)?.[1] ?? '';
}

/** The whole app (the export routes are registered in app.ts like every other). */
export const exportsApp = (opts: Parameters<typeof testApp>[0] = {}) => testApp(opts);
