/**
 * What an evidence file is, from its bytes (never from its name): %PDF, a zip holding word/
 * or xl/, FF D8 FF, the PNG signature, ID3 or an MPEG audio frame, an ISO "ftyp" box at
 * offset 4, or valid UTF-8 text. Reads from a ByteSource so that a 20 MB upload is checked
 * on disk a slice at a time, never loaded whole.
 */
import fs from 'node:fs';
import type { evidenceKinds } from '@dondoc/schemas';

export type EvidenceKind = (typeof evidenceKinds)[number];
export type EvidenceType = { kind: EvidenceKind; mime: string; ext: string };

export type ByteSource = { size: number; read: (position: number, length: number) => Uint8Array };

export const TYPES: Record<EvidenceKind, EvidenceType> = {
  pdf: { kind: 'pdf', mime: 'application/pdf', ext: 'pdf' },
  docx: { kind: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' },
  xlsx: { kind: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' },
  jpg: { kind: 'jpg', mime: 'image/jpeg', ext: 'jpg' },
  png: { kind: 'png', mime: 'image/png', ext: 'png' },
  mp3: { kind: 'mp3', mime: 'audio/mpeg', ext: 'mp3' },
  mp4: { kind: 'mp4', mime: 'video/mp4', ext: 'mp4' },
  txt: { kind: 'txt', mime: 'text/plain; charset=utf-8', ext: 'txt' },
};

/** Other names people give the same kind of file; a name ending in one of these is left as it is. */
const EXTENSIONS: Record<EvidenceKind, readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  jpg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  png: ['png'],
  mp3: ['mp3'],
  mp4: ['mp4', 'm4v', 'm4a'],
  txt: ['txt', 'text', 'csv', 'md', 'log'],
};

const HEAD = 4096;

const at = (b: Uint8Array, sig: readonly number[], offset = 0) => b.length >= offset + sig.length && sig.every((x, i) => b[offset + i] === x);
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ID3 = ascii('ID3');
const FTYP = ascii('ftyp');
/** ISO media brands that are still pictures (HEIC, AVIF), not video. */
const IMAGE_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif', 'avis']);

export function bufferSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (position, length) => bytes.subarray(position, Math.min(bytes.length, position + length)) };
}

/** Reads a file on disk by slices; close() when done. */
export function fileSource(file: string): ByteSource & { close: () => void } {
  const fd = fs.openSync(file, 'r');
  const size = fs.fstatSync(fd).size;
  return {
    size,
    read(position, length) {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      const n = buf.length ? fs.readSync(fd, buf, 0, buf.length, position) : 0;
      return buf.subarray(0, n);
    },
    close: () => fs.closeSync(fd),
  };
}

/** An MPEG audio frame header: 11 sync bits, a real layer, a bitrate and a sample rate that are not "bad". */
function mpegFrame(h: Uint8Array): boolean {
  const [b0 = 0, b1 = 0, b2 = 0] = h;
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return false;
  if ((b1 & 0x18) === 0x08 || (b1 & 0x06) === 0) return false; // reserved version, reserved layer
  return (b2 & 0xf0) !== 0xf0 && (b2 & 0x0c) !== 0x0c;
}

const u16 = (b: Uint8Array, o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number) => (u16(b, o) + u16(b, o + 2) * 0x10000) >>> 0;

/** Names in a zip's central directory (read from the end of the file), or null if it is not a readable zip. */
export function zipNames(src: ByteSource, maxDirectory = 8 * 1024 * 1024): string[] | null {
  const tailLen = Math.min(src.size, 22 + 0xffff);
  const tail = src.read(src.size - tailLen, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(tail, eocd + 10);
  const dirSize = u32(tail, eocd + 12);
  const dirOffset = u32(tail, eocd + 16);
  if (dirSize > maxDirectory || dirOffset + dirSize > src.size) return null;
  const dir = src.read(dirOffset, dirSize);
  const names: string[] = [];
  const decoder = new TextDecoder();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || u32(dir, p) !== 0x02014b50) return null;
    const nameLen = u16(dir, p + 28);
    names.push(decoder.decode(dir.subarray(p + 46, p + 46 + nameLen)));
    p += 46 + nameLen + u16(dir, p + 30) + u16(dir, p + 32);
  }
  return names;
}

/** Valid UTF-8 all the way through, no NUL, few control characters: a text file. */
function isUtf8Text(src: ByteSource): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const SLICE = 64 * 1024;
  let control = 0;
  try {
    for (let pos = 0; pos < src.size; pos += SLICE) {
      const chunk = src.read(pos, SLICE);
      for (const b of chunk) {
        if (b === 0) return false;
        if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
      }
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
  } catch {
    return false;
  }
  return control <= Math.max(2, src.size * 0.01);
}

/** The allow-listed type the bytes are, or null (refused). */
export function detectEvidenceType(src: ByteSource): EvidenceType | null {
  if (src.size === 0) return null;
  const head = src.read(0, HEAD);
  const pdfAt = head.findIndex((_, i) => i <= 1024 && at(head, PDF, i));
  if (pdfAt >= 0) return TYPES.pdf;
  if (at(head, ZIP)) {
    const names = zipNames(src);
    if (!names) return null;
    if (names.some((n) => n.startsWith('word/'))) return TYPES.docx;
    if (names.some((n) => n.startsWith('xl/'))) return TYPES.xlsx;
    return null; // any other zip (an archive, an .apk, an .odt) is refused
  }
  if (at(head, JPEG)) return TYPES.jpg;
  if (at(head, PNG)) return TYPES.png;
  if (at(head, ID3) || mpegFrame(head)) return TYPES.mp3;
  if (at(head, FTYP, 4)) {
    const brand = String.fromCharCode(...head.subarray(8, 12)).toLowerCase();
    return IMAGE_BRANDS.has(brand) ? null : TYPES.mp4;
  }
  return isUtf8Text(src) ? TYPES.txt : null;
}

/**
 * The name shown and offered on download: no folders, no control characters, at most 200
 * characters, and an extension that matches the content ("anh.jpg" holding a PDF → "anh.pdf").
 */
export function evidenceName(raw: string | undefined, type: EvidenceType): string {
  const last = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const base = Array.from(last.normalize('NFC'))
    .filter((c) => c.charCodeAt(0) >= 0x20 && c !== '\u007f')
    .join('')
    .trim();
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).trim() || 'minh-chung';
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const keep = EXTENSIONS[type.kind].includes(ext) ? ext : type.ext;
  const limit = 200 - keep.length - 1;
  return `${stem.length > limit ? stem.slice(0, limit) : stem}.${keep}`;
}
