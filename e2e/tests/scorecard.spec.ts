import ExcelJS from 'exceljs';
import { expect, seedDirective, test } from '../fixtures';

test('a unit opens its own results from the menu, drills into a figure and exports only its own rows', async ({ page, login }) => {
  await login('baolangson', '/tasks');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kết quả của đơn vị' }).click();
  await expect(page).toHaveURL(/\/dashboard\/units\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Báo Lạng Sơn' })).toBeVisible();
  // The seed dispatch gave the newspaper one task; it shows in the figures and in the list.
  await expect(page.getByTestId('sc-tasks')).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByTestId('sc-task-row').first()).toContainText('Ăng-ghen');
  await page.getByTestId('sc-tasks').getByRole('button').click();
  await expect(page.getByTestId('drill-row').first()).toContainText('Báo Lạng Sơn');

  // A period with nothing in it: zero tasks, kept in the address.
  await page.getByTestId('scorecard-from').fill('2030-01-01');
  await expect(page).toHaveURL(/from=2030-01-01/);
  await expect(page.getByTestId('sc-tasks')).toHaveText('0');
  await page.getByRole('button', { name: 'Toàn bộ thời gian' }).click();
  await expect(page.getByTestId('sc-tasks')).toHaveText(/^[1-9]\d*$/);

  await page.getByTestId('sc-export-xlsx').click();
  const link = page.getByTestId('sc-export-download');
  await expect(link).toBeVisible({ timeout: 20_000 });
  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Kết quả theo đơn vị - Báo Lạng Sơn.*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  expect(wb.worksheets.length).toBe(2);
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  // Rows numbered in the STT column are units: the newspaper, and nobody else.
  const names: string[] = [];
  sheet.eachRow((row) => {
    if (typeof row.getCell(1).value === 'number') names.push(String(row.getCell(2).value));
  });
  expect(names).toEqual(['Báo Lạng Sơn']);
});

test('a unit opening another unit’s results by address sees “not found”', async ({ page, login, staffApi }) => {
  const units = (await (await staffApi.get('/api/units')).json()) as { items: { id: number; name: string }[] };
  const other = units.items.find((u) => u.name === 'Đài Phát thanh và Truyền hình tỉnh');
  if (!other) throw new Error('no radio station');
  await login('baolangson', `/dashboard/units/${other.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy đơn vị' })).toBeVisible();
  await expect(page.getByText('Đài Phát thanh và Truyền hình tỉnh')).toHaveCount(0);
});

test('staff edit the BÁO CÁO number and a section title, save, reload and see them; a leader reads it only', async ({ page, login, staffApi, browser }) => {
  const { directive } = await seedDirective(staffApi);
  await login('staff', `/directives/${directive.id}`);
  await page.getByRole('button', { name: 'Báo cáo kết quả (BÁO CÁO)' }).click();
  const editor = page.getByTestId('summary-editor');
  await editor.getByTestId('summary-number').fill('21');
  await editor.getByTestId('summary-section-title').nth(1).fill('I. CÔNG TÁC CHỈ ĐẠO CỦA SỞ');
  await editor.getByRole('button', { name: 'Thêm nơi nhận' }).click();
  await editor.getByTestId('summary-recipient').last().fill('Phòng VH-TT các huyện;');
  await expect(editor.getByTestId('summary-saved')).toHaveText('Có thay đổi chưa lưu');
  await editor.getByTestId('summary-save').click();
  await expect(editor.getByTestId('summary-saved')).toHaveText(/^Đã lưu lúc /);

  await page.reload();
  await page.getByRole('button', { name: 'Báo cáo kết quả (BÁO CÁO)' }).click();
  await expect(editor.getByTestId('summary-number')).toHaveValue('21');
  await expect(editor.getByTestId('summary-section-title').nth(1)).toHaveValue('I. CÔNG TÁC CHỈ ĐẠO CỦA SỞ');
  await expect(editor.getByTestId('summary-recipient').last()).toHaveValue('Phòng VH-TT các huyện;');

  // Someone else saves first: the editor says so and reloads their version on request.
  const summaryId = Number((await (await staffApi.get(`/api/directives/${directive.id}/summary-reports`)).json()).items[0].id);
  const current = await (await staffApi.get(`/api/summary-reports/${summaryId}`)).json();
  const { number, symbol, place, date, sections, signer, recipients, version } = current;
  const other = await staffApi.put(`/api/summary-reports/${summaryId}`, { data: { number, symbol, place, date, subject: 'Báo cáo do đồng nghiệp sửa', sections, signer, recipients, version } });
  expect(other.status()).toBe(200);
  await editor.getByTestId('summary-number').fill('22');
  await editor.getByTestId('summary-save').click();
  await expect(editor.getByTestId('summary-conflict')).toContainText('người khác lưu trước');
  await editor.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
  await expect(editor.getByTestId('summary-subject')).toHaveValue('Báo cáo do đồng nghiệp sửa');
  await expect(editor.getByTestId('summary-number')).toHaveValue('21');

  // A wrong number comes back as an error next to the field.
  await editor.getByTestId('summary-number').fill('21/BC');
  await editor.getByTestId('summary-save').click();
  await expect(editor.getByText('Số văn bản chỉ gồm chữ số (và chữ cái)')).toBeVisible();

  // The leader, in a browser of their own.
  const context = await browser.newContext();
  const leader = await context.newPage();
  const res = await leader.request.post('/api/auth/login', { data: { username: 'leader', password: 'demo123' } });
  expect(res.status()).toBe(200);
  await leader.goto(`/directives/${directive.id}`);
  await leader.getByTestId('summary-open').filter({ hasText: '21/BC-STTTT' }).click();
  const view = leader.getByTestId('summary-editor');
  await expect(view.getByTestId('summary-read-only')).toBeVisible();
  await expect(view.getByTestId('summary-number')).toHaveValue('21');
  await expect(view.getByTestId('summary-number')).not.toBeEditable();
  await expect(view.getByTestId('summary-section-title').nth(1)).not.toBeEditable();
  await expect(view.getByTestId('summary-save')).toHaveCount(0);
  await expect(view.getByRole('button', { name: 'Thêm mục' })).toHaveCount(0);
  const downloading = leader.waitForEvent('download');
  await view.getByTestId('summary-docx').click();
  expect((await downloading).suggestedFilename()).toMatch(/^Báo cáo số 21.*\.docx$/);
  await context.close();
});

test('a district office sees what its sub-units logged counted with its own activities', async ({ page, login }) => {
  await login('vhtt.trangdinh', '/tasks');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kết quả của đơn vị' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Phòng Văn hóa và Thông tin huyện Tràng Định' })).toBeVisible();
  // The demo's centre and Thất Khê station each logged an activity on the part passed on to them.
  const own = Number(await page.getByTestId('sc-activities').textContent());
  const tile = page.locator('.total-tile').filter({ has: page.getByTestId('sc-activities') });
  await expect(tile).toContainText(/Kể cả đơn vị cấp dưới: \d+/);
  const all = Number((await tile.textContent())?.match(/Kể cả đơn vị cấp dưới: (\d+)/)?.[1]);
  expect(all).toBeGreaterThanOrEqual(own + 2);
});
