/**
 * The peer comparison's data shape (issue 6), drawn once from a fixed seed and built the same way
 * on both sides: 150 units with one user each; 300 directives of 6 items, the first to 13 units,
 * the others to 5–40; 40 % of the tasks done. Ours and Redmine read the same plan, so each task
 * (a Redmine child issue) goes to the same unit (user) and is done (closed) on both sides.
 */
import { seededRandom } from '../../src/seed/large/random';

export const UNITS = 150;
export const ITEMS = 6;
export const DONE_SHARE = 0.4;

/** recipients: unit indices (0-based); done[i]: whether the task of recipients[i] is done. */
export type PlannedDirective = { recipients: number[]; done: boolean[] };
export type Shape = { units: number; items: number; directives: PlannedDirective[]; tasks: number; doneTasks: number };

export function peerShape(seed = 20201120): Shape {
  const r = seededRandom(seed);
  const all = Array.from({ length: UNITS }, (_, i) => i);
  const directives = Array.from({ length: 300 }, (_, d) => {
    const k = d === 0 ? 13 : r.int(5, 40);
    const recipients = r.weightedSample(all, () => 1, k).sort((a, b) => a - b);
    return { recipients, done: recipients.map(() => false) };
  });
  // Exactly 40 % of all tasks done, spread at random over directives and units.
  const slots = directives.flatMap((d, di) => d.recipients.map((_, ri) => [di, ri] as const));
  for (let i = slots.length - 1; i > 0; i -= 1) {
    const j = Math.floor(r.next() * (i + 1));
    [slots[i], slots[j]] = [slots[j] as (typeof slots)[number], slots[i] as (typeof slots)[number]];
  }
  const doneTasks = Math.round(slots.length * DONE_SHARE);
  for (const [di, ri] of slots.slice(0, doneTasks)) (directives[di] as PlannedDirective).done[ri] = true;
  return { units: UNITS, items: ITEMS, directives, tasks: slots.length, doneTasks };
}

export const unitCode = (i: number) => `DV${String(i + 1).padStart(3, '0')}`;
export const unitLogin = (i: number) => `dv${String(i + 1).padStart(3, '0')}`;
export const itemTitle = (d: number, k: number) => `Nội dung ${k + 1} của văn bản ${d + 1}: tuyên truyền, báo cáo kết quả thực hiện`;
