/**
 * `pnpm seed:large [--data-dir ./data-large] [--scale 1] [--seed 20201120] [--password …] [--force]`:
 * writes a province-scale history to <data-dir>/dondoc.db (see large/generate.ts). Start the app
 * on it with DATA_DIR=<data-dir>; every user (admin, staff, leader, one per unit named by its
 * code, e.g. vhtt-180) has the password given (default dondoc-large).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateLarge } from './large/generate';

const { values } = parseArgs({
  // `pnpm seed:large -- --scale 0.1` passes the `--` on.
  args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')),
  options: {
    'data-dir': { type: 'string', default: './data-large' },
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '20201120' },
    password: { type: 'string', default: 'dondoc-large' },
    force: { type: 'boolean', default: false },
  },
});
const dataDir = path.resolve(values['data-dir']);
const file = path.join(dataDir, 'dondoc.db');
const scale = Number(values.scale);
if (!(scale > 0 && scale <= 10)) throw new Error('--scale must be a number in (0, 10]');
if (fs.existsSync(file) && !values.force) {
  console.error(`${file} đã có. Thêm --force để tạo lại.`);
  process.exit(1);
}
console.log(`Tạo dữ liệu quy mô tỉnh (hệ số ${scale}) vào ${file}…`);
const s = await generateLarge(file, { scale, seed: Number(values.seed), password: values.password, overwrite: values.force, log: (m) => console.log(m) });
// The server prints the logins from this file at start.
fs.writeFileSync(path.join(dataDir, 'demo-password.txt'), `${values.password}\n`, { mode: 0o600 });
console.log(`Xong sau ${(s.ms / 1000).toFixed(1)} s: ${s.directives} văn bản, ${s.tasks} nhiệm vụ, ${s.items} nội dung, ${s.activities.activities} hoạt động, ${s.reports.reports} báo cáo.`);
console.log(`Chạy: DATA_DIR=${values['data-dir']} pnpm start — đăng nhập staff / leader / vhtt-180 … mật khẩu ${values.password}`);
