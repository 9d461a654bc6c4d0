import { orgChangeInput, type OrgChangeInput } from '@dondoc/schemas';
import { badRequest } from '../../lib/errors';
import sample from '../../seed/data/langson-admin-2025-07.json';
import { splitType } from './change-names';
import { communesFromRows, parseCsv, readXlsx, type TableCommune } from './change-table';

/**
 * An uploaded change → OrgChangeInput. The format is read from the content, never the name: JSON
 * (the published data set's shape {asOf, source, communes} or our own), XLSX (a zip), or CSV
 * (UTF-8). Everything wrong is reported at once, naming the row or the commune.
 */

export type ChangeFile = { filename: string | null; bytes: Buffer; effectiveOn?: string | null | undefined; legalBasis?: string | null | undefined };

type Where = (communeIndex: number, predecessorIndex: number | null) => string;
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** "Resolution 1672/NQ-UBTVQH15 of 16/06/2025" → "Nghị quyết số 1672/NQ-UBTVQH15 ngày 16/06/2025"; anything else as it is. */
export function legalBasisFromSource(source: string): string {
  const m = /^\s*(resolution|decision|decree)\s+(?:no\.?\s*)?(\S+)(?:\s+(?:of|dated)\s+(\d{1,2}\/\d{1,2}\/\d{4}))?\s*$/i.exec(source);
  if (!m) return source.trim();
  const kind = ({ resolution: 'Nghị quyết', decision: 'Quyết định', decree: 'Nghị định' } as Record<string, string>)[(m[1] as string).toLowerCase()];
  return `${kind} số ${m[2]}${m[3] ? ` ngày ${m[3]}` : ''}`;
}

/** "01/07/2025" (as typed in a form) → "2025-07-01"; anything else unchanged for the schema to judge. */
const isoFromField = (v: string | undefined) => {
  const m = v ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v) : null;
  return m ? `${m[3]}-${(m[2] as string).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}` : v;
};

export async function readChangeFile(f: ChangeFile): Promise<OrgChangeInput> {
  const b = f.bytes;
  if (b.length === 0) throw badRequest('EMPTY_FILE', 'Tệp rỗng. Vui lòng chọn đúng tệp thay đổi (.json, .csv hoặc .xlsx).');
  const fields = { effectiveOn: isoFromField(text(f.effectiveOn)), legalBasis: text(f.legalBasis) };
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    let rows;
    try {
      rows = await readXlsx(b);
    } catch {
      throw badRequest('INVALID_CHANGE_FILE', 'Không đọc được tệp Excel (.xlsx). Vui lòng kiểm tra tệp hoặc lưu lại rồi tải lên lại.');
    }
    return fromTable(communesFromRows(rows), f.filename, fields);
  }
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    throw badRequest('INVALID_CHANGE_FILE', 'Tệp Excel cũ (.xls) không được hỗ trợ. Vui lòng lưu lại dưới dạng .xlsx hoặc CSV UTF-8.');
  }
  let body: string;
  try {
    body = new TextDecoder('utf-8', { fatal: true }).decode(b).replace(/^\uFEFF/, '');
  } catch {
    throw badRequest('INVALID_CHANGE_FILE', 'Không nhận ra định dạng tệp. Cần JSON, CSV (mã UTF-8; trong Excel chọn «CSV UTF-8») hoặc XLSX.');
  }
  if (/^\s*[[{]/.test(body)) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (e) {
      throw badRequest('INVALID_CHANGE_FILE', `Tệp JSON sai cú pháp: ${(e as Error).message}`);
    }
    return fromJson(data, f.filename, fields);
  }
  return fromTable(communesFromRows(parseCsv(body)), f.filename, fields);
}

/** The bundled 2025 reform of Lạng Sơn, as the demo offers it. */
export function sampleChange(): OrgChangeInput {
  return fromJson(sample, 'langson-admin-2025-07.json', {});
}

type Fields = { effectiveOn?: string | undefined; legalBasis?: string | undefined };

function fromJson(raw: unknown, filename: string | null, fields: Fields): OrgChangeInput {
  const data = isObj(raw) && isObj(raw.change) ? raw.change : raw;
  if (!isObj(data) || !Array.isArray(data.communes)) {
    throw badRequest('INVALID_CHANGE_FILE', 'Tệp JSON không đúng mẫu: cần trường "communes" là danh sách xã, phường mới, mỗi xã có "name", "type" và "predecessors"');
  }
  const communes = data.communes.map((c) => {
    if (!isObj(c)) return c;
    const name = typeof c.name === 'string' ? c.name : '';
    const predecessors = Array.isArray(c.predecessors)
      ? c.predecessors.map((p) => (isObj(p) ? { ...p, code: typeof p.code === 'number' ? String(p.code).padStart(5, '0') : p.code, district: p.district ?? null } : p))
      : c.predecessors;
    return { ...c, type: c.type ?? splitType(name).type ?? undefined, predecessors };
  });
  const candidate = {
    effectiveOn: fields.effectiveOn ?? text(data.effectiveOn) ?? text(data.asOf),
    legalBasis: fields.legalBasis ?? text(data.legalBasis) ?? (text(data.source) ? legalBasisFromSource(data.source as string) : undefined),
    sourceName: (filename ?? text(data.sourceName) ?? null)?.slice(0, 255) ?? null,
    abolishDistricts: typeof data.abolishDistricts === 'boolean' ? data.abolishDistricts : true,
    communes,
  };
  const where: Where = (i, j) => {
    const c = communes[i];
    const name = isObj(c) && typeof c.name === 'string' ? ` «${c.name}»` : '';
    return `Xã, phường thứ ${i + 1}${name}${j != null ? `, xã cũ thứ ${j + 1}` : ''}`;
  };
  return validate(candidate, where, []);
}

function fromTable(t: { communes: TableCommune[]; errors: string[] }, filename: string | null, fields: Fields): OrgChangeInput {
  const candidate = {
    effectiveOn: fields.effectiveOn,
    legalBasis: fields.legalBasis,
    sourceName: filename?.slice(0, 255) ?? null,
    abolishDistricts: true,
    communes: t.communes.map((c) => ({ name: c.name, type: c.type, predecessors: c.predecessors.map(({ line: _l, ...p }) => p) })),
  };
  const where: Where = (i, j) => {
    const c = t.communes[i];
    const line = c?.predecessors[j ?? 0]?.line;
    return line != null ? `Dòng ${line}` : `«${c?.name ?? ''}»`;
  };
  return validate(candidate, where, t.errors);
}

/**
 * Content errors (rows, communes) → 400 INVALID_CHANGE_FILE, one message per problem; otherwise a
 * missing or wrong date or legal basis → 400 VALIDATION on those fields, for the form to show.
 */
function validate(candidate: Obj, where: Where, contentErrors: string[]): OrgChangeInput {
  const parsed = orgChangeInput.safeParse(candidate);
  const content = [...contentErrors];
  const fieldErrors: { path: string; message: string }[] = [];
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [head, i, , j] = issue.path;
    if (head === 'communes' && typeof i === 'number') content.push(`${where(i, typeof j === 'number' ? j : null)}: ${issue.message}`);
    else if (head === 'communes') content.push(issue.message);
    else fieldErrors.push({ path: String(head ?? ''), message: issue.path.length === 1 && candidate[String(head)] === undefined ? missingMessage(String(head)) : issue.message });
  }
  if (content.length) {
    const shown = content.slice(0, 5).join('; ') + (content.length > 5 ? ` (và ${content.length - 5} lỗi khác)` : '');
    throw badRequest('INVALID_CHANGE_FILE', `Tệp có ${content.length} lỗi: ${shown}`, content.slice(0, 200).map((message) => ({ path: 'file', message })));
  }
  if (fieldErrors.length) throw badRequest('VALIDATION', `Dữ liệu không hợp lệ: ${fieldErrors.map((e) => e.message).join('; ')}`, fieldErrors);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

function missingMessage(field: string): string {
  if (field === 'effectiveOn') return 'Vui lòng nhập ngày hiệu lực của thay đổi (YYYY-MM-DD)';
  if (field === 'legalBasis') return 'Vui lòng nhập căn cứ pháp lý (ví dụ: Nghị quyết số 1672/NQ-UBTVQH15 ngày 16/06/2025)';
  return 'Thiếu thông tin bắt buộc';
}
