// pdfjs-dist ships no types for its worker module; we only import it for its side effect
// (it registers globalThis.pdfjsWorker, which pdf.mjs then uses in-thread).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
