import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRequestContext } from '@playwright/test';
import { expect, seedDirective, test } from '../fixtures';

/** A directive due in 2020, published to Tràng Định's office: its task is overdue from the start. */
async function publishOverdueDirective(api: APIRequestContext): Promise<number> {
  const units = (await (await api.get('/api/units')).json()) as { items: { id: number; name: string }[] };
  const office = units.items.find((u) => u.name === 'Phòng Văn hóa và Thông tin huyện Tràng Định');
  if (!office) throw new Error("Tràng Định's office not found");
  const created = await api.post('/api/directives', {
    data: {
      symbol: 'STTTT-TTBCXB',
      issuer: 'Sở Thông tin và Truyền thông',
      place: 'Lạng Sơn',
      issued: { year: 2020, month: 12, day: 2 },
      subject: 'tuyên truyền Ngày Pháp luật Việt Nam năm 2020',
      dueDate: '2020-12-20',
      recipients: [{ label: office.name, unitId: office.id, groupId: null }],
      preamble: 'Sở Thông tin và Truyền thông đề nghị:',
      parts: [{ label: '1', title: 'Treo băng rôn, khẩu hiệu tại trụ sở.' }],
      closing: [],
      report: { required: false, deadline: null, onRequest: false, recurrence: null },
      cc: [],
      signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Hải Yến' },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const d = (await created.json()) as { id: number; version: number };
  const published = await api.post(`/api/directives/${d.id}/publish`, { data: { version: d.version } });
  expect(published.status(), await published.text()).toBe(200);
  return d.id;
}

/**
 * exceljs, to open the workbook as a spreadsheet program would: the API's dependency, loaded from
 * there rather than added to this package a second time.
 */
type Sheet = { name: string; rowCount: number; getRow: (n: number) => { values: unknown } };
type Workbook = { worksheets: Sheet[]; xlsx: { readFile: (path: string) => Promise<unknown> } };
const ExcelJS = createRequire(new URL('../../apps/api/package.json', import.meta.url))('exceljs') as { Workbook: new () => Workbook };
const cellsOf = (sheet: Sheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

test('the leader filters the matrix to Tràng Định, opens a late unit and exports the matrix', async ({ page, login, staffApi }) => {
  await publishOverdueDirective(staffApi);
  await login('leader', '/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Bảng theo dõi' })).toBeVisible();
  await expect(page.getByTestId('matrix-row').first()).toBeVisible();

  await page.getByRole('combobox', { name: 'Huyện, thành phố' }).selectOption({ label: 'Huyện Tràng Định' });
  // The view is in the URL: a reload (or the link sent to a colleague) shows the same rows.
  await expect(page).toHaveURL(/[?&]district=/);
  const rows = page.getByTestId('matrix-row');
  const onlyTrangDinh = async () => {
    await expect(rows.first()).toContainText('Tràng Định');
    for (const text of await rows.allInnerTexts()) expect(text).toContain('Tràng Định');
  };
  await onlyTrangDinh();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Huyện, thành phố' })).toHaveValue(/\S/);
  await expect(page.getByRole('combobox', { name: 'Huyện, thành phố' }).locator('option:checked')).toHaveText('Huyện Tràng Định');
  await onlyTrangDinh();

  const late = page.locator('[data-testid^="cell-"][data-state="overdue"], [data-testid^="cell-"][data-state="done_late"]').first();
  await expect(late).toBeVisible();
  await late.click();
  await expect(page).toHaveURL(/\/tasks\/\d+$/);

  // Back on the dashboard, still filtered.
  await page.goBack();
  await expect(page).toHaveURL(/[?&]district=/);
  await onlyTrangDinh();
  const exportMatrix = page.getByRole('group', { name: 'Xuất ma trận' });
  await exportMatrix.getByRole('button', { name: 'Xuất Excel' }).click();
  const link = page.getByTestId('export-download-matrix');
  await expect(link).toBeVisible({ timeout: 20_000 });
  const downloadPromise = page.waitForEvent('download');
  await link.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Theo dõi thực hiện văn bản chỉ đạo - Huyện Tràng Định.*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Ma trận', 'Theo đơn vị', 'Hoạt động']);
  const [matrix, byUnit] = wb.worksheets as [Sheet, Sheet];
  expect(cellsOf(matrix, 1).slice(0, 4)).toEqual(['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Trích yếu']);
  expect(cellsOf(byUnit, 1).slice(0, 3)).toEqual(['STT', 'Đơn vị', 'Huyện, thành phố']);
  // Only the district's units, its office among them; the totals row last.
  const units: unknown[][] = [];
  for (let r = 2; r < byUnit.rowCount; r += 1) units.push(cellsOf(byUnit, r));
  expect(units.map((u) => u[1])).toContain('Phòng Văn hóa và Thông tin huyện Tràng Định');
  for (const u of units) expect(u[2]).toBe('Huyện Tràng Định');
});

test('a pasted link restores the sort and chart period, ignores what it cannot read, and back undoes a change', async ({ page, login }) => {
  await login('leader', '/dashboard?sort=overdue&bucket=week&state=bogus&groupBy=%5B1%5D&page=-3');
  const sort = page.getByRole('combobox', { name: 'Sắp xếp đơn vị' });
  await expect(sort.locator('option:checked')).toHaveText('Số nhiệm vụ quá hạn');
  await expect(page.getByRole('combobox', { name: 'Tình trạng' }).locator('option:checked')).toHaveText('Tất cả');
  await expect(page.getByRole('button', { name: 'Theo tuần' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('matrix-row').first()).toBeVisible();
  // Sorted by overdue tasks, most first (the demo's rows all fit in the window, so all are counted).
  const overdue = await page.getByTestId('matrix-row').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('[data-state="overdue"]').length));
  expect(overdue).toEqual([...overdue].sort((a, b) => b - a));

  await sort.selectOption({ label: 'Tên đơn vị' });
  await expect(page).toHaveURL(/sort=name/);
  await page.goBack();
  await expect(page).toHaveURL(/sort=overdue/);
  await expect(sort.locator('option:checked')).toHaveText('Số nhiệm vụ quá hạn');

  // The ranking sorts by any column.
  const ranking = page.getByRole('region', { name: 'Xếp hạng đơn vị' });
  await ranking.getByRole('button', { name: 'Đơn vị', exact: true }).click();
  await expect(ranking.getByRole('columnheader', { name: 'Đơn vị', exact: true })).toHaveAttribute('aria-sort', 'ascending');
  const names = await ranking.getByTestId('ranking-row').locator('th').allInnerTexts();
  expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
});

test('a unit in the matrix or the ranking opens its scorecard for the same period', async ({ page, login }) => {
  await login('leader', '/dashboard?from=2020-01-01&to=2020-12-31');
  await page.getByTestId('matrix-row').filter({ hasText: 'Báo Lạng Sơn' }).getByRole('link', { name: 'Báo Lạng Sơn' }).click();
  await expect(page).toHaveURL(/\/dashboard\/units\/\d+\?from=2020-01-01&to=2020-12-31$/);
  await expect(page.getByTestId('scorecard-unit')).toHaveText('Báo Lạng Sơn');
  await page.goBack();
  await page.locator('.dash-ranking').getByRole('link', { name: 'Đài Phát thanh và Truyền hình tỉnh' }).click();
  await expect(page.getByTestId('scorecard-unit')).toHaveText('Đài Phát thanh và Truyền hình tỉnh');
});

test('a headline figure opens the tasks behind it', async ({ page, login }) => {
  await login('leader', '/dashboard');
  await page.getByTestId('total-tasks').getByRole('button').click();
  await expect(page.getByTestId('drill-row').first()).toBeVisible();
  // Activities open theirs too, each row a link to the task it was logged on.
  await page.getByTestId('headline-activities').getByRole('button').click();
  await expect(page.getByRole('heading', { level: 2, name: /^Danh sách: Hoạt động/ })).toBeVisible();
  await expect(page.getByTestId('drill-row').first().getByRole('link')).toHaveAttribute('href', /^\/tasks\/\d+$/);
});

test('staff download the BÁO CÁO of the seed directive as .docx', async ({ page, login, staffApi }) => {
  const { directive } = await seedDirective(staffApi);
  await login('staff', `/directives/${directive.id}`);
  await page.getByRole('button', { name: 'Báo cáo kết quả (BÁO CÁO)' }).click();
  const editor = page.getByTestId('summary-editor');
  await expect(editor).toBeVisible();
  await editor.getByLabel('Số', { exact: true }).fill('15');
  const saved = page.waitForResponse((r) => r.url().includes('/api/summary-reports/') && r.request().method() === 'PUT');
  await editor.getByRole('button', { name: 'Lưu' }).click();
  expect((await saved).status()).toBe(200);

  const downloadPromise = page.waitForEvent('download');
  await editor.getByTestId('summary-docx').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Báo cáo số 15.*\.docx$/);
  expect(fs.statSync(await download.path()).size).toBeGreaterThan(0);
});
