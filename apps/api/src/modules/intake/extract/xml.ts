/**
 * A small streaming reader for the XML of Office documents: start tags with attributes,
 * end tags, and character data with the predefined and numeric entities decoded.
 * DOCTYPE and custom entities are skipped, never expanded (no entity bombs, no external
 * fetches). Element names keep their prefix ("w:p"); `canonicalPrefix` lets callers read
 * documents that bind the WordprocessingML namespace to another prefix.
 */

export type XmlHandler = {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
};

const ENTITY_RE = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/gu;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY_RE, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] ?? m;
    const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '';
  });
}

const ATTR_RE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(ATTR_RE)) {
    const key = m[1];
    if (key) attrs[key] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return attrs;
}

/** Namespace URIs whose prefix is rewritten to a canonical one ("w", "mc"). */
export type PrefixMap = Map<string, string>; // namespace URI → canonical prefix

/**
 * Walks `xml` calling `h`. Names whose prefix is bound (on the root element) to a URI in
 * `canonical` are rewritten to that canonical prefix. Malformed input does not throw:
 * unterminated constructs end the walk.
 */
export function walkXml(xml: string, h: XmlHandler, canonical: PrefixMap = new Map()): void {
  let rename: Map<string, string> | null = null; // document prefix → canonical prefix
  const fix = (name: string): string => {
    if (!rename || rename.size === 0) return name;
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const to = rename.get(prefix);
    return to === undefined ? name : `${to}:${name.slice(colon + 1)}`;
  };
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (i < n) h.text(decodeEntities(xml.slice(i)));
      return;
    }
    if (lt > i) h.text(decodeEntities(xml.slice(i, lt)));
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return;
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return;
        h.text(xml.slice(lt + 9, end));
        i = end + 3;
      } else {
        // <!DOCTYPE …> possibly with an internal subset [ … ]: skipped, never interpreted
        const bracket = xml.indexOf('[', lt);
        const gt = xml.indexOf('>', lt);
        if (gt < 0) return;
        if (bracket >= 0 && bracket < gt) {
          const end = xml.indexOf(']>', bracket);
          if (end < 0) return;
          i = end + 2;
        } else i = gt + 1;
      }
      continue;
    }
    if (c === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return;
      i = end + 2;
      continue;
    }
    const gt = findTagEnd(xml, lt + 1);
    if (gt < 0) return;
    if (c === 0x2f /* / */) {
      h.close(fix(xml.slice(lt + 2, gt).trim()));
    } else {
      const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
      const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const sp = inner.search(/[\s]/u);
      const rawName = sp < 0 ? inner : inner.slice(0, sp);
      let attrs = sp < 0 ? {} : parseAttrs(inner.slice(sp));
      if (rename === null) rename = prefixesOf(attrs, canonical);
      if (rename.size > 0) attrs = renameAttrs(attrs, fix);
      const name = fix(rawName);
      h.open(name, attrs, selfClosing);
      if (selfClosing) h.close(name);
    }
    i = gt + 1;
  }
}

/** Prefixed attribute names follow their element's renaming; unprefixed ones are left alone. */
function renameAttrs(attrs: Record<string, string>, fix: (name: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) out[k.includes(':') && !k.startsWith('xmlns') ? fix(k) : k] = v;
  return out;
}

/** The ">" ending a tag, skipping quoted attribute values (which may contain ">"). */
function findTagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

function prefixesOf(rootAttrs: Record<string, string>, canonical: PrefixMap): Map<string, string> {
  const map = new Map<string, string>();
  for (const [k, v] of Object.entries(rootAttrs)) {
    const to = canonical.get(v);
    if (to === undefined) continue;
    if (k === 'xmlns') map.set('', to);
    else if (k.startsWith('xmlns:')) map.set(k.slice(6), to);
  }
  // already canonical: no renaming needed for that prefix
  for (const [from, to] of map) if (from === to) map.delete(from);
  return map;
}
