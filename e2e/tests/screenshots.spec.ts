import fs from 'node:fs';
import path from 'node:path';
import type { APIRequest, APIRequestContext, Page } from '@playwright/test';
import { expect, seedDirective, test } from '../fixtures';
import { dispatchDocx } from './support/make-docx';
import { bannerPng } from './support/make-png';

// Every screen, as the role that uses it, on a laptop and on a phone. The PNGs are for people
// to look at (../screenshots is gitignored); the test only fails if a screen does not render.
const OUT = path.resolve(import.meta.dirname, '../../screenshots');

const viewports = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

type Ids = { directiveId: number; draftId: number; ownTaskId: number; otherTaskId: number; delegatingTaskId: number; subtaskId: number };

type Screen = {
  name: string;
  user: string | null;
  path: (ids: Ids) => string;
  /** Something that is only there once the screen has its data. */
  ready: (page: Page) => ReturnType<Page['getByRole']>;
  act?: (page: Page) => Promise<void>;
  fullPage?: boolean;
  phoneOnly?: boolean;
};

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * Evidence thumbnails load lazily: load them all now so that a full-page capture has them.
 * Switching a lazy image to eager does not always start its load off-screen, and a refetch may
 * render fresh lazy images after the switch: so each poll switches every image not yet loaded
 * and sets its src again, until all of them have loaded.
 */
async function loadThumbnails(page: Page) {
  await expect
    .poll(
      () =>
        page.locator('img.evidence-thumb').evaluateAll((imgs) =>
          imgs.every((i) => {
            const img = i as HTMLImageElement;
            if (img.complete && img.naturalWidth > 0) return true;
            if (img.loading !== 'eager' || img.complete) {
              const src = img.src;
              img.loading = 'eager';
              img.src = src;
            }
            return false;
          }),
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
}

const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { name, level: 1 });

/** A unit user's own scorecard, reached as they would: the menu's "Kết quả của đơn vị". */
async function openOwnScorecard(p: Page) {
  const menu = p.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await p.getByRole('link', { name: 'Kết quả của đơn vị' }).click();
  await expect(p.getByTestId('scorecard-unit')).toBeVisible();
  await expect(p.getByTestId('sc-task-row').first()).toBeVisible();
}

/** The bundled 2025 reform, previewed against the 2020 directory. */
async function loadReformSample(page: Page) {
  await page.getByRole('button', { name: /^Dùng mẫu/ }).click();
  await expect(page.getByTestId('figure-found')).toContainText('194/194');
  await expect(page.getByTestId('org-apply-status')).toHaveText(/còn \d+ lựa chọn/);
}

// ---- Reports, notifications, working days (issue 5). Their own ids, set up by their own beforeAll below. ----

type ReportIds = { requestId: number; blsReportId: number; officeReportId: number; stationReportId: number };
let rids: ReportIds;
const REQUEST_TITLE = /^Báo cáo kết quả thực hiện Công văn/;

const reportScreens: Screen[] = [
  { name: 'staff-reports', user: 'staff', path: () => '/reports', ready: heading('Yêu cầu báo cáo') },
  { name: 'staff-request-new-from-directive', user: 'staff', path: (i) => `/reports/requests/new?directiveId=${i.directiveId}`, ready: heading('Tạo yêu cầu báo cáo') },
  {
    name: 'staff-request-new-blank',
    user: 'staff',
    path: () => '/reports/requests/new',
    ready: heading('Tạo yêu cầu báo cáo'),
    act: async (p) => {
      await p.getByLabel('Loại báo cáo').selectOption({ label: 'Định kỳ' });
      await p.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
      await p.getByTestId('field-row').first().getByLabel('Kiểu').selectOption({ label: 'Lựa chọn' });
      await p.getByRole('button', { name: 'Lưu và gửi đến đơn vị' }).click();
      await expect(p.getByText(/^Có \d+ lỗi cần sửa/)).toBeVisible();
    },
  },
  { name: 'staff-request-status', user: 'staff', path: () => `/reports/requests/${rids.requestId}`, ready: heading(REQUEST_TITLE) },
  {
    name: 'staff-request-remind',
    user: 'staff',
    path: () => `/reports/requests/${rids.requestId}`,
    ready: heading(REQUEST_TITLE),
    act: async (p) => {
      await p.locator('[data-testid="status-row"][data-unit="Báo Lạng Sơn"]').getByRole('checkbox').check();
      await p.getByTestId('remind-button').click();
      await expect(p.getByRole('dialog', { name: 'Đôn đốc đơn vị' })).toBeVisible();
    },
    fullPage: false,
  },
  {
    name: 'staff-request-figures',
    user: 'staff',
    path: () => `/reports/requests/${rids.requestId}`,
    ready: heading(REQUEST_TITLE),
    act: async (p) => {
      await p.getByRole('tab', { name: 'Tổng hợp số liệu' }).click();
      await expect(p.getByTestId('consolidated-counted')).toBeVisible();
    },
  },
  {
    name: 'staff-request-content',
    user: 'staff',
    path: () => `/reports/requests/${rids.requestId}`,
    ready: heading(REQUEST_TITLE),
    act: (p) => p.getByRole('tab', { name: 'Nội dung yêu cầu' }).click(),
  },
  { name: 'staff-request-edit-open', user: 'staff', path: () => `/reports/requests/${rids.requestId}/edit`, ready: heading('Sửa yêu cầu báo cáo') },
  { name: 'staff-report-review', user: 'staff', path: () => `/reports/${rids.officeReportId}`, ready: (p) => p.getByTestId('version-compare') },
  {
    name: 'staff-report-return',
    user: 'staff',
    path: () => `/reports/${rids.officeReportId}`,
    ready: (p) => p.getByTestId('review-bar'),
    act: async (p) => {
      await p.getByRole('button', { name: 'Trả lại', exact: true }).click();
      await p.getByRole('dialog').getByLabel('Lý do trả lại').fill('Thiếu số liệu của các xã vùng cao.');
    },
    fullPage: false,
  },
  { name: 'leader-request-status', user: 'leader', path: () => `/reports/requests/${rids.requestId}`, ready: heading(REQUEST_TITLE) },
  { name: 'unit-reports', user: 'baolangson', path: () => '/reports', ready: heading('Báo cáo của đơn vị') },
  { name: 'unit-report-draft', user: 'baolangson', path: () => `/reports/${rids.blsReportId}`, ready: (p) => p.getByTestId('report-editor') },
  {
    name: 'unit-report-prefill',
    user: 'baolangson',
    path: () => `/reports/${rids.blsReportId}`,
    ready: (p) => p.getByTestId('report-editor'),
    act: async (p) => {
      await p.getByTestId('report-editor').getByLabel('Số tin, bài').fill('1');
      await p.getByRole('button', { name: 'Lấy số liệu từ hoạt động' }).click();
      await expect(p.getByTestId('prefill-figure').first()).toBeVisible();
    },
    fullPage: false,
  },
  {
    name: 'unit-report-submit',
    user: 'baolangson',
    path: () => `/reports/${rids.blsReportId}`,
    ready: (p) => p.getByTestId('report-editor'),
    act: async (p) => {
      await p.getByTestId('submit-report').click();
      await expect(p.getByTestId('submit-confirm')).toBeVisible();
    },
    fullPage: false,
  },
  {
    name: 'unit-report-extension',
    user: 'baolangson',
    path: () => `/reports/${rids.blsReportId}`,
    ready: (p) => p.getByTestId('report-editor'),
    act: (p) => p.getByRole('button', { name: 'Xin gia hạn' }).click(),
    fullPage: false,
  },
  { name: 'unit-report-not-head', user: 'baolangson.pv', path: () => `/reports/${rids.blsReportId}`, ready: (p) => p.getByText(/^Lãnh đạo đơn vị gửi báo cáo/) },
  { name: 'unit-report-returned', user: 'daiptth', path: () => `/reports/${rids.stationReportId}`, ready: (p) => p.getByTestId('return-notice') },
  { name: 'unit-report-sent', user: 'vhtt.trangdinh', path: () => `/reports/${rids.officeReportId}`, ready: (p) => p.getByTestId('report-status') },
  {
    name: 'unit-report-other-unit',
    user: 'baolangson',
    path: () => `/reports/${rids.stationReportId}`,
    ready: heading('Không tìm thấy báo cáo'),
  },
  {
    name: 'unit-bell-open',
    user: 'baolangson',
    path: () => '/tasks',
    ready: heading('Việc cần làm'),
    act: async (p) => {
      await p.getByTestId('bell').click();
      await expect(p.getByTestId('notification').first()).toBeVisible();
    },
    fullPage: false,
  },
  { name: 'unit-notification-settings', user: 'baolangson', path: () => '/settings/notifications', ready: heading('Cài đặt thông báo') },
  { name: 'admin-holidays', user: 'admin', path: () => '/holidays', ready: heading('Ngày nghỉ, ngày làm bù') },
  {
    name: 'admin-holiday-add',
    user: 'admin',
    path: () => '/holidays',
    ready: heading('Ngày nghỉ, ngày làm bù'),
    act: async (p) => {
      await p.getByRole('button', { name: 'Thêm ngày' }).click();
      await p.getByRole('dialog').getByRole('radio', { name: /Ngày làm bù/ }).check();
    },
    fullPage: false,
  },
];

const screens: Screen[] = [
  { name: 'login', user: null, path: () => '/', ready: (p) => p.getByRole('button', { name: 'Đăng nhập' }) },
  { name: 'unit-tasks', user: 'baolangson', path: () => '/tasks', ready: heading('Việc cần làm') },
  { name: 'unit-task', user: 'baolangson', path: (i) => `/tasks/${i.ownTaskId}`, ready: heading(/Ăng-ghen/), act: loadThumbnails },
  {
    name: 'unit-task-other-unit',
    user: 'baolangson',
    path: (i) => `/tasks/${i.otherTaskId}`,
    ready: heading('Không tìm thấy nhiệm vụ'),
  },
  {
    name: 'unit-menu-open',
    user: 'baolangson',
    path: () => '/tasks',
    ready: heading('Việc cần làm'),
    act: (p) => p.getByRole('button', { name: 'Menu' }).click(),
    phoneOnly: true,
  },
  {
    name: 'unit-task-activity-form',
    user: 'baolangson',
    path: (i) => `/tasks/${i.ownTaskId}`,
    ready: heading(/Ăng-ghen/),
    act: async (p) => {
      await p.getByRole('button', { name: 'Thêm hoạt động' }).click();
      await p.getByTestId('activity-form').getByRole('checkbox').first().check();
      await p.getByLabel('Chọn tệp minh chứng').setInputFiles({ name: 'chuong-trinh.exe.png', mimeType: 'image/png', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512)]) });
      await expect(p.getByText(/Không nhận tệp "chuong-trinh.exe.png"/)).toBeVisible();
      await p.getByRole('button', { name: 'Lưu hoạt động' }).click();
      await loadThumbnails(p);
    },
  },
  { name: 'unit-activities', user: 'baolangson', path: () => '/activities', ready: heading('Hoạt động của đơn vị'), act: loadThumbnails },
  { name: 'staff-activities', user: 'staff', path: () => '/activities', ready: heading('Hoạt động của các đơn vị'), act: loadThumbnails },
  {
    name: 'staff-activities-deleted',
    user: 'staff',
    path: () => '/activities?includeDeleted=true',
    ready: heading('Hoạt động của các đơn vị'),
    act: async (p) => {
      await expect(p.getByRole('button', { name: 'Khôi phục' }).first()).toBeVisible();
      await loadThumbnails(p);
    },
  },
  { name: 'staff-directives', user: 'staff', path: () => '/directives', ready: heading('Văn bản chỉ đạo') },
  { name: 'staff-directive-progress', user: 'staff', path: (i) => `/directives/${i.directiveId}`, ready: heading(/Ăng-ghen/) },
  {
    name: 'staff-directive-text',
    user: 'staff',
    path: (i) => `/directives/${i.directiveId}`,
    ready: heading(/Ăng-ghen/),
    act: (p) => p.getByRole('tab', { name: 'Nội dung' }).click(),
  },
  {
    name: 'staff-directive-audit',
    user: 'staff',
    path: (i) => `/directives/${i.directiveId}`,
    ready: heading(/Ăng-ghen/),
    act: async (p) => {
      await p.getByRole('tab', { name: 'Nhật ký' }).click();
      await expect(p.getByRole('table', { name: 'Nhật ký' })).toBeVisible();
    },
  },
  { name: 'staff-directive-new', user: 'staff', path: () => '/directives/new', ready: heading('Tạo văn bản chỉ đạo') },
  { name: 'staff-draft-edit', user: 'staff', path: (i) => `/directives/${i.draftId}/edit`, ready: heading('Sửa bản nháp văn bản') },
  {
    name: 'staff-draft-preview',
    user: 'staff',
    path: (i) => `/directives/${i.draftId}/edit`,
    ready: heading('Sửa bản nháp văn bản'),
    act: async (p) => {
      await p.getByRole('button', { name: 'Xem trước' }).click();
      await expect(p.getByText(/Ban hành sẽ tạo \d+ nhiệm vụ/)).toBeVisible();
    },
    fullPage: false,
  },
  { name: 'staff-intake', user: 'staff', path: () => '/directives/import', ready: heading('Nhập văn bản') },
  {
    name: 'staff-intake-review',
    user: 'staff',
    path: () => '/directives/import',
    ready: heading('Nhập văn bản'),
    act: async (p) => {
      await p.getByLabel('Chọn tệp').setInputFiles({ name: 'cv-tuyen-truyen-ang-ghen.docx', mimeType: DOCX, buffer: await dispatchDocx() });
      await expect(p.getByTestId('preview-summary')).toContainText('14 nhiệm vụ');
    },
  },
  {
    name: 'staff-intake-refused',
    user: 'staff',
    path: () => '/directives/import',
    ready: heading('Nhập văn bản'),
    act: async (p) => {
      await p.getByLabel('Chọn tệp').setInputFiles({ name: 'anh-chup.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PNG_1PX, 'base64') });
      await expect(p.getByTestId('intake-error')).toBeVisible();
    },
  },
  { name: 'staff-draft-page', user: 'staff', path: (i) => `/directives/${i.draftId}`, ready: heading(/chuyển đổi số/) },
  { name: 'staff-dashboard', user: 'staff', path: () => '/dashboard', ready: heading('Bảng theo dõi') },
  { name: 'staff-all-tasks', user: 'staff', path: () => '/tasks?filter=all', ready: heading('Việc cần làm') },
  { name: 'staff-task-read-only', user: 'staff', path: (i) => `/tasks/${i.ownTaskId}`, ready: heading(/Ăng-ghen/), act: loadThumbnails },
  {
    name: 'unit-delegate-dialog',
    user: 'vhtt.trangdinh',
    path: (i) => `/tasks/${i.delegatingTaskId}`,
    ready: heading(/Ăng-ghen/),
    act: async (p) => {
      await p.getByTestId('delegate-button').click();
      await p.getByRole('dialog').getByLabel('Chọn tất cả').first().check();
    },
    fullPage: false,
  },
  { name: 'unit-task-rollup', user: 'vhtt.trangdinh', path: (i) => `/tasks/${i.delegatingTaskId}`, ready: (p) => p.getByRole('heading', { name: 'Tiến độ đơn vị cấp dưới' }) },
  { name: 'staff-task-rollup', user: 'staff', path: (i) => `/tasks/${i.delegatingTaskId}`, ready: (p) => p.getByRole('heading', { name: 'Tiến độ đơn vị cấp dưới' }) },
  { name: 'unit-subtask', user: 'dtt.thatkhe', path: (i) => `/tasks/${i.subtaskId}`, ready: heading(/Ăng-ghen/) },
  { name: 'leader-dashboard', user: 'leader', path: () => '/dashboard', ready: heading('Bảng theo dõi') },
  { name: 'leader-directives', user: 'leader', path: () => '/directives', ready: heading('Văn bản chỉ đạo') },
  { name: 'admin-units', user: 'admin', path: () => '/units', ready: heading('Danh mục đơn vị'), fullPage: false },
  {
    name: 'admin-unit-edit',
    user: 'admin',
    path: () => '/units',
    ready: heading('Danh mục đơn vị'),
    act: (p) => p.getByRole('row', { name: /Báo Lạng Sơn/ }).getByRole('button', { name: 'Sửa' }).click(),
    fullPage: false,
  },
  {
    name: 'admin-unit-groups',
    user: 'admin',
    path: () => '/units',
    ready: heading('Danh mục đơn vị'),
    act: async (p) => {
      await p.getByRole('tab', { name: 'Nhóm đơn vị' }).click();
      await expect(p.getByRole('table', { name: 'Nhóm đơn vị' })).toBeVisible();
    },
  },
  {
    name: 'admin-unit-group-edit',
    user: 'admin',
    path: () => '/units',
    ready: heading('Danh mục đơn vị'),
    act: async (p) => {
      await p.getByRole('tab', { name: 'Nhóm đơn vị' }).click();
      await p.getByRole('button', { name: 'Sửa' }).first().click();
    },
    fullPage: false,
  },
  // The directory over time (org-change.spec.ts has renamed Đình Lập's office by now; nothing here writes).
  { name: 'admin-org-change', user: 'admin', path: () => '/units/changes', ready: heading('Nhập thay đổi danh mục') },
  {
    name: 'admin-org-change-preview',
    user: 'admin',
    path: () => '/units/changes',
    ready: heading('Nhập thay đổi danh mục'),
    act: loadReformSample,
  },
  {
    name: 'admin-org-change-moves',
    user: 'admin',
    path: () => '/units/changes',
    ready: heading('Nhập thay đổi danh mục'),
    act: async (p) => {
      await loadReformSample(p);
      await p.getByRole('tab', { name: /^Nhiệm vụ chuyển giao/ }).click();
      await p.getByTestId('move').first().getByRole('combobox').selectOption({ label: 'Ủy ban nhân dân xã Thất Khê' });
      await expect(p.getByTestId('org-apply-status')).toHaveText(/còn \d+ lựa chọn/);
    },
  },
  {
    name: 'admin-org-change-confirm',
    user: 'admin',
    path: () => '/units/changes',
    ready: heading('Nhập thay đổi danh mục'),
    act: async (p) => {
      await loadReformSample(p);
      await p.getByRole('tab', { name: /^Nhiệm vụ chuyển giao/ }).click();
      await p.getByTestId('move-bulk-all').selectOption({ label: 'Ủy ban nhân dân xã Thất Khê' });
      await p.getByRole('button', { name: 'Áp dụng thay đổi' }).click();
      await expect(p.getByRole('dialog', { name: 'Áp dụng thay đổi danh mục?' })).toBeVisible();
    },
    fullPage: false,
  },
  {
    name: 'admin-unit-events',
    user: 'admin',
    path: () => '/units?tab=history',
    ready: heading('Danh mục đơn vị'),
    act: (p) => expect(p.getByTestId('unit-event').first()).toBeVisible(),
  },
  {
    name: 'admin-unit-history',
    user: 'admin',
    path: () => '/units',
    ready: heading('Danh mục đơn vị'),
    act: async (p) => {
      await p.getByLabel('Tìm đơn vị').fill('Đình Lập');
      await p.getByRole('row', { name: /Phòng Văn hóa - Xã hội huyện Đình Lập/ }).getByRole('button', { name: 'Lịch sử' }).click();
      await expect(p.getByTestId('former-name')).toHaveCount(1);
    },
    fullPage: false,
  },
  {
    name: 'admin-unit-rename',
    user: 'admin',
    path: () => '/units',
    ready: heading('Danh mục đơn vị'),
    act: async (p) => {
      await p.getByRole('row', { name: /Báo Lạng Sơn/ }).getByRole('button', { name: 'Đổi tên' }).click();
      const dialog = p.getByRole('dialog', { name: 'Đổi tên đơn vị' });
      await dialog.getByLabel('Tên mới').fill('Báo Lạng Sơn và Phát thanh, Truyền hình tỉnh');
      await dialog.getByLabel('Căn cứ pháp lý').fill('Quyết định số 12/QĐ-UBND');
    },
    fullPage: false,
  },
  {
    name: 'admin-unit-merge',
    user: 'admin',
    path: () => '/units',
    ready: heading('Danh mục đơn vị'),
    act: async (p) => {
      await p.getByRole('button', { name: 'Sáp nhập đơn vị' }).click();
      const dialog = p.getByRole('dialog', { name: 'Sáp nhập đơn vị' });
      const predecessors = dialog.getByLabel('Các đơn vị bị sáp nhập');
      await predecessors.fill('Đài Truyền thanh xã Chi Lăng');
      await dialog.getByRole('option').first().click();
      await predecessors.press('Escape');
      await dialog.getByRole('radio', { name: 'Thành lập đơn vị mới' }).check();
    },
    fullPage: false,
  },
  ...reportScreens,
  // ---- A unit's scorecard and the BÁO CÁO editor (issue 6) ----
  { name: 'unit-scorecard', user: 'baolangson', path: () => '/tasks', ready: heading('Việc cần làm'), act: openOwnScorecard },
  {
    name: 'unit-scorecard-forms-numbers',
    user: 'baolangson',
    path: () => '/tasks',
    ready: heading('Việc cần làm'),
    act: async (p) => {
      await openOwnScorecard(p);
      await p.getByRole('button', { name: 'Xem số liệu' }).first().click();
      await p.getByTestId('sc-tasks').getByRole('button').click();
      await expect(p.getByTestId('drill-row').first()).toBeVisible();
    },
  },
  { name: 'unit-scorecard-delegating', user: 'vhtt.trangdinh', path: () => '/tasks', ready: heading('Việc cần làm'), act: openOwnScorecard },
  { name: 'unit-scorecard-other-unit', user: 'baolangson', path: () => '/dashboard/units/1', ready: heading('Không tìm thấy đơn vị') },
  {
    name: 'staff-summary-report-editor',
    user: 'staff',
    path: (i) => `/directives/${i.directiveId}`,
    ready: heading(/Ăng-ghen/),
    act: async (p) => {
      await p.getByRole('button', { name: 'Báo cáo kết quả (BÁO CÁO)' }).click();
      await expect(p.getByTestId('summary-section').first()).toBeVisible();
    },
  },
  {
    name: 'leader-summary-report-read-only',
    user: 'leader',
    path: (i) => `/directives/${i.directiveId}`,
    ready: heading(/Ăng-ghen/),
    act: async (p) => {
      await p.getByTestId('summary-open').first().click();
      await expect(p.getByTestId('summary-read-only')).toBeVisible();
    },
  },
];

/** A draft like the ones staff type in: groups, a unit, a phrase the directory does not know. */
async function makeDraft(api: APIRequestContext): Promise<number> {
  const units = (await (await api.get('/api/units')).json()) as { items: { id: number; name: string }[] };
  const groups = (await (await api.get('/api/unit-groups')).json()) as { items: { id: number; name: string }[] };
  const unitId = (name: string) => units.items.find((u) => u.name === name)?.id ?? null;
  const vhtt = groups.items.find((g) => g.name.startsWith('Phòng Văn hóa và Thông tin'));
  const res = await api.post('/api/directives', {
    data: {
      symbol: 'STTTT-TTBCXB',
      issuer: 'Sở Thông tin và Truyền thông',
      place: 'Lạng Sơn',
      issued: { year: 2020, month: 12, day: 2 },
      subject: 'tuyên truyền chuyển đổi số và Ngày Pháp luật Việt Nam năm 2020',
      dueDate: '2020-12-20',
      recipients: [
        { label: 'Báo Lạng Sơn', unitId: unitId('Báo Lạng Sơn'), groupId: null },
        { label: 'Phòng Văn hóa và Thông tin các huyện, thành phố', unitId: null, groupId: vhtt?.id ?? null },
        { label: 'Ủy ban MTTQ tỉnh', unitId: null, groupId: null },
      ],
      preamble: 'Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị:',
      parts: [
        {
          label: '1',
          title: 'Tuyên truyền chuyển đổi số',
          parts: [
            { label: '-', title: 'Mở chuyên mục "Chuyển đổi số" trên báo in, báo điện tử.' },
            { label: '-', title: 'Đăng tải tin, bài về lợi ích của dịch vụ công trực tuyến.', deadline: '2020-12-15' },
          ],
        },
        { label: '2', title: 'Hưởng ứng Ngày Pháp luật Việt Nam (09/11)', parts: [{ label: '-', title: 'Treo băng rôn, khẩu hiệu tại trụ sở.' }] },
      ],
      closing: ['Đề nghị các cơ quan, đơn vị báo cáo kết quả về Sở trước ngày 20/12/2020./.'],
      report: { required: true, deadline: '2020-12-20', onRequest: false, recurrence: null },
      cc: [
        { name: 'Như trên', purpose: null },
        { name: 'Trung tâm CNTT&TT', purpose: 'đăng tải', unitId: unitId('Trung tâm Công nghệ thông tin và Truyền thông') },
      ],
      signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Hải Yến' },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

/** Báo Lạng Sơn's activities for the screens: one with a photo, and one deleted (staff may restore it). */
async function logActivities(api: APIRequestContext, taskId: number) {
  await api.post('/api/auth/login', { data: { username: 'baolangson', password: 'demo123' } });
  const task = (await (await api.get(`/api/tasks/${taskId}`)).json()) as { items: { id: number }[] };
  const photo = await api.post('/api/evidence', { multipart: { file: { name: 'hoi-nghi-quan-triet.png', mimeType: 'image/png', buffer: bannerPng() } } });
  expect(photo.status(), await photo.text()).toBe(201);
  const base = { dateTo: null, description: null, links: [], evidenceIds: [] as number[] };
  const log = async (body: Record<string, unknown>) => {
    const res = await api.post(`/api/tasks/${taskId}/activities`, { data: { ...base, ...body } });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as { id: number; version: number };
  };
  await log({
    itemIds: task.items.slice(0, 2).map((i) => i.id),
    dateFrom: '2020-11-20',
    dateTo: '2020-11-27',
    form: 'bao_dien_tu',
    title: 'Chuyên mục "200 năm Ngày sinh Ph. Ăng-ghen" trên Báo Lạng Sơn điện tử',
    description: 'Đăng 8 tin, bài và 1 phóng sự ảnh; chia sẻ lên trang Facebook của báo.',
    quantity: 8,
    measure: 'tin/bài',
    reach: 45000,
    links: ['https://baolangson.vn/chuyen-muc/ang-ghen-200-nam'],
    evidenceIds: [((await photo.json()) as { id: number }).id],
  });
  await log({ itemIds: [task.items[0]?.id], dateFrom: '2020-11-21', form: 'hoi_nghi', title: 'Hội nghị quán triệt tại cơ quan báo', quantity: 1, measure: 'buổi', reach: 60 });
  const gone = await log({ itemIds: [task.items[0]?.id], dateFrom: '2020-11-22', form: 'khac', title: 'Hoạt động ghi nhầm', quantity: null, measure: null, reach: null });
  expect((await api.delete(`/api/activities/${gone.id}?version=${gone.version}`)).status()).toBe(204);
}

/** A unit user's task for the seed directive (Tràng Định's, or the sub-task it passed on). */
async function ownTaskOf(request: APIRequest, baseURL: string | undefined, username: string, directiveId: number) {
  const api = await request.newContext({ baseURL });
  await api.post('/api/auth/login', { data: { username, password: 'demo123' } });
  const { items } = (await (await api.get('/api/tasks?filter=all')).json()) as { items: { id: number; directive: { id: number } }[] };
  await api.dispose();
  const task = items.find((t) => t.directive.id === directiveId);
  if (!task) throw new Error(`${username}: no task for the seed directive`);
  return task.id;
}

let ids: Ids;

test.beforeAll(async ({ playwright, baseURL }) => {
  fs.mkdirSync(OUT, { recursive: true });
  const api = await playwright.request.newContext({ baseURL });
  await api.post('/api/auth/login', { data: { username: 'staff', password: 'demo123' } });
  const seed = await seedDirective(api);
  ids = {
    directiveId: seed.directive.id,
    draftId: await makeDraft(api),
    ownTaskId: seed.taskOf('Báo Lạng Sơn').id,
    otherTaskId: seed.taskOf('Đài Phát thanh và Truyền hình tỉnh').id,
    delegatingTaskId: await ownTaskOf(playwright.request, baseURL, 'vhtt.trangdinh', seed.directive.id),
    subtaskId: await ownTaskOf(playwright.request, baseURL, 'dtt.thatkhe', seed.directive.id),
  };
  await api.dispose();
  const unitApi = await playwright.request.newContext({ baseURL });
  await logActivities(unitApi, ids.ownTaskId);
  await unitApi.dispose();
});

/**
 * The seed's report request, in states worth seeing: Tràng Định's office sent its report, had it
 * returned and sent it again (two versions to compare, awaiting review); the provincial radio and
 * TV station sent one, had it returned and asks for more time; Báo Lạng Sơn's is a draft, chased
 * by hand (its bell); the admin has announced a swapped working day.
 */
test.beforeAll(async ({ playwright, baseURL }) => {
  const as = async (username: string) => {
    const api = await playwright.request.newContext({ baseURL });
    expect((await api.post('/api/auth/login', { data: { username, password: 'demo123' } })).status()).toBe(200);
    return api;
  };
  const ok = async (res: Awaited<ReturnType<APIRequestContext['get']>>) => {
    expect(res.ok(), await res.text()).toBe(true);
    return res.json();
  };
  const day = (offset: number) => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  };
  type Report = { id: number; status: string; version: number; submissions: number; figures: Record<string, number | string | null>; narrative: Record<string, string> };

  const staff = await as('staff');
  const { items } = (await ok(await staff.get('/api/report-requests'))) as { items: { id: number; title: string }[] };
  const request = items.filter((r) => REQUEST_TITLE.test(r.title)).sort((a, b) => a.id - b.id)[0];
  if (!request) throw new Error('the seed report request is missing');
  const status = (await ok(await staff.get(`/api/report-requests/${request.id}/status`))) as { rows: { reportId: number; unit: { name: string } }[] };
  const reportOf = (name: string) => status.rows.find((r) => r.unit.name === name)?.reportId ?? 0;
  rids = {
    requestId: request.id,
    blsReportId: reportOf('Báo Lạng Sơn'),
    officeReportId: reportOf('Phòng Văn hóa và Thông tin huyện Tràng Định'),
    stationReportId: reportOf('Đài Phát thanh và Truyền hình tỉnh'),
  };
  const returnIt = async (id: number, reason: string) => {
    const r = (await ok(await staff.get(`/api/reports/${id}`))) as Report;
    await ok(await staff.post(`/api/reports/${id}/return`, { data: { version: r.version, reason, newDeadline: day(5) } }));
  };
  const send = async (username: string, id: number, change: (r: Report) => Partial<Report>) => {
    const unit = await as(username);
    const r = (await ok(await unit.get(`/api/reports/${id}`))) as Report;
    await ok(await unit.post(`/api/reports/${id}/submit`, { data: { version: r.version, figures: r.figures, narrative: r.narrative, ...change(r) } }));
    return unit;
  };

  // Tràng Định's office: returned once, sent again with more.
  const office = (await ok(await staff.get(`/api/reports/${rids.officeReportId}`))) as Report;
  if (office.status === 'submitted' && office.submissions === 1) {
    await returnIt(rids.officeReportId, 'Đề nghị bổ sung số tin, bài của Đài Truyền thanh các xã và đánh giá khó khăn.');
    const unit = await send('vhtt.trangdinh', rids.officeReportId, (r) => ({
      figures: { ...r.figures, tin_bai: Number(r.figures['tin_bai'] ?? 0) + 14 },
      narrative: { ...r.narrative, danh_gia: `${r.narrative['danh_gia'] ?? ''} Khó khăn: một số xã vùng cao chưa có loa truyền thanh, phải tuyên truyền lưu động.` },
    }));
    await unit.dispose();
  }
  // The provincial radio and TV station: sent, returned, asks for more time.
  const station = (await ok(await staff.get(`/api/reports/${rids.stationReportId}`))) as Report;
  if (station.status === 'draft') {
    const unit = await send('daiptth', rids.stationReportId, (r) => ({
      figures: { ...r.figures, chuong_trinh: 6, tin_bai: 24 },
      narrative: { ...r.narrative, danh_gia: 'Đài phát sóng chuyên mục kỷ niệm trên cả phát thanh và truyền hình.' },
    }));
    await returnIt(rids.stationReportId, 'Thiếu số lượt người xem, nghe; đề nghị bổ sung.');
    await ok(await unit.post(`/api/reports/${rids.stationReportId}/extensions`, { data: { reason: 'Đang tổng hợp số liệu đo lượng khán giả từ đơn vị đối tác.', requestedDeadline: day(12) } }));
    await unit.dispose();
  }
  // Báo Lạng Sơn: chased by hand, so its bell has something.
  await ok(await staff.post('/api/reminders', { data: { reportIds: [rids.blsReportId], message: 'Đề nghị Báo Lạng Sơn gửi báo cáo trước hạn.' } }));
  await staff.dispose();

  // A swapped working day: the first Saturday of the year.
  const admin = await as('admin');
  const year = day(0).slice(0, 4);
  let saturday = `${year}-01-01`;
  while (new Date(`${saturday}T00:00:00Z`).getUTCDay() !== 6) saturday = new Date(Date.parse(`${saturday}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  await ok(await admin.put(`/api/holidays/${saturday}`, { data: { kind: 'work', name: 'Làm bù cho ngày nghỉ Tết Dương lịch' } }));
  await admin.dispose();
});

for (const vp of viewports) {
  test.describe(vp.name, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    for (const screen of screens) {
      if (screen.phoneOnly && vp.name !== 'phone') continue;
      test(screen.name, async ({ page, signIn }) => {
        if (screen.user) await signIn(screen.user);
        await page.goto(screen.path(ids));
        await expect(screen.ready(page)).toBeVisible();
        await screen.act?.(page);
        await page.waitForLoadState('networkidle');
        // Nothing may push the page sideways: wide tables scroll inside their own box.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(vp.width);
        // The form's sticky action bar would otherwise be painted mid-page in a full-page capture.
        await page.addStyleTag({ content: '.sticky-actions { position: static !important; }' });
        await page.screenshot({ path: path.join(OUT, `${vp.name}-${screen.name}.png`), fullPage: screen.fullPage ?? true });
      });
    }
  });
}
