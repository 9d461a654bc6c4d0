import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built API the benches measure. */
export const SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/server.js');

/**
 * Starts the built API (production mode, on 127.0.0.1) with `env` over the bench's defaults and
 * resolves once /api/health answers, with how long that took; gives up (killing it) after `timeoutMs`.
 */
export async function startServer(dataDir: string, port: number, env: Record<string, string> = {}, opts: { server?: string; timeoutMs?: number } = {}): Promise<{ child: ChildProcess; ms: number }> {
  const server = opts.server ?? SERVER;
  if (!fs.existsSync(server)) throw new Error(`${server} is missing: run pnpm build first`);
  const t0 = performance.now();
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { child, ms: performance.now() - t0 };
    } catch {
      // not listening yet
    }
    if (performance.now() - t0 > (opts.timeoutMs ?? 60_000)) {
      child.kill('SIGTERM');
      throw new Error('server did not start');
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
