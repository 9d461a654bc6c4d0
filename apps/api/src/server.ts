import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from './app';
import { loadConfig } from './config';
import { SAFETY_NET_PAGES, startCheckpointer } from './db/checkpointer';
import { openDb } from './db/client';
import { systemClock } from './lib/clock';
import { isEmpty, seedDemo } from './seed/demo';

const startedAt = performance.now();
const config = loadConfig();
const db = openDb(config.databasePath, { synchronous: config.sqliteSynchronous });
const clock = systemClock;
const passwordFile = path.join(config.dataDir, 'demo-password.txt');

if (config.demoData && isEmpty(db)) {
  const demo = await seedDemo(db, clock, { password: config.demoPassword, scryptN: config.scryptN });
  // Kept beside the database so a later start can print the logins again.
  fs.writeFileSync(passwordFile, `${demo.password}\n`, { mode: 0o600 });
  printLogins(demo.logins.map((l) => l.username), demo.password, true);
} else if (fs.existsSync(passwordFile)) {
  printLogins(null, fs.readFileSync(passwordFile, 'utf8').trim(), false);
}

const app = await buildApp(
  { db, clock, config },
  { logger: config.logLevel === 'silent' ? false : { level: config.logLevel, redact: ['req.headers.cookie', 'req.body.password'] } },
);
// Checkpoints of the log run on a worker (db/checkpointer.ts); this connection's only as a safety net.
db.$client.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
const checkpointer = startCheckpointer(config.databasePath, {
  synchronous: config.sqliteSynchronous,
  onError: (message) => app.log.warn({ message }, 'checkpoint failed'),
});
await app.listen({ port: config.port, host: config.host });
const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
console.log(`Đôn Đốc đang chạy tại http://${shownHost}:${config.port} (sẵn sàng sau ${Math.round(performance.now() - startedAt)} ms; CSDL: ${config.databasePath})`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app
      .close()
      .then(() => checkpointer.stop())
      .then(() => db.$client.close())
      .finally(() => process.exit(0));
  });
}

function printLogins(usernames: string[] | null, password: string, fresh: boolean) {
  const names = usernames ?? ['admin', 'staff', 'leader', 'baolangson', 'daiptth', 'cntt', 'vhtt.trangdinh', 'vhtt.tplangson', '…'];
  console.log(fresh ? '\nĐã nạp dữ liệu mẫu. Tài khoản dùng thử:' : '\nTài khoản dùng thử (dữ liệu mẫu):');
  console.log(`  ${names.join(', ')}`);
  console.log(`  Mật khẩu chung: ${password}\n`);
}
