import fs from 'node:fs';
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

test('the leader filters the matrix to Tràng Định, opens a late unit and exports the matrix', async ({ page, login, staffApi }) => {
  await publishOverdueDirective(staffApi);
  await login('leader', '/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Bảng theo dõi' })).toBeVisible();
  await expect(page.getByTestId('matrix-row').first()).toBeVisible();

  await page.getByRole('combobox', { name: 'Huyện, thành phố' }).selectOption({ label: 'Huyện Tràng Định' });
  // Every unit left in the matrix is one of Tràng Định's.
  const rows = page.getByTestId('matrix-row');
  await expect(rows.first()).toContainText('Tràng Định');
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Tràng Định');

  const late = page.locator('[data-testid^="cell-"][data-state="overdue"], [data-testid^="cell-"][data-state="done_late"]').first();
  await expect(late).toBeVisible();
  await late.click();
  await expect(page).toHaveURL(/\/tasks\/\d+$/);

  await page.goBack();
  await expect(page.getByRole('button', { name: 'Xuất Excel' })).toBeVisible();
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const link = page.getByTestId('export-download');
  await expect(link).toBeVisible({ timeout: 20_000 });
  const downloadPromise = page.waitForEvent('download');
  await link.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = await download.path();
  expect(fs.statSync(file).size).toBeGreaterThan(0);
});

test('a headline figure opens the tasks behind it', async ({ page, login }) => {
  await login('leader', '/dashboard');
  await page.getByTestId('total-tasks').getByRole('button').click();
  await expect(page.getByTestId('drill-row').first()).toBeVisible();
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
