/**
 * The peer: Redmine 5 as Debian bookworm ships it (packages redmine, redmine-sqlite), installed by
 * the bench when missing, run as its own instance from a temp folder (Debian's multi-tenancy:
 * REDMINE_INSTANCE names /var/lib/redmine/<name>, a symlink to that folder) with its own SQLite
 * file, RAILS_ENV=production, started with `rails server`, which runs Thin: Debian's Gemfile loads
 * the thin gem when the `thin` package is installed (WEBrick is not in its bundle; Puma would need
 * a Gemfile.local in /usr/share/redmine), so the bench installs `thin` with Redmine.
 * The shape is loaded once by redmine-seed.rb and the file kept under the system temp folder,
 * keyed by the shape and the script; each run works on a copy. Nothing from Redmine is committed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Shape } from './shape';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = '/usr/share/redmine';
const INSTANCES = '/var/lib/redmine';
const SEED = path.join(here, 'redmine-seed.rb');

export type Seeded = { adminKey: string; keys: string[]; parents: number[]; openChildren: [number, number][]; closedStatusId: number; projectId: number; trackerId: number; priorityId: number; userIds: number[] };
export type Instance = { base: string; seeded: Seeded; version: string; stop: () => Promise<void> };

const installed = () => {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Package} ${Status} ${Version}\\n', ...PACKAGES], { encoding: 'utf8' });
  } catch {
    return '';
  }
};
const PACKAGES = ['redmine', 'redmine-sqlite', 'thin'];
const isInstalled = () => (installed().match(/install ok installed/g) ?? []).length === PACKAGES.length;
export const redmineVersion = () => (isInstalled() ? (/redmine install ok installed (\S+)/.exec(installed())?.[1] ?? null) : null);

/**
 * Installs Debian's Redmine with SQLite when missing. The package's dbconfig-common questions are
 * answered "no" beforehand: the bench never uses the packaged instance. Returns why it could not.
 */
export function ensureRedmine(log: (m: string) => void): string | null {
  if (isInstalled()) return null;
  if (process.getuid?.() !== 0) return `Redmine chưa được cài và bench không chạy với quyền root để cài (apt-get install ${PACKAGES.join(' ')})`;
  log(`  (cài Redmine từ apt: ${PACKAGES.join(', ')}…)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    const preseed = ['redmine redmine/instances/default/dbconfig-install boolean false', 'redmine redmine/instances/default/database-type select sqlite3', 'dbconfig-common dbconfig-common/dbconfig-install boolean false'];
    execFileSync('debconf-set-selections', { input: `${preseed.join('\n')}\n`, env, stdio: ['pipe', 'ignore', 'pipe'] });
    const install = () => execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], { env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 900_000 });
    try {
      install();
    } catch {
      execFileSync('apt-get', ['update'], { env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
      install();
    }
  } catch (e) {
    return `cài Redmine thất bại: ${(e as { stderr?: Buffer }).stderr?.toString().trim().split('\n').slice(-2).join(' ') || String(e)}`;
  }
  return isInstalled() ? null : `apt-get chạy xong nhưng ${PACKAGES.join(', ')} vẫn chưa được cài`;
}

/** A Redmine instance folder (config, log, tmp, files) named in /var/lib/redmine for Debian's loader. */
function instanceDir(db: string): { name: string; dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-bench-redmine-'));
  for (const d of ['config', 'log', 'tmp', 'files', 'public']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  fs.writeFileSync(path.join(dir, 'config/database.yml'), `production:\n  adapter: sqlite3\n  database: ${db}\n  timeout: 5000\n`);
  fs.writeFileSync(path.join(dir, 'config/secret_key.txt'), createHash('sha512').update(dir).digest('hex'));
  const name = path.basename(dir);
  fs.symlinkSync(dir, path.join(INSTANCES, name));
  return {
    name,
    dir,
    remove: () => {
      fs.rmSync(path.join(INSTANCES, name), { force: true });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const rails = (name: string, args: string[], extra: Record<string, string> = {}, cmd = 'rails') =>
  execFileSync(cmd, args, { cwd: ROOT, env: { ...process.env, REDMINE_INSTANCE: name, RAILS_ENV: 'production', REDMINE_LANG: 'en', ...extra }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 900_000 });

/** The seeded database (and the ids and keys the workloads need), built once per shape and script. */
function seededDb(shape: Shape, log: (m: string) => void): { db: string; seeded: Seeded } {
  const key = createHash('sha1').update(JSON.stringify(shape)).update(fs.readFileSync(SEED)).update(redmineVersion() ?? '').digest('hex').slice(0, 12);
  const cache = path.join(os.tmpdir(), `dondoc-bench-redmine-shape-${key}`);
  const read = () => ({ db: path.join(cache, 'redmine.sqlite3'), seeded: JSON.parse(fs.readFileSync(path.join(cache, 'seeded.json'), 'utf8')) as Seeded });
  if (fs.existsSync(path.join(cache, 'seeded.json'))) return read();
  const building = `${cache}.building-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  fs.mkdirSync(building, { recursive: true });
  const db = path.join(building, 'redmine.sqlite3');
  const inst = instanceDir(db);
  const t0 = performance.now();
  try {
    log(`  (tạo CSDL Redmine: migrate, dữ liệu mặc định, ${shape.tasks} việc con…)`);
    rails(inst.name, ['db:migrate'], {}, 'rake');
    rails(inst.name, ['redmine:load_default_data'], {}, 'rake');
    fs.writeFileSync(path.join(building, 'shape.json'), JSON.stringify(shape));
    rails(inst.name, ['runner', SEED], { PEER_SHAPE: path.join(building, 'shape.json'), PEER_OUT: path.join(building, 'seeded.json') });
  } finally {
    inst.remove();
  }
  log(`  (CSDL Redmine xong sau ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  fs.renameSync(building, cache);
  return read();
}

async function waitUp(base: string, child: ChildProcess, key: string): Promise<void> {
  const t0 = performance.now();
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  for (;;) {
    try {
      if ((await fetch(`${base}/users/current.json`, { headers: { 'X-Redmine-API-Key': key } })).ok) return;
    } catch {
      // not listening yet
    }
    if (exited !== null) throw new Error(`rails server exited with ${exited}`);
    if (performance.now() - t0 > 180_000) throw new Error('rails server did not answer in 180 s');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Starts Redmine on a fresh copy of the seeded database. */
export async function startRedmine(shape: Shape, port: number, log: (m: string) => void): Promise<Instance> {
  const { db: source, seeded } = seededDb(shape, log);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-bench-redmine-db-'));
  const db = path.join(work, 'redmine.sqlite3');
  fs.copyFileSync(source, db);
  const inst = instanceDir(db);
  const child = spawn('rails', ['server', '-e', 'production', '-b', '127.0.0.1', '-p', String(port), '-P', path.join(inst.dir, 'tmp/server.pid')], {
    cwd: ROOT,
    env: { ...process.env, REDMINE_INSTANCE: inst.name, RAILS_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-2000)));
  const stop = async () => {
    if (child.exitCode === null) {
      // Its own process group (detached): the server and anything it started.
      process.kill(-(child.pid as number), 'SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    inst.remove();
    fs.rmSync(work, { recursive: true, force: true });
  };
  try {
    await waitUp(`http://127.0.0.1:${port}`, child, seeded.adminKey);
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}: ${stderr.trim().split('\n').slice(-3).join(' ')}`);
  }
  return { base: `http://127.0.0.1:${port}`, seeded, version: redmineVersion() ?? '?', stop };
}
