/**
 * Our side of the peer shape, built in a fresh SQLite file through the API's own services (units,
 * directives and their publishing, whole tasks completed with their audit entries), before the
 * server opens it. Only the users go in directly, as the demo seed does (there is no user service).
 */
import { and, eq } from 'drizzle-orm';
import { openDb, type Db } from '../../src/db/client';
import { tasks, users } from '../../src/db/schema/index';
import type { Actor } from '../../src/lib/actor';
import { systemClock } from '../../src/lib/clock';
import { hashPassword } from '../../src/modules/auth/password';
import { createDirective, publishDirective } from '../../src/modules/directives/service';
import { completeTask } from '../../src/modules/tasks/complete';
import { createUnit } from '../../src/modules/units/service';
import { itemTitle, unitCode, unitLogin, type Shape } from './shape';

export const PEER_PASSWORD = 'bench-peer';

export type OursBuilt = { unitIds: number[]; directiveIds: number[]; ms: number };

const actorOf = (db: Db, username: string): Actor => {
  const u = db.select().from(users).where(eq(users.username, username)).get();
  if (!u) throw new Error(`no user ${username}`);
  return { userId: u.id, username: u.username, role: u.role, unitId: u.unitId, isHead: u.isHead };
};

/** One directive of `shape.items` items to `unitIds`, created and published by staff. */
function publish(db: Db, staff: Actor, n: number, unitIds: number[], items: number): number {
  const draft = createDirective(db, systemClock, staff, {
    number: String(n + 1),
    symbol: 'STTTT-TTBCXB',
    kind: 'CV',
    issuer: 'Sở Thông tin và Truyền thông',
    issued: { year: 2025, month: 1, day: 1 + (n % 28) },
    subject: `V/v triển khai nhiệm vụ tuyên truyền số ${n + 1}`,
    recipients: unitIds.map((id) => ({ label: `Đơn vị #${id}`, unitId: id })),
    parts: Array.from({ length: items }, (_, k) => ({ label: `${k + 1}.`, title: itemTitle(n, k), text: 'Báo cáo kết quả về Sở trước hạn.' })),
    dueDate: '2030-12-31',
  });
  publishDirective(db, systemClock, staff, draft.id, draft.version);
  return draft.id;
}

export async function buildOurs(file: string, shape: Shape): Promise<OursBuilt> {
  const t0 = performance.now();
  const db = openDb(file);
  // A throwaway load: skip the fsyncs while building it (the server opens it with its own setting).
  db.$client.pragma('synchronous = OFF');
  try {
    const unitIds = Array.from({ length: shape.units }, (_, i) => createUnit(db, systemClock, null, { code: unitCode(i), name: `Đài Truyền thanh xã số ${i + 1}`, kind: 'commune_radio' }).id);
    const hash = await hashPassword(PEER_PASSWORD, 1024);
    const now = new Date().toISOString();
    db.transaction((tx) => {
      tx.insert(users).values({ username: 'staff', fullName: 'Chuyên viên Sở', role: 'staff', unitId: null, isHead: false, passwordHash: hash, createdAt: now }).run();
      unitIds.forEach((unitId, i) => {
        tx.insert(users).values({ username: unitLogin(i), fullName: `Cán bộ ${unitCode(i)}`, role: 'unit', unitId, isHead: true, passwordHash: hash, createdAt: now }).run();
      });
    });
    const staff = actorOf(db, 'staff');
    const unitActors = unitIds.map((_, i) => actorOf(db, unitLogin(i)));
    const directiveIds = shape.directives.map((d, n) => publish(db, staff, n, d.recipients.map((r) => unitIds[r] as number), shape.items));
    // The done tasks: completed by their unit as W4 does (every item done, one audit entry).
    shape.directives.forEach((d, n) => {
      d.recipients.forEach((r, i) => {
        if (!d.done[i]) return;
        const actor = unitActors[r] as Actor;
        const task = db
          .select({ id: tasks.id })
          .from(tasks)
          .where(and(eq(tasks.directiveId, directiveIds[n] as number), eq(tasks.unitId, unitIds[r] as number)))
          .get();
        if (!task) throw new Error(`task of directive ${n} for unit ${r} missing`);
        completeTask(db, systemClock, actor, task.id);
      });
    });
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    return { unitIds, directiveIds, ms: performance.now() - t0 };
  } finally {
    db.$client.close();
  }
}

/**
 * More open tasks for W4, which must complete a different task with every request: `count`
 * directives to every unit, added to a copy of the shape so the read workloads never see them.
 */
export function addOpenTasks(file: string, shape: Shape, unitIds: number[], count: number): void {
  const db = openDb(file);
  db.$client.pragma('synchronous = OFF');
  try {
    const staff = actorOf(db, 'staff');
    for (let n = 0; n < count; n += 1) publish(db, staff, shape.directives.length + n, unitIds, shape.items);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.$client.close();
  }
}
