import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import type { Db } from '../db/client';
import { units, users } from '../db/schema/index';
import type { Actor } from '../lib/actor';
import type { Clock } from '../lib/clock';
import { hashPassword } from '../modules/auth/password';
import { createDirective, publishDirective } from '../modules/directives/service';
import { directiveFromParse, type ParsedDirective } from './from-parse';
import { seedDirectory } from './directory';
import seedDirective from './data/seed-directive.json';

export type DemoLogin = { username: string; fullName: string; role: string; unit: string | null };
export type DemoResult = { password: string; logins: DemoLogin[] };

export function isEmpty(db: Db): boolean {
  return (db.select({ n: count() }).from(units).get()?.n ?? 0) === 0;
}

/**
 * Loads the demo: the 2020 directory, users, and the department's November 2020 dispatch
 * published through the same path staff use.
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
    { username: 'daiptth', fullName: 'Đài PT-TH tỉnh', role: 'unit', unitId: code('DPTTH'), isHead: true },
    { username: 'cntt', fullName: 'Trung tâm CNTT&TT', role: 'unit', unitId: code('STTTT-CNTT'), isHead: true },
  ];
  for (const [slug, unitId] of dir.districtOffices) {
    people.push({ username: `vhtt.${slug}`, fullName: `Phòng VH-TT ${slug}`, role: 'unit', unitId, isHead: true });
  }
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

  const unitNames = new Map(db.select({ id: units.id, name: units.name }).from(units).all().map((u) => [u.id, u.name]));
  return {
    password,
    logins: people.map((p) => ({ username: p.username, fullName: p.fullName, role: p.role, unit: p.unitId ? unitNames.get(p.unitId) ?? null : null })),
  };
}
