import type { Page } from '@playwright/test';
import { expect, seedDirective, test } from '../fixtures';

// (a) changes Bình Gia's task; the others read the seed's Tràng Định delegation.
test.describe.configure({ mode: 'serial' });

type TaskRow = { id: number; directive: { id: number }; unit: { name: string } };

/** The signed-in unit user's task for the seed directive. */
async function ownSeedTask(page: Page, directiveId: number): Promise<TaskRow> {
  const res = await page.request.get('/api/tasks?filter=all');
  expect(res.status()).toBe(200);
  const { items } = (await res.json()) as { items: TaskRow[] };
  const task = items.find((t) => t.directive.id === directiveId);
  if (!task) throw new Error('no task for the seed directive');
  return task;
}

test('Bình Gia office passes two items to its Trung tâm and all its commune stations', async ({ page, login, staffApi }) => {
  const { directive } = await seedDirective(staffApi);
  await login('vhtt.binhgia');
  const task = await ownSeedTask(page, directive.id);
  await page.goto(`/tasks/${task.id}`);

  await expect(page.getByTestId('rollup')).toHaveCount(0);
  await page.getByTestId('delegate-button').click();
  const dialog = page.getByRole('dialog', { name: 'Giao lại cho đơn vị cấp dưới' });
  await expect(dialog).toBeVisible();

  // Nothing chosen: the form says so instead of sending.
  await dialog.getByRole('button', { name: /^Giao cho/ }).click();
  await expect(dialog.getByText('Vui lòng chọn ít nhất một nội dung để giao.')).toBeVisible();

  const items = dialog.locator('.delegate-items .check-list input[type="checkbox"]');
  await items.nth(0).check();
  await items.nth(1).check();

  const centre = dialog.getByTestId('target-group-district_culture_centre');
  const stations = dialog.getByTestId('target-group-commune_radio');
  await centre.getByLabel('Chọn tất cả').check();
  await stations.getByLabel('Chọn tất cả').check();
  const stationCount = await stations.locator('.check-list input').count();
  const centreCount = await centre.locator('.check-list input').count();
  expect(stationCount).toBeGreaterThan(0);
  expect(centreCount).toBe(1);
  const total = stationCount + centreCount;

  await dialog.getByLabel('Ghi chú cho đơn vị nhận').fill('Đề nghị các đơn vị tuyên truyền, báo cáo trước ngày 30/11.');
  await dialog.getByRole('button', { name: `Giao cho ${total} đơn vị` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Đã giao: ${total} đơn vị mới` })).toBeVisible();

  const rollup = page.getByTestId('rollup');
  await expect(rollup.getByRole('heading', { name: 'Tiến độ đơn vị cấp dưới' })).toBeVisible();
  await expect(rollup.getByTestId('subtask-row')).toHaveCount(total);
  await expect(rollup.getByTestId('subtask-row').filter({ hasText: 'Bình Gia' }).first()).toBeVisible();
  await expect(page.getByTestId('delegated-badge').filter({ hasText: `0/${total} đơn vị cấp dưới đã xong` }).first()).toBeVisible();

  // Opening the dialog again shows what each unit already holds.
  await page.getByTestId('delegate-button').click();
  await expect(dialog.getByText('đã nhận 2 nội dung').first()).toBeVisible();
});

test("Tràng Định office sees the roll-up of its 23 sub-units and their activities", async ({ page, login, staffApi }) => {
  const { directive } = await seedDirective(staffApi);
  await login('vhtt.trangdinh');
  const task = await ownSeedTask(page, directive.id);
  await page.goto(`/tasks/${task.id}`);

  const rollup = page.getByTestId('rollup');
  await expect(rollup.getByTestId('subtask-row')).toHaveCount(23);
  const withActivities = rollup.getByTestId('subtask-row').filter({ has: page.getByTestId('subtask-activities').filter({ hasText: /^[1-9]/ }) });
  await expect(withActivities).toHaveCount(2);
  await expect(withActivities.filter({ hasText: 'Thất Khê' }).getByTestId('subtask-activities')).toHaveText('1');
  await expect(rollup.getByTestId('rollup-summary')).toContainText('23 đơn vị · 2 đã nhận');
  // Thất Khê finished item 2.1: one of 23 is done.
  await expect(page.getByTestId('delegated-badge').filter({ hasText: '1/23 đơn vị cấp dưới đã xong' }).first()).toBeVisible();
});

test("Thất Khê's station sees its sub-task with the banner, not the office's task", async ({ page, login, signIn, staffApi }) => {
  const { directive } = await seedDirective(staffApi);
  await signIn('vhtt.trangdinh');
  const parent = await ownSeedTask(page, directive.id);
  await page.request.post('/api/auth/logout');

  await login('dtt.thatkhe');
  await expect(page.getByTestId('task-row')).toHaveCount(1);
  await page.getByTestId('task-row').getByRole('link').click();
  await expect(page).toHaveURL(/\/tasks\/\d+$/);
  await expect(page.getByTestId('delegation-banner')).toContainText('Được giao lại từ');
  await expect(page.getByTestId('delegation-banner')).toContainText('Đề nghị Trung tâm VHTTTT huyện');
  await expect(page.getByTestId('delegate-button')).toHaveCount(0);

  await page.goto(`/tasks/${parent.id}`);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy nhiệm vụ' })).toBeVisible();
});

test("staff opening Tràng Định's task see the roll-up too", async ({ page, login, signIn, staffApi }) => {
  const { directive } = await seedDirective(staffApi);
  await signIn('vhtt.trangdinh');
  const task = await ownSeedTask(page, directive.id);
  await page.request.post('/api/auth/logout');

  await login('staff', `/tasks/${task.id}`);
  const rollup = page.getByTestId('rollup');
  await expect(rollup.getByTestId('subtask-row')).toHaveCount(23);
  await expect(page.getByTestId('delegate-button')).toHaveCount(0);
  await rollup.getByTestId('subtask-row').filter({ hasText: 'Thất Khê' }).getByRole('link').click();
  await expect(page.getByTestId('delegation-banner')).toBeVisible();
});
