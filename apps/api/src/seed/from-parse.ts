import type { ParsedDirective, Part as ParsedPart } from '@dondoc/parser';
import type { DirectiveInput, PartInput } from '@dondoc/schemas';
import type { Conn } from '../db/client';
import { resolver } from '../modules/directives/resolve';

export type { ParsedDirective };

const issuedDate = (i: ParsedDirective['issued']) =>
  i?.year && i.month ? `${i.year}-${String(i.month).padStart(2, '0')}-${String(i.day ?? 1).padStart(2, '0')}` : null;

/** Turns a parse into a draft's input, matching every phrase against the directory of its date. */
export function directiveFromParse(db: Conn, p: ParsedDirective): DirectiveInput {
  const resolve = resolver(db, issuedDate(p.issued));
  const pick = (label: string) => {
    const r = resolve(label);
    return { label, unitId: r.unitId, groupId: r.groupId };
  };
  const part = (x: ParsedPart): PartInput => ({
    label: x.label,
    title: x.title,
    text: x.text,
    addressees: x.addressees.map(pick),
    actionable: x.actionable,
    deadline: x.deadline,
    parts: x.parts.map(part),
  });
  return {
    number: p.number,
    symbol: p.symbol,
    kind: p.kind,
    issuer: p.issuer ?? 'Sở Thông tin và Truyền thông',
    place: p.place,
    issued: p.issued,
    subject: p.subject ?? '(không có trích yếu)',
    signer: p.signer,
    references: p.references,
    recipients: p.recipients.map(pick),
    cc: p.cc.map((c) => ({ ...pick(c.name), name: c.name, purpose: c.purpose })),
    preamble: p.preamble,
    parts: p.parts.map(part),
    closing: p.closing,
    report: p.report,
  };
}
