import { createRequire } from 'node:module';
import { inspect } from 'node:util';
import { Worker } from 'node:worker_threads';

/**
 * Checkpoints of the write-ahead log on a worker thread, with its own connection (decision 0014).
 *
 * SQLite copies the log back into the database file every 1,000 pages by default, inside the
 * COMMIT that crosses the mark: the request that commits it, and every request queued behind it
 * on the event loop, wait for that copy and its fsyncs (measured: p99 of a completed task 16–19 ms
 * with it, 9–10 ms without). Here a worker runs a PASSIVE checkpoint every \`everyMs\`; PASSIVE
 * never waits for the writer or for readers, and the writer goes on appending meanwhile. The
 * server's own connection keeps an automatic checkpoint at a much larger size
 * (SAFETY_NET_PAGES), should the worker ever fall behind.
 */
export const SAFETY_NET_PAGES = 10_000;
const STOP_WAIT_MS = 2_000;

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 100');
db.pragma('synchronous = ' + workerData.synchronous);
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (e) {
    parentPort.postMessage(String(e && e.message || e));
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export type Checkpointer = { stop: () => Promise<void> };

export function startCheckpointer(file: string, opts: { synchronous: 'NORMAL' | 'FULL'; everyMs?: number; onError?: (message: string) => void }): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { driver, file, synchronous: opts.synchronous, everyMs: opts.everyMs ?? 100 } });
  let exited = false;
  worker.on('message', (m: string) => opts.onError?.(m));
  // An error from the worker may arrive as a plain object (its class does not cross threads).
  worker.on('error', (e: unknown) => opts.onError?.(typeof (e as Error)?.message === 'string' && (e as Error).message ? (e as Error).message : inspect(e)));
  worker.on('exit', () => (exited = true));
  // The worker must not keep the process alive on its own.
  worker.unref();
  return {
    // Waits for the worker to close its connection; not for ever, and not for one already gone.
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        const timer = setTimeout(() => void worker.terminate().then(() => resolve()), STOP_WAIT_MS);
        worker.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        worker.postMessage('stop');
      }),
  };
}
