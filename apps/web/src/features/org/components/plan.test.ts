import { describe, expect, it } from 'vitest';
import type { OrgChangePreview, Unit, UnitBrief } from '@dondoc/schemas';
import { missingChoicesOf, successorOptions, suggestionsOf } from './plan';

const brief = (code: string, name = code, id: number | null = 1): UnitBrief => ({ id, code, name, shortName: null, kind: 'commune_radio' });
const unit = (code: string, validTo: string | null = null): Unit => ({
  ...brief(code),
  id: 1,
  aliases: [],
  parentId: null,
  districtCode: null,
  districtName: null,
  validFrom: null,
  validTo,
  version: 0,
});
type Move = OrgChangePreview['moves'][number];
type Split = OrgChangePreview['splits'][number];
const move = (taskId: number, choice: Move['choice'], to: UnitBrief | null): Move => ({
  taskId,
  parentTaskId: null,
  directive: { id: 1, number: null, symbol: null, subject: 's' },
  from: brief('VHTT-180'),
  to,
  choice,
  options: [],
  deadline: null,
  itemsDone: 0,
  itemsTotal: 1,
});
const split = (code: string, s: Partial<Split>): Split => ({ code, name: code, district: null, options: ['a', 'b'], suggested: null, chosen: null, needed: false, ...s });

describe('missingChoicesOf', () => {
  it('counts each abolished unit’s task without a successor, and each split commune once', () => {
    const moves = [move(1, 'abolished', null), move(2, 'abolished', brief('UBND-X')), move(3, null, brief('DTT-X')), move(4, 'split', null), move(5, 'split', null)];
    const splits = [split('06622', { needed: true }), split('06625', { needed: true, chosen: 'b' }), split('06001', { needed: false })];
    expect(missingChoicesOf({ moves, splits })).toBe(2);
  });
});

describe('successorOptions', () => {
  it('offers the units the change creates and the active units it keeps, never one it retires', () => {
    const options = successorOptions(
      {
        created: [brief('UBNDX-XA-THAT-KHE', 'Ủy ban nhân dân xã Thất Khê', null)],
        retired: [{ unit: brief('VHTT-180'), reason: 'district_abolished', successors: [], openTasks: 1 }],
      },
      [unit('STTTT'), unit('VHTT-180'), unit('OLD', '2024-01-01')],
    );
    expect(options.created.map((o) => o.code)).toEqual(['UBNDX-XA-THAT-KHE']);
    expect(options.existing.map((o) => o.code)).toEqual(['STTTT']);
  });
});

describe('suggestionsOf', () => {
  it('preselects the suggested commune of each split that has one', () => {
    expect(suggestionsOf({ splits: [split('06622', {}), split('06625', { suggested: 'xã Kiên Mộc' })] })).toEqual({ '06625': 'xã Kiên Mộc' });
  });
});
