import { expect, seedDirective, test } from '../fixtures';

// The directory over time. The 2025 reform is only previewed, never applied: the whole run shares
// one database and the specs after this one need the 2020 directory. The rename is of Đình Lập's
// culture office, which no other spec uses (delegation and the screenshots use Tràng Định, Bình
// Gia and Thất Khê); the screenshots then show the seed directive with the office's old name.
test.describe.configure({ mode: 'serial' });

const OLD_NAME = 'Phòng Văn hóa và Thông tin huyện Đình Lập';
const NEW_NAME = 'Phòng Văn hóa - Xã hội huyện Đình Lập';
const BASIS = 'Quyết định số 215/QĐ-UBND ngày 20/02/2025';

test('the admin previews the 2025 reform and hands the abolished district units’ open tasks to a successor', async ({ page, login }) => {
  await login('admin', '/units');
  await page.getByRole('link', { name: 'Nhập thay đổi danh mục' }).click();
  await expect(page.getByRole('heading', { name: 'Nhập thay đổi danh mục', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tải tệp mẫu CSV' })).toHaveAttribute('href', '/api/org-changes/template.csv');

  await page.getByRole('button', { name: 'Dùng mẫu: Sắp xếp đơn vị hành chính 2025 (NQ 1672/NQ-UBTVQH15)' }).click();
  await expect(page.getByTestId('org-change-basis')).toContainText('1672/NQ-UBTVQH15');
  await expect(page.getByTestId('figure-communes')).toContainText('65');
  await expect(page.getByTestId('figure-found')).toContainText('194/194');
  await expect(page.getByTestId('commune')).toHaveCount(65);
  await expect(page.getByTestId('org-problems')).toHaveCount(0);

  // The district level ends the same day: its units' open tasks wait for a successor.
  const apply = page.getByRole('button', { name: 'Áp dụng thay đổi' });
  await expect(page.getByTestId('org-missing')).toBeVisible();
  await expect(apply).toBeDisabled();
  await page.getByRole('button', { name: 'Chọn đơn vị nhận nhiệm vụ' }).click();
  await expect(page.getByRole('tab', { name: /^Nhiệm vụ chuyển giao/ })).toHaveAttribute('aria-selected', 'true');
  const waiting = page.getByTestId('move-group').filter({ hasText: 'Phòng Văn hóa và Thông tin huyện Tràng Định' });
  await expect(waiting.getByRole('combobox').first()).toHaveValue('');
  const choices = Number((await page.getByTestId('figure-choices').locator('dd').innerText()).trim());
  expect(choices).toBeGreaterThanOrEqual(11);

  // One choice for all of them: a unit the change itself creates.
  await page.getByTestId('move-bulk-all').selectOption({ label: 'Ủy ban nhân dân xã Thất Khê' });
  await expect(page.getByTestId('figure-choices').locator('dd')).toHaveText('0');
  await expect(page.getByTestId('org-missing')).toHaveCount(0);
  await expect(page.getByTestId('org-apply-status')).toHaveText('Sẵn sàng áp dụng.');
  await expect(apply).toBeEnabled();

  // The confirmation states the figures; cancelling leaves the directory as it was.
  await apply.click();
  const dialog = page.getByRole('dialog', { name: 'Áp dụng thay đổi danh mục?' });
  await expect(dialog.getByTestId('apply-figures')).toContainText('65 xã, phường mới');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  const changes = await page.request.get('/api/org-changes');
  expect(((await changes.json()) as { items: unknown[] }).items).toHaveLength(0);
});

test('the admin renames a unit; a directive dated before still shows its old name', async ({ page, login, staffApi }) => {
  await login('admin', '/units');
  await page.getByLabel('Tìm đơn vị').fill('Đình Lập');
  const row = page.getByRole('row', { name: new RegExp(OLD_NAME) });
  await row.getByRole('button', { name: 'Đổi tên' }).click();

  const dialog = page.getByRole('dialog', { name: 'Đổi tên đơn vị' });
  await expect(dialog.getByText(`Tên hiện tại: ${OLD_NAME}`)).toBeVisible();
  await dialog.getByLabel('Tên mới').fill(NEW_NAME);
  await dialog.getByLabel('Tên viết tắt mới').fill('Phòng VH-XH Đình Lập');
  await dialog.getByLabel('Ngày hiệu lực').fill('2025-03-01');
  // The legal basis is required: without it the button stays disabled.
  await expect(dialog.getByRole('button', { name: 'Đổi tên' })).toBeDisabled();
  await dialog.getByLabel('Căn cứ pháp lý').fill(BASIS);
  await dialog.getByRole('button', { name: 'Đổi tên' }).click();
  await expect(dialog).toBeHidden();

  // The directory shows the new name; the unit's history keeps the old one.
  const renamed = page.getByRole('row', { name: new RegExp(NEW_NAME) });
  await expect(renamed).toBeVisible();
  await renamed.getByRole('button', { name: 'Lịch sử' }).click();
  const history = page.getByRole('dialog', { name: 'Lịch sử đơn vị' });
  await expect(history.getByTestId('former-name')).toHaveText([`${OLD_NAME} (dùng đến trước 01/03/2025)`]);
  await expect(history.getByText(`Căn cứ: ${BASIS}`)).toBeVisible();
  await history.getByRole('button', { name: 'Đóng' }).click();

  await page.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
  const event = page.getByTestId('unit-event').filter({ hasText: BASIS });
  await expect(event).toHaveCount(1);
  await expect(event).toContainText('Đổi tên');
  await expect(event).toContainText('01/03/2025');
  // Each side under the name it had: old → new.
  await expect(event.getByRole('list')).toHaveText([OLD_NAME, NEW_NAME]);

  // The seed directive (November 2020) still names the office as it was then.
  const { directive } = await seedDirective(staffApi);
  await page.goto(`/directives/${directive.id}`);
  const task = page.getByTestId('task-row').filter({ hasText: NEW_NAME });
  await expect(task.getByRole('link')).toHaveText(OLD_NAME);
  await expect(task).toContainText(`(nay là ${NEW_NAME})`);
});
