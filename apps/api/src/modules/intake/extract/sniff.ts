/**
 * What a file is, from its first bytes. The name is only a hint for the message (an OLE
 * file named .xls is not an old Word document); it never decides what we parse.
 */

export type SniffedKind = 'txt' | 'docx' | 'pdf';

/** What the first bytes say, including the formats we recognise only to refuse them politely. */
export type Sniffed = SniffedKind | 'ole' | 'rtf' | null;

const startsWith = (head: Uint8Array, sig: readonly number[], at = 0): boolean =>
  head.length >= at + sig.length && sig.every((b, i) => head[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // "{\rtf"
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** Where "%PDF-" starts: PDF readers accept up to 1 KB of junk before it, and so do we. */
export function pdfOffset(head: Uint8Array): number {
  const n = Math.min(head.length - PDF.length, 1024);
  for (let i = 0; i <= n; i++) if (startsWith(head, PDF, i)) return i;
  return -1;
}

/**
 * Does this look like text? No NUL bytes (UTF-8 never has them) and few control characters.
 * Whether it is valid UTF-8 is decided while decoding, so that text in an old 8-bit code
 * page gets "save it as UTF-8" rather than "unsupported type".
 */
function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    // tab, LF, VT, FF, CR and ESC/SUB (old DOS files) are tolerated
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a && b !== 0x1b) || b === 0x7f) control++;
  }
  return control <= Math.max(2, head.length * 0.01);
}

/** UTF-16 without a byte-order mark: every other byte is 0 in Vietnamese/ASCII text. */
function looksLikeUtf16WithoutBom(head: Uint8Array): boolean {
  const n = Math.min(head.length & ~1, 512);
  if (n < 8) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  return (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) || (evenZero > pairs * 0.6 && oddZero < pairs * 0.1);
}

/** Everything the first bytes tell, including formats we refuse with a specific message. */
export function sniff(head: Uint8Array): Sniffed {
  if (pdfOffset(head) >= 0) return 'pdf';
  if (startsWith(head, ZIP) || startsWith(head, ZIP_EMPTY)) return 'docx'; // confirmed by word/document.xml when unzipped
  if (startsWith(head, OLE)) return 'ole';
  if (startsWith(head, RTF)) return 'rtf';
  if (startsWith(head, UTF16LE_BOM) || startsWith(head, UTF16BE_BOM)) return 'txt';
  if (startsWith(head, UTF8_BOM)) return 'txt';
  if (looksLikeText(head) || looksLikeUtf16WithoutBom(head)) return 'txt';
  return null;
}

/**
 * Identifies the file by its content (magic bytes), never by its name alone.
 * A zip is reported as 'docx' here; extractText confirms it holds word/document.xml.
 */
export function sniffKind(head: Uint8Array, filename: string): SniffedKind | null {
  void filename; // kept in the signature: callers pass it, only the content decides
  const s = sniff(head);
  return s === 'txt' || s === 'docx' || s === 'pdf' ? s : null;
}

/** An OLE compound file is an old .doc, unless its name says it is another Office file. */
export function isLegacyWordName(filename: string): boolean {
  return !/\.(?:xls|xlt|ppt|pps|pot|msg|msi|vsd|pub)$/iu.test(filename.trim());
}

/** A password-protected .docx is an OLE file holding an "EncryptedPackage" stream. */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  // directory entry names are UTF-16LE
  const needle = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 4 * 1024 * 1024) - needle.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
