/** Shared test helpers: fixture paths, whitespace-insensitive comparison, contract validator. */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures/directives');

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function fixturePath(name: string, ext: '.txt' | '.expected.json'): string {
  return join(FIXTURES_DIR, `${name}${ext}`);
}

/** Collapse runs of whitespace in every string and drop "warnings", as the reviewers compare. */
export function comparable(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (Array.isArray(v)) return v.map(comparable);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([k]) => k !== 'warnings')
        .map(([k, x]) => [k, comparable(x)]),
    );
  }
  return v;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function isStr(v: unknown): v is string {
  return typeof v === 'string';
}
function strOrNull(v: unknown): boolean {
  return v === null || typeof v === 'string';
}
function isoOrNull(v: unknown): boolean {
  return v === null || (typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v)));
}
function intOrNull(v: unknown): boolean {
  return v === null || (typeof v === 'number' && Number.isInteger(v));
}

function checkPart(p: unknown, path: string, errs: string[], depth: number): void {
  if (!p || typeof p !== 'object') {
    errs.push(`${path} is not an object`);
    return;
  }
  const o = p as Record<string, unknown>;
  if (!strOrNull(o.label)) errs.push(`${path}.label`);
  if (!isStr(o.title)) errs.push(`${path}.title`);
  if (!isStr(o.text)) errs.push(`${path}.text`);
  if (!Array.isArray(o.addressees) || !o.addressees.every(isStr)) errs.push(`${path}.addressees`);
  if (typeof o.actionable !== 'boolean') errs.push(`${path}.actionable`);
  if (!isoOrNull(o.deadline)) errs.push(`${path}.deadline`);
  if (!Array.isArray(o.parts)) errs.push(`${path}.parts`);
  else if (depth < 50) o.parts.forEach((c, i) => checkPart(c, `${path}.parts[${i}]`, errs, depth + 1));
}

/** Structural check of the contract shape; returns the list of problems (empty = valid). */
export function contractErrors(d: unknown): string[] {
  const errs: string[] = [];
  if (!d || typeof d !== 'object') return ['not an object'];
  const o = d as Record<string, unknown>;
  for (const k of ['issuer', 'kind', 'number', 'symbol', 'place', 'subject', 'preamble']) {
    if (!strOrNull(o[k])) errs.push(k);
  }
  const issued = o.issued as Record<string, unknown> | null;
  if (issued !== null && (typeof issued !== 'object' || !intOrNull(issued.year) || !intOrNull(issued.month) || !intOrNull(issued.day))) {
    errs.push('issued');
  }
  for (const k of ['recipients', 'closing', 'warnings']) {
    if (!Array.isArray(o[k]) || !(o[k] as unknown[]).every(isStr)) errs.push(k);
  }
  if (!Array.isArray(o.deadlines) || !(o.deadlines as unknown[]).every((x) => isoOrNull(x) && x !== null)) errs.push('deadlines');
  if (!Array.isArray(o.references)) errs.push('references');
  else
    (o.references as Record<string, unknown>[]).forEach((r, i) => {
      if (!r || !isStr(r.number) || !strOrNull(r.kind) || !isoOrNull(r.date) || !strOrNull(r.issuer)) errs.push(`references[${i}]`);
    });
  if (!Array.isArray(o.parts)) errs.push('parts');
  else (o.parts as unknown[]).forEach((p, i) => checkPart(p, `parts[${i}]`, errs, 0));
  const rep = o.report as Record<string, unknown> | null;
  if (!rep || typeof rep.required !== 'boolean' || !isoOrNull(rep.deadline) || typeof rep.onRequest !== 'boolean' || !strOrNull(rep.recurrence)) {
    errs.push('report');
  }
  if (!Array.isArray(o.cc)) errs.push('cc');
  else
    (o.cc as Record<string, unknown>[]).forEach((c, i) => {
      if (!c || !isStr(c.name) || !strOrNull(c.purpose)) errs.push(`cc[${i}]`);
    });
  const s = o.signer as Record<string, unknown> | null;
  if (!s || !strOrNull(s.name) || !strOrNull(s.title) || !strOrNull(s.authority)) errs.push('signer');
  const expected = ['issuer', 'kind', 'number', 'symbol', 'place', 'issued', 'subject', 'recipients', 'references', 'preamble', 'parts', 'closing', 'deadlines', 'report', 'cc', 'signer', 'warnings'];
  for (const k of expected) if (!(k in o)) errs.push(`missing ${k}`);
  return errs;
}

/** Small seeded PRNG (mulberry32) so property tests are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
