import { randomBytes } from 'node:crypto';
import { and, count, eq, inArray } from 'drizzle-orm';
import type { ActivityForm } from '@dondoc/schemas';
import type { Db } from '../db/client';
import { reports, taskItems, tasks, units, users } from '../db/schema/index';
import type { Actor } from '../lib/actor';
import { todayVn, type Clock } from '../lib/clock';
import { createActivity } from '../modules/activities/service';
import { hashPassword } from '../modules/auth/password';
import { delegateItems } from '../modules/delegation/service';
import { createDirective, publishDirective } from '../modules/directives/service';
import { getReport, submitReport } from '../modules/reports/reports';
import { createRequest, openRequest } from '../modules/reports/requests';
import { requestTemplate } from '../modules/reports/template';
import { acknowledgeTask, updateItem } from '../modules/tasks/service';
import { directiveFromParse, type ParsedDirective } from './from-parse';
import { seedDirectory } from './directory';
import seedDirective from './data/seed-directive.json';

export type DemoLogin = { username: string; fullName: string; role: string; unit: string | null };
export type DemoResult = { password: string; logins: DemoLogin[] };

function actorNamed(db: Db, username: string): Actor {
  const u = db.select().from(users).where(eq(users.username, username)).get();
  if (!u) throw new Error(`${username} user missing`);
  return { userId: u.id, username: u.username, role: u.role, unitId: u.unitId, isHead: u.isHead };
}

/**
 * Part 3 of the dispatch asks each district office to urge on its district centre and commune
 * radio stations. Tràng Định's office does it through the app: it passes item 3.1 and the items
 * the stations can act on (1.1, 2.1) to its Trung tâm and its 22 stations at once; the Trung tâm
 * and Thất Khê's station acknowledge and log an activity each, and Thất Khê finishes item 2.1.
 * The 14 top-level tasks of the dispatch are untouched.
 */
function demoDelegation(db: Db, clock: Clock, directiveId: number) {
  const office = actorNamed(db, 'vhtt.trangdinh');
  const task = db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.directiveId, directiveId), eq(tasks.unitId, office.unitId ?? -1)))
    .get();
  if (!task) throw new Error('Tràng Định task missing');
  const items = db.select().from(taskItems).where(eq(taskItems.taskId, task.id)).all();
  const itemIds = items.filter((i) => ['1.1', '2.1', '3.1'].includes(i.partKey)).map((i) => i.id);
  const receivers = db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.parentId, office.unitId ?? -1), inArray(units.kind, ['district_culture_centre', 'commune_radio'])))
    .orderBy(units.id)
    .all();
  delegateItems(db, clock, office, task.id, {
    itemIds,
    unitIds: receivers.map((u) => u.id),
    note: 'Đề nghị Trung tâm VHTTTT huyện và Đài Truyền thanh các xã, thị trấn tuyên truyền các nội dung trên bằng hình thức phù hợp, báo cáo kết quả về Phòng VH-TT huyện trước ngày 30/11/2020.',
  });

  // Through the activities service, as a unit user logs them.
  const today = todayVn(clock);
  const log = (username: string, partKey: string, a: { date: string; form: ActivityForm; title: string; description: string; quantity: number; measure: string; reach: number }) => {
    const actor = actorNamed(db, username);
    const sub = db
      .select({ id: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.parentTaskId, task.id), eq(tasks.unitId, actor.unitId ?? -1)))
      .get();
    if (!sub) throw new Error(`${username}: sub-task missing`);
    acknowledgeTask(db, clock, actor, sub.id);
    const item = db.select().from(taskItems).where(and(eq(taskItems.taskId, sub.id), eq(taskItems.partKey, partKey))).get();
    if (!item) throw new Error(`${username}: item ${partKey} missing`);
    const { date, ...fields } = a;
    // A fixed day in the campaign, or today when the demo is loaded on an earlier clock (tests).
    createActivity(db, clock, actor, sub.id, { ...fields, itemIds: [item.id], dateFrom: date < today ? date : today, links: [], evidenceIds: [] });
    return { actor, sub: sub.id, item };
  };
  log('tt.trangdinh', '1.1', {
    date: '2020-11-24',
    form: 'pano_bang_ron',
    title: 'Treo băng rôn tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII',
    description: 'Treo băng rôn, khẩu hiệu tại trung tâm thị trấn Thất Khê và dọc Quốc lộ 4A.',
    quantity: 12,
    measure: 'cái',
    reach: 5000,
  });
  const thatKhe = log('dtt.thatkhe', '2.1', {
    date: '2020-11-26',
    form: 'truyen_thanh_co_so',
    title: 'Phát tin, bài kỷ niệm 200 năm Ngày sinh Ph.Ăng-ghen trên loa truyền thanh',
    description: 'Phát 6 tin, bài về cuộc đời, sự nghiệp của Ph.Ăng-ghen trên hệ thống loa truyền thanh thị trấn, mỗi ngày 2 buổi.',
    quantity: 6,
    measure: 'tin/bài',
    reach: 3000,
  });
  updateItem(db, clock, thatKhe.actor, thatKhe.sub, thatKhe.item.id, { status: 'done', note: 'Đã phát 6 tin, bài', version: thatKhe.item.version });
}

/**
 * The department asks the dispatch's 13 recipients for their report, as its closing paragraph
 * foresaw ("báo cáo kết quả về Sở khi có yêu cầu"): from the directive's report clause, due two
 * weeks on (5 December 2020 when the demo runs in 2020). Tràng Định's office has sent its report,
 * prefilled from its centre's and Thất Khê's activities; the other units have a draft each.
 */
function demoReports(db: Db, clock: Clock, staff: Actor, directiveId: number) {
  const today = todayVn(clock);
  const inTwoWeeks = new Date(Date.parse(`${today}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  const deadline = inTwoWeeks > '2020-12-05' ? inTwoWeeks : '2020-12-05';
  const template = requestTemplate(db, staff, directiveId);
  const draft = createRequest(db, clock, staff, {
    ...template.input,
    deadline,
    periodTo: deadline,
    delivery: 'Qua phần mềm Đôn Đốc',
    note: 'Đề nghị các đơn vị báo cáo kết quả tuyên truyền theo đề cương và biểu số liệu kèm theo.',
  });
  const request = openRequest(db, clock, staff, draft.id, draft.version);
  const office = actorNamed(db, 'vhtt.trangdinh');
  const own = db.select({ id: reports.id }).from(reports).where(and(eq(reports.requestId, request.id), eq(reports.unitId, office.unitId ?? -1))).get();
  if (!own) throw new Error('Tràng Định report missing');
  const prefilled = getReport(db, clock, office, own.id);
  submitReport(db, clock, office, own.id, {
    version: prefilled.version,
    figures: prefilled.figures,
    narrative: {
      ...prefilled.narrative,
      danh_gia: 'Phòng đã giao Trung tâm VHTTTT huyện và Đài Truyền thanh các xã, thị trấn tuyên truyền bằng hình thức phù hợp; các đơn vị thực hiện đúng tiến độ.',
    },
  });
}

export function isEmpty(db: Db): boolean {
  return (db.select({ n: count() }).from(units).get()?.n ?? 0) === 0;
}

/**
 * Loads the demo: the 2020 directory, users, and the department's November 2020 dispatch
 * published through the same path staff use, with Tràng Định's delegation (demoDelegation).
 */
export async function seedDemo(db: Db, clock: Clock, opts: { password?: string | undefined; scryptN: number }): Promise<DemoResult> {
  const password = opts.password ?? randomBytes(9).toString('base64url');
  const dir = seedDirectory(db, clock);
  const code = (c: string) => dir.unitByCode.get(c) ?? null;
  const people: { username: string; fullName: string; role: 'admin' | 'staff' | 'leader' | 'unit'; unitId: number | null; isHead?: boolean }[] = [
    { username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin', unitId: code('STTTT-VP') },
    { username: 'staff', fullName: 'Hoàng Thu Trang', role: 'staff', unitId: code('STTTT-TTBCXB') },
    { username: 'leader', fullName: 'Lê Hải Yến', role: 'leader', unitId: code('STTTT-LD') },
    { username: 'baolangson', fullName: 'Báo Lạng Sơn', role: 'unit', unitId: code('BLS'), isHead: true },
    // A staff member of the newspaper: drafts its reports, but only the head (baolangson) submits them.
    { username: 'baolangson.pv', fullName: 'Nông Văn Hùng (phóng viên Báo Lạng Sơn)', role: 'unit', unitId: code('BLS') },
    { username: 'daiptth', fullName: 'Đài PT-TH tỉnh', role: 'unit', unitId: code('DPTTH'), isHead: true },
    { username: 'cntt', fullName: 'Trung tâm CNTT&TT', role: 'unit', unitId: code('STTTT-CNTT'), isHead: true },
  ];
  for (const [slug, unitId] of dir.districtOffices) {
    people.push({ username: `vhtt.${slug}`, fullName: `Phòng VH-TT ${slug}`, role: 'unit', unitId, isHead: true });
  }
  // Two of the units Tràng Định's office passes work on to (see demoDelegation).
  people.push(
    { username: 'tt.trangdinh', fullName: 'Trung tâm VHTTTT Tràng Định', role: 'unit', unitId: code('TTVH-180'), isHead: true },
    { username: 'dtt.thatkhe', fullName: 'Đài Truyền thanh thị trấn Thất Khê', role: 'unit', unitId: code('DTT-05995'), isHead: true },
  );
  const now = clock.now().toISOString();
  const hashes = await Promise.all(people.map(() => hashPassword(password, opts.scryptN)));
  db.transaction((tx) => {
    people.forEach((p, i) => {
      tx.insert(users)
        .values({ username: p.username, fullName: p.fullName, role: p.role, unitId: p.unitId, isHead: p.isHead ?? false, passwordHash: hashes[i] as string, createdAt: now })
        .run();
    });
  });
  const staffRow = db.select().from(users).all().find((u) => u.username === 'staff');
  if (!staffRow) throw new Error('staff user missing');
  const staff: Actor = { userId: staffRow.id, username: 'staff', role: 'staff', unitId: staffRow.unitId, isHead: false };
  const draft = createDirective(db, clock, staff, directiveFromParse(db, seedDirective as ParsedDirective));
  publishDirective(db, clock, staff, draft.id, draft.version);
  demoDelegation(db, clock, draft.id);
  demoReports(db, clock, staff, draft.id);

  const unitNames = new Map(db.select({ id: units.id, name: units.name }).from(units).all().map((u) => [u.id, u.name]));
  return {
    password,
    logins: people.map((p) => ({ username: p.username, fullName: p.fullName, role: p.role, unit: p.unitId ? unitNames.get(p.unitId) ?? null : null })),
  };
}
