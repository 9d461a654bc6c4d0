import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Activity, ReportDetail, ReportPrefillResult, ReportRequest, ReportRequestList, ReportRequestTemplate, ReportStatusTable, ReportVersions, TaskWithItems } from '@dondoc/schemas';
import { auditLog, reports } from '../../db/schema/index';
import { fakeClock, testApp } from '../../../test/helpers';
import { openRequestFor, seedDirectiveId, seedTask, unitIdOf, type Session } from './test-setup';

const itemIn = (task: TaskWithItems, part: string) => {
  const item = task.items.find((i) => i.partKey === part || i.partKey.startsWith(`${part}.`));
  if (!item) throw new Error(`no item in part ${part}`);
  return item.id;
};

async function log(s: Session, task: TaskWithItems, part: string, a: Record<string, unknown>): Promise<Activity> {
  const res = await s.post(`/api/tasks/${task.id}/activities`, { itemIds: [itemIn(task, part)], links: [], ...a });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json<Activity>();
}

describe('report requests and reports', () => {
  it('prefills a request from the seed directive’s report clause', async () => {
    const { login } = await testApp();
    const staff = await login('staff');
    const directiveId = await seedDirectiveId(staff);
    const res = await staff.get(`/api/directives/${directiveId}/report-request-template`);
    expect(res.statusCode, res.body).toBe(200);
    const t = res.json<ReportRequestTemplate>();
    expect(t.input).toMatchObject({ directiveId, kind: 'thematic', frequency: null, deadline: null, periodFrom: '2020-11-01', title: 'Báo cáo kết quả thực hiện Công văn số …/STTTT-TTBCXB tháng 11/2020' });
    // Báo Lạng Sơn, the Đài and the 11 district offices; not the IT centre, copied to post it.
    expect(t.units.map((u) => u.name)).toContain('Báo Lạng Sơn');
    expect(t.units).toHaveLength(13);
    expect(t.units.some((u) => u.name.includes('Công nghệ thông tin'))).toBe(false);
    expect(t.input.outline.map((s) => s.key)).toEqual(['part:1', 'part:2', 'part:3', 'danh_gia', 'de_xuat']);
    expect(t.input.fields.map((f) => f.name)).toContain('Số tin, bài');
    expect((await (await login('baolangson')).get(`/api/directives/${directiveId}/report-request-template`)).statusCode).toBe(403);
  });

  it('seeds a request from the dispatch’s report clause with Tràng Định’s report sent', async () => {
    const { login } = await testApp();
    const staff = await login('staff');
    const [demo] = (await staff.get('/api/report-requests')).json<ReportRequestList>().items;
    expect(demo).toMatchObject({ status: 'open', kind: 'thematic', deadline: '2020-12-05', periodFrom: '2020-11-01', counts: { recipients: 13, submitted: 1 } });
    const status = (await staff.get(`/api/report-requests/${demo!.id}/status`)).json<ReportStatusTable>();
    const sent = status.rows.find((r) => r.state === 'submitted_on_time')!;
    expect(sent.unit.name).toBe('Phòng Văn hóa và Thông tin huyện Tràng Định');
    const report = (await staff.get(`/api/reports/${sent.reportId}`)).json<ReportDetail>();
    expect(report.figures).toMatchObject({ pano: 12, tin_bai: 6, luot_nguoi: 8000 });
  });

  it('runs the whole cycle: open, prefill from activities, autosave, submit, return, resubmit, accept, locked', async () => {
    const clock = fakeClock('2020-11-25T02:00:00.000Z');
    const { db, login } = await testApp({ clock });
    const staff = await login('staff');
    const bls = await login('baolangson');
    const task = await seedTask(bls);

    // In the period (15–30/11) under the directive: counted. Before it, deleted, or another directive's: not.
    await log(bls, task, '1', { dateFrom: '2020-11-20', dateTo: '2020-11-24', form: 'bao_in', title: 'Loạt bài về Nghị quyết', quantity: 6, measure: 'tin/bài', reach: 12000 });
    await log(bls, task, '2', { dateFrom: '2020-11-22', form: 'bao_dien_tu', title: 'Chuyên mục Ăng-ghen', quantity: 4, measure: 'Tin / bài', reach: 3000 });
    await log(bls, task, '1', { dateFrom: '2020-11-23', form: 'hoi_nghi', title: 'Hội nghị quán triệt', quantity: 2, measure: 'buổi', reach: 150 });
    await log(bls, task, '1', { dateFrom: '2020-11-10', dateTo: '2020-11-16', form: 'bao_in', title: 'Bắt đầu trước kỳ, kết thúc trong kỳ', quantity: 1, measure: 'tin/bài' });
    await log(bls, task, '1', { dateFrom: '2020-11-05', form: 'bao_in', title: 'Trước kỳ', quantity: 100, measure: 'tin/bài', reach: 99 });
    const gone = await log(bls, task, '2', { dateFrom: '2020-11-21', form: 'bao_in', title: 'Đã xóa', quantity: 50, measure: 'tin/bài' });
    expect((await bls.del(`/api/activities/${gone.id}`)).statusCode).toBe(204);

    const request = await openRequestFor(staff);
    expect(request).toMatchObject({ status: 'open', deadline: '2020-12-05', counts: { recipients: 13, submitted: 0 } });
    expect(db.select().from(reports).where(eq(reports.requestId, request.id)).all()).toHaveLength(13);

    // The unit's home page: the request with its own report and the days left.
    // (The demo's own request is there too.)
    const pending = (await bls.get('/api/report-requests?pending=true')).json<ReportRequestList>().items;
    expect(pending).toHaveLength(2);
    const mine = pending.filter((i) => i.id === request.id);
    expect(mine[0]).toMatchObject({ id: request.id, counts: null, myReport: { status: 'draft', deadline: '2020-12-05', daysLeft: 10 } });
    const reportId = mine[0]!.myReport!.id;

    const opened = (await bls.get(`/api/reports/${reportId}`)).json<ReportDetail>();
    expect(opened).toMatchObject({ status: 'draft', prefilled: true, version: 0, can: { edit: true, submit: true, review: false } });
    expect(opened.figures).toEqual({ tin_bai: 11, chuong_trinh: 0, buoi: 2, pano: 0, luot_nguoi: 15150 });
    expect(opened.narrative['part:1']!.split('\n')).toEqual([
      '- 10/11/2020–16/11/2020: Báo in — Bắt đầu trước kỳ, kết thúc trong kỳ; 1 tin/bài',
      '- 20/11/2020–24/11/2020: Báo in — Loạt bài về Nghị quyết; 6 tin/bài; 12.000 người tiếp cận',
      '- 23/11/2020: Hội nghị, hội thảo — Hội nghị quán triệt; 2 buổi; 150 người tiếp cận',
    ]);
    expect(opened.narrative['part:2']).toBe('- 22/11/2020: Báo điện tử — Chuyên mục Ăng-ghen; 4 Tin/bài; 3.000 người tiếp cận');
    expect(opened.narrative.danh_gia).toBeUndefined();
    // The department sees what is stored, not the unit's proposal.
    expect((await staff.get(`/api/reports/${reportId}`)).json<ReportDetail>()).toMatchObject({ prefilled: false, figures: {}, can: { edit: false, review: false } });

    // Autosave, then a save from a stale copy.
    const saved = await bls.put(`/api/reports/${reportId}/draft`, { version: 0, figures: opened.figures, narrative: { ...opened.narrative, danh_gia: 'Hoàn thành tốt.' } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<ReportDetail>()).toMatchObject({ version: 1, prefilled: false, autosavedAt: '2020-11-25T02:00:00.000Z', figures: { tin_bai: 11 } });
    const stale = await bls.put(`/api/reports/${reportId}/draft`, { version: 0, figures: { tin_bai: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT' });
    const unknown = await bls.put(`/api/reports/${reportId}/draft`, { version: 1, figures: { khong_co: 1, buoi: 'hai' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['figures.khong_co', 'figures.buoi']);

    // A later activity: the proposal changes; the draft only when asked.
    await log(bls, task, '2', { dateFrom: '2020-11-25', form: 'bao_dien_tu', title: 'Tin mới', quantity: 3, measure: 'tin/bài' });
    const proposal = (await bls.post(`/api/reports/${reportId}/prefill`, { apply: false })).json<ReportPrefillResult>();
    expect(proposal).toMatchObject({ report: null, proposal: { activityCount: 5, figures: { tin_bai: 14 } } });
    expect((await bls.get(`/api/reports/${reportId}`)).json<ReportDetail>().figures.tin_bai).toBe(11);
    const applied = (await bls.post(`/api/reports/${reportId}/prefill`, { apply: true, version: 1 })).json<ReportPrefillResult>();
    expect(applied.report).toMatchObject({ version: 2, figures: { tin_bai: 14 }, narrative: { danh_gia: 'Hoàn thành tốt.' } });

    const submitted = await bls.post(`/api/reports/${reportId}/submit`, { version: 2 });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json<ReportDetail>()).toMatchObject({ status: 'submitted', submissions: 1, lateReason: null, can: { edit: false, submit: false } });
    expect((await bls.put(`/api/reports/${reportId}/draft`, { version: 3, figures: { tin_bai: 1 } })).json()).toMatchObject({ code: 'REPORT_SUBMITTED' });

    const returned = await staff.post(`/api/reports/${reportId}/return`, { version: 3, reason: 'Thiếu số liệu phát thanh', newDeadline: '2020-12-10' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json<ReportDetail>()).toMatchObject({ status: 'returned', deadline: '2020-12-10', returnReason: 'Thiếu số liệu phát thanh', can: { edit: false, review: false } });
    expect((await bls.get(`/api/reports/${reportId}`)).json<ReportDetail>()).toMatchObject({ status: 'returned', prefilled: false, can: { edit: true, submit: true } });
    expect((await bls.get('/api/report-requests')).json<ReportRequestList>().items.find((i) => i.id === request.id)!.myReport).toMatchObject({ status: 'returned', daysLeft: 15 });

    await bls.put(`/api/reports/${reportId}/draft`, { version: 4, figures: { chuong_trinh: 3 }, narrative: { de_xuat: 'Đề nghị hỗ trợ kinh phí.' } });
    const again = await bls.post(`/api/reports/${reportId}/submit`, { version: 5 });
    expect(again.json<ReportDetail>()).toMatchObject({ status: 'submitted', submissions: 2, firstSubmittedAt: '2020-11-25T02:00:00.000Z' });

    const history = (await staff.get(`/api/reports/${reportId}/versions`)).json<ReportVersions>();
    expect(history.versions.map((v) => [v.no, v.review, v.late])).toEqual([
      [1, 'returned', false],
      [2, null, false],
    ]);
    expect(history.versions[0]).toMatchObject({ reviewReason: 'Thiếu số liệu phát thanh', newDeadline: '2020-12-10', reviewedBy: { fullName: 'Hoàng Thu Trang' } });
    expect(history.changes).toEqual([
      {
        from: 1,
        to: 2,
        nothingToReport: null,
        explanation: null,
        figures: [{ key: 'chuong_trinh', name: 'Số chương trình phát thanh, truyền hình', before: 0, after: 3 }],
        sections: [{ key: 'de_xuat', title: 'Đề xuất, kiến nghị', before: '', after: 'Đề nghị hỗ trợ kinh phí.' }],
      },
    ]);

    const accepted = await staff.post(`/api/reports/${reportId}/accept`, { version: 6 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<ReportDetail>()).toMatchObject({ status: 'accepted', reviewedBy: { fullName: 'Hoàng Thu Trang' } });

    // Locked: every write answers 409 REPORT_LOCKED.
    for (const res of [
      await bls.put(`/api/reports/${reportId}/draft`, { version: 7, figures: { tin_bai: 1 } }),
      await bls.post(`/api/reports/${reportId}/submit`, { version: 7 }),
      await bls.post(`/api/reports/${reportId}/extensions`, { reason: 'Xin thêm thời gian', requestedDeadline: '2020-12-20' }),
      await bls.post(`/api/reports/${reportId}/prefill`, { apply: true, version: 7 }),
      await staff.post(`/api/reports/${reportId}/return`, { version: 7, reason: 'Sửa lại', newDeadline: '2020-12-20' }),
      await staff.post(`/api/reports/${reportId}/accept`, { version: 7 }),
    ]) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({ code: 'REPORT_LOCKED' });
    }

    const actions = db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'report'), eq(auditLog.entityId, reportId)))
      .all()
      .map((a) => a.action);
    expect(actions).toEqual(['report.save', 'report.save', 'report.submit', 'report.return', 'report.save', 'report.submit', 'report.accept']);
    expect(db.select().from(auditLog).where(and(eq(auditLog.action, 'report_request.open'), eq(auditLog.entityId, request.id))).all()).toHaveLength(1);
  });

  it('counts the work of the units a unit delegated to, and nothing of another directive', async () => {
    const { db, login } = await testApp({ clock: fakeClock('2020-11-26T02:00:00.000Z') });
    const staff = await login('staff');
    const request = await openRequestFor(staff, { periodFrom: '2020-11-01' });
    const office = await login('vhtt.trangdinh');
    const item = (await office.get('/api/report-requests')).json<ReportRequestList>().items.find((r) => r.id === request.id)!;
    const r = (await office.get(`/api/reports/${item.myReport!.id}`)).json<ReportDetail>();
    // The demo: the district centre's 12 banners (5,000 reached) and Thất Khê's 6 items (3,000).
    expect(r.figures).toMatchObject({ pano: 12, tin_bai: 6, luot_nguoi: 8000 });
    expect(r.narrative['part:1']).toContain('(Trung tâm Văn hóa, Thể thao và Truyền thông huyện Tràng Định)');
    expect(r.narrative['part:2']).toContain('Truyền thanh cơ sở — Phát tin, bài kỷ niệm 200 năm Ngày sinh Ph.Ăng-ghen');

    // A request with no directive counts every activity in scope; one about another directive none of these.
    const other = await staff.post('/api/directives', { subject: 'Tuyên truyền Ngày Pháp luật', issued: { year: 2020, month: 11, day: 18 }, recipients: [{ label: 'Báo Lạng Sơn', unitId: unitIdOf(db, 'BLS') }], parts: [{ title: 'Đăng tin' }] });
    const d = other.json<{ id: number; version: number }>();
    expect((await staff.post(`/api/directives/${d.id}/publish`, { version: d.version })).statusCode).toBe(200);
    const byOther = await openRequestFor(staff, { directiveId: d.id, recipients: [{ kind: 'directive', directiveId: d.id }, { kind: 'unit', unitId: r.unit.id }] });
    expect(byOther.recipients.map((u) => u.id)).toEqual([unitIdOf(db, 'BLS'), r.unit.id].sort((a, b) => a - b));
    const none = (await office.get('/api/report-requests')).json<ReportRequestList>().items.find((x) => x.id === byOther.id)!;
    expect((await office.get(`/api/reports/${none.myReport!.id}`)).json<ReportDetail>().figures).toMatchObject({ pano: 0, tin_bai: 0, luot_nguoi: 0 });
  });

  it('keeps a draft request editable and an open one to its deadline, note and follow-up person', async () => {
    const { db, login } = await testApp();
    const staff = await login('staff');
    const created = await staff.post('/api/report-requests', {
      title: 'Báo cáo công tác tuyên truyền quý IV',
      kind: 'ad_hoc',
      deadline: '2020-12-15',
      recipients: [{ kind: 'group', groupId: 1 }, { kind: 'unit', unitId: unitIdOf(db, 'BLS') }],
      outline: [{ title: 'Kết quả' }, { title: 'Kiến nghị', prompt: 'Nếu có' }],
      fields: [{ name: 'Số tin, bài', type: 'number', unit: 'tin, bài', source: { kind: 'quantity', measure: 'tin / bài' } }, { name: 'Đánh giá', type: 'choice', choices: ['Tốt', 'Khá'] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const r = created.json<ReportRequest>();
    expect(r.recipients).toHaveLength(12);
    expect(r.outline.map((s) => s.key)).toEqual(['s1', 's2']);
    expect(r.fields.map((f) => [f.key, f.source])).toEqual([
      ['f1', { kind: 'quantity', measure: 'tin/bài' }],
      ['f2', null],
    ]);
    expect(r.responsible).toMatchObject({ fullName: 'Hoàng Thu Trang' });

    const bad = await staff.post('/api/report-requests', { title: 'Định kỳ', kind: 'periodic', deadline: '2020-12-15', fields: [{ name: 'X', type: 'choice', choices: ['a'] }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields: { path: string }[] }>().fields.map((f) => f.path).sort()).toEqual(['fields.0.choices', 'frequency']);

    const patched = await staff.patch(`/api/report-requests/${r.id}`, { version: r.version, title: 'Báo cáo quý IV/2020', recipients: [{ kind: 'unit', unitId: unitIdOf(db, 'BLS') }] });
    expect(patched.json<ReportRequest>()).toMatchObject({ title: 'Báo cáo quý IV/2020', recipients: [{ name: 'Báo Lạng Sơn' }], version: 1 });
    expect((await staff.patch(`/api/report-requests/${r.id}`, { version: 0, title: 'Tên cũ' })).statusCode).toBe(409);

    const opened = (await staff.post(`/api/report-requests/${r.id}/open`, { version: 1 })).json<ReportRequest>();
    expect((await staff.post(`/api/report-requests/${r.id}/open`, { version: opened.version })).json()).toMatchObject({ code: 'ALREADY_OPEN' });
    const locked = await staff.patch(`/api/report-requests/${r.id}`, { version: opened.version, title: 'Đổi tên' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ code: 'REQUEST_OPEN' });
    const moved = await staff.patch(`/api/report-requests/${r.id}`, { version: opened.version, deadline: '2020-12-20' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(db.select({ deadline: reports.deadline }).from(reports).where(eq(reports.requestId, r.id)).all()).toEqual([{ deadline: '2020-12-20' }]);

    const closed = await staff.post(`/api/report-requests/${r.id}/close`, { version: moved.json<ReportRequest>().version });
    expect(closed.json<ReportRequest>().status).toBe('closed');
    const bls = await login('baolangson');
    expect((await bls.get('/api/report-requests?pending=true')).json<ReportRequestList>().items.map((i) => i.id)).not.toContain(r.id);
    expect((await bls.get('/api/report-requests')).json<ReportRequestList>().items.find((i) => i.id === r.id)).toMatchObject({ status: 'closed' });
  });
});
