// Small helpers shared by the root scripts: run a command, find pnpm.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** pnpm as the scripts were started with it (npx -y pnpm@… puts it in npm_execpath). */
export function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) {
    // pnpm 12 is a native binary; older ones are a JS file run by node.
    return /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath]] : [execPath, []];
  }
  return ['npx', ['-y', 'pnpm@12.21.0']];
}

export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (res.error) throw res.error;
  return res.status ?? 1;
}

export function pnpm(args, opts = {}) {
  const [cmd, pre] = pnpmCommand();
  return run(cmd, [...pre, ...args], opts);
}

export function must(status, what) {
  if (status !== 0) {
    console.error(`\n✗ ${what} thất bại (mã ${status}).`);
    process.exit(status || 1);
  }
}

/**
 * Checks outside the project call `pnpm --silent parse FILE` directly, so set-up leaves a
 * `pnpm` on PATH (npm's global install of the same version) when there is none.
 */
export function ensurePnpmOnPath() {
  const found = (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir && !dir.includes('_npx') && fs.existsSync(path.join(dir, 'pnpm')));
  if (found) return;
  const status = run('npm', ['install', '-g', '--silent', 'pnpm@12.21.0'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (status !== 0) console.warn('(!) Không cài được pnpm toàn cục; dùng "npx -y pnpm@12.21.0 …" thay cho "pnpm …".');
}
