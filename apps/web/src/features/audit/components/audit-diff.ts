import { formatDateTime } from '../../../lib/format';

export type Change = { key: string; before: string; after: string };

const MAX = 120;
// Bookkeeping that changes on every write and says nothing to a reader.
const NOISE = new Set(['id', 'version', 'updatedAt', 'createdAt']);
// When a record is created or deleted, these say what it was; the rest would be a wall of JSON.
const IDENTITY = ['subject', 'name', 'title', 'status', 'number', 'symbol', 'taskCount', 'receivedAt', 'note', 'reason'];
const MAX_IDENTITY = 4;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '∅';
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatDateTime(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A created or deleted record, told by a few fields that identify it. */
function identify(record: Record<string, unknown>, side: 'before' | 'after'): Change[] {
  const keys = IDENTITY.filter((k) => record[k] !== undefined && record[k] !== null);
  const chosen = keys.length ? keys.slice(0, MAX_IDENTITY) : Object.keys(record).filter((k) => !NOISE.has(k)).slice(0, 3);
  return chosen.map((k) => ({ key: k, before: side === 'before' ? show(record[k]) : '', after: side === 'after' ? show(record[k]) : '' }));
}

/** Top-level fields that differ between two snapshots, as short strings. */
export function diff(before: unknown, after: unknown): Change[] {
  if (before == null && isRecord(after)) return identify(after, 'after');
  if (after == null && isRecord(before)) return identify(before, 'before');
  if (!isRecord(before) || !isRecord(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ key: '', before: show(before), after: show(after) }];
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !NOISE.has(k));
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => ({ key: k, before: show(before[k]), after: show(after[k]) }));
}
