// `pnpm app`: install, build, migrate, load demo data when the database is empty, start.
// Safe to run again: the database in DATA_DIR (default ./data) is kept.
import { spawn } from 'node:child_process';
import { ensurePnpmOnPath, must, pnpm } from './run.mjs';

ensurePnpmOnPath();
must(pnpm(['install', '--frozen-lockfile']), 'Cài đặt thư viện (pnpm install)');
must(pnpm(['build']), 'Biên dịch (pnpm build)');

const child = spawn(process.execPath, ['apps/api/dist/server.js'], {
  stdio: 'inherit',
  env: { NODE_ENV: 'production', PORT: '3000', ...process.env },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
