import type { APIRequest, Locator, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, seedDirective, test } from '../fixtures';
import { bannerPng } from './support/make-png';

// The issue's story, end to end: Tràng Định's office passes one more item to Thất Khê's commune
// station; the station logs a photo-backed activity against it; the office and the department
// see it rolled up.
//
// The seed already has the station holding items 1.1, 2.1 and 3.1 (one activity, 2.1 done), and
// delegation.spec.ts counts that roll-up. This file uses item 2.3, which nothing else passes on,
// and a form no other test logs ("Văn nghệ cổ động"), so its counts do not depend on the order
// the files run in. At the end the activity is deleted again, so the roll-up delegation.spec.ts
// reads (Thất Khê: 1 activity) holds whichever file runs first.
test.describe.configure({ mode: 'serial' });

const ITEM = 'Tuyên truyền các tác phẩm kinh điển của Ph.Ăng-ghen';
const STATION = 'Đài Truyền thanh thị trấn Thất Khê';
const TITLE = 'Chương trình văn nghệ cổ động kỷ niệm 200 năm Ngày sinh Ph.Ăng-ghen tại thị trấn Thất Khê';
const PHOTO = 'van-nghe-that-khe.png';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

type TaskRow = { id: number; directive: { id: number } };

/** A name as a pattern that matches it anywhere in an accessible name. */
const containing = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The task of `username`'s unit for the seed directive: the office's own, or the station's sub-task. */
async function seedTaskOf(request: APIRequest, baseURL: string | undefined, username: string, directiveId: number) {
  const api = await request.newContext({ baseURL });
  expect((await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } })).status()).toBe(200);
  const { items } = (await (await api.get('/api/tasks?filter=all')).json()) as { items: TaskRow[] };
  await api.dispose();
  const task = items.find((t) => t.directive.id === directiveId);
  if (!task) throw new Error(`${username}: no task for the seed directive`);
  return task.id;
}

/** The image behind an evidence link, fetched with the page's session: it must be a PNG. */
async function expectPhoto(page: Page, link: Locator) {
  await expect(link.locator('img')).toHaveJSProperty('naturalWidth', 96);
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/api\/evidence\/\d+$/);
  const res = await page.request.get(href as string);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  expect([...(await res.body()).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
}

let officeTaskId: number;
let stationTaskId: number;

test.beforeAll(async ({ playwright, baseURL }) => {
  const staff = await playwright.request.newContext({ baseURL });
  expect((await staff.post('/api/auth/login', { data: { username: 'staff', password: DEMO_PASSWORD } })).status()).toBe(200);
  const { directive } = await seedDirective(staff);
  await staff.dispose();
  officeTaskId = await seedTaskOf(playwright.request, baseURL, 'vhtt.trangdinh', directive.id);
  stationTaskId = await seedTaskOf(playwright.request, baseURL, 'dtt.thatkhe', directive.id);
});

test('Tràng Định office passes item 2.3 to Thất Khê’s station through the dialog', async ({ page, login }) => {
  await login('vhtt.trangdinh', `/tasks/${officeTaskId}`);
  const rollup = page.getByTestId('rollup');
  await expect(rollup.getByTestId('subtask-row')).toHaveCount(23);
  // Nobody holds the item yet.
  await expect(rollup.getByRole('listitem').filter({ hasText: ITEM })).toHaveCount(0);

  await page.getByTestId('delegate-button').click();
  const dialog = page.getByRole('dialog', { name: 'Giao lại cho đơn vị cấp dưới' });
  await dialog.locator('.delegate-items').getByLabel(ITEM).check();
  const station = dialog.getByTestId('target-group-commune_radio').getByLabel(STATION);
  // What the station already holds is shown next to it.
  await expect(dialog.getByTestId('target-group-commune_radio').getByText(`${STATION} · đã nhận 3 nội dung`)).toBeVisible();
  await station.check();
  // No note and no deadline: the station keeps the instruction it was given with its first items.
  await dialog.getByRole('button', { name: 'Giao cho 1 đơn vị' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Đã giao: 0 đơn vị mới, 1 đơn vị được bổ sung nội dung, 0 đơn vị đã có đủ.' })).toBeVisible();

  const item = rollup.getByRole('listitem').filter({ hasText: ITEM });
  await expect(item.getByTestId('delegated-badge')).toHaveText('0/1 đơn vị cấp dưới đã xong');
  await expect(rollup.getByTestId('subtask-row')).toHaveCount(23);
  await expect(rollup.getByTestId('subtask-row').filter({ hasText: STATION }).getByTestId('subtask-activities')).toHaveText('1');
});

test('Thất Khê’s station finds the new item in its sub-task, finishes it and logs an activity with a photo', async ({ page, login }) => {
  await login('dtt.thatkhe');
  const row = page.getByTestId('task-row');
  await expect(row).toHaveCount(1);
  // Three items from the seed (2.1 done) and the one just passed on.
  await expect(row.getByTestId('task-progress')).toHaveText('1/4');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${stationTaskId}$`));

  const banner = page.getByTestId('delegation-banner');
  await expect(banner).toContainText('Được giao lại từ');
  await expect(banner).toContainText('Đề nghị Trung tâm VHTTTT huyện');
  // The station acknowledged the sub-task when it first got it (seed): receipt stays on record.
  await expect(page.getByText(/^Đã nhận lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await expect(page.getByTestId('ack-button')).toHaveCount(0);

  const card = page.locator('[data-testid^="item-"]').filter({ hasText: ITEM });
  await expect(card).toHaveCount(1);
  await card.getByLabel('Tình trạng').selectOption({ label: 'Hoàn thành' });
  await card.getByLabel('Ghi chú kết quả').fill('Đã tổ chức 1 buổi văn nghệ cổ động tại sân vận động thị trấn.');
  await card.getByRole('button', { name: 'Lưu' }).click();
  await expect(card.getByText('Đã lưu')).toBeVisible();
  await expect(page.getByTestId('task-progress')).toHaveText('2/4');

  const section = page.getByRole('region', { name: /^Hoạt động \(\d+\)$/ });
  await expect(section.getByRole('heading', { name: 'Hoạt động (1)' })).toBeVisible();
  await section.getByRole('button', { name: 'Thêm hoạt động' }).click();
  const form = page.getByTestId('activity-form');
  await form.getByRole('checkbox', { name: containing(ITEM) }).check();
  await form.getByLabel('Ngày thực hiện').fill('2020-11-27');
  await form.getByLabel('Hình thức', { exact: true }).selectOption({ label: 'Văn nghệ cổ động' });
  await form.getByLabel('Tên hoạt động').fill(TITLE);
  await form.getByLabel('Mô tả').fill('Biểu diễn 8 tiết mục ca, múa, nhạc ca ngợi Đảng, Bác Hồ và quê hương Tràng Định.');
  await form.getByLabel('Số lượng').fill('1');
  await form.getByLabel('Đơn vị tính').fill('buổi');
  await form.getByLabel('Số người tiếp cận (ước tính)').fill('800');

  // Held back a moment so the upload's progress can be seen, then let through.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/evidence', async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue();
  });
  await form.getByLabel('Chọn tệp minh chứng').setInputFiles({ name: PHOTO, mimeType: 'image/png', buffer: bannerPng() });
  const progress = form.getByRole('progressbar', { name: `Tiến độ tải lên ${PHOTO}` });
  await expect(progress).toBeVisible();
  await expect(form.getByText(`Đang tải lên ${PHOTO}`)).toBeVisible();
  release();
  await expect(progress).toHaveCount(0);
  await page.unroute('**/api/evidence');
  const chip = form.getByRole('link', { name: containing(PHOTO) });
  await expect(chip).toBeVisible();
  await expect(chip.locator('img')).toHaveJSProperty('naturalWidth', 96);
  await expect(form.getByRole('alert')).toHaveCount(0);

  await form.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(form).toHaveCount(0);
  const activity = section.getByTestId('activity-card').filter({ hasText: TITLE });
  await expect(activity).toBeVisible();
  await expect(activity).toContainText('27/11/2020');
  await expect(activity).toContainText('1 buổi');
  await expect(activity).toContainText('800 người tiếp cận');
  await expect(activity.getByRole('list', { name: 'Thực hiện 1 nội dung:' })).toContainText(ITEM);
  await expectPhoto(page, activity.getByRole('link', { name: containing(PHOTO) }));
  await expect(section.getByRole('heading', { name: 'Hoạt động (2)' })).toBeVisible();
});

test('the office sees the station’s progress, the activity and its photo rolled up', async ({ page, login }) => {
  await login('vhtt.trangdinh', `/tasks/${officeTaskId}`);
  const rollup = page.getByTestId('rollup');
  const station = rollup.getByTestId('subtask-row').filter({ hasText: STATION });
  await expect(station.getByTestId('subtask-activities')).toHaveText('2');
  await expect(station.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
  await expect(station).toContainText('2/4');
  // The seed's two activities (Trung tâm, Thất Khê) and this one.
  await expect(rollup.getByTestId('rollup-summary')).toContainText('23 đơn vị · 2 đã nhận');
  await expect(rollup.getByTestId('rollup-summary')).toContainText('3 hoạt động');
  const item = rollup.getByRole('listitem').filter({ hasText: ITEM });
  await expect(item.getByTestId('delegated-badge')).toHaveText('1/1 đơn vị cấp dưới đã xong');
  await expect(item).toContainText('1 hoạt động');

  // The office's history counts its sub-units' work: the activity, its photo, the totals.
  await page.goto('/activities');
  await expect(page.getByRole('heading', { name: 'Hoạt động của đơn vị', level: 1 })).toBeVisible();
  await expect(page.getByTestId('activity-row')).toHaveCount(3);
  await expect(page.getByTestId('total-activities')).toHaveText('3');
  const row = page.getByTestId('activity-row').filter({ hasText: TITLE });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Văn nghệ cổ động');
  await expectPhoto(page, row.getByRole('link', { name: containing(PHOTO) }));
  const vanNghe = page.locator('[data-testid="total-row"][data-form="van_nghe"]');
  await expect(vanNghe.getByTestId('total-count')).toHaveText('1');
  await expect(vanNghe).toContainText('1 buổi');
  await expect(vanNghe).toContainText('800');
  await expect(page.getByTestId('activity-chart')).toContainText('Văn nghệ cổ động');
});

test('the department sees the activity in every unit’s history and in the counts', async ({ page, login }) => {
  await login('staff', '/activities');
  await expect(page.getByRole('heading', { name: 'Hoạt động của các đơn vị', level: 1 })).toBeVisible();
  const row = page.getByTestId('activity-row').filter({ hasText: TITLE });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Đài TT Thất Khê');
  await expectPhoto(page, row.getByRole('link', { name: containing(PHOTO) }));
  const vanNghe = page.locator('[data-testid="total-row"][data-form="van_nghe"]');
  await expect(vanNghe.getByTestId('total-count')).toHaveText('1');
  await expect(vanNghe).toContainText('800');

  // Narrowed to the form, the list and the headline count agree.
  await page.getByLabel('Hình thức', { exact: true }).selectOption({ label: 'Văn nghệ cổ động' });
  await expect(page.getByTestId('activity-row')).toHaveCount(1);
  await expect(page.getByTestId('total-activities')).toHaveText('1');
  await expect(page.getByTestId('total-reach')).toHaveText('800');

  // The office's task, as staff follow it up: the same roll-up.
  await row.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${stationTaskId}$`));
  await page.goto(`/tasks/${officeTaskId}`);
  const rollup = page.getByTestId('rollup');
  await expect(rollup.getByTestId('subtask-row').filter({ hasText: STATION }).getByTestId('subtask-activities')).toHaveText('2');
  await expect(rollup.getByTestId('rollup-summary')).toContainText('3 hoạt động');
});

// Undo the activity (a soft delete, as the station would): the roll-up other files count is the seed's again.
test.afterAll(async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  await api.post('/api/auth/login', { data: { username: 'dtt.thatkhe', password: DEMO_PASSWORD } });
  const list = (await (await api.get(`/api/tasks/${stationTaskId}/activities`)).json()) as { items: { id: number; title: string; version: number }[] };
  for (const a of list.items.filter((x) => x.title === TITLE)) {
    expect((await api.delete(`/api/activities/${a.id}?version=${a.version}`)).status()).toBe(204);
  }
  await api.dispose();
});
