import { addDays, atVn, daysBetween } from './random';
import { inChunks, nextId, type GenContext, type GenTask } from './context';

/** The forms each kind of unit works in (a newspaper prints, a commune station broadcasts). */
const FORMS_BY_KIND: Record<string, string[]> = {
  newspaper: ['bao_in', 'bao_in', 'bao_dien_tu', 'bao_dien_tu', 'mang_xa_hoi'],
  broadcaster: ['phat_thanh', 'truyen_hinh', 'truyen_hinh', 'mang_xa_hoi'],
  service_unit: ['trang_ttdt', 'trang_ttdt', 'mang_xa_hoi'],
  other: ['trang_ttdt'],
  district_culture_office: ['hoi_nghi', 'pano_bang_ron', 'trang_ttdt', 'tai_lieu', 'sinh_hoat', 'mang_xa_hoi'],
  district_culture_centre: ['pano_bang_ron', 'van_nghe', 'truyen_thanh_co_so', 'tai_lieu', 'khac'],
  commune_radio: ['truyen_thanh_co_so', 'truyen_thanh_co_so', 'pano_bang_ron'],
  people_committee: ['hoi_nghi', 'sinh_hoat', 'pano_bang_ron', 'khac'],
};
const MEASURE: Record<string, string> = {
  bao_in: 'tin/bài',
  bao_dien_tu: 'tin/bài',
  trang_ttdt: 'tin/bài',
  mang_xa_hoi: 'tin/bài',
  truyen_thanh_co_so: 'tin/bài',
  phat_thanh: 'chương trình',
  truyen_hinh: 'chương trình',
  pano_bang_ron: 'cái',
  hoi_nghi: 'buổi',
  sinh_hoat: 'buổi',
  van_nghe: 'buổi',
  tai_lieu: 'bản',
  khac: 'lượt người',
};
const TITLE: Record<string, string> = {
  bao_in: 'Đăng tin, bài trên báo in',
  bao_dien_tu: 'Đăng tin, bài trên báo điện tử',
  trang_ttdt: 'Đăng tải trên trang thông tin điện tử',
  mang_xa_hoi: 'Chia sẻ trên mạng xã hội',
  truyen_thanh_co_so: 'Phát tin, bài trên loa truyền thanh',
  phat_thanh: 'Phát sóng chương trình phát thanh',
  truyen_hinh: 'Phát sóng phóng sự truyền hình',
  pano_bang_ron: 'Treo băng rôn, khẩu hiệu',
  hoi_nghi: 'Tổ chức hội nghị quán triệt',
  sinh_hoat: 'Lồng ghép trong sinh hoạt chi bộ',
  van_nghe: 'Biểu diễn văn nghệ tuyên truyền',
  tai_lieu: 'Cấp phát tài liệu tuyên truyền',
  khac: 'Tuyên truyền lưu động',
};
const KIND_RATE: Record<string, number> = { newspaper: 8, broadcaster: 8, service_unit: 4, other: 2, district_culture_office: 3, district_culture_centre: 3, commune_radio: 1.5, people_committee: 1 };

export type ActivityStats = { activities: number; deleted: number; links: number };

/**
 * Spreads `count` activities over the tasks that were received: media and district offices log
 * more, finished tasks more than open ones; each is dated inside its task's working window and
 * linked to one or two of the task's items.
 */
export function generateActivities(ctx: GenContext, tasks: GenTask[], count: number): ActivityStats {
  const { sqlite, r, lastDay } = ctx;
  const received = new Set((sqlite.prepare('select id from tasks where received_at is not null').pluck().all() as number[]));
  const pool = tasks.filter((t) => received.has(t.id));
  const cumulative = new Float64Array(pool.length);
  let sum = 0;
  pool.forEach((t, i) => {
    sum += (KIND_RATE[ctx.unitById.get(t.unitId)?.kind ?? ''] ?? 1) * (t.completedOn ? 1.5 : 0.7);
    cumulative[i] = sum;
  });
  const pickTask = () => {
    const x = r.next() * sum;
    let lo = 0;
    let hi = pool.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return pool[lo] as GenTask;
  };
  const ins = sqlite.prepare(
    `insert into activities (id, unit_id, task_id, date_from, date_to, form, title, description, quantity, measure, reach, links, created_by_id, created_at, updated_at, deleted_at, deleted_by_id, version)
     values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  const link = sqlite.prepare('insert into activity_items (activity_id, task_item_id) values (?, ?)');
  let id = nextId(sqlite, 'activities');
  const stats: ActivityStats = { activities: 0, deleted: 0, links: 0 };
  if (pool.length === 0) return stats;
  inChunks(sqlite, count, 20_000, () => {
    const t = pickTask();
    const unit = ctx.unitById.get(t.unitId);
    const form = r.pick(FORMS_BY_KIND[unit?.kind ?? ''] ?? ['khac']);
    const windowEnd = [t.completedOn ?? addDays(t.deadline ?? t.issuedOn, 30), addDays(t.issuedOn, 90), lastDay].sort()[0] as string;
    const dateFrom = addDays(t.issuedOn, r.int(0, Math.max(0, daysBetween(t.issuedOn, windowEnd))));
    const dateTo = r.chance(0.2) ? addDays(dateFrom, r.int(1, 10)) : null;
    const userId = ctx.userOf.get(t.unitId) ?? ctx.staffId;
    const at = atVn(dateFrom, r);
    const deleted = r.chance(0.01);
    const measure = MEASURE[form] ?? 'lượt';
    const quantity = measure === 'buổi' ? r.int(1, 3) : measure === 'lượt người' ? r.int(50, 800) : r.int(1, 12);
    ins.run(id, t.unitId, t.id, dateFrom, dateTo, form, `${TITLE[form] ?? 'Hoạt động tuyên truyền'} (${dateFrom.slice(8, 10)}/${dateFrom.slice(5, 7)})`, quantity, measure, r.int(100, 20_000), r.chance(0.3) ? JSON.stringify([`https://langson.gov.vn/tin-tuc/${id}`]) : '[]', userId, at, at, deleted ? at : null, deleted ? userId : null);
    const first = t.firstItemId + r.int(0, t.items - 1);
    link.run(id, first);
    stats.links += 1;
    if (t.items > 1 && r.chance(0.3)) {
      link.run(id, first + 1 < t.firstItemId + t.items ? first + 1 : t.firstItemId);
      stats.links += 1;
    }
    id += 1;
    stats.activities += 1;
    if (deleted) stats.deleted += 1;
  });
  return stats;
}
