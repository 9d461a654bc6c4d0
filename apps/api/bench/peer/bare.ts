/**
 * The bare route every figure is divided by: a minimal Fastify 5 instance (the version the API
 * runs) in its own process, as the API runs in its own, answering GET /bare with a small JSON.
 * Measured with the peer load setting (req/s, p50/p95/p99 under load) and with sequential single
 * requests (p50/p95/p99 without queueing).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentile } from '../util';
import { cannon, sequential } from './cannon';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type Bare = { rps: number; load: { p50: number; p95: number; p99: number }; seq: { p50: number; p95: number; p99: number } };

const SERVER = `
const app = require('fastify')({ logger: false });
app.get('/bare', async () => ({ ok: true, name: 'Đôn Đốc', n: 42 }));
app.listen({ port: Number(process.argv[1]), host: '127.0.0.1' }).then(() => process.send && process.send('ready'));
`;

async function start(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', SERVER, String(port)], { cwd: apiDir, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`bare Fastify exited with ${code}`)));
  });
  return child;
}

export async function measureBare(port: number): Promise<Bare> {
  const child = await start(port);
  try {
    const url = `http://127.0.0.1:${port}`;
    const load = await cannon(url, [{ method: 'GET', path: '/bare' }]);
    if (load.failed) throw new Error(`bare route: ${load.failed} failed`);
    const { times } = await sequential(`${url}/bare`, 500, {}, 50);
    return {
      rps: load.rps,
      load: { p50: load.p50, p95: load.p95, p99: load.p99 },
      seq: { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) },
    };
  } finally {
    child.kill('SIGTERM');
  }
}
