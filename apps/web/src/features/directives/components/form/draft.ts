import type { CcEntry, Directive, DirectiveInput, Part, PartInput, UnitPick, UnitPickInput } from '@dondoc/schemas';

/** Form state: text inputs hold strings; empty strings become null only when sent. */
export type PartDraft = {
  key: string;
  label: string;
  title: string;
  text: string;
  addressees: UnitPick[];
  actionable: boolean;
  deadline: string;
  parts: PartDraft[];
};

export type ReferenceDraft = { number: string; kind: string; date: string; issuer: string };
export type CcDraft = { name: string; purpose: string; unitId: number | null; groupId: number | null };

export type DirectiveDraft = {
  number: string;
  symbol: string;
  kind: string;
  issuer: string;
  place: string;
  issuedDay: string;
  issuedMonth: string;
  issuedYear: string;
  subject: string;
  dueDate: string;
  signer: { authority: string; title: string; name: string };
  references: ReferenceDraft[];
  preamble: string;
  recipients: UnitPick[];
  parts: PartDraft[];
  closing: string[];
  report: { required: boolean; onRequest: boolean; deadline: string; recurrence: string };
  cc: CcDraft[];
};

let seq = 0;
/** React keys for parts made in the browser; the server assigns its own on save. */
export const newKey = () => `new-${++seq}`;

export const newPart = (): PartDraft => ({
  key: newKey(),
  label: '',
  title: '',
  text: '',
  addressees: [],
  actionable: true,
  deadline: '',
  parts: [],
});

export const emptyDraft = (): DirectiveDraft => ({
  number: '',
  symbol: '',
  kind: '',
  issuer: '',
  place: '',
  issuedDay: '',
  issuedMonth: String(new Date().getMonth() + 1),
  issuedYear: String(new Date().getFullYear()),
  subject: '',
  dueDate: '',
  signer: { authority: '', title: '', name: '' },
  references: [],
  preamble: '',
  recipients: [],
  parts: [newPart()],
  closing: [],
  report: { required: false, onRequest: false, deadline: '', recurrence: '' },
  // "Như trên" (= the recipients) opens every Nơi nhận list: document text, so Vietnamese in any UI language.
  cc: [{ name: 'Như trên', purpose: '', unitId: null, groupId: null }],
});

const str = (s: string | null | undefined) => s ?? '';
const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

const partFrom = (p: Part): PartDraft => ({
  key: p.key,
  label: str(p.label),
  title: p.title,
  // The server stores a one-line part with its title as its text; the form shows that as blank.
  text: p.text.trim() === p.title.trim() ? '' : p.text,
  addressees: p.addressees,
  actionable: p.actionable,
  deadline: str(p.deadline),
  parts: p.parts.map(partFrom),
});

/** What the form shows of a directive: its content, without status, dates of record or version. */
export type DirectiveContent = Omit<Directive, 'id' | 'status' | 'source' | 'createdAt' | 'updatedAt' | 'publishedAt' | 'version'>;

export const draftFrom = (d: DirectiveContent): DirectiveDraft => ({
  number: str(d.number),
  symbol: str(d.symbol),
  kind: str(d.kind),
  issuer: str(d.issuer),
  place: str(d.place),
  issuedDay: num(d.issued?.day),
  issuedMonth: num(d.issued?.month),
  issuedYear: num(d.issued?.year),
  subject: d.subject,
  dueDate: str(d.dueDate),
  signer: { authority: str(d.signer.authority), title: str(d.signer.title), name: str(d.signer.name) },
  references: d.references.map((r) => ({ number: r.number, kind: str(r.kind), date: str(r.date), issuer: str(r.issuer) })),
  preamble: str(d.preamble),
  recipients: d.recipients,
  parts: d.parts.map(partFrom),
  closing: d.closing,
  report: {
    required: d.report.required,
    onRequest: d.report.onRequest,
    deadline: str(d.report.deadline),
    recurrence: str(d.report.recurrence),
  },
  cc: d.cc.map((c: CcEntry) => ({ name: c.name, purpose: str(c.purpose), unitId: c.unitId, groupId: c.groupId })),
});

const orNull = (s: string) => (s.trim() ? s.trim() : null);
const intOrNull = (s: string) => (s.trim() && Number.isFinite(Number(s)) ? Math.trunc(Number(s)) : null);

const partTo = (p: PartDraft): PartInput => ({
  label: orNull(p.label),
  title: p.title.trim(),
  // A part typed as one line has its title as its whole text.
  text: p.text.trim() ? p.text : p.title.trim(),
  addressees: p.addressees,
  actionable: p.actionable,
  deadline: orNull(p.deadline),
  parts: p.parts.map(partTo),
});

export function inputFrom(d: DirectiveDraft): DirectiveInput {
  const year = intOrNull(d.issuedYear);
  const month = intOrNull(d.issuedMonth);
  const day = intOrNull(d.issuedDay);
  return {
    number: orNull(d.number),
    symbol: orNull(d.symbol),
    kind: orNull(d.kind),
    issuer: orNull(d.issuer),
    place: orNull(d.place),
    issued: year === null && month === null && day === null ? null : { year, month, day },
    subject: d.subject.trim(),
    dueDate: orNull(d.dueDate),
    signer: { authority: orNull(d.signer.authority), title: orNull(d.signer.title), name: orNull(d.signer.name) },
    references: d.references.map((r) => ({
      number: r.number.trim(),
      kind: orNull(r.kind),
      date: orNull(r.date),
      issuer: orNull(r.issuer),
    })),
    preamble: orNull(d.preamble),
    recipients: d.recipients,
    parts: d.parts.map(partTo),
    closing: d.closing.map((c) => c.trim()).filter(Boolean),
    report: {
      required: d.report.required || d.report.onRequest || Boolean(d.report.deadline),
      onRequest: d.report.onRequest,
      deadline: orNull(d.report.deadline),
      recurrence: orNull(d.report.recurrence),
    },
    cc: d.cc.map((c) => ({ name: c.name.trim(), purpose: orNull(c.purpose), unitId: c.unitId, groupId: c.groupId })),
  };
}

const pickOf = (p: UnitPickInput): UnitPick => ({ label: p.label, unitId: p.unitId ?? null, groupId: p.groupId ?? null });

/** Keys parts by their place in the tree ("1", "3.1") as the server does when it saves them. */
const keyed = (parts: readonly PartInput[], prefix = ''): Part[] =>
  parts.map((p, i) => {
    const key = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    return {
      key,
      label: p.label ?? null,
      title: p.title,
      text: p.text || p.title,
      addressees: (p.addressees ?? []).map(pickOf),
      actionable: p.actionable ?? true,
      deadline: p.deadline ?? null,
      parts: keyed(p.parts ?? [], key),
    };
  });

/** A draft the server made but did not store (the intake's parse): absent fields take the schema's defaults. */
export const draftFromInput = (d: DirectiveInput): DirectiveDraft =>
  draftFrom({
    number: d.number ?? null,
    symbol: d.symbol ?? null,
    kind: d.kind ?? null,
    issuer: d.issuer ?? null,
    place: d.place ?? null,
    issued: d.issued ?? null,
    subject: d.subject,
    signer: { name: d.signer?.name ?? null, title: d.signer?.title ?? null, authority: d.signer?.authority ?? null },
    references: (d.references ?? []).map((r) => ({ number: r.number, kind: r.kind ?? null, date: r.date ?? null, issuer: r.issuer ?? null })),
    recipients: (d.recipients ?? []).map(pickOf),
    cc: (d.cc ?? []).map((c) => ({ name: c.name, purpose: c.purpose ?? null, unitId: c.unitId ?? null, groupId: c.groupId ?? null })),
    preamble: d.preamble ?? null,
    parts: keyed(d.parts ?? []),
    closing: d.closing ?? [],
    report: {
      required: d.report?.required ?? false,
      deadline: d.report?.deadline ?? null,
      onRequest: d.report?.onRequest ?? false,
      recurrence: d.report?.recurrence ?? null,
    },
    dueDate: d.dueDate ?? null,
  });
