import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Me } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { sessions, units, users } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { DUMMY_HASH, verifyPassword } from './password';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function login(
  db: Db,
  clock: Clock,
  ttlMs: number,
  username: string,
  password: string,
): Promise<{ token: string; expiresAt: Date; me: Me }> {
  const user = db.select().from(users).where(eq(users.username, username.trim().toLowerCase())).get();
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.active) {
    throw new AppError(401, 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng');
  }
  const token = randomBytes(32).toString('base64url');
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + ttlMs);
  db.transaction((tx) => {
    // Expired sessions of anyone are swept on each login; cheap with the primary key and small table.
    tx.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())).run();
    tx.insert(sessions)
      .values({ tokenHash: hashToken(token), userId: user.id, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() })
      .run();
  });
  return { token, expiresAt, me: meOf(db, user.id) as Me };
}

export function logout(db: Db, token: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))).run();
}

export function actorForToken(db: Db, clock: Clock, token: string): Actor | null {
  const row = db
    .select({ id: users.id, username: users.username, role: users.role, unitId: users.unitId, isHead: users.isHead, active: users.active })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, clock.now().toISOString())))
    .get();
  if (!row || !row.active) return null;
  return { userId: row.id, username: row.username, role: row.role, unitId: row.unitId, isHead: row.isHead };
}

export function meOf(db: Db, userId: number): Me | null {
  const row = db
    .select({ u: users, unit: { id: units.id, name: units.name, shortName: units.shortName } })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, userId))
    .get();
  if (!row) return null;
  const { u, unit } = row;
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    isHead: u.isHead,
    unit: unit && unit.id != null ? { id: unit.id, name: unit.name, shortName: unit.shortName } : null,
  };
}
