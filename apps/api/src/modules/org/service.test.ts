import { and, eq, ne } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/client';
import { tasks, units } from '../../db/schema/index';
import { actorFor, fakeClock, seededDb } from '../../../test/helpers';
import { createDirective, previewPublish } from '../directives/service';
import { getTask } from '../tasks/service';
import { createUnit } from '../units/service';
import { listEvents, mergeUnits, namesThen, renameUnit } from './service';

const NQ = 'Nghị quyết 1672/NQ-UBTVQH15';

const unitByCode = (db: Db, code: string) => {
  const u = db.select().from(units).where(eq(units.code, code)).get();
  if (!u) throw new Error(code);
  return u;
};

async function setup() {
  const clock = fakeClock();
  const { db } = await seededDb(clock);
  return { db, clock, admin: actorFor(db, 'admin'), staff: actorFor(db, 'staff') };
}

describe('names as they were', () => {
  it('answers the name in use on each date across several renames, in one query', async () => {
    const { db, clock, admin } = await setup();
    const bls = unitByCode(db, 'BLS');
    const first = renameUnit(db, clock, admin, bls.id, { name: 'Báo Lạng Sơn điện tử', effectiveOn: '2021-01-01', legalBasis: 'Quyết định 1/QĐ-UBND', version: bls.version });
    renameUnit(db, clock, admin, bls.id, { name: 'Báo và Phát thanh, Truyền hình Lạng Sơn', shortName: 'Báo và PT-TH', effectiveOn: '2025-03-01', legalBasis: 'Quyết định 2/QĐ-UBND', version: first.version });
    const dai = unitByCode(db, 'DPTTH');
    const prepare = vi.spyOn(db.$client, 'prepare');
    const nameOn = namesThen(db, [bls.id, dai.id], ['2020-11-01', '2024-01-01']);
    expect(prepare).toHaveBeenCalledTimes(1);
    prepare.mockRestore();
    expect(nameOn(bls.id, '2020-11-01')).toEqual({ name: 'Báo Lạng Sơn', shortName: 'Báo Lạng Sơn' });
    expect(nameOn(bls.id, '2020-12-31')?.name).toBe('Báo Lạng Sơn');
    expect(nameOn(bls.id, '2021-01-01')?.name).toBe('Báo Lạng Sơn điện tử');
    expect(nameOn(bls.id, '2021-01-01', { dayBefore: true })?.name).toBe('Báo Lạng Sơn');
    expect(nameOn(bls.id, '2024-01-01')).toEqual({ name: 'Báo Lạng Sơn điện tử', shortName: null });
    expect(nameOn(bls.id, '2025-03-01')).toBeUndefined();
    expect(nameOn(bls.id, null)).toBeUndefined();
    expect(nameOn(dai.id, '2020-11-01')).toBeUndefined();

    // The events show each side as it was named then.
    const events = listEvents(db, { unitId: bls.id, limit: 100 });
    expect(events.map((e) => [e.effectiveOn, e.predecessors[0]?.name, e.successors[0]?.name])).toEqual([
      ['2025-03-01', 'Báo Lạng Sơn điện tử', 'Báo và Phát thanh, Truyền hình Lạng Sơn'],
      ['2021-01-01', 'Báo Lạng Sơn', 'Báo Lạng Sơn điện tử'],
    ]);
  });

  it('names a moved task’s former holder as it was on the directive’s date', async () => {
    const { db, clock, admin, staff } = await setup();
    const thatKhe = unitByCode(db, 'DTT-05995');
    const sub = db.select().from(tasks).where(eq(tasks.unitId, thatKhe.id)).get()!;
    // Renamed after the dispatch (November 2020), then merged.
    renameUnit(db, clock, admin, thatKhe.id, { name: 'Đài Truyền thanh - Truyền hình thị trấn Thất Khê', effectiveOn: '2020-12-01', legalBasis: 'Quyết định 3/QĐ-UBND', version: thatKhe.version });
    const merged = mergeUnits(db, clock, admin, {
      predecessorIds: [thatKhe.id],
      successor: { code: 'DTT-TK-2021', name: 'Đài Truyền thanh thị trấn Thất Khê (2021)', kind: 'commune_radio' },
      effectiveOn: '2021-01-01',
      legalBasis: NQ,
    });
    expect(merged.tasksMoved).toBe(1);
    expect(merged.event.predecessors.map((p) => p.name)).toEqual(['Đài Truyền thanh - Truyền hình thị trấn Thất Khê']);
    expect(getTask(db, clock, staff, sub.id)).toMatchObject({
      unit: { name: 'Đài Truyền thanh thị trấn Thất Khê (2021)' },
      unitNameThen: null,
      transferredFrom: { id: thatKhe.id, name: 'Đài Truyền thanh thị trấn Thất Khê' },
    });
  });

  it('lists a draft’s recipients under the names they had on its date', async () => {
    const { db, clock, admin, staff } = await setup();
    const bls = unitByCode(db, 'BLS');
    renameUnit(db, clock, admin, bls.id, { name: 'Báo Lạng Sơn điện tử', effectiveOn: '2021-01-01', legalBasis: 'Quyết định 1/QĐ-UBND', version: bls.version });
    const draft = (day: number, year: number) =>
      createDirective(db, clock, staff, { subject: 'Tuyên truyền', issued: { year, month: 1, day }, recipients: [{ label: 'Báo Lạng Sơn', unitId: bls.id }], parts: [{ title: 'Đăng tin, bài' }] });
    expect(previewPublish(db, staff, draft(15, 2020).id).tasks.map((t) => t.unit.name)).toEqual(['Báo Lạng Sơn']);
    expect(previewPublish(db, staff, draft(15, 2021).id).tasks.map((t) => t.unit.name)).toEqual(['Báo Lạng Sơn điện tử']);
  });
});

describe('reading events', () => {
  it('reads any number of events in the same number of queries, newest first', async () => {
    const { db, clock, admin } = await setup();
    const count = () => {
      const prepare = vi.spyOn(db.$client, 'prepare');
      const items = listEvents(db, { limit: 100 });
      const n = prepare.mock.calls.length;
      prepare.mockRestore();
      return { items, n };
    };
    // Tràng Định's stations: each holds an open sub-task of the dispatch.
    const thatKhe = unitByCode(db, 'DTT-05995').id;
    const stations = db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.parentId, unitByCode(db, 'VHTT-180').id), eq(units.kind, 'commune_radio'), ne(units.id, thatKhe)))
      .orderBy(units.id)
      .all()
      .map((u) => u.id);
    mergeUnits(db, clock, admin, { predecessorIds: [stations[0]!, stations[1]!], successorId: stations[0]!, effectiveOn: '2021-01-01', legalBasis: NQ });
    const one = count();
    expect(one.items).toHaveLength(1);
    const fresh = createUnit(db, clock, admin, { code: 'DTT-MOI', name: 'Đài Truyền thanh mới', kind: 'commune_radio' });
    mergeUnits(db, clock, admin, { predecessorIds: [stations[2]!, stations[3]!], successorId: fresh.id, effectiveOn: '2021-01-01', legalBasis: NQ });
    mergeUnits(db, clock, admin, { predecessorIds: [stations[4]!, thatKhe], successor: { code: 'DTT-TK', name: 'Đài Truyền thanh Thất Khê mới', kind: 'commune_radio' }, effectiveOn: '2022-01-01', legalBasis: NQ });
    const three = count();
    expect(three.n).toBe(one.n);
    expect(three.items.map((e) => [e.effectiveOn, e.predecessors.length, e.tasksMoved])).toEqual([
      ['2022-01-01', 2, 2],
      ['2021-01-01', 2, 2],
      ['2021-01-01', 1, 1],
    ]);
    expect(three.items[1]!.successors.map((s) => s.id)).toEqual([fresh.id]);
    expect(listEvents(db, { unitId: stations[0]!, limit: 100 }).map((e) => e.id)).toEqual([one.items[0]!.id]);
    expect(listEvents(db, { limit: 1 }).map((e) => e.effectiveOn)).toEqual(['2022-01-01']);
  });
});
