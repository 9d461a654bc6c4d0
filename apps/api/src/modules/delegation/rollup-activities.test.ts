import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/helpers';

type ActivityList = { items: { unit?: { name: string }; title: string }[]; totals: unknown };

describe('activities roll up along delegation', () => {
  it('counts the demo sub-units’ activities for Tràng Định’s office and the department, not for a sibling', async () => {
    const { login } = await testApp();
    const count = async (who: string) => (await (await login(who)).get('/api/activities')).json<ActivityList>().items.length;
    expect(await count('dtt.thatkhe')).toBe(1);
    expect(await count('tt.trangdinh')).toBe(1);
    expect(await count('vhtt.trangdinh')).toBe(2);
    expect(await count('vhtt.binhgia')).toBe(0);
    expect(await count('staff')).toBe(2);
  });
});
