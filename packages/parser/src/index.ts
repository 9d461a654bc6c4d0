/**
 * @dondoc/parser: turns the text of a directive (công văn, kế hoạch, hướng dẫn…) into the
 * JSON of shared/docs/PARSE-CONTRACT.md. Pure: no I/O, no clock, no network; never throws.
 */
import { readBody, type Body } from './body';
import { deadlinesIn } from './dates';
import { readHeader } from './header';
import { KINH_GUI_RE } from './lines';
import { readLabel } from './labels';
import { normalise } from './normalise';
import { flatten, toParts } from './parts';
import { readRecipients } from './recipients';
import { readReferences } from './references';
import { readReport } from './report';
import { findBodyEnd, readTail } from './tail';
import { collapse } from './text';
import { emptyDirective, type ParsedDirective } from './types';

export type { CcEntry, IssuedDate, ParsedDirective, Part, Reference, ReportClause, Signer } from './types';

/** Run one step; a failure becomes a warning instead of an exception. */
function step<T>(warnings: string[], what: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (e) {
    warnings.push(`không đọc được phần ${what}${e instanceof Error && e.message ? ` (${e.message.slice(0, 80)})` : ''}`);
    return fallback;
  }
}

function short(s: string): string {
  const t = collapse(s);
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

function parse(text: unknown): ParsedDirective {
  const out = emptyDirective();
  const w = out.warnings;
  const norm = step(w, 'văn bản', () => normalise(text), { lines: [], notes: [], stampSigner: null });
  w.push(...norm.notes);
  const lines = norm.lines;
  if (!lines.some((l) => l.length > 0)) {
    w.push('văn bản trống');
    return out;
  }

  const header = step(w, 'đầu văn bản', () => readHeader(lines), null);
  if (header) {
    out.issuer = header.issuer;
    out.kind = header.kind;
    out.number = header.number;
    out.symbol = header.symbol;
    out.place = header.place;
    out.issued = header.issued;
    out.subject = header.subject;
    out.recipients = header.recipients ?? [];
    w.push(...header.warnings);
  }
  const bodyStart = header?.bodyStart ?? 0;
  const bodyEnd = step(w, 'cuối nội dung', () => findBodyEnd(lines, bodyStart), lines.length);
  let paras = lines.slice(bodyStart, bodyEnd).filter((l) => l.length > 0);

  // "Kính gửi" found after unexpected lines: read it where it is
  if (header && header.recipients === null) {
    const firstLabel = paras.findIndex((p) => readLabel(p) !== null);
    const at = paras.findIndex((p, i) => (firstLabel < 0 || i < firstLabel) && KINH_GUI_RE.test(p));
    if (at >= 0) {
      const r = step(w, 'Kính gửi', () => readRecipients(paras, at), { recipients: [], end: at + 1 });
      out.recipients = r.recipients;
      if (at > 0) w.push(`đoạn trước "Kính gửi" được coi là phần đầu nội dung: "${short(paras[0] ?? '')}"`);
      paras = [...paras.slice(0, at), ...paras.slice(r.end)];
    }
  }
  if (out.recipients.length === 0) w.push('không thấy nơi nhận (Kính gửi)');

  const year = out.issued?.year ?? null;
  const month = out.issued?.month ?? null;
  const body: Body = step(w, 'nội dung', () => readBody(paras), { preamble: paras, nodes: [], closing: [] });
  out.preamble = body.preamble.length > 0 ? body.preamble.join('\n') : null;
  out.parts = step(w, 'các mục', () => toParts(body.nodes, { docYear: year, docMonth: month, issuer: out.issuer }), []);
  out.closing = body.closing;
  if (out.parts.length === 0) w.push('nội dung không có mục đánh số hoặc gạch đầu dòng');

  const basis = [out.preamble ?? '', ...(body.preamble.length === 0 ? body.nodes.slice(0, 1).map((n) => n.text) : [])].join('\n');
  out.references = step(w, 'căn cứ', () => readReferences(basis, year), []);

  const all = flatten(out.parts);
  const texts = [...all.map((p) => p.text), ...out.closing];
  out.deadlines = step(w, 'thời hạn', () => [...new Set(texts.flatMap((t) => deadlinesIn(t, year, month)))], []);
  out.report = step(w, 'yêu cầu báo cáo', () => readReport(texts, year, month), out.report);

  const tail = step(w, 'phần ký', () => readTail(lines, bodyEnd), null);
  if (tail) {
    out.cc = tail.cc;
    out.signer = tail.signer;
    for (const u of tail.unplaced.slice(0, 10)) w.push(`chưa hiểu dòng sau nội dung: "${short(u)}"`);
    if (tail.unplaced.length > 10) w.push(`${tail.unplaced.length - 10} dòng khác sau nội dung chưa hiểu`);
  }
  if (out.cc.length === 0) w.push('không thấy danh sách Nơi nhận');
  if (out.signer.name === null && norm.stampSigner) {
    out.signer.name = norm.stampSigner;
    w.push('tên người ký lấy từ dấu chữ ký số (signature stamp)');
  }
  if (out.signer.name === null) w.push('không thấy tên người ký');
  return out;
}

/** Parse a directive's text. Never throws: what cannot be read is null/[] plus a warning. */
export function parseDirective(text: string): ParsedDirective {
  try {
    return parse(text);
  } catch (e) {
    const out = emptyDirective();
    out.warnings.push(`không phân tích được văn bản${e instanceof Error ? `: ${e.message.slice(0, 80)}` : ''}`);
    return out;
  }
}
