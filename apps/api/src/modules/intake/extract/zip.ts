/**
 * Reads a few named entries of a zip, counting the bytes actually inflated rather than
 * trusting the sizes the archive declares: a crafted .docx can claim 1 KB and inflate to
 * gigabytes. (fflate's unzipSync writes into a buffer of the declared size and keeps
 * inflating past it, so a lying entry costs all its CPU.) Entries are located here and
 * inflated with fflate's streaming Inflate in small slices, stopping as soon as the output
 * passes the declared size or the budget.
 */
import { Inflate } from 'fflate';

export class ZipError extends Error {}

type Entry = { name: string; method: number; flags: number; compressed: number; size: number; local: number };

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) + u16(b, o + 2) * 0x10000) >>> 0;
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 0x1_0000_0000;

const SLICE = 4 * 1024; // compressed bytes per push: at most ~4 MB inflated between checks

function endOfCentralDirectory(zip: Uint8Array): number {
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= stop; i--) if (u32(zip, i) === 0x06054b50) return i;
  throw new ZipError('no end of central directory');
}

function centralDirectory(zip: Uint8Array): Entry[] {
  const eocd = endOfCentralDirectory(zip);
  let count = u16(zip, eocd + 10);
  let offset = u32(zip, eocd + 16);
  const loc = eocd - 20;
  if (loc >= 0 && u32(zip, loc) === 0x07064b50) {
    const z64 = u64(zip, loc + 8);
    if (u32(zip, z64) === 0x06064b50) {
      count = u64(zip, z64 + 32);
      offset = u64(zip, z64 + 48);
    }
  }
  if (count > 100_000) throw new ZipError('too many entries');
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > zip.length || u32(zip, p) !== 0x02014b50) throw new ZipError('bad central directory');
    const nameLen = u16(zip, p + 28);
    const extraLen = u16(zip, p + 30);
    const commentLen = u16(zip, p + 32);
    const e: Entry = {
      flags: u16(zip, p + 8),
      method: u16(zip, p + 10),
      compressed: u32(zip, p + 20),
      size: u32(zip, p + 24),
      local: u32(zip, p + 42),
      name: new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLen)),
    };
    // zip64: the real values follow in an extra field, in this order, for each field saturated at 0xFFFFFFFF
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; x += 4 + u16(zip, x + 2)) {
      if (u16(zip, x) !== 0x0001) continue;
      let q = x + 4;
      if (e.size === 0xffffffff) {
        e.size = u64(zip, q);
        q += 8;
      }
      if (e.compressed === 0xffffffff) {
        e.compressed = u64(zip, q);
        q += 8;
      }
      if (e.local === 0xffffffff) e.local = u64(zip, q);
    }
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function dataOf(zip: Uint8Array, e: Entry): Uint8Array {
  if (e.local + 30 > zip.length || u32(zip, e.local) !== 0x04034b50) throw new ZipError('bad local header');
  const start = e.local + 30 + u16(zip, e.local + 26) + u16(zip, e.local + 28);
  if (start + e.compressed > zip.length) throw new ZipError('truncated entry');
  return zip.subarray(start, start + e.compressed);
}

/** Inflates `data`, throwing as soon as the output passes `limit` bytes. */
function inflateCapped(data: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new ZipError('entry larger than declared');
    chunks.push(chunk);
    if (final) done = true;
  });
  for (let i = 0; i < data.length; i += SLICE) {
    inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  }
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  if (!done) throw new ZipError('truncated deflate stream');
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * The named entries that exist, inflated. `maxTotal` bounds the bytes inflated over all of
 * them, counted as they come out; exceeding it, or any damage, throws ZipError.
 */
export function readZipEntries(zip: Uint8Array, names: readonly string[], maxTotal: number): Map<string, Uint8Array> {
  const wanted = new Set(names);
  const out = new Map<string, Uint8Array>();
  let budget = maxTotal;
  for (const e of centralDirectory(zip)) {
    if (!wanted.has(e.name) || out.has(e.name)) continue;
    if (e.flags & 0x1) throw new ZipError('encrypted entry');
    if (e.size > budget) throw new ZipError('entry too large'); // declared: refuse early when honest
    const data = dataOf(zip, e);
    let bytes: Uint8Array;
    if (e.method === 0) bytes = data;
    else if (e.method === 8) bytes = inflateCapped(data, e.size); // more than declared: a lie, stop there
    else throw new ZipError(`compression method ${e.method}`);
    if (bytes.length !== e.size) throw new ZipError('size differs from the declared size');
    budget -= bytes.length;
    out.set(e.name, bytes);
  }
  return out;
}

/**
 * Throws ZipError unless every entry inflates within `maxTotal` bytes in all: a guard to run
 * before handing an archive to a library that inflates without limits (exceljs).
 */
export function assertInflatesWithin(zip: Uint8Array, maxTotal: number): void {
  readZipEntries(zip, centralDirectory(zip).map((e) => e.name), maxTotal);
}
