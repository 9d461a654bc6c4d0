import { expect, seedDirective, test } from '../fixtures';
import { bannerPng } from './support/make-png';

// Báo Lạng Sơn logs what it did for the Engels dispatch, with a photo, against two items of its
// task; it sees the activity in its history with the totals; the department sees it too.
test.describe.configure({ mode: 'serial' });

const TITLE = 'Treo băng rôn và đăng loạt bài kỷ niệm 200 năm Ngày sinh Ph. Ăng-ghen';

test('Báo Lạng Sơn logs an activity with a photo against two items of its task', async ({ page, login, staffApi }) => {
  const { taskOf } = await seedDirective(staffApi);
  const task = taskOf('Báo Lạng Sơn');
  await login('baolangson', `/tasks/${task.id}`);
  const section = page.getByRole('region', { name: /^Hoạt động \(\d+\)$/ });
  await expect(section.getByRole('heading', { name: 'Hoạt động (0)' })).toBeVisible();
  await section.getByRole('button', { name: 'Thêm hoạt động' }).click();

  const form = page.getByTestId('activity-form');
  // Nothing filled: told what is missing, before anything is sent.
  await form.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(form.getByText('Vui lòng chọn ít nhất một nội dung công việc.').first()).toBeVisible();
  await expect(form.getByText('Vui lòng chọn hình thức.').first()).toBeVisible();

  await form.getByRole('checkbox').nth(0).check();
  await form.getByRole('checkbox').nth(1).check();
  await form.getByLabel('Ngày thực hiện').fill('2020-11-25');
  await form.getByLabel('Đến ngày').fill('2020-11-28');
  await form.getByLabel('Hình thức', { exact: true }).selectOption({ label: 'Báo in' });
  await form.getByLabel('Tên hoạt động').fill(TITLE);
  await form.getByLabel('Mô tả').fill('Đăng 3 tin, bài trên trang 2 và treo băng rôn trước trụ sở báo.');
  await form.getByLabel('Số lượng').fill('3');
  await form.getByLabel('Đơn vị tính').fill('tin/bài');
  await form.getByLabel('Số người tiếp cận (ước tính)').fill('12000');
  await form.getByRole('button', { name: 'Thêm đường dẫn' }).click();
  await form.getByLabel('Đường dẫn 1', { exact: true }).fill('https://baolangson.vn/van-hoa/ang-ghen-200-nam');

  await form.getByLabel('Chọn tệp minh chứng').setInputFiles({ name: 'bang-ron-tru-so.png', mimeType: 'image/png', buffer: bannerPng() });
  const chip = form.getByRole('link', { name: /bang-ron-tru-so\.png/ });
  await expect(chip).toBeVisible();
  await form.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(form).toHaveCount(0);

  const card = section.getByTestId('activity-card').filter({ hasText: TITLE });
  await expect(card).toBeVisible();
  await expect(card).toContainText('25/11/2020 – 28/11/2020');
  await expect(card).toContainText('3 tin/bài');
  await expect(card).toContainText('12.000 người tiếp cận');
  await expect(card.getByRole('link', { name: 'https://baolangson.vn/van-hoa/ang-ghen-200-nam' })).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Hoạt động (1)' })).toBeVisible();
  // Two items: both listed on the card.
  await expect(card.getByRole('list', { name: 'Thực hiện 2 nội dung:' }).getByRole('listitem')).toHaveCount(2);

  // The photo is there, as a thumbnail and as a download with its name.
  const photo = card.getByRole('link', { name: /bang-ron-tru-so\.png/ });
  await expect(photo.locator('img')).toHaveJSProperty('naturalWidth', 96);
  const href = await photo.getAttribute('href');
  const download = await page.request.get(href as string);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('image/png');
  expect(download.headers()['content-disposition']).toContain('bang-ron-tru-so.png');

  // Totals of the task.
  const totals = section.getByTestId('activity-totals');
  await expect(totals.getByTestId('total-activities')).toHaveText('1');
  await expect(totals.getByTestId('total-reach')).toHaveText('12.000');
  const row = totals.locator('[data-testid="total-row"][data-form="bao_in"]');
  await expect(row.getByTestId('total-count')).toHaveText('1');
  await expect(row).toContainText('3 tin/bài');

  // It survives a reload: the server has it.
  await page.reload();
  await expect(page.getByTestId('activity-card').filter({ hasText: TITLE })).toBeVisible();
});

test('Báo Lạng Sơn sees the activity in its history with the totals per form', async ({ page, login }) => {
  await login('baolangson', '/tasks');
  await page.getByRole('link', { name: 'Hoạt động', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Hoạt động của đơn vị', level: 1 })).toBeVisible();
  const row = page.getByTestId('activity-row').filter({ hasText: TITLE });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Báo in');
  await expect(row).toContainText('3 tin/bài');
  await expect(page.getByTestId('activity-row')).toHaveCount(1);
  await expect(page.getByTestId('total-activities')).toHaveText('1');
  await expect(page.getByTestId('activity-chart')).toContainText('Báo in');

  // Filters: another form hides it, the period that holds it shows it.
  await page.getByLabel('Hình thức', { exact: true }).selectOption({ label: 'Truyền hình' });
  await expect(page.getByText('Không có hoạt động nào phù hợp bộ lọc.')).toBeVisible();
  await expect(page.getByTestId('total-activities')).toHaveText('0');
  await page.getByLabel('Hình thức', { exact: true }).selectOption({ label: 'Tất cả hình thức' });
  await page.getByLabel('Từ ngày', { exact: true }).fill('2020-11-26');
  await page.getByLabel('Đến ngày', { exact: true }).fill('2020-11-30');
  await expect(page.getByTestId('activity-row')).toHaveCount(1);
  await expect(page).toHaveURL(/from=2020-11-26/);
  await page.getByLabel('Từ ngày', { exact: true }).fill('2020-12-01');
  await page.getByLabel('Đến ngày', { exact: true }).fill('2020-12-31');
  await expect(page.getByTestId('activity-row')).toHaveCount(0);
});

test('the department sees it among every unit’s activities', async ({ page, login }) => {
  await login('staff', '/activities');
  await expect(page.getByRole('heading', { name: 'Hoạt động của các đơn vị', level: 1 })).toBeVisible();
  const row = page.getByTestId('activity-row').filter({ hasText: TITLE });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('link', { name: /bang-ron-tru-so\.png/ })).toBeVisible();
  const baoIn = page.locator('[data-testid="total-row"][data-form="bao_in"]');
  await expect(baoIn.getByTestId('total-count')).toHaveText('1');

  // From the row to the unit's task, read-only for staff, the activity listed there.
  await row.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(/\/tasks\/\d+$/);
  const card = page.getByTestId('activity-card').filter({ hasText: TITLE });
  await expect(card).toBeVisible();
  await expect(card.getByRole('button', { name: 'Sửa' })).toHaveCount(0);
});
