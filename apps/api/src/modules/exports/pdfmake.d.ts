// pdfmake 0.3 ships no types (and @types/pdfmake describes 0.2's browser API): the little of its
// server-side printer this module uses, loaded with require (see pdf.ts).
declare module 'pdfmake/js/Printer' {
  import type { EventEmitter } from 'node:events';

  export type FontFiles = { normal: string; bold: string; italics: string; bolditalics: string };
  export type VirtualFs = { existsSync(name: string): boolean; readFileSync(name: string): Buffer };
  export type UrlResolver = { resolve(url: string, headers?: Record<string, string>): Promise<void>; resolved(): Promise<unknown> };
  /** pdfmake's document definition: plain objects, checked by pdfmake at run time. */
  export type DocDefinition = Record<string, unknown>;
  export type PdfKitDocument = EventEmitter & { end(): void };

  export default class PdfPrinter {
    constructor(fonts: Record<string, FontFiles>, virtualfs: VirtualFs, urlResolver: UrlResolver, localAccessPolicy?: (path: string) => boolean);
    createPdfKitDocument(doc: DocDefinition, options?: Record<string, unknown>): Promise<PdfKitDocument>;
  }
}
