/** The parse contract (shared/docs/PARSE-CONTRACT.md). Field names and meanings are stable. */

export type Reference = {
  /** "02-KH/TU", "11-HD/BTGTU", "169/STTTT-TTBCXB" */
  number: string;
  /** document kind code from the number (KH, HD, QĐ…); null for a công văn */
  kind: string | null;
  /** ISO date when given */
  date: string | null;
  /** "Tỉnh ủy Lạng Sơn" */
  issuer: string | null;
};

export type Part = {
  /** "1", "I", "a", "1.2", "-", "+" as written; null for a plain paragraph */
  label: string | null;
  /** first line/sentence of the part (for a bullet: its whole text) */
  title: string;
  /** whole text of the part without its children */
  text: string;
  /** recipients this part is explicitly addressed to */
  addressees: string[];
  /** false for context (MỤC ĐÍCH, YÊU CẦU), report-only parts, courtesy lines */
  actionable: boolean;
  /** ISO date of a deadline stated in this part */
  deadline: string | null;
  parts: Part[];
};

export type CcEntry = {
  name: string;
  purpose: string | null;
};

export type IssuedDate = { year: number | null; month: number | null; day: number | null };

export type ReportClause = {
  required: boolean;
  deadline: string | null;
  onRequest: boolean;
  /** "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "yearly" */
  recurrence: string | null;
};

export type Signer = { name: string | null; title: string | null; authority: string | null };

export type ParsedDirective = {
  issuer: string | null;
  kind: string | null;
  number: string | null;
  symbol: string | null;
  place: string | null;
  issued: IssuedDate | null;
  subject: string | null;
  recipients: string[];
  references: Reference[];
  preamble: string | null;
  parts: Part[];
  closing: string[];
  deadlines: string[];
  report: ReportClause;
  cc: CcEntry[];
  signer: Signer;
  warnings: string[];
};

export function emptyDirective(): ParsedDirective {
  return {
    issuer: null,
    kind: null,
    number: null,
    symbol: null,
    place: null,
    issued: null,
    subject: null,
    recipients: [],
    references: [],
    preamble: null,
    parts: [],
    closing: [],
    deadlines: [],
    report: { required: false, deadline: null, onRequest: false, recurrence: null },
    cc: [],
    signer: { name: null, title: null, authority: null },
    warnings: [],
  };
}
