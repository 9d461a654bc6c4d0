/**
 * The peer comparison (issue 6): W1–W5 on Đôn Đốc and on Redmine 5, same machine, same data shape,
 * same load setting (cannon.ts), recorded as peer.w1 … peer.w5 with Redmine's figure beside ours.
 * W4 is measured with SQLite synchronous=FULL (declared: the budget applies to it; each completed
 * task is on disk before the answer, even across a power cut) and NORMAL (shown for information).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Peer, RecordFn } from '../util';
import { addOpenTasks, buildOurs } from './data';
import { benchOurs, medianUnit, type Missing, type OursFigures } from './ours';
import { benchRedmine, type RedmineFigures } from './redmine-load';
import { ensureRedmine, redmineVersion, startRedmine } from './redmine';
import { peerShape, type Shape } from './shape';

const here = path.dirname(fileURLToPath(import.meta.url));
/** W4 completes up to ≈ 60,000 tasks in 12 s at 5,000 req/s: 400 directives to every unit (60,000 open tasks) on top of the shape's. */
const SUPPLY_DIRECTIVES = 400;
export const DECLARED_SYNC = 'FULL';

type Built = { shapeDb: string; supplyDb: string; unitIds: number[]; directiveIds: number[] };

/** Our shape (and the W4 copy with more open tasks), built once per migrations and builder version. */
async function oursDb(shape: Shape, log: (m: string) => void): Promise<Built> {
  const h = createHash('sha1').update(JSON.stringify(shape)).update(String(SUPPLY_DIRECTIVES)).update(fs.readFileSync(path.resolve(here, '../../drizzle/meta/_journal.json')));
  for (const f of ['data.ts', 'shape.ts']) h.update(fs.readFileSync(path.join(here, f)));
  const dir = path.join(os.tmpdir(), `dondoc-bench-peer-${h.digest('hex').slice(0, 12)}`);
  const meta = path.join(dir, 'meta.json');
  const read = (): Built => ({ shapeDb: path.join(dir, 'shape/dondoc.db'), supplyDb: path.join(dir, 'supply/dondoc.db'), ...(JSON.parse(fs.readFileSync(meta, 'utf8')) as Pick<Built, 'unitIds' | 'directiveIds'>) });
  if (fs.existsSync(meta)) return read();
  const building = `${dir}.building-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  log(`  (tạo dữ liệu so sánh: ${shape.units} đơn vị, ${shape.directives.length} văn bản, ${shape.tasks} nhiệm vụ, ${shape.doneTasks} đã xong…)`);
  const built = await buildOurs(path.join(building, 'shape/dondoc.db'), shape);
  fs.mkdirSync(path.join(building, 'supply'));
  fs.copyFileSync(path.join(building, 'shape/dondoc.db'), path.join(building, 'supply/dondoc.db'));
  addOpenTasks(path.join(building, 'supply/dondoc.db'), shape, built.unitIds, SUPPLY_DIRECTIVES);
  fs.writeFileSync(path.join(building, 'meta.json'), JSON.stringify({ unitIds: built.unitIds, directiveIds: built.directiveIds }));
  log(`  (xong sau ${(built.ms / 1000).toFixed(0)} s, thêm ${SUPPLY_DIRECTIVES} văn bản cho W4)`);
  fs.renameSync(building, dir);
  return read();
}

async function redmineSide(shape: Shape, opts: { quick: boolean; port: number }, log: (m: string) => void): Promise<RedmineFigures | string> {
  if (opts.quick && !redmineVersion()) return '--quick: Redmine chưa được cài trên máy này, bỏ qua (chạy không có --quick để bench tự cài)';
  const missing = ensureRedmine(log);
  if (missing) return missing;
  try {
    log(`  (Redmine ${redmineVersion() ?? '?'} trên cổng ${opts.port}…)`);
    const rm = await startRedmine(shape, opts.port, log);
    try {
      return await benchRedmine(rm, shape, medianUnit(shape));
    } finally {
      await rm.stop();
    }
  } catch (e) {
    return `Redmine lỗi: ${(e as Error).message}`;
  }
}

const isMissing = (x: object): x is Missing => 'missing' in x;

export async function benchPeer(record: RecordFn, opts: { quick: boolean; quiet: boolean; peer: boolean; port: number }): Promise<void> {
  const log = (m: string) => {
    if (!opts.quiet) console.log(m);
  };
  const shape = peerShape();
  const built = await oursDb(shape, log);
  const ours: OursFigures = await benchOurs(built.shapeDb, built.supplyDb, shape, built.unitIds, built.directiveIds, opts.port);
  const rm = opts.peer ? await redmineSide(shape, { quick: opts.quick, port: opts.port + 1 }, log) : 'bỏ qua (--no-peer)';
  const red = typeof rm === 'string' ? null : rm;
  const why = typeof rm === 'string' ? rm : undefined;
  // ours/Redmine: for throughput above 1 is better, for time below 1 is better.
  const peer = (ourValue: number | null, theirs: number | null | undefined): Peer =>
    theirs == null ? { redmine: null, oursOverRedmine: null, note: `không đo được: ${why ?? 'không có số liệu'}` } : { redmine: theirs, oursOverRedmine: ourValue == null || theirs === 0 ? null : ourValue / theirs };
  const failures = (l: { failed: number; statuses: Record<number, number> }) => (l.failed ? `; ${l.failed} lỗi ${JSON.stringify(l.statuses)}` : '');

  log(`  (W1: văn bản/s = yêu cầu thành công ÷ số yêu cầu mỗi văn bản ÷ 10 s — Đôn Đốc 2: tạo rồi ban hành; Redmine 14: 1 việc cha + 13 việc con${failures(ours.w1)})`);
  record('peer.w1_directives_per_s', ours.w1.rps, 'directives/s', 200, false, { peer: peer(ours.w1.rps, red?.w1.rps) });
  log(`  (W2: ${ours.w2.listed} nhiệm vụ đang mở của một đơn vị; Redmine ${red?.w2.listed ?? '—'} việc${failures(ours.w2)})`);
  record('peer.w2_req_per_s', ours.w2.rps, 'req/s', 5000, false, { peer: peer(ours.w2.rps, red?.w2.rps) });
  record('peer.w2_p99_ms', ours.w2.p99, 'ms', 10, true, { ref: 'load99', peer: peer(ours.w2.p99, red?.w2.p99) });
  log(`  (W3: ${ours.w3.listed} đơn vị của văn bản đầu; Redmine ${red?.w3.listed ?? '—'} việc con${failures(ours.w3)})`);
  record('peer.w3_req_per_s', ours.w3.rps, 'req/s', 5000, false, { peer: peer(ours.w3.rps, red?.w3.rps) });
  for (const sync of ['FULL', 'NORMAL'] as const) {
    const w = ours.w4[sync];
    const declared = sync === DECLARED_SYNC;
    const name = `peer.w4_${sync.toLowerCase()}_req_per_s`;
    if (isMissing(w)) record(name, null, 'req/s', declared ? 3000 : null, false, { note: `không đo được: ${w.missing}` });
    else {
      log(`  (W4 synchronous=${sync}${declared ? ', chế độ công bố' : ', tham khảo'}: p50 ${w.p50.toFixed(1)} ms, p99 ${w.p99.toFixed(1)} ms, ${w.count} yêu cầu / ${w.supply} nhiệm vụ mở${failures(w)})`);
      record(name, w.rps, 'req/s', declared ? 3000 : null, false, { info: !declared, peer: peer(w.rps, red?.w4.rps) });
    }
  }
  if (red) log(`  (Redmine W4: SQLite mặc định của Rails — rollback journal, synchronous=FULL; p99 ${red.w4.p99.toFixed(0)} ms${failures(red.w4)})`);
  if (isMissing(ours.w5)) record('peer.w5_export_ms', null, 'ms', 50, true, { note: `không đo được: ${ours.w5.missing}` });
  else {
    log(`  (W5: ${ours.w5.rows} dòng, ${(ours.w5.bytes / 1024).toFixed(0)} kB; Redmine ${red?.w5.rows ?? '—'} dòng, ${red ? (red.w5.bytes / 1024).toFixed(0) : '—'} kB)`);
    record('peer.w5_export_ms', ours.w5.ms, 'ms', 50, true, { peer: peer(ours.w5.ms, red?.w5.ms) });
  }
}
