// Small helpers shared by the root scripts: run a command, find pnpm.
import { spawnSync } from 'node:child_process';

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
