/**
 * Text of a PDF's text layer with pdf.js (legacy build, the one meant for Node), page by
 * page, laid out in lines by pdf-layout.ts. No canvas, no fonts loaded, no eval.
 *
 * Worker: in Node, pdf.js never starts a Worker; it runs its worker code in this thread
 * ("fake worker"), loading it with `import('./pdf.worker.mjs')` next to pdf.mjs. We load
 * that module ourselves first: it registers `globalThis.pdfjsWorker`, which pdf.js then
 * uses directly, so the lookup cannot break if the API is ever bundled differently.
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../../lib/errors';
import { extractError } from './errors';
import { pageLines, type Piece } from './pdf-layout';

/** Pages read at most: directives are a few pages; a 2,000-page scan dump is not one. */
export const MAX_PDF_PAGES = 300;
/** Wall-clock budget for one PDF. */
export const PDF_TIME_LIMIT_MS = 20_000;

type PdfJs = typeof PdfJsModule;

let loading: Promise<{ pdfjs: PdfJs; assets: string }> | null = null;

/** pdf.js and its worker, loaded once, on first use (keeps server start fast). */
function loadPdfJs(): Promise<{ pdfjs: PdfJs; assets: string }> {
  loading ??= (async () => {
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // character maps (CID fonts) and metrics of the 14 standard fonts, read from disk
    const assets = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { pdfjs, assets };
  })();
  loading.catch(() => {
    loading = null; // try again next time
  });
  return loading;
}

type TextItemLike = { str: string; transform: number[]; width: number; height: number };

const isTextItem = (i: unknown): i is TextItemLike =>
  typeof i === 'object' && i !== null && typeof (i as TextItemLike).str === 'string' && Array.isArray((i as TextItemLike).transform);

/** Map a pdf.js failure to what the person can do about it. */
function pdfError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') return extractError('PDF_PASSWORD', e);
  return extractError('CORRUPT_FILE', e); // InvalidPDFException, FormatError, UnknownErrorException…
}

const multiply = (m: number[], n: number[]): number[] => [
  (m[0] ?? 0) * (n[0] ?? 0) + (m[2] ?? 0) * (n[1] ?? 0),
  (m[1] ?? 0) * (n[0] ?? 0) + (m[3] ?? 0) * (n[1] ?? 0),
  (m[0] ?? 0) * (n[2] ?? 0) + (m[2] ?? 0) * (n[3] ?? 0),
  (m[1] ?? 0) * (n[2] ?? 0) + (m[3] ?? 0) * (n[3] ?? 0),
  (m[0] ?? 0) * (n[4] ?? 0) + (m[2] ?? 0) * (n[5] ?? 0) + (m[4] ?? 0),
  (m[1] ?? 0) * (n[4] ?? 0) + (m[3] ?? 0) * (n[5] ?? 0) + (m[5] ?? 0),
];

/**
 * Pieces in page coordinates (viewport: y down, page rotation applied). Text that is
 * not horizontal (stamps, vertical margin notes) is counted, not placed.
 */
function piecesOf(items: unknown[], viewport: number[]): { pieces: Piece[]; skewed: number } {
  const pieces: Piece[] = [];
  let skewed = 0;
  items.forEach((item, order) => {
    if (!isTextItem(item) || item.str.length === 0) return;
    const [a, b, c, d, x, y] = multiply(viewport, item.transform) as [number, number, number, number, number, number];
    if (Math.abs(b) > 0.05 * Math.abs(a) || Math.abs(c) > 0.05 * Math.abs(d) || a <= 0) {
      if (/\S/u.test(item.str)) skewed++;
      return;
    }
    pieces.push({ str: item.str, x, y, w: Math.abs(item.width), size: Math.hypot(c, d) || item.height, order });
  });
  return { pieces, skewed };
}

export async function extractPdf(bytes: Uint8Array): Promise<{ text: string; warnings: string[] }> {
  const { pdfjs, assets } = await loadPdfJs();
  const warnings: string[] = [];
  const deadline = Date.now() + PDF_TIME_LIMIT_MS;
  // pdf.js may transfer (detach) the buffer it is given, and refuses Node Buffers: give it a copy
  let task: ReturnType<PdfJs['getDocument']> | null = null;
  try {
    task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      disableFontFace: true,
      isEvalSupported: false,
      useWorkerFetch: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
      cMapUrl: `${join(assets, 'cmaps')}/`,
      cMapPacked: true,
      standardFontDataUrl: `${join(assets, 'standard_fonts')}/`,
    });
    // no onPassword handler: a protected file rejects with PasswordException
    const doc = await withDeadline(task.promise, deadline);
    const pages = Math.min(doc.numPages, MAX_PDF_PAGES);
    if (doc.numPages > MAX_PDF_PAGES) warnings.push(`Tệp có ${doc.numPages} trang; chỉ đọc ${MAX_PDF_PAGES} trang đầu.`);
    const lines: string[] = [];
    const empty: number[] = [];
    const failed: number[] = [];
    let skewed = 0;
    for (let n = 1; n <= pages; n++) {
      try {
        const page = await withDeadline(doc.getPage(n), deadline);
        const viewport = page.getViewport({ scale: 1 }).transform;
        const content = await withDeadline(page.getTextContent({ disableNormalization: false }), deadline);
        const got = piecesOf(content.items, viewport);
        skewed += got.skewed;
        const pageText = pageLines(got.pieces);
        if (pageText.length === 0) empty.push(n);
        lines.push(...pageText);
        page.cleanup();
      } catch (e) {
        if (e instanceof AppError) throw e;
        failed.push(n);
      }
    }
    if (failed.length === pages) throw extractError('CORRUPT_FILE');
    if (!lines.some((l) => /\p{L}/u.test(l))) throw extractError('PDF_NO_TEXT');
    if (failed.length > 0) warnings.push(`Không đọc được trang ${failed.join(', ')} (tệp bị hỏng một phần); hãy kiểm tra nội dung các trang này.`);
    if (empty.length > 0) warnings.push(`Trang ${empty.join(', ')} không có lớp chữ (có thể là ảnh quét); nội dung các trang này không được đọc.`);
    if (skewed > 0) warnings.push('Một số dòng chữ xoay nghiêng hoặc dọc (con dấu, ghi chú lề) đã được bỏ qua.');
    return { text: lines.join('\n'), warnings };
  } catch (e) {
    throw pdfError(e);
  } finally {
    await task?.destroy().catch(() => undefined);
  }
}

/** Rejects with CORRUPT_FILE once the deadline passes (pdf.js keeps going until destroyed). */
function withDeadline<T>(p: Promise<T>, deadline: number): Promise<T> {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(extractError('CORRUPT_FILE'));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(extractError('CORRUPT_FILE')), left);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
