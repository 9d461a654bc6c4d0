import { max } from 'drizzle-orm';
import { unitCreate, unitGroupCreate, type UnitCreate } from '@dondoc/schemas';
import type { Db } from '../db/client';
import { unitGroupMembers, unitGroups, units } from '../db/schema/index';
import type { Clock } from '../lib/clock';
import { districtSlug } from '../lib/text';
import { writeAudit } from '../modules/audit/service';
import org from './data/langson-admin-2020-11.json';

type Org = { asOf: string; districts: { code: string; name: string; type: string; communes: { code: string; name: string; type: string }[] }[] };

/** "Huyện Tràng Định" → "huyện Tràng Định" as it reads inside a unit name. */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const bare = (name: string) => name.replace(/^(Huyện|Thành phố|Thị xã|Xã|Phường|Thị trấn) /, '');

export type DemoDirectory = { districtOffices: Map<string, number>; unitByCode: Map<string, number> };

const chunks = <T>(list: T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/**
 * The 2020 directory of Lạng Sơn: the department, provincial media, the provincial portal, and
 * every district's units down to the commune people's committees and radio stations.
 *
 * Units are written in one transaction with ids given in the order below (the order, and so the
 * ids, of the units that existed before the commune committees are unchanged: tests and the demo
 * refer to them), with one 'directory.seed' audit entry instead of one per unit.
 */
export function seedDirectory(db: Db, clock: Clock): DemoDirectory {
  const data = org as Org;
  const from = '2020-01-01';
  const now = clock.now().toISOString();
  const firstId = (db.select({ n: max(units.id) }).from(units).get()?.n ?? 0) + 1;
  const rows: (typeof units.$inferInsert)[] = [];
  const unitByCode = new Map<string, number>();
  const add = (u: UnitCreate) => {
    const v = unitCreate.parse({ validFrom: from, ...u });
    const id = firstId + rows.length;
    rows.push({ ...v, districtName: v.districtCode ? (districtNames.get(v.districtCode) ?? null) : null, id, createdAt: now, updatedAt: now });
    unitByCode.set(v.code, id);
    return id;
  };
  const groups: { code: string; name: string; aliases: string[]; memberIds: number[] }[] = [];
  const districtNames = new Map(data.districts.map((d) => [d.code, d.name]));

  const so = add({ code: 'STTTT', name: 'Sở Thông tin và Truyền thông', shortName: 'Sở TT&TT', aliases: ['Sở Thông tin và Truyền thông tỉnh Lạng Sơn', 'STTTT'], kind: 'department' });
  add({ code: 'STTTT-LD', name: 'Lãnh đạo Sở', shortName: 'Lãnh đạo Sở', aliases: ['Ban Giám đốc Sở'], kind: 'division', parentId: so });
  add({ code: 'STTTT-VP', name: 'Văn phòng Sở', shortName: 'VP', aliases: ['Văn phòng'], kind: 'division', parentId: so });
  add({ code: 'STTTT-TTBCXB', name: 'Phòng Thông tin - Báo chí - Xuất bản', shortName: 'Phòng TTBCXB', aliases: ['Phòng Thông tin Báo chí Xuất bản', 'TTBCXB'], kind: 'division', parentId: so });
  add({ code: 'STTTT-CNTT', name: 'Trung tâm Công nghệ thông tin và Truyền thông', shortName: 'Trung tâm CNTT&TT', aliases: ['Trung tâm CNTT và TT', 'Trung tâm Công nghệ thông tin và Truyền thông tỉnh Lạng Sơn'], kind: 'service_unit', parentId: so });
  add({ code: 'BLS', name: 'Báo Lạng Sơn', shortName: 'Báo Lạng Sơn', aliases: ['Báo Lạng Sơn điện tử'], kind: 'newspaper' });
  add({ code: 'DPTTH', name: 'Đài Phát thanh và Truyền hình tỉnh', shortName: 'Đài PT-TH tỉnh', aliases: ['Đài PTTH tỉnh', 'Đài Phát thanh và Truyền hình Lạng Sơn', 'Đài Phát thanh - Truyền hình tỉnh'], kind: 'broadcaster' });

  const districtOffices = new Map<string, number>();
  const offices: number[] = [];
  const centres: number[] = [];
  const stations: number[] = [];
  const committees: number[] = [];
  const districtCommittee = new Map<string, number>();
  for (const d of data.districts) {
    const where = lowerFirst(d.name); // "huyện Tràng Định", "thành phố Lạng Sơn"
    const short = d.type === 'Thành phố' ? `TP ${bare(d.name)}` : bare(d.name);
    const district = { districtCode: d.code };
    const ubnd = add({ code: `UBND-${d.code}`, name: `Ủy ban nhân dân ${where}`, shortName: `UBND ${where}`, aliases: [`UBND ${short}`], kind: 'people_committee', ...district });
    committees.push(ubnd);
    districtCommittee.set(d.code, ubnd);
    const office = add({
      code: `VHTT-${d.code}`,
      name: `Phòng Văn hóa và Thông tin ${where}`,
      shortName: `Phòng VH-TT ${short}`,
      aliases: [`Phòng VH&TT ${where}`, `Phòng VHTT ${short}`, `vhtt.${districtSlug(d.name)}`],
      kind: 'district_culture_office',
      parentId: ubnd,
      ...district,
    });
    offices.push(office);
    districtOffices.set(districtSlug(d.name), office);
    // Centres and commune stations are guided by the district culture office, so they hang under it.
    centres.push(
      add({
        code: `TTVH-${d.code}`,
        name: `Trung tâm Văn hóa, Thể thao và Truyền thông ${where}`,
        shortName: `Trung tâm VHTTTT ${short}`,
        aliases: [`Trung tâm VHNTTTT ${short}`, `Trung tâm VH-TT-TT ${short}`],
        kind: 'district_culture_centre',
        parentId: office,
        ...district,
      }),
    );
    for (const c of d.communes) {
      stations.push(
        add({
          code: `DTT-${c.code}`,
          name: `Đài Truyền thanh ${lowerFirst(c.name)}`,
          shortName: `Đài TT ${bare(c.name)}`,
          aliases: [`Đài Truyền thanh - Truyền hình ${lowerFirst(c.name)}`],
          kind: 'commune_radio',
          parentId: office,
          ...district,
        }),
      );
    }
  }
  groups.push(
    {
      code: 'VHTT-ALL',
      name: 'Phòng Văn hóa và Thông tin các huyện, thành phố',
      aliases: ['Phòng VH-TT các huyện, thành phố', 'Phòng VH&TT các huyện, TP', 'Phòng Văn hóa và Thông tin các huyện, TP', 'Phòng VHTT các huyện, thành phố'],
      memberIds: offices,
    },
    {
      code: 'TTVH-ALL',
      name: 'Trung tâm Văn hóa, Thể thao và Truyền thông các huyện, thành phố',
      aliases: ['Trung tâm VHNTTTT các huyện, TP', 'Trung tâm VHTTTT các huyện, thành phố', 'Trung tâm VH-TT-TT các huyện, thành phố'],
      memberIds: centres,
    },
    { code: 'DTT-ALL', name: 'Đài Truyền thanh cấp xã', aliases: ['Đài Truyền thanh các xã, phường, thị trấn', 'Đài truyền thanh cơ sở'], memberIds: stations },
    { code: 'UBND-ALL', name: 'UBND các huyện, thành phố', aliases: ['Ủy ban nhân dân các huyện, thành phố'], memberIds: committees },
  );

  // Added with the resolver (after every unit above, so their ids stay as they were).
  //
  // The provincial e-portal ("Cổng Thông tin điện tử tỉnh", langson.gov.vn) is addressed as a unit
  // of its own in the department's dispatches (fixture 02: "2. Cổng Thông tin điện tử tỉnh: Đăng
  // tải …"). It is not an alias of an existing unit: the department's own website is run by the
  // Trung tâm CNTT&TT, while the provincial portal and its editorial board belong to the Office of
  // the Provincial People's Committee. So the Office is a unit too, and the portal hangs under it.
  const vpubnd = add({ code: 'VPUBND', name: 'Văn phòng Ủy ban nhân dân tỉnh', shortName: 'Văn phòng UBND tỉnh', aliases: ['Văn phòng UBND tỉnh Lạng Sơn'], kind: 'other' });
  add({
    code: 'VPUBND-CTTDT',
    name: 'Cổng Thông tin điện tử tỉnh',
    shortName: 'Cổng TTĐT tỉnh',
    aliases: ['Cổng Thông tin điện tử tỉnh Lạng Sơn', 'Ban Biên tập Cổng Thông tin điện tử tỉnh', 'Cổng TTĐT tỉnh Lạng Sơn'],
    kind: 'other',
    parentId: vpubnd,
  });

  // Commune people's committees ("UBND các xã, thị trấn" in a district's plan means these).
  const communeCommittees: number[] = [];
  for (const d of data.districts) {
    for (const c of d.communes) {
      communeCommittees.push(
        add({
          code: `UBNDX-${c.code}`,
          name: `Ủy ban nhân dân ${lowerFirst(c.name)}`,
          shortName: `UBND ${lowerFirst(c.name)}`,
          kind: 'people_committee',
          parentId: districtCommittee.get(d.code) ?? null,
          districtCode: d.code,
        }),
      );
    }
  }
  groups.push({
    code: 'UBNDX-ALL',
    name: 'Ủy ban nhân dân các xã, phường, thị trấn',
    aliases: ['UBND các xã, phường, thị trấn', 'UBND cấp xã', 'Ủy ban nhân dân cấp xã'],
    memberIds: communeCommittees,
  });

  db.transaction((tx) => {
    for (const chunk of chunks(rows, 100)) tx.insert(units).values(chunk).run();
    for (const input of groups) {
      const g = unitGroupCreate.parse(input);
      const row = tx.insert(unitGroups).values({ code: g.code, name: g.name, aliases: g.aliases, createdAt: now, updatedAt: now }).returning({ id: unitGroups.id }).get();
      for (const chunk of chunks([...new Set(g.memberIds)], 200)) tx.insert(unitGroupMembers).values(chunk.map((unitId) => ({ groupId: row.id, unitId }))).run();
    }
    writeAudit(tx, null, now, {
      action: 'directory.seed',
      entityType: 'directory',
      entityId: null,
      after: { asOf: data.asOf, units: rows.length, groups: groups.map((g) => ({ code: g.code, members: g.memberIds.length })) },
    });
  });
  return { districtOffices, unitByCode };
}
