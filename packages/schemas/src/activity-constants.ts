// Plain lists with no zod import, so the web bundle can use them without pulling zod in.

/** Hình thức tuyên truyền: how an activity reached people. */
export const activityForms = [
  'bao_in',
  'bao_dien_tu',
  'phat_thanh',
  'truyen_hinh',
  'trang_ttdt',
  'mang_xa_hoi',
  'truyen_thanh_co_so',
  'pano_bang_ron',
  'hoi_nghi',
  'sinh_hoat',
  'van_nghe',
  'tai_lieu',
  'khac',
] as const;

/**
 * Đơn vị tính people use most. The measure is stored as typed (any short text), these are
 * offered first; totals add quantities per measure, so picking one of them keeps sums together.
 */
export const activityMeasures = ['tin/bài', 'chương trình', 'phút phát sóng', 'buổi', 'lượt người', 'cái', 'bản', 'lượt xem'] as const;

/** Evidence types accepted, decided by the file's content. */
export const evidenceKinds = ['pdf', 'docx', 'xlsx', 'jpg', 'png', 'mp3', 'mp4', 'txt'] as const;

/** What a file picker offers; the server checks the content whatever the name says. */
export const evidenceAccept =
  '.pdf,.docx,.xlsx,.jpg,.jpeg,.png,.mp3,.mp4,.txt,application/pdf,image/jpeg,image/png,audio/mpeg,video/mp4,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Default evidence size limit (EVIDENCE_MAX_MB on the server). */
export const EVIDENCE_MAX_MB_DEFAULT = 20;

/** Most evidence files one activity may carry, and most links. */
export const MAX_EVIDENCE_PER_ACTIVITY = 20;
export const MAX_LINKS_PER_ACTIVITY = 20;
