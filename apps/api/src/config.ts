import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_PATH: z.string().min(1).optional(),
  /** SQLite `synchronous` with WAL: NORMAL survives a process crash, FULL also a power cut (an fsync per commit). */
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  DEMO_PASSWORD: z.string().min(6, 'DEMO_PASSWORD must be at least 6 characters').optional(),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  LOGIN_MAX_PER_MINUTE: z.coerce.number().int().positive().default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  /** scrypt cost; lower only in tests. */
  SCRYPT_N: z.coerce.number().int().min(1024).default(16384),
  /** Largest evidence file a unit may attach to an activity, in MB. */
  EVIDENCE_MAX_MB: z.coerce.number().positive().max(1024).default(20),
  /** Evidence uploaded but not attached to an activity is deleted after this many hours. */
  EVIDENCE_ORPHAN_HOURS: z.coerce.number().positive().max(24 * 365).default(24),
  /** The reminder scheduler (catch-up at start, then daily); 'false' leaves passes to be run by hand (tests). */
  REMINDERS_ENABLED: z.enum(['true', 'false', '1', '0']).default('true'),
  /** When the daily reminder pass runs, Vietnam time. */
  REMINDERS_AT: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'REMINDERS_AT must be HH:MM').default('07:30'),
  /** e.g. smtp://user:pass@mail.example.vn:587 or smtps://…:465; without it emails go to the log. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://').optional(),
  SMTP_FROM: z.string().min(3).default('Đôn Đốc <dondoc@localhost>'),
  /** The address people open the app at, for links in emails (e.g. https://dondoc.langson.gov.vn). */
  PUBLIC_URL: z.string().url().optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databasePath: string;
  sqliteSynchronous: 'NORMAL' | 'FULL';
  sessionSecret: string;
  sessionTtlMs: number;
  demoPassword: string | undefined;
  demoData: boolean;
  loginMaxPerMinute: number;
  logLevel: string;
  webDist: string | undefined;
  scryptN: number;
  evidenceMaxBytes: number;
  evidenceOrphanMs: number;
  remindersEnabled: boolean;
  remindersAt: string;
  smtpUrl: string | null;
  smtpFrom: string;
  publicUrl: string | null;
};

/** The one place that reads process.env. Throws a readable error on bad settings. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databasePath: e.DATABASE_PATH ? path.resolve(e.DATABASE_PATH) : path.join(dataDir, 'dondoc.db'),
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    sessionSecret: e.SESSION_SECRET ?? persistedSecret(dataDir),
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    demoPassword: e.DEMO_PASSWORD,
    demoData: e.DEMO_DATA === 'auto',
    loginMaxPerMinute: e.LOGIN_MAX_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST,
    scryptN: e.SCRYPT_N,
    evidenceMaxBytes: Math.round(e.EVIDENCE_MAX_MB * 1024 * 1024),
    evidenceOrphanMs: e.EVIDENCE_ORPHAN_HOURS * 3600_000,
    remindersEnabled: e.REMINDERS_ENABLED === 'true' || e.REMINDERS_ENABLED === '1',
    remindersAt: e.REMINDERS_AT,
    smtpUrl: e.SMTP_URL ?? null,
    smtpFrom: e.SMTP_FROM,
    publicUrl: e.PUBLIC_URL ? e.PUBLIC_URL.replace(/\/+$/, '') : null,
  };
}

/** Without SESSION_SECRET, a random one is kept in the data folder so restarts keep sessions. */
function persistedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  try {
    const s = fs.readFileSync(file, 'utf8').trim();
    if (s.length >= 32) return s;
  } catch {
    // first start: create it below
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
