import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../directives/components/form/draft';
import type { DirectiveDraft, PartDraft } from '../../directives/components/form/draft';
import { parsePickPath, pickAt, setPickAt } from './pick-location';

const part = (key: string, o: Partial<PartDraft> = {}): PartDraft => ({
  key,
  label: '',
  title: `Phần ${key}`,
  text: '',
  addressees: [],
  actionable: true,
  deadline: '',
  parts: [],
  ...o,
});

const vhtt = 'Phòng Văn hóa và Thông tin các huyện, thành phố';
const draft: DirectiveDraft = {
  ...emptyDraft(),
  recipients: [
    { label: 'Báo Lạng Sơn', unitId: 6, groupId: null },
    { label: 'Đài PT-TH', unitId: null, groupId: null },
  ],
  parts: [part('1'), part('3', { parts: [part('3.1', { addressees: [{ label: vhtt, unitId: null, groupId: null }] })] })],
  cc: [
    { name: 'Như trên', purpose: '', unitId: null, groupId: null },
    { name: 'Trung tâm CNTT&TT', purpose: 'đăng tải', unitId: null, groupId: null },
  ],
};

describe('pick locations', () => {
  it('reads the three kinds of path, parts by tree key', () => {
    expect(parsePickPath('recipients.1')).toEqual({ list: 'recipients', index: 1 });
    expect(parsePickPath('parts.3.1.addressees.0')).toEqual({ list: 'parts', partKey: '3.1', index: 0 });
    expect(parsePickPath('cc.4')).toEqual({ list: 'cc', index: 4 });
    expect(parsePickPath('signer.name')).toBeNull();
  });

  it('finds the pick where the resolver saw it, or where it moved to', () => {
    const loc = { list: 'recipients', index: 1 } as const;
    expect(pickAt(draft, loc, 'Đài PT-TH')?.label).toBe('Đài PT-TH');
    const shifted = { ...draft, recipients: draft.recipients.slice(1) };
    expect(pickAt(shifted, loc, 'dai pt-th')?.label).toBe('Đài PT-TH');
    expect(pickAt({ ...draft, recipients: [] }, loc, 'Đài PT-TH')).toBeNull();
  });

  it('sets a unit on a part addressee deep in the tree, keeping the wording', () => {
    const loc = parsePickPath('parts.3.1.addressees.0');
    if (!loc) throw new Error('path');
    const next = { ...draft, ...setPickAt(draft, loc, vhtt, { unitId: null, groupId: 1 }) };
    expect(pickAt(next, loc, vhtt)).toEqual({ label: vhtt, unitId: null, groupId: 1 });
    expect(next.parts[0]).toBe(draft.parts[0]);
  });

  it('links a cc entry to a unit', () => {
    const loc = { list: 'cc', index: 1 } as const;
    const patch = setPickAt(draft, loc, 'Trung tâm CNTT&TT', { unitId: 5, groupId: null });
    expect(patch.cc?.[1]).toEqual({ name: 'Trung tâm CNTT&TT', purpose: 'đăng tải', unitId: 5, groupId: null });
    expect(patch.cc?.[0]).toEqual(draft.cc[0]);
  });
});
