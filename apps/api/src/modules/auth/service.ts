import { createHash, randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import type { Me } from '@dondoc/schemas';
import type Database from 'better-sqlite3';
import { sqliteOf, type Conn, type Db } from '../../db/client';
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
  forgetSessions(db);
}

type Checked = { actor: Actor; expiresAt: string; until: number };

/**
 * Sessions already checked, per database, by the cookie exactly as the browser sent it: every
 * request of a signed-in user would otherwise verify the cookie's signature, hash the token and
 * read the session (together about a fifth of a quick write, decision 0014). A checked session is
 * trusted again for at most SESSION_RECHECK_MS and never past its expiry; ending a session or
 * moving or locking an account (forgetSessions) drops them all at once.
 */
const SESSION_RECHECK_MS = 30_000;
const MAX_CHECKED = 10_000;
const checkedSessions = new WeakMap<Database.Database, Map<string, Checked>>();

export function forgetSessions(db: Conn): void {
  checkedSessions.get(sqliteOf(db))?.clear();
}

/**
 * The actor behind a session cookie, or null (bad signature, unknown or expired session, locked
 * account). \`unsign\` checks the cookie's signature and returns the token it carries.
 */
export function actorForCookie(db: Db, clock: Clock, cookie: string, unsign: (cookie: string) => { valid: boolean; value: string | null }): Actor | null {
  let checked = checkedSessions.get(db.$client);
  if (!checked) {
    checked = new Map();
    checkedSessions.set(db.$client, checked);
  }
  const now = clock.now().toISOString();
  const hit = checked.get(cookie);
  if (hit && hit.until > performance.now() && hit.expiresAt > now) return hit.actor;
  checked.delete(cookie);
  const token = unsign(cookie);
  if (!token.valid || !token.value) return null;
  const row = db.$client
    .prepare<[string, string], { id: number; username: string; role: Actor['role']; unitId: number | null; isHead: number; active: number; expiresAt: string }>(
      'select u.id as id, u.username as username, u.role as role, u.unit_id as unitId, u.is_head as isHead, u.active as active, s.expires_at as expiresAt from sessions s join users u on u.id = s.user_id where s.token_hash = ? and s.expires_at > ?',
    )
    .get(hashToken(token.value), now);
  if (!row || !row.active) return null;
  const actor: Actor = { userId: row.id, username: row.username, role: row.role, unitId: row.unitId, isHead: Boolean(row.isHead) };
  if (checked.size >= MAX_CHECKED) checked.clear();
  checked.set(cookie, { actor, expiresAt: row.expiresAt, until: performance.now() + SESSION_RECHECK_MS });
  return actor;
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
