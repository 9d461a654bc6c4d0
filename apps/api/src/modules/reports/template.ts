import { eq, inArray } from 'drizzle-orm';
import type { ReportRequestTemplate } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { directives, units, type FigureField } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { notFound } from '../../lib/errors';
import { fieldsOut, requireManager, viDate } from './common';
import { directiveRecipientUnits } from './recipients';

const KIND_NAMES: Record<string, string> = { KH: 'Kế hoạch', HD: 'Hướng dẫn', TB: 'Thông báo', CT: 'Chỉ thị', QĐ: 'Quyết định', CTr: 'Chương trình' };
const PERIODIC = new Set(['monthly', 'quarterly', 'yearly']);

/** "Công văn số 169/STTTT-TTBCXB ngày 20/11/2020", "Công văn số …/STTTT-TTBCXB tháng 11/2020". */
export function directiveName(d: { kind: string | null; number: string | null; symbol: string | null; issued: { year: number | null; month: number | null; day: number | null } | null }): string {
  const kind = (d.kind && KIND_NAMES[d.kind]) || 'Công văn';
  const no = d.number ? (d.symbol && !d.number.includes('/') ? `${d.number}/${d.symbol}` : d.number) : d.symbol ? `…/${d.symbol}` : '…';
  const i = d.issued;
  const pad = (n: number) => String(n).padStart(2, '0');
  const when = i?.year && i.month && i.day ? ` ngày ${viDate(`${i.year}-${pad(i.month)}-${pad(i.day)}`)}` : i?.year && i.month ? ` tháng ${pad(i.month)}/${i.year}` : i?.year ? ` năm ${i.year}` : '';
  return `${kind} số ${no}${when}`;
}

/** The figures the department's propaganda reports ask for most, each prefilled from activities. */
export const STANDARD_FIELDS: FigureField[] = [
  { key: 'tin_bai', name: 'Số tin, bài', type: 'number', unit: 'tin, bài', choices: null, forms: ['bao_in', 'bao_dien_tu', 'trang_ttdt', 'mang_xa_hoi', 'truyen_thanh_co_so', 'phat_thanh', 'truyen_hinh'], source: { kind: 'quantity', measure: 'tin/bài' } },
  { key: 'chuong_trinh', name: 'Số chương trình phát thanh, truyền hình', type: 'number', unit: 'chương trình', choices: null, forms: ['phat_thanh', 'truyen_hinh', 'truyen_thanh_co_so'], source: { kind: 'quantity', measure: 'chương trình' } },
  { key: 'buoi', name: 'Số buổi tuyên truyền', type: 'number', unit: 'buổi', choices: null, forms: ['hoi_nghi', 'sinh_hoat', 'van_nghe'], source: { kind: 'quantity', measure: 'buổi' } },
  { key: 'pano', name: 'Số pa nô, băng rôn, khẩu hiệu', type: 'number', unit: 'cái', choices: null, forms: ['pano_bang_ron'], source: { kind: 'quantity', measure: 'cái' } },
  { key: 'luot_nguoi', name: 'Số lượt người tham dự, tiếp cận', type: 'number', unit: 'lượt người', choices: null, forms: null, source: { kind: 'reach' } },
];

/**
 * A request prefilled from a directive's report clause: its units, the deadline it names (or its
 * general due date), its data period from the day it was issued, one outline section per part
 * (the prefill lists each part's activities there) and the usual figures.
 */
export function requestTemplate(db: Db, actor: Actor, directiveId: number): ReportRequestTemplate {
  requireManager(actor);
  const d = db.select().from(directives).where(eq(directives.id, directiveId)).get();
  if (!d) throw notFound('Không tìm thấy văn bản');
  const unitIds = d.status === 'published' ? directiveRecipientUnits(db, directiveId) : [];
  const unitRows = unitIds.length ? db.select({ id: units.id, name: units.name, shortName: units.shortName }).from(units).where(inArray(units.id, unitIds)).orderBy(units.id).all() : [];
  const deadline = d.report.deadline ?? d.dueDate ?? null;
  const periodic = d.report.recurrence && PERIODIC.has(d.report.recurrence) ? (d.report.recurrence as 'monthly' | 'quarterly' | 'yearly') : null;
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  return {
    input: {
      directiveId,
      title: `Báo cáo kết quả thực hiện ${directiveName(d)}`,
      kind: periodic ? 'periodic' : 'thematic',
      frequency: periodic,
      contents: 'both',
      periodFrom: periodic ? null : d.issuedOn,
      periodTo: periodic ? null : deadline,
      deadline,
      recipients: unitRows.map((u) => ({ kind: 'unit' as const, unitId: u.id })),
      outline: [
        ...d.parts.map((p) => ({
          key: `part:${p.key}`,
          title: clip(`${p.label && p.label !== '-' ? `${p.label}. ` : ''}${p.title}`, 300),
          prompt: 'Kết quả triển khai: hình thức, số lượng, thời gian thực hiện, đối tượng được tuyên truyền.',
        })),
        { key: 'danh_gia', title: 'Đánh giá chung, khó khăn, vướng mắc', prompt: 'Ưu điểm, hạn chế và nguyên nhân.' },
        { key: 'de_xuat', title: 'Đề xuất, kiến nghị', prompt: null },
      ],
      fields: fieldsOut(STANDARD_FIELDS),
    },
    units: unitRows,
  };
}
