import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { dispatchHtml } from './support/dispatch-html';
import { dispatchDocx } from './support/make-docx';

// Staff receive the November 2020 dispatch as a Word file and as a PDF print and import it;
// the demo data already holds the same dispatch, so the duplicate warning shows.

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A short dispatch typed by hand: one phrase the directory cannot settle alone, one it does not know. */
const PASTED = [
  'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
  'Số: 12/STTTT-TTBCXB',
  'Lạng Sơn, ngày 02 tháng 12 năm 2020',
  'V/v thử nghiệm nhập văn bản có cụm từ chưa rõ',
  '',
  'Kính gửi:',
  '- Báo Lạng Sơn;',
  '- Phòng Văn hóa và Thông tin;',
  '- Ủy ban MTTQ tỉnh.',
  '',
  'Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị:',
  '',
  '1. Đăng tải tin, bài về chuyển đổi số.',
  '',
  '2. Treo băng rôn tại trụ sở trước ngày 15/12/2020.',
  '',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
].join('\n');

let dir: string;
const file = (name: string) => path.join(dir, name);

test.beforeAll(async ({ browser }) => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-intake-'));
  fs.writeFileSync(file('cv-tuyen-truyen-ang-ghen.docx'), await dispatchDocx());
  const page = await browser.newPage();
  await page.setContent(dispatchHtml(), { waitUntil: 'load' });
  fs.writeFileSync(file('cv-tuyen-truyen-ang-ghen.pdf'), await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.close();
  // A picture renamed to look like a PDF.
  fs.writeFileSync(file('anh-chup-cong-van.pdf'), Buffer.from(PNG_1PX, 'base64'));
});

test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const directiveCount = async (api: APIRequestContext) =>
  ((await (await api.get('/api/directives')).json()) as { items: unknown[] }).items.length;

/** Báo Lạng Sơn 5 items, Đài PT-TH 5, each of the 11 Phòng VH-TT 6, Trung tâm CNTT&TT 1 (đăng tải). */
async function expectFourteenTasks(page: Page) {
  const preview = page.getByRole('region', { name: 'Nhiệm vụ sẽ tạo' });
  await expect(preview.getByTestId('preview-summary')).toHaveText('Ban hành sẽ tạo 14 nhiệm vụ với tổng cộng 77 nội dung.');
  const task = (unit: string) => preview.locator(`[data-testid="preview-task"][data-unit="${unit}"]`);
  await expect(preview.getByTestId('preview-task')).toHaveCount(14);
  await expect(task('Báo Lạng Sơn')).toHaveAttribute('data-items', '5');
  await expect(task('Đài Phát thanh và Truyền hình tỉnh')).toHaveAttribute('data-items', '5');
  await expect(task('Trung tâm Công nghệ thông tin và Truyền thông')).toHaveAttribute('data-items', '1');
  const offices = preview.locator('[data-testid="preview-task"][data-unit^="Phòng Văn hóa và Thông tin"]');
  await expect(offices).toHaveCount(11);
  for (const office of await offices.all()) await expect(office).toHaveAttribute('data-items', '6');
  await expect(page.getByTestId('intake-count')).toHaveText('Sẽ tạo 14 nhiệm vụ, 77 nội dung');
}

async function upload(page: Page, name: string) {
  await page.getByLabel('Chọn tệp').setInputFiles(file(name));
}

test('the .docx dispatch: 14 tasks previewed, duplicate flagged, published, Báo Lạng Sơn sees its 5 items', async ({
  page,
  login,
  staffApi,
}) => {
  await login('staff', '/directives');
  await page.getByRole('link', { name: 'Nhập từ văn bản' }).click();
  await expect(page).toHaveURL(/\/directives\/import$/);
  await expect(page.getByRole('heading', { name: 'Nhập văn bản', level: 1 })).toBeVisible();

  await upload(page, 'cv-tuyen-truyen-ang-ghen.docx');
  const source = page.getByRole('region', { name: 'Văn bản gốc' });
  await expect(source).toContainText('cv-tuyen-truyen-ang-ghen.docx');
  await expect(source).toContainText('Tệp Word .docx');
  await expect(source.getByLabel('Nội dung văn bản gốc')).toContainText('Kính gửi');

  // The same dispatch is in the demo data.
  const duplicates = page.getByTestId('intake-duplicates');
  await expect(duplicates).toContainText('Có thể trùng với văn bản');
  await expect(duplicates.getByRole('link', { name: /Ăng-ghen/ }).first()).toBeVisible();

  // Every recipient phrase found its unit or group.
  const resolution = page.getByTestId('resolution-panel');
  await expect(resolution.getByRole('heading', { name: 'Khớp đơn vị' })).toBeVisible();
  const recipient = (phrase: string) => resolution.getByTestId('resolution-row').filter({ hasText: phrase }).first();
  await expect(recipient('Báo Lạng Sơn')).toContainText('Đã khớp');
  await expect(recipient('Phòng Văn hóa và Thông tin các huyện, thành phố')).toContainText('Đã khớp');

  // The form is the directive form, filled in.
  await expect(page.getByLabel('Trích yếu (V/v)')).toHaveValue(/Ph\.Ăng-ghen/);
  await expect(page.getByLabel('Họ tên')).toHaveValue('Lê Hải Yến');

  await expectFourteenTasks(page);

  await page.getByRole('button', { name: 'Ban hành' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành văn bản?' });
  await expect(dialog).toContainText('Ban hành sẽ tạo 14 nhiệm vụ');
  await dialog.getByRole('button', { name: 'Ban hành' }).click();

  await expect(page).toHaveURL(/\/directives\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ăng-ghen');
  await expect(page.getByText('Đã ban hành').first()).toBeVisible();
  await expect(page.getByTestId('task-row')).toHaveCount(14);
  await expect(page.getByRole('link', { name: 'cv-tuyen-truyen-ang-ghen.docx (tải về)' })).toBeVisible();

  const directiveId = Number(/\/directives\/(\d+)$/.exec(page.url())?.[1]);
  const tasks = (await (await staffApi.get(`/api/directives/${directiveId}/tasks`)).json()) as {
    items: { id: number; unit: { name: string } }[];
  };
  const taskId = tasks.items.find((t) => t.unit.name === 'Báo Lạng Sơn')?.id;
  expect(taskId).toBeDefined();

  await page.context().clearCookies();
  await login('baolangson', '/tasks');
  const row = page.getByTestId('task-row').filter({ has: page.locator(`a[href="/tasks/${taskId}"]`) });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('task-progress')).toHaveText('0/5');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${taskId}$`));
  await expect(page.locator('[data-testid^="item-"]')).toHaveCount(5);
});

test('the .pdf dispatch: 14 tasks previewed, saved as a draft, the original downloads', async ({ page, login, staffApi }) => {
  await login('staff', '/directives/import');
  await upload(page, 'cv-tuyen-truyen-ang-ghen.pdf');
  await expect(page.getByRole('region', { name: 'Văn bản gốc' })).toContainText('Tệp PDF');
  await expect(page.getByTestId('intake-duplicates')).toContainText('Có thể trùng với văn bản');
  await expectFourteenTasks(page);

  await expect(page.getByText('Tệp gốc tải về được sau khi lưu nháp.')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText(/Đã lưu nháp lúc/)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải tệp gốc' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('cv-tuyen-truyen-ang-ghen.pdf');
  const saved = await download.path();
  expect(fs.readFileSync(saved).equals(fs.readFileSync(file('cv-tuyen-truyen-ang-ghen.pdf')))).toBe(true);

  // The draft keeps its original, and its page offers it too.
  await page.getByRole('link', { name: 'Mở bản nháp' }).click();
  await expect(page).toHaveURL(/\/directives\/\d+$/);
  await expect(page.getByText('Bản nháp').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'cv-tuyen-truyen-ang-ghen.pdf (tải về)' })).toBeVisible();
  const id = Number(/\/directives\/(\d+)$/.exec(page.url())?.[1]);
  const draft = (await (await staffApi.get(`/api/directives/${id}`)).json()) as { status: string; source: { name: string; kind: string } | null };
  expect(draft.status).toBe('draft');
  expect(draft.source).toMatchObject({ name: 'cv-tuyen-truyen-ang-ghen.pdf', kind: 'pdf' });
});

test('a picture renamed .pdf is refused with a Vietnamese explanation, and nothing is created', async ({ page, login, staffApi }) => {
  const before = await directiveCount(staffApi);
  await login('staff', '/directives/import');
  await upload(page, 'anh-chup-cong-van.pdf');

  const error = page.getByTestId('intake-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('Không nhận được tệp "anh-chup-cong-van.pdf"');
  // The server's own words say what to do; they are Vietnamese.
  await expect(error).toContainText(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  await expect(page.getByRole('region', { name: 'Văn bản gốc' })).toHaveCount(0);
  await expect(page.getByLabel('Nội dung văn bản')).toBeVisible();
  expect(await directiveCount(staffApi)).toBe(before);
});

test('pasted text: an ambiguous phrase is settled with the picker, candidates first, and the tasks follow', async ({ page, login }) => {
  await login('staff', '/directives/import');
  await page.getByLabel('Nội dung văn bản').fill(PASTED);
  await page.getByRole('button', { name: 'Phân tích văn bản' }).click();

  const rows = page.getByTestId('resolution-row');
  const office = rows.filter({ hasText: 'Phòng Văn hóa và Thông tin' });
  await expect(office).toHaveAttribute('data-status', 'ambiguous');
  await expect(office).toContainText('Nhiều khả năng');
  await expect(rows.filter({ hasText: 'Ủy ban MTTQ tỉnh' })).toContainText('Chưa khớp');
  await expect(rows.filter({ hasText: 'Báo Lạng Sơn' }).first()).toContainText('theo tên');
  // Only Báo Lạng Sơn can be given a task yet; the preview says what is missing.
  await expect(page.getByTestId('preview-summary')).toHaveText('Ban hành sẽ tạo 1 nhiệm vụ với tổng cộng 2 nội dung.');

  await office.getByRole('combobox').click();
  await expect(page.getByRole('option').first()).toContainText('Gợi ý');
  await page.getByRole('option', { name: /Phòng Văn hóa và Thông tin huyện Tràng Định/ }).click();
  await expect(office).toHaveAttribute('data-status', 'picked');
  await expect(office).toContainText('Đã chọn');
  await expect(office).toContainText('Phòng Văn hóa và Thông tin huyện Tràng Định');

  // The pick is in the form too (the recipients keep the document's wording) and in the live preview.
  const recipients = page.getByRole('group', { name: 'Kính gửi' });
  await expect(recipients.getByRole('listitem').filter({ hasText: 'Phòng Văn hóa và Thông tin' })).toContainText('Đơn vị');
  await expect(page.getByTestId('preview-summary')).toHaveText('Ban hành sẽ tạo 2 nhiệm vụ với tổng cộng 4 nội dung.');
  await expect(page.locator('[data-testid="preview-task"][data-unit="Phòng Văn hóa và Thông tin huyện Tràng Định"]')).toHaveCount(1);
});
