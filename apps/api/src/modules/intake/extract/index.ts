/**
 * Text of an uploaded directive file (.txt, .docx, .pdf) in reading order, ready for
 * @dondoc/parser. The file is identified by its content; failures are AppErrors whose
 * Vietnamese message tells the person what to do.
 */
import { decodeText } from './txt';
import { extractDocx } from './docx';
import { asExtractError, extractError } from './errors';
import { extractPdf } from './pdf';
import { isEncryptedOoxml, isLegacyWordName, pdfOffset, sniff, sniffKind } from './sniff';

export { sniffKind };

export type ExtractedKind = 'txt' | 'docx' | 'pdf';
export type Extracted = { kind: ExtractedKind; text: string; warnings: string[] };

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Bytes looked at to identify a file. */
const HEAD_BYTES = 8 * 1024;

/**
 * Characters that betray text typed in the old TCVN3 (.VnTime) or VNI fonts and read as
 * Unicode ("C«ng v¨n ®Ò nghÞ", "Coâng vaên ñeà nghò"): none of them is a Vietnamese letter.
 */
const LEGACY_FONT_RE = /[¸µ¶·¹¨©ª«¬®»¼½¾ÆÇËÎÏÑÖ×ØÜÞßäåæçëîïñöøûüþ]/gu;

function legacyFontWarning(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const odd = text.match(LEGACY_FONT_RE)?.length ?? 0;
  // many of them, and not one letter that only Vietnamese in Unicode has
  return letters > 50 && odd > letters * 0.03 && !/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/iu.test(text)
    ? 'Văn bản có vẻ dùng phông chữ cũ (TCVN3/VNI) nên tiếng Việt bị sai. Vui lòng chuyển sang phông Unicode (ví dụ bằng Unikey) rồi tải lên lại.'
    : null;
}

/** One line ending, no trailing spaces, no blank lines at either end; Unicode NFC. */
function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+$/u, ''))
    .join('\n')
    .replace(/^\n+|\n+$/gu, '');
}

/** Text of a directive file in reading order. Throws AppError with a Vietnamese message. */
export async function extractText(bytes: Uint8Array, filename: string): Promise<Extracted> {
  if (bytes.length > MAX_UPLOAD_BYTES) throw extractError('TOO_LARGE');
  if (bytes.length === 0) throw extractError('EMPTY_FILE');
  const head = bytes.subarray(0, HEAD_BYTES);
  const what = sniff(head);
  let kind: ExtractedKind;
  let out: { text: string; warnings: string[] };
  try {
    switch (what) {
      case 'txt':
        kind = 'txt';
        out = { text: decodeText(bytes), warnings: [] };
        break;
      case 'docx':
        kind = 'docx';
        out = extractDocx(bytes);
        break;
      case 'pdf':
        kind = 'pdf';
        out = await extractPdf(bytes.subarray(pdfOffset(head)));
        break;
      case 'ole':
        if (isEncryptedOoxml(bytes)) throw extractError('DOCX_PASSWORD');
        throw extractError(isLegacyWordName(filename) ? 'LEGACY_DOC' : 'UNSUPPORTED_TYPE');
      default: // rtf, images, archives, executables…
        throw extractError('UNSUPPORTED_TYPE');
    }
  } catch (e) {
    throw asExtractError(e, 'CORRUPT_FILE'); // a reader that trips over the file: never a raw library error
  }
  const text = tidy(out.text);
  if (!/\S/u.test(text)) throw extractError(kind === 'pdf' ? 'PDF_NO_TEXT' : 'EMPTY_FILE');
  const warnings = [...out.warnings];
  const legacy = legacyFontWarning(text);
  if (legacy) warnings.push(legacy);
  return { kind, text, warnings };
}
