import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, seedDirective, test } from '../fixtures';

// The full cycle of a report request: staff ask the seed directive's units for a report, Báo Lạng
// Sơn's head opens a draft prefilled from its activities and sends it, staff return it with
// reasons and chase the unit, the unit hears of both in its bell and sends it again, staff compare
// the versions and accept it. The status table is checked at each step. The seed's own request (Tràng Định's report
// sent) is left as it is: the screenshots use it.
test.describe.configure({ mode: 'serial' });

const TITLE = 'Báo cáo kết quả tuyên truyền kỷ niệm 200 năm Ngày sinh Ph.Ăng-ghen (đợt kiểm thử)';
const BLS = 'Báo Lạng Sơn';
const REASON = 'Bổ sung số liệu phát thanh và đánh giá khó khăn, vướng mắc.';

/** A day counted from today in Vietnam, as YYYY-MM-DD. */
function vnDay(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}
const dmy = (iso: string) => iso.split('-').reverse().join('/');

type Summary = { id: number; title: string; myReport: { id: number } | null };

async function ourRequest(api: APIRequestContext) {
  const { items } = (await (await api.get('/api/report-requests')).json()) as { items: Summary[] };
  const request = items.find((r) => r.title === TITLE);
  if (!request) throw new Error('the request is missing');
  const status = (await (await api.get(`/api/report-requests/${request.id}/status`)).json()) as { rows: { reportId: number; unit: { name: string } }[] };
  const reportOf = (unit: string) => {
    const row = status.rows.find((r) => r.unit.name === unit);
    if (!row) throw new Error(`no report for ${unit}`);
    return row.reportId;
  };
  return { id: request.id, reportOf };
}

const statusRow = (page: Page, unit: string) => page.locator(`[data-testid="status-row"][data-unit="${unit}"]`);

async function openRequestAsStaff(page: Page, login: (u: string, p?: string) => Promise<Page>) {
  await login('staff', '/reports');
  await page.getByTestId('request-row').filter({ hasText: TITLE }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

test('staff create a report request from the seed directive, prefilled from its report clause', async ({ page, login, staffApi }) => {
  const { directive } = await seedDirective(staffApi);
  await login('staff', `/directives/${directive.id}`);
  await page.getByRole('link', { name: 'Yêu cầu báo cáo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tạo yêu cầu báo cáo' })).toBeVisible();

  const form = page.getByTestId('request-form');
  // Prefilled: the 13 units the dispatch was addressed to, a section per part, the usual figures.
  await expect(form.getByLabel('Tên báo cáo')).toHaveValue(/^Báo cáo kết quả thực hiện Công văn/);
  await expect(page.getByTestId('recipients-count')).toHaveText('Đã chọn 13 đơn vị, 0 nhóm, 0 văn bản.');
  await expect(page.getByTestId('outline-row')).toHaveCount(5);
  await expect(page.getByTestId('field-row')).toHaveCount(5);
  await expect(page.getByTestId('field-row').first().getByLabel('Tên chỉ tiêu')).toHaveValue('Số tin, bài');

  // The directive names no deadline: sending without one is refused before anything is sent.
  await form.getByRole('button', { name: 'Lưu và gửi đến đơn vị' }).click();
  await expect(form.getByText('Vui lòng chọn hạn nộp.').first()).toBeVisible();

  await form.getByLabel('Tên báo cáo').fill(TITLE);
  await form.getByLabel('Hạn nộp', { exact: true }).fill(vnDay(7));
  // A section added, moved up and removed again: the outline is as the template made it.
  await form.getByRole('button', { name: 'Thêm mục đề cương' }).click();
  await expect(page.getByTestId('outline-row')).toHaveCount(6);
  await page.getByTestId('outline-row').last().getByLabel('Tên mục').fill('Kiến nghị khác');
  await page.getByRole('button', { name: 'Chuyển mục 6 lên' }).click();
  await expect(page.getByTestId('outline-row').nth(4).getByLabel('Tên mục')).toHaveValue('Kiến nghị khác');
  await page.getByRole('button', { name: 'Bỏ mục 5' }).click();
  await expect(page.getByTestId('outline-row')).toHaveCount(5);

  await form.getByRole('button', { name: 'Lưu và gửi đến đơn vị' }).click();
  await expect(page).toHaveURL(/\/reports\/requests\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByTestId('request-units')).toHaveText('Đã nộp 0/13');

  // Step 1 of the status table: nobody has sent.
  await expect(page.getByTestId('status-row')).toHaveCount(13);
  await expect(statusRow(page, BLS).getByTestId('report-state')).toHaveText('Chưa nộp');
  await expect(page.getByTestId('state-count-not_submitted')).toContainText('13');
});

test("Báo Lạng Sơn's head opens the draft prefilled from its activities, edits it and sends it", async ({ page, login, staffApi, playwright, baseURL }) => {
  const { reportOf } = await ourRequest(staffApi);
  const reportId = reportOf(BLS);
  // What the unit's activities add up to, as the server computes it.
  const unit = await playwright.request.newContext({ baseURL });
  await unit.post('/api/auth/login', { data: { username: 'baolangson', password: DEMO_PASSWORD } });
  const { proposal } = (await (await unit.post(`/api/reports/${reportId}/prefill`, { data: { apply: false } })).json()) as { proposal: { figures: Record<string, number | null> } };
  await unit.dispose();

  await login('baolangson');
  // The home page lists the reports to send, with the days left.
  const due = page.getByTestId('report-due').filter({ hasText: TITLE });
  await expect(due).toContainText('còn 7 ngày');
  await due.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/reports/${reportId}$`));
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  const editor = page.getByTestId('report-editor');
  // Shown as Vietnamese write numbers: "12.000".
  const vi = (n: number | null | undefined) => (n == null ? '' : new Intl.NumberFormat('vi-VN').format(n));
  await expect(editor.getByLabel('Số tin, bài')).toHaveValue(vi(proposal.figures['tin_bai']));
  await expect(editor.getByLabel('Số lượt người tham dự, tiếp cận')).toHaveValue(vi(proposal.figures['luot_nguoi']));
  // The draft is the activities' proposal: fetching it again changes nothing.
  await editor.getByRole('button', { name: 'Lấy số liệu từ hoạt động' }).click();
  await expect(page.getByRole('dialog').getByText('không có gì thay đổi')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).last().click();

  // Autosave: typed, saved by itself, still there after a reload.
  await editor.getByLabel('Nội dung mục 4').fill('Đơn vị triển khai kịp thời; lực lượng phóng viên còn mỏng.');
  await expect(page.getByTestId('save-status')).toHaveText(/^Đã lưu lúc \d{2}:\d{2}/);
  await page.reload();
  await expect(page.getByTestId('report-editor').getByLabel('Nội dung mục 4')).toHaveValue('Đơn vị triển khai kịp thời; lực lượng phóng viên còn mỏng.');

  await page.getByTestId('submit-report').click();
  await page.getByTestId('submit-confirm').click();
  await expect(page.getByTestId('report-status')).toHaveText('Đã nộp, chờ xem xét');
  await expect(page.getByTestId('report-editor')).toHaveCount(0);
});

test('staff see it sent on time, return it with reasons and a new deadline, and chase the unit', async ({ page, login, staffApi }) => {
  const { reportOf } = await ourRequest(staffApi);
  await openRequestAsStaff(page, login);
  // Step 2: sent on time.
  await expect(statusRow(page, BLS).getByTestId('report-state')).toHaveText('Nộp đúng hạn');
  await expect(statusRow(page, BLS).getByTestId('versions')).toHaveText('1');
  await expect(page.getByTestId('state-count-submitted_on_time')).toContainText('1');

  await statusRow(page, BLS).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/reports/${reportOf(BLS)}$`));
  await expect(page.getByTestId('figure-row').first()).toContainText('Số tin, bài');
  await page.getByRole('button', { name: 'Trả lại', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Trả lại báo cáo' });
  await dialog.getByLabel('Lý do trả lại').fill(REASON);
  await dialog.getByLabel('Hạn nộp lại').fill(vnDay(3));
  await dialog.getByRole('button', { name: 'Trả lại báo cáo' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('report-status')).toHaveText('Bị trả lại');

  // Step 3: returned; staff send the unit a đôn đốc about it.
  await page.getByRole('link', { name: TITLE }).click();
  await expect(statusRow(page, BLS).getByTestId('report-state')).toHaveText('Bị trả lại');
  await statusRow(page, BLS).getByRole('checkbox').check();
  await page.getByTestId('remind-button').click();
  const remind = page.getByRole('dialog', { name: 'Đôn đốc đơn vị' });
  await remind.getByLabel('Nội dung đôn đốc').fill('Đề nghị Báo Lạng Sơn bổ sung theo ý kiến của Sở và gửi lại đúng hạn.');
  await remind.getByRole('button', { name: 'Gửi đôn đốc (1)' }).click();
  await expect(remind.getByTestId('remind-result')).toContainText(/Đã gửi [1-9]\d* thông báo/);
});

test('Báo Lạng Sơn sees the return and the đôn đốc in its bell, the reasons, and sends the report again', async ({ page, login, staffApi }) => {
  const { reportOf } = await ourRequest(staffApi);
  await login('baolangson');
  // The bell: the return (with its reasons and new deadline) and the đôn đốc that followed it.
  await expect(page.getByTestId('bell-count')).toBeVisible();
  await page.getByTestId('bell').click();
  await expect(page.getByTestId('notification').filter({ hasText: `Đôn đốc: Báo cáo “${TITLE}”` })).toBeVisible();
  const note = page.getByTestId('notification').filter({ hasText: `Báo cáo “${TITLE}” bị trả lại` });
  await expect(note).toContainText(`Hạn nộp lại: ${dmy(vnDay(3))}`);
  await note.getByRole('button').first().click();
  await expect(page).toHaveURL(new RegExp(`/reports/${reportOf(BLS)}$`));

  const returned = page.getByTestId('return-notice');
  await expect(returned).toContainText(REASON);
  await expect(returned).toContainText(`Hạn nộp lại: ${dmy(vnDay(3))}`);

  const editor = page.getByTestId('report-editor');
  const figure = editor.getByLabel('Số chương trình phát thanh, truyền hình');
  await figure.fill('2');
  await editor.getByLabel('Nội dung mục 4').fill('Đơn vị triển khai kịp thời. Khó khăn: thiếu phóng viên ở các huyện xa.');
  await expect(page.getByTestId('save-status')).toHaveText(/^Đã lưu lúc/);
  await page.getByTestId('submit-report').click();
  await expect(page.getByRole('dialog', { name: 'Gửi lại báo cáo?' })).toBeVisible();
  await page.getByTestId('submit-confirm').click();
  await expect(page.getByTestId('report-status')).toHaveText('Đã nộp, chờ xem xét');
});

test('staff compare the two versions and accept the report; it is locked', async ({ page, login }) => {
  await openRequestAsStaff(page, login);
  // Step 4: sent again, before the new deadline.
  await expect(statusRow(page, BLS).getByTestId('report-state')).toHaveText('Nộp đúng hạn');
  await expect(statusRow(page, BLS).getByTestId('versions')).toHaveText('2');
  await statusRow(page, BLS).getByRole('link').click();

  await expect(page.getByTestId('version-row')).toHaveCount(2);
  const compare = page.getByTestId('version-compare');
  await expect(compare.getByTestId('changed-figure')).toHaveCount(1);
  await expect(compare.getByTestId('changed-figure')).toContainText('Số chương trình phát thanh, truyền hình');
  await expect(compare.getByTestId('changed-figure').locator('ins')).toHaveText('2');
  await expect(compare.getByTestId('changed-section').locator('ins').first()).toContainText('Khó khăn');

  await page.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
  await page.getByRole('dialog', { name: 'Chấp nhận báo cáo' }).getByRole('button', { name: 'Chấp nhận báo cáo' }).click();
  await expect(page.getByTestId('report-status')).toHaveText('Đã chấp nhận');
  await expect(page.getByRole('button', { name: 'Trả lại', exact: true })).toHaveCount(0);

  // Step 5: accepted; its figures are in the consolidated view.
  await page.getByRole('link', { name: TITLE }).click();
  await expect(statusRow(page, BLS).getByTestId('report-state')).toHaveText('Đã chấp nhận');
  await expect(page.getByTestId('state-count-accepted')).toContainText('1');
  await page.getByRole('tab', { name: 'Tổng hợp số liệu' }).click();
  await expect(page.getByTestId('consolidated-counted')).toHaveText('Tổng hợp từ 1/13 báo cáo.');
  await expect(page.locator(`[data-testid="consolidated-unit"][data-unit="${BLS}"] [data-field="chuong_trinh"]`)).toHaveText('2');
});

test("the unit reads its accepted report and cannot open another unit's report", async ({ page, login, staffApi }) => {
  const { reportOf } = await ourRequest(staffApi);
  await login('baolangson', `/reports/${reportOf(BLS)}`);
  await expect(page.getByTestId('accepted-notice')).toBeVisible();
  await expect(page.getByTestId('report-editor')).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);

  await page.goto(`/reports/${reportOf('Đài Phát thanh và Truyền hình tỉnh')}`);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy báo cáo' })).toBeVisible();
  await expect(page.getByText('Đài Phát thanh và Truyền hình tỉnh')).toHaveCount(0);
});
