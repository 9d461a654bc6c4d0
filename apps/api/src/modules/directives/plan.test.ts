import { describe, expect, it } from 'vitest';
import type { Part } from '@dondoc/schemas';
import { isActionPurpose, planTasks } from './plan';

const part = (key: string, o: Partial<Part> = {}): Part => ({
  key,
  label: key,
  title: `Phần ${key}`,
  text: `Phần ${key}`,
  addressees: [],
  actionable: true,
  deadline: null,
  parts: [],
  ...o,
});

// Units 1, 2 are media; group 10 = district offices 3, 4.
const expand = (p: { unitId: number | null; groupId: number | null }) => (p.unitId ? [p.unitId] : p.groupId === 10 ? [3, 4] : []);
const pick = (label: string, unitId: number | null, groupId: number | null = null) => ({ label, unitId, groupId });

describe('planTasks', () => {
  it('gives addressed sections only to their addressees and the rest to every recipient', () => {
    const plan = planTasks(
      {
        recipients: [pick('Báo', 1), pick('Đài', 2), pick('Phòng VH-TT các huyện', null, 10)],
        parts: [
          part('1', { addressees: [pick('Báo', 1), pick('Đài', 2)], parts: [part('1.1'), part('1.2', { deadline: '2020-12-20' })] }),
          part('2', { addressees: [pick('Phòng', null, 10)], parts: [part('2.1'), part('2.2', { deadline: '2020-12-25' })] }),
          part('3'),
        ],
        cc: [],
        dueDate: null,
        number: null,
        subject: 's',
      },
      expand,
      String,
    );
    const items = Object.fromEntries(plan.tasks.map((t) => [t.unitId, t.items.map((i) => i.partKey)]));
    expect(items).toEqual({ 1: ['1.1', '1.2', '3'], 2: ['1.1', '1.2', '3'], 3: ['2.1', '2.2', '3'], 4: ['2.1', '2.2', '3'] });
    // A task is due when its last dated item is.
    expect(plan.tasks.find((t) => t.unitId === 1)?.deadline).toBe('2020-12-20');
    expect(plan.tasks.find((t) => t.unitId === 3)?.deadline).toBe('2020-12-25');
  });

  it('skips context parts and treats a part with only context children as an item', () => {
    const plan = planTasks(
      {
        recipients: [pick('Báo', 1)],
        parts: [part('1', { actionable: false, parts: [part('1.1', { actionable: false })] }), part('2', { parts: [part('2.1', { actionable: false })] })],
        cc: [],
        dueDate: '2020-12-31',
        number: '12/STTTT',
        subject: 's',
      },
      expand,
      String,
    );
    expect(plan.tasks[0]?.items.map((i) => i.partKey)).toEqual(['2']);
    expect(plan.tasks[0]?.deadline).toBe('2020-12-31');
  });

  it('turns an action purpose in Nơi nhận into a task and ignores "để biết"', () => {
    expect(isActionPurpose('đăng tải')).toBe(true);
    expect(isActionPurpose('thực hiện')).toBe(true);
    expect(isActionPurpose('để biết')).toBe(false);
    expect(isActionPurpose('b/c')).toBe(false);
    expect(isActionPurpose(null)).toBe(false);
    const plan = planTasks(
      {
        recipients: [pick('Báo', 1)],
        parts: [part('1')],
        cc: [{ name: 'Như trên', purpose: null, unitId: null, groupId: null }, { name: 'Trung tâm', purpose: 'đăng tải', unitId: 9, groupId: null }, { name: 'Lãnh đạo', purpose: 'để biết', unitId: 8, groupId: null }],
        dueDate: null,
        number: '169/STTTT-TTBCXB',
        subject: 's',
      },
      expand,
      String,
    );
    expect(plan.tasks.map((t) => [t.unitId, t.source, t.items.length])).toEqual([
      [1, 'recipient', 1],
      [9, 'cc', 1],
    ]);
    expect(plan.tasks[1]?.items[0]?.title).toContain('169/STTTT-TTBCXB');
  });

  it('reports a recipient that gets nothing instead of making an empty task', () => {
    const plan = planTasks(
      { recipients: [pick('Báo', 1), pick('Đài', 2)], parts: [part('1', { addressees: [pick('Báo', 1)] })], cc: [], dueDate: null, number: null, subject: 's' },
      expand,
      (id) => `Đơn vị ${id}`,
    );
    expect(plan.tasks.map((t) => t.unitId)).toEqual([1]);
    expect(plan.problems[0]?.message).toContain('Đơn vị 2');
  });
});
