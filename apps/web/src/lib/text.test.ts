import { describe, expect, it } from 'vitest';
import { joinList, splitList } from './text';

describe('splitList / joinList', () => {
  it('splits one typed line on commas and semicolons', () => {
    expect(splitList('Báo LS, Báo Lạng Sơn; BLS')).toEqual(['Báo LS', 'Báo Lạng Sơn', 'BLS']);
  });

  it('keeps commas inside names once there are several lines', () => {
    expect(splitList('Phòng VH-TT các huyện, thành phố\nPhòng VHTT các huyện, TP\n')).toEqual([
      'Phòng VH-TT các huyện, thành phố',
      'Phòng VHTT các huyện, TP',
    ]);
  });

  it('round-trips a single name that holds a comma', () => {
    const names = ['Phòng Văn hóa và Thông tin các huyện, thành phố'];
    expect(splitList(joinList(names))).toEqual(names);
  });
});
