import { expect, seedDirective, test } from '../fixtures';

// The steps build on each other: Báo Lạng Sơn's progress is what staff then see.
test.describe.configure({ mode: 'serial' });

test('staff sees the seed directive with its 14 tasks', async ({ page, login }) => {
  await login('staff', '/directives');
  const row = page.getByTestId('directive-row').filter({ hasText: 'Ăng-ghen' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Đã ban hành');
  await row.getByRole('link').click();

  await expect(page).toHaveURL(/\/directives\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ăng-ghen');
  await expect(page.getByTestId('task-row')).toHaveCount(14);
  await expect(page.getByTestId('task-row').filter({ hasText: 'Báo Lạng Sơn' })).toContainText('Chưa nhận');
});

test('Báo Lạng Sơn acknowledges its task and completes an item', async ({ page, login }) => {
  await login('baolangson');
  await expect(page).toHaveURL(/\/tasks/);
  const row = page.getByTestId('task-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('task-progress')).toHaveText('0/5');
  await row.getByRole('link').click();

  await expect(page).toHaveURL(/\/tasks\/\d+$/);
  await page.getByTestId('ack-button').click();
  await expect(page.getByText(/Đã nhận lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await expect(page.getByTestId('ack-button')).toHaveCount(0);

  const item = page.locator('[data-testid^="item-"]').first();
  await item.getByLabel('Tình trạng').selectOption({ label: 'Hoàn thành' });
  await item.getByLabel('Ghi chú kết quả').fill('Đã đăng 3 tin, bài trên báo in và báo điện tử.');
  await item.getByRole('button', { name: 'Lưu' }).click();
  await expect(item.getByText('Đã lưu')).toBeVisible();
  await expect(page.getByTestId('task-progress')).toHaveText('1/5');

  // It survives a reload: the server has it.
  await page.reload();
  await expect(page.getByTestId('task-progress')).toHaveText('1/5');
  await expect(page.locator('[data-testid^="item-"]').first().getByLabel('Tình trạng')).toHaveValue('done');
});

test("staff sees Báo Lạng Sơn's progress on the dashboard", async ({ page, login, staffApi }) => {
  const { directive, taskOf } = await seedDirective(staffApi);
  const unitId = taskOf('Báo Lạng Sơn').unit.id;

  await login('staff', '/dashboard');
  const cell = page.getByTestId(`cell-${directive.id}-${unitId}`);
  // One item of five done: the matrix shows the task in progress.
  await expect(cell).toHaveAttribute('data-state', 'in_progress');
  await expect(page.getByTestId('total-tasks')).toHaveText('14');

  await cell.click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${taskOf('Báo Lạng Sơn').id}$`));
  await expect(page.getByTestId('task-progress')).toHaveText('1/5');
  // Staff follow up; they do not edit a unit's checklist.
  await expect(page.getByLabel('Tình trạng')).toHaveCount(0);
});

test("a unit cannot open another unit's task by its address", async ({ page, login, staffApi }) => {
  const { taskOf } = await seedDirective(staffApi);
  const other = taskOf('Đài Phát thanh và Truyền hình tỉnh');

  await login('baolangson', `/tasks/${other.id}`);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy nhiệm vụ' })).toBeVisible();
  await expect(page.getByText('Đài Phát thanh và Truyền hình tỉnh')).toHaveCount(0);
});

test('a unit completes every item of its task in one step, and staff see it done', async ({ page, login, staffApi }) => {
  const { directive, taskOf } = await seedDirective(staffApi);
  const task = taskOf('Trung tâm Công nghệ thông tin và Truyền thông');

  await login('cntt', `/tasks/${task.id}`);
  await expect(page.getByTestId('task-progress')).toHaveText(`0/${task.itemsTotal}`);
  await page.getByTestId('complete-all').click();
  await expect(page.getByText(`Đánh dấu ${task.itemsTotal} nội dung còn lại là đã hoàn thành?`)).toBeVisible();
  await page.getByTestId('complete-all-confirm').click();
  await expect(page.getByTestId('task-progress')).toHaveText(`${task.itemsTotal}/${task.itemsTotal}`);
  // Nothing is left to complete, and the items show it.
  await expect(page.getByTestId('complete-all')).toHaveCount(0);
  await expect(page.locator('[data-testid^="item-"]').first().getByLabel('Tình trạng')).toHaveValue('done');

  // The department's view of the directive counts it done.
  const rows = (await (await staffApi.get(`/api/directives/${directive.id}/tasks`)).json()) as { items: { id: number; state: string; itemsDone: number }[] };
  expect(rows.items.find((t) => t.id === task.id)).toMatchObject({ state: 'done', itemsDone: task.itemsTotal });
});
