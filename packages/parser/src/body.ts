/** Body: preamble, the tree of numbered/bulleted parts, closing paragraphs. */
import { isBulletType, readLabel, typeRank, type Label, type LabelType } from './labels';
import { BASIS_RE } from './lines';
import { isReportOnly } from './report';

export type Node = { label: string | null; type: LabelType | 'para'; text: string; children: Node[] };

export type Body = { preamble: string[]; nodes: Node[]; closing: string[] };

/** A part that announces what follows: no full stop at its end, or a colon. */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  return /:\s*$/u.test(t) || !/[.;!?…]["”’)\]]*\s*$/u.test(t);
}

const COURTESY_RE = /^(?:Trân\s+trọng|Xin\s+trân\s+trọng|Rất\s+mong|Xin\s+cảm\s+ơn|Trân\s+trọng\s+cảm\s+ơn)/iu;
const CLOSING_RE =
  /^(?:Đề\s+nghị|Kính\s+đề\s+nghị|Yêu\s+cầu|Trân\s+trọng|Xin|Rất\s+mong|Trên\s+đây|Trong\s+quá\s+trình|Mọi\s+(?:chi\s+tiết|thông\s+tin|vướng\s+mắc)|Nhận\s+được|Quá\s+trình\s+thực\s+hiện)|Quý\s+cơ\s+quan|các\s+cơ\s+quan,\s*đơn\s+vị|(?:gửi|đính)\s+kèm|kèm\s+theo|\.\/\.\s*$/iu;
const REQUEST_RE = /đề\s+nghị|yêu\s+cầu|giao\s|chỉ\s+đạo|kính\s+mong|đề\s+xuất/iu;
const ATTACHMENT_RE = /(?:gửi|đính)\s+kèm|kèm\s+theo|tại\s+địa\s+chỉ/iu;

export function isCourtesy(p: string): boolean {
  return COURTESY_RE.test(p.trim());
}

export function isClosingLike(p: string): boolean {
  return CLOSING_RE.test(p.trim()) || isReportOnly(p);
}

/** "Căn cứ:" followed by bulleted document names: those bullets are the basis, not parts. */
function basisListEnd(paras: string[], first: number): number {
  const lead = paras[first - 1] ?? '';
  if (!/^(?:Căn\s+cứ|Thực\s+hiện|Theo)(?![\p{L}\d]).{0,40}:\s*$/u.test(lead)) return first;
  let i = first;
  while (i < paras.length) {
    const lab = readLabel(paras[i] ?? '');
    if (!lab || !isBulletType(lab.type)) break;
    if (!/^(?:Căn\s+cứ\s+)?(?:Luật|Nghị|Quyết|Chỉ\s+thị|Kế\s+hoạch|Hướng\s+dẫn|Công\s+văn|Văn\s+bản|Thông|Chương\s+trình|Kết\s+luận|Quy|Đề\s+án|Ý\s+kiến|Tình\s+hình)/u.test(lab.rest)) break;
    i++;
  }
  return i;
}

function buildTree(paras: string[], labels: (Label | null)[], nodes: Node[]): Node | null {
  const stack: { type: LabelType; node: Node }[] = [];
  let last: Node | null = null;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i] ?? '';
    const lab = labels[i] ?? null;
    if (lab) {
      const node: Node = { label: lab.label, type: lab.type, text: lab.rest.trim(), children: [] };
      let idx = -1;
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k]?.type === lab.type) {
          idx = k;
          break;
        }
      }
      if (idx >= 0) {
        stack.length = idx;
      } else {
        // a numbered label never sits under a bullet or under a finer numbered level
        while (stack.length > 0) {
          const top = stack[stack.length - 1]!;
          const bulletTop = isBulletType(top.type);
          if (bulletTop && !isBulletType(lab.type)) stack.pop();
          else if (!bulletTop && !isBulletType(lab.type) && typeRank(top.type) > typeRank(lab.type)) stack.pop();
          else break;
        }
      }
      const parent = stack[stack.length - 1]?.node;
      (parent ? parent.children : nodes).push(node);
      stack.push({ type: lab.type, node });
      last = node;
    } else {
      // an unnumbered paragraph belongs to the innermost numbered part (or a bullet ending with ":")
      let host: Node | undefined;
      for (let k = stack.length - 1; k >= 0; k--) {
        const s = stack[k]!;
        if (!isBulletType(s.type) || /:\s*$/u.test(s.node.text)) {
          host = s.node;
          break;
        }
      }
      (host ? host.children : nodes).push({ label: null, type: 'para', text: p, children: [] });
    }
  }
  return last;
}

function bodyWithoutLabels(paras: string[]): Body {
  const b: Body = { preamble: [], nodes: [], closing: [] };
  for (const p of paras) {
    const lead = b.nodes.length === 0 && b.closing.length === 0;
    if (lead && (/:\s*$/u.test(p) || (BASIS_RE.test(p) && !REQUEST_RE.test(p)))) b.preamble.push(p);
    else if (b.closing.length > 0 || isCourtesy(p) || ATTACHMENT_RE.test(p) || isReportOnly(p) || /^Trên\s+đây/u.test(p))
      b.closing.push(p);
    else b.nodes.push({ label: null, type: 'para', text: p, children: [] });
  }
  return b;
}

/** Split body paragraphs into preamble, parts and closing. */
export function readBody(paras: string[]): Body {
  const labels = paras.map((p) => readLabel(p));
  let first = labels.findIndex((l) => l !== null);
  if (first < 0) return bodyWithoutLabels(paras);
  const afterBasis = basisListEnd(paras, first);
  if (afterBasis > first) {
    // the basis list and the lead-in after it ("Ban Thường vụ hướng dẫn như sau:") are preamble
    const next = labels.findIndex((l, i) => i >= afterBasis && l !== null);
    if (next < 0) {
      const rest = bodyWithoutLabels(paras.slice(afterBasis));
      return { ...rest, preamble: [...paras.slice(0, afterBasis), ...rest.preamble] };
    }
    first = next;
  }
  let lastLabeled = labels.length - 1;
  while (lastLabeled > first && !labels[lastLabeled]) lastLabeled--;
  const b: Body = { preamble: paras.slice(0, first), nodes: [], closing: [] };
  const last = buildTree(paras.slice(first, lastLabeled + 1), labels.slice(first, lastLabeled + 1), b.nodes);
  // paragraphs after the last numbered one: content of a heading left open, then the closing
  let added = 0;
  for (const p of paras.slice(lastLabeled + 1)) {
    const bulletHost = last !== null && last.type !== 'para' && isBulletType(last.type);
    const open =
      last !== null &&
      b.closing.length === 0 &&
      !isCourtesy(p) &&
      (bulletHost ? /:\s*$/u.test(last.text) : isHeadingLike(last.text)) &&
      (last.children.length === 0 || (added > 0 && added === last.children.length && !isClosingLike(p)));
    if (open) {
      last.children.push({ label: null, type: 'para', text: p, children: [] });
      added++;
    } else {
      b.closing.push(p);
    }
  }
  return b;
}
