/** Turn the body tree into contract parts: title, addressees, actionable, deadline. */
import type { Node } from './body';
import { deadlinesIn } from './dates';
import { isBulletType, type LabelType } from './labels';
import { isReportOnly } from './report';
import { collapse, foldKey, sentences } from './text';
import type { Part } from './types';
import { firstVerbIndex, isGenericAddressee, startsWithOrgHead } from './vocab';

export type PartContext = { docYear: number | null; docMonth: number | null; issuer: string | null };

/** "Ban Tuyên giáo: …" → "Ban Tuyên giáo"; otherwise the first sentence. Bullets keep their whole text. */
export function titleOf(text: string, bullet: boolean): string {
  const t = collapse(text);
  if (bullet) return t;
  const colon = /^([^:]{1,120}?)\s*:(?!\/\/)\s*(.*)$/u.exec(t);
  if (colon) {
    const head = colon[1] ?? '';
    const opens = (head.match(/\(/g) ?? []).length;
    const closes = (head.match(/\)/g) ?? []).length;
    if (opens === closes && head.split(/\s+/).length <= 16 && !/[.;]\s/u.test(head)) return head.trim();
  }
  return sentences(t)[0] ?? t;
}

const CONTEXT_RE =
  /^(?:mục\s+đích|yêu\s+cầu|mục\s+tiêu|quan\s+điểm|căn\s+cứ|đặc\s+điểm|tình\s+hình|kết\s+quả\s+đạt\s+được|thực\s+trạng|sự\s+cần\s+thiết|bối\s+cảnh|phạm\s+vi|đối\s+tượng|kinh\s+phí|nguyên\s+tắc|ý\s+nghĩa|giải\s+thích\s+từ\s+ngữ)(?![\p{L}])/iu;

/** "MỤC ĐÍCH, YÊU CẦU", "Mục tiêu cụ thể", "Kinh phí": context, not a task. */
export function isContextHeading(title: string): boolean {
  const t = collapse(title).replace(/[:.]$/u, '');
  if (t.split(/\s+/).length > 8 || !CONTEXT_RE.test(t)) return false;
  return !/^yêu\s+cầu\s+(?:các|quý|đồng|sở|phòng|ban|ubnd|ủy|trung|đài|báo)/iu.test(t);
}

/** Split "Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh" into units; keep "…các huyện, thành phố" whole. */
export function splitUnits(phrase: string): string[] | null {
  const raw = collapse(phrase).replace(/[.;:,]+$/u, '');
  if (!raw) return null;
  const tokens = raw.split(/(\s*[,;]\s*|\s+và\s+(?=\p{Lu}|các\s))/u);
  const units: string[] = [];
  for (let k = 0; k < tokens.length; k += 2) {
    const piece = (tokens[k] ?? '').trim();
    if (!piece) continue;
    const sep = (tokens[k - 1] ?? '').trim();
    // a group after "và" ("… tỉnh và các cơ quan báo chí") starts a new unit even in lower case
    const head = units.length === 0 || sep === 'và' ? piece.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : piece;
    if (units.length > 0 && !startsWithOrgHead(head)) {
      // "các huyện, thành phố", "Văn hóa, Thể thao và Du lịch": part of the previous name
      units[units.length - 1] += `${sep === 'và' ? ' và' : sep} ${piece}`;
    } else {
      units.push(piece);
    }
  }
  const ok = (u: string) => startsWithOrgHead(u.replace(/^các\s/u, 'Các '));
  if (units.length === 0 || !units.every((u) => ok(u) && u.split(/\s+/).length <= 16)) return null;
  return units;
}

function addresseesOf(text: string, title: string, headingLike: boolean, ctx: PartContext): { names: string[]; strong: boolean } {
  const none = { names: [] as string[], strong: false };
  let t = collapse(text);
  // fast path: an addressee opens the part ("Báo…", "Đề nghị…") or follows a request verb
  if (!/^\p{Lu}/u.test(t) && !/(?:đề\s+nghị|yêu\s+cầu|giao)\s/u.test(t.slice(0, 250))) return none;
  // "Sở X đề nghị Y …", "Để …, Phòng X đề nghị Y …": the addressee follows the request verb
  const first = sentences(t)[0] ?? t;
  const mid = /^[^;]{3,200}?\s(?:kính\s+)?(?:đề\s+nghị|yêu\s+cầu|giao(?:\s+cho)?)\s+(?=\p{Lu}|(?:các|quý|toàn\s+thể)\s)/u.exec(first);
  if (mid && !/^(?:Đề\s+nghị|Kính\s+đề\s+nghị|Giao|Yêu\s+cầu|Đối\s+với)\s/u.test(t)) t = `Đề nghị ${t.slice(mid[0].length)}`;
  // "Đề nghị X …", "Giao X chủ trì…", "Yêu cầu X …", "Đối với X:"
  const lead = /^(?:(?:Đề\s+nghị|Kính\s+đề\s+nghị|Giao(?:\s+cho)?|Yêu\s+cầu|Đối\s+với)\s+)(.*)$/u.exec(t);
  let subject: string | null = null;
  let strong = false;
  if (lead) {
    const rest = lead[1] ?? '';
    const colon = rest.indexOf(':');
    const v = firstVerbIndex(rest);
    if (colon > 0 && (v < 0 || colon < v)) subject = rest.slice(0, colon);
    else if (v > 0) subject = rest.slice(0, v);
    else if (headingLike) subject = rest;
    strong = /^(?:Đề\s+nghị|Kính\s+đề\s+nghị|Đối\s+với)/u.test(t) && headingLike;
  } else if (startsWithOrgHead(t)) {
    const head = title !== t || headingLike ? title.replace(/:\s*$/u, '') : null;
    if (head && headingLike && firstVerbIndex(head) < 0) {
      subject = head; // "1. Báo Lạng Sơn, Đài PT-TH tỉnh", "b) UBND các xã, phường:"
      strong = true;
    } else if (title !== t && firstVerbIndex(title) < 0 && /^[^:]+:/u.test(t)) {
      subject = title; // "2. Báo Lạng Sơn: mở chuyên mục…"
      strong = true;
    } else {
      const v = firstVerbIndex(t);
      if (v > 0) subject = t.slice(0, v); // "Phòng VH-TT các huyện chỉ đạo…"
    }
  }
  if (!subject) return none;
  const units = splitUnits(subject);
  if (!units) return none;
  const issuerKey = ctx.issuer ? foldKey(ctx.issuer) : null;
  const names = units.filter((u) => !isGenericAddressee(u) && foldKey(u) !== issuerKey);
  return { names, strong };
}

function toPart(node: Node, ctx: PartContext, inheritedOff: boolean, scope: string[]): Part {
  const bullet = node.type !== 'para' && isBulletType(node.type as LabelType);
  const text = collapse(node.text);
  const title = titleOf(text, bullet).replace(/:\s*$/u, '').trim() || text;
  const headingLike = /:\s*$/u.test(text) || !/[.;!?…]["”’)\]]*$/u.test(text);
  const found = addresseesOf(text, title, headingLike, ctx);
  const strong = found.strong;
  let names = found.names;
  if (scope.length > 0 && !strong) {
    // inside a part already addressed, a unit named here is the addressee's own sub-unit
    const keys = scope.map(foldKey);
    names = names.filter((n) => keys.some((k) => k.includes(foldKey(n)) || foldKey(n).includes(k)));
  }
  const context = isContextHeading(title);
  const reportHeading = /^(?:chế\s+độ\s+(?:thông\s+tin,?\s+)?báo\s+cáo|báo\s+cáo(?:\s+kết\s+quả)?|thông\s+tin\s+báo\s+cáo)$/iu.test(title);
  const off = inheritedOff || context || (reportHeading && node.children.length > 0);
  const actionable = !off && !isReportOnly(text);
  const dl = deadlinesIn(text, ctx.docYear, ctx.docMonth);
  const deadline = dl.length > 0 ? [...dl].sort().at(-1) ?? null : null;
  const childScope = names.length > 0 ? names : scope;
  return {
    label: node.label,
    title,
    text,
    addressees: names,
    actionable,
    deadline,
    parts: node.children.map((c) => toPart(c, ctx, off, childScope)),
  };
}

export function toParts(nodes: Node[], ctx: PartContext): Part[] {
  return nodes.map((n) => toPart(n, ctx, false, []));
}

/** Every part in document order (depth first). */
export function flatten(parts: Part[]): Part[] {
  const out: Part[] = [];
  const walk = (ps: Part[]) => {
    for (const p of ps) {
      out.push(p);
      walk(p.parts);
    }
  };
  walk(parts);
  return out;
}
