import { fold } from '@dondoc/schemas';

/** How communes and their units are named and coded, the way the seeded directory does it. */

export type Role = 'station' | 'committee';
export const ROLES: readonly Role[] = ['station', 'committee'];
export const PREFIX: Record<Role, string> = { station: 'DTT', committee: 'UBNDX' };
/** The directory's commune units: DTT-<GSO code> (radio station), UBNDX-<GSO code> (people's committee). */
export const COMMUNE_UNIT = /^(DTT|UBNDX)-(\d{5})$/;
export const roleOf = (code: string): Role | null => (code.startsWith('DTT-') ? 'station' : code.startsWith('UBNDX-') ? 'committee' : null);

const TYPES = ['Thị trấn', 'Xã', 'Phường', 'Đặc khu'] as const;

/** "xa", "XÃ", "Xã" → "Xã"; an unknown type is kept as written. */
export function canonicalType(type: string): string {
  const f = fold(type);
  return TYPES.find((t) => fold(t) === f) ?? type.trim();
}

/** "xã Thất Khê" → { type: "Xã", bare: "Thất Khê" }; a name without a type word → { type: null, bare: name }. */
export function splitType(name: string): { type: string | null; bare: string } {
  const n = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  for (const t of TYPES) {
    if (n.length > t.length && n[t.length] === ' ' && fold(n.slice(0, t.length)) === fold(t)) return { type: t, bare: n.slice(t.length + 1) };
  }
  return { type: null, bare: n };
}

/** The commune a directory unit serves, as the directory names it: "Đài Truyền thanh xã Đại Đồng" → "Xã Đại Đồng". */
export function communeNameOf(u: { name: string }): string {
  const n = u.name.replace(/^(Đài Truyền thanh|Ủy ban nhân dân)\s+/, '');
  return n.charAt(0).toUpperCase() + n.slice(1);
}

/** Names of a new commune's units, as the seed names them ("Đài Truyền thanh xã Thất Khê", "UBND xã Thất Khê"). */
export function unitNamesFor(role: Role, type: string, bare: string) {
  const where = `${type.toLowerCase()} ${bare}`;
  return role === 'station'
    ? { name: `Đài Truyền thanh ${where}`, shortName: `Đài TT ${bare}`, aliases: [`Đài Truyền thanh - Truyền hình ${where}`], kind: 'commune_radio' }
    : { name: `Ủy ban nhân dân ${where}`, shortName: `UBND ${where}`, aliases: [] as string[], kind: 'people_committee' };
}

/** "2025-07-01" → "01/07/2025". */
export const displayDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);
