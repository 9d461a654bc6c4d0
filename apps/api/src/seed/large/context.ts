import type Database from 'better-sqlite3';
import type { Random } from './random';

/** A unit of the 2020 directory as the generator uses it. */
export type GenUnit = {
  id: number;
  code: string;
  kind: string;
  districtCode: string | null;
  parentId: number | null;
  /** 0.5–0.98: how reliably the unit finishes on time and reports; fixed per unit so rankings mean something. */
  diligence: number;
};

/** A task as later stages need it (activities are dated inside it, items linked by id range). */
export type GenTask = {
  id: number;
  directiveId: number;
  unitId: number;
  issuedOn: string;
  deadline: string | null;
  completedOn: string | null;
  firstItemId: number;
  items: number;
  parentTaskId: number | null;
};

export type GenDirective = { id: number; issuedOn: string; deadline: string | null; taskIds: number[] };

export type GenContext = {
  sqlite: Database.Database;
  r: Random;
  /** The generator's clock: every created/updated stamp, and the latest day anything happens. */
  now: string;
  lastDay: string;
  units: GenUnit[];
  unitById: Map<number, GenUnit>;
  /** The head user of each unit (activities and reports are theirs). */
  userOf: Map<number, number>;
  staffId: number;
  log: (msg: string) => void;
};

/** Next id of a table: the generator gives ids itself so related rows can point at each other without reading back. */
export function nextId(sqlite: Database.Database, table: string): number {
  const row = sqlite.prepare(`select coalesce(max(id), 0) + 1 as n from ${table}`).get() as { n: number };
  return row.n;
}

/** Runs `fn` over 0..n-1 in transactions of `size` rows (one giant transaction would hold a large WAL). */
export function inChunks(sqlite: Database.Database, n: number, size: number, fn: (i: number) => void) {
  for (let start = 0; start < n; start += size) {
    const end = Math.min(n, start + size);
    sqlite.transaction(() => {
      for (let i = start; i < end; i += 1) fn(i);
    })();
  }
}
