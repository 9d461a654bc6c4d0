/**
 * The first draft of a BÁO CÁO on a directive, written from its results: the subject, the
 * narrative sections in the order such reports follow (basis and direction, results per part,
 * results per unit, units behind, proposals), the signer and the usual recipients. Staff edit
 * all of it before exporting.
 */
import type { SummaryReportSection, SummaryReportSigner } from '@dondoc/schemas';
import { numberVi } from '../reports/prefill';
import { directiveName } from '../reports/template';
import { viDate } from '../reports/common';
import { LETTERHEAD } from './document';
import type { DirectiveResults, FormTotal, PartResult, UnitResult } from './summary-data';
import { formLabel, STATE_LABELS } from './tables';

const REFERENCE_KINDS: Record<string, string> = {
  KH: 'Kế hoạch',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  CT: 'Chỉ thị',
  QĐ: 'Quyết định',
  CTr: 'Chương trình',
  NQ: 'Nghị quyết',
  KL: 'Kết luận',
  CV: 'Công văn',
};

export type SummaryDraft = {
  subject: string;
  sections: SummaryReportSection[];
  signer: SummaryReportSigner;
  recipients: string[];
};

/** For a BÁO CÁO sent up to the province: the leaders it reports to, the department's leaders, the archive. */
export const DEFAULT_RECIPIENTS = ['UBND tỉnh (b/c)', 'Ban Tuyên giáo Tỉnh ủy (b/c)', 'Lãnh đạo Sở', 'Lưu: VT, TTBCXB'];

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** "Báo in: 12 tin/bài; Phát thanh: 3 chương trình, 2 hoạt động khác". */
export function formSummary(forms: readonly FormTotal[]): string {
  const byForm = new Map<string, FormTotal[]>();
  for (const f of forms) byForm.set(f.form, [...(byForm.get(f.form) ?? []), f]);
  const parts: string[] = [];
  for (const [form, list] of byForm) {
    const bits = list.filter((f) => f.quantity != null && f.measure).map((f) => `${numberVi(f.quantity ?? 0)} ${f.measure}`);
    const rest = list.filter((f) => f.quantity == null || !f.measure).reduce((s, f) => s + f.count, 0);
    if (rest > 0) bits.push(`${numberVi(rest)} hoạt động`);
    parts.push(`${formLabel(form)}: ${bits.join(', ')}`);
  }
  return parts.join('; ');
}

/** "Kế hoạch số 02-KH/TU ngày 13/11/2020 của Tỉnh ủy Lạng Sơn". */
function referenceText(r: DirectiveResults['directive']['references'][number]): string {
  const kind = r.kind ? (REFERENCE_KINDS[r.kind] ?? 'Văn bản') : 'Văn bản';
  return `${kind} số ${r.number}${r.date ? ` ngày ${viDate(r.date)}` : ''}${r.issuer ? ` của ${r.issuer}` : ''}`;
}

function issuerName(d: DirectiveResults['directive']): string {
  if (!d.issuer || /thông tin và truyền thông/i.test(d.issuer)) return LETTERHEAD.bodyName;
  return d.issuer === d.issuer.toUpperCase() ? d.issuer.charAt(0) + d.issuer.slice(1).toLowerCase() : d.issuer;
}

export function draftFromResults(r: DirectiveResults): SummaryDraft {
  const d = r.directive;
  const name = directiveName(d);
  const of = issuerName(d);
  const subjectText = d.subject.replace(/^V\/v\s*/i, '');
  const subject = `Kết quả thực hiện ${name} của ${of} về ${subjectText}`;
  const refs = d.references.map(referenceText);
  const units = r.units;
  const count = (pred: (u: UnitResult) => boolean) => units.filter(pred).length;
  const done = count((u) => u.state === 'done' || u.state === 'done_late');
  const late = count((u) => u.state === 'done_late');
  const overdue = units.filter((u) => u.state === 'overdue');
  const notReceived = units.filter((u) => u.state === 'not_received');
  const inProgress = count((u) => u.state === 'in_progress');
  const activities = units.reduce((s, u) => s + u.activities, 0);
  const articles = units.reduce((s, u) => s + u.articles, 0);

  const opening = `${refs.length ? `Thực hiện ${refs.join('; ')}, ` : ''}${of} đã ban hành ${name} về ${subjectText}. ${LETTERHEAD.bodyName} báo cáo kết quả thực hiện như sau:`;

  const recipientLabels = d.recipients.map((p) => p.label);
  const partLines = d.parts.map((p, i) => `${p.label && p.label !== '-' ? p.label : String(i + 1)}. ${clip(p.title, 300)}`);
  const direction = [
    `${name} đề nghị ${units.length} cơ quan, đơn vị${recipientLabels.length ? ` (${recipientLabels.join('; ')})` : ''} triển khai thực hiện các nội dung:`,
    ...partLines,
    `Sở đã giao ${units.length} nhiệm vụ cho các đơn vị trên phần mềm Đôn Đốc; ${units.length - notReceived.length}/${units.length} đơn vị đã xác nhận tiếp nhận.` +
      (r.subUnits > 0 ? ` Các đơn vị đã giao tiếp nội dung cho ${r.subUnits} đơn vị trực thuộc (Trung tâm Văn hóa, Thể thao và Truyền thông, Đài Truyền thanh cấp xã…) thực hiện.` : ''),
  ];

  const resultsByPart: string[] = [];
  let group: string | null = null;
  for (const p of r.parts) {
    if (p.group !== group) {
      group = p.group;
      resultsByPart.push(p.group === 'cc' ? 'Nhiệm vụ giao tại phần Nơi nhận' : `${p.group}. ${clip(p.section ?? p.title, 300)}`);
    }
    resultsByPart.push(`- ${partLine(p)}`);
  }
  if (resultsByPart.length === 0) resultsByPart.push('Chưa có nội dung nào được giao cho các đơn vị.');

  const resultsByUnit = [
    `Có ${done}/${units.length} đơn vị đã hoàn thành${late ? ` (trong đó ${late} đơn vị hoàn thành sau thời hạn)` : ''}, ${inProgress} đơn vị đang thực hiện, ${overdue.length} đơn vị quá hạn chưa hoàn thành${notReceived.length ? `, ${notReceived.length} đơn vị chưa tiếp nhận` : ''}. Các đơn vị đã tổ chức ${numberVi(activities)} hoạt động tuyên truyền${articles ? `, trong đó ${numberVi(articles)} tin, bài` : ''}. Cụ thể:`,
    ...units.map((u) => `- ${unitLine(u)}`),
    'Số liệu chi tiết tại biểu tổng hợp dưới đây.',
  ];

  const missing = units.filter((u) => u.report === 'missing' || u.report === 'returned');
  const behind: string[] = [];
  if (r.reportsAsked) behind.push(missing.length ? `Đơn vị chưa gửi báo cáo (hoặc báo cáo bị trả lại chưa gửi lại): ${missing.map((u) => u.name).join('; ')}.` : 'Các đơn vị được yêu cầu đều đã gửi báo cáo.');
  if (overdue.length) behind.push(`Đơn vị quá hạn chưa hoàn thành: ${overdue.map((u) => u.name).join('; ')}.`);
  if (notReceived.length) behind.push(`Đơn vị chưa xác nhận tiếp nhận nhiệm vụ: ${notReceived.map((u) => u.name).join('; ')}.`);
  if (behind.length === 0) behind.push('Các đơn vị đã thực hiện đầy đủ, đúng thời hạn.');

  const proposals = [
    `${LETTERHEAD.bodyName} tiếp tục theo dõi, đôn đốc các đơn vị chưa hoàn thành, chưa báo cáo thực hiện đầy đủ các nội dung của ${name}.`,
  ];

  const sections: SummaryReportSection[] = [
    { key: 'mo_dau', title: '', body: opening },
    { key: 'chi_dao', title: 'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI', body: direction.join('\n') },
    { key: 'ket_qua_noi_dung', title: 'II. KẾT QUẢ THỰC HIỆN THEO TỪNG NỘI DUNG', body: resultsByPart.join('\n') },
    { key: 'ket_qua_don_vi', title: 'III. KẾT QUẢ THỰC HIỆN CỦA CÁC ĐƠN VỊ', body: resultsByUnit.join('\n') },
    { key: 'ton_tai', title: 'IV. ĐƠN VỊ CHƯA BÁO CÁO, CHẬM THỰC HIỆN', body: behind.join('\n') },
    { key: 'de_xuat', title: 'V. ĐỀ XUẤT, KIẾN NGHỊ', body: proposals.join('\n') },
    { key: 'ket_thuc', title: '', body: `Trên đây là báo cáo kết quả thực hiện ${name} của ${LETTERHEAD.bodyName}./.` },
  ];
  return {
    subject,
    sections,
    signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: d.signer.name ?? '' },
    recipients: [...DEFAULT_RECIPIENTS],
  };
}

function partLine(p: PartResult): string {
  const head = `${clip(p.title, 200).replace(/[.;:,]+$/, '')}: ${p.done}/${p.units} đơn vị đã hoàn thành`;
  if (p.activities === 0) return `${head}; chưa có hoạt động được cập nhật.`;
  return `${head}; ${numberVi(p.activities)} hoạt động (${formSummary(p.byForm)}).`;
}

function unitLine(u: UnitResult): string {
  const state = STATE_LABELS[u.state].toLowerCase();
  const head = `${u.name}: hoàn thành ${u.itemsDone}/${u.itemsTotal} nội dung (${state})`;
  if (u.activities === 0) return `${head}; chưa cập nhật hoạt động.`;
  return `${head}; ${numberVi(u.activities)} hoạt động: ${formSummary(u.byForm)}.`;
}
