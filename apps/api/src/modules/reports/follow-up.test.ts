import { describe, expect, it } from 'vitest';
import type { ConsolidatedReport, ReportDetail, ReportRequest, ReportRequestList, ReportStatusTable } from '@dondoc/schemas';
import { actorFor, fakeClock, testApp } from '../../../test/helpers';
import { openReports } from './reports';
import type { Session } from './test-setup';

const FIELDS = [
  { key: 'tin_bai', name: 'Số tin, bài', type: 'number', unit: 'tin, bài', source: { kind: 'quantity', measure: 'tin/bài' } },
  { key: 'buoi', name: 'Số buổi tuyên truyền', type: 'number', unit: 'buổi' },
  { key: 'danh_gia', name: 'Tự đánh giá', type: 'choice', choices: ['Tốt', 'Khá', 'Trung bình'] },
  { key: 'ghi_chu', name: 'Ghi chú', type: 'text' },
];
const UNITS = ['baolangson', 'daiptth', 'vhtt.trangdinh', 'vhtt.binhgia', 'vhtt.huulung', 'tt.trangdinh'];

async function setUp() {
  const clock = fakeClock('2020-11-20T02:00:00.000Z');
  const t = await testApp({ clock });
  const staff = await t.login('staff');
  const created = (
    await staff.post('/api/report-requests', {
      title: 'Báo cáo nhanh kết quả tuyên truyền tháng 11',
      kind: 'ad_hoc',
      periodFrom: '2020-11-01',
      periodTo: '2020-11-24',
      deadline: '2020-11-25',
      recipients: UNITS.map((u) => ({ kind: 'unit', unitId: actorFor(t.db, u).unitId })),
      outline: [{ key: 'ket_qua', title: 'Kết quả thực hiện' }],
      fields: FIELDS,
    })
  ).json<ReportRequest>();
  const request = (await staff.post(`/api/report-requests/${created.id}/open`, { version: created.version })).json<ReportRequest>();
  // A session per call: the clock moves past a session's lifetime in the tests.
  const unit = (name: string): Promise<Session> => t.login(name);
  const reportOf = async (name: string) => {
    const s = await unit(name);
    const item = (await s.get('/api/report-requests')).json<ReportRequestList>().items.find((i) => i.id === request.id);
    return (await s.get(`/api/reports/${item!.myReport!.id}`)).json<ReportDetail>();
  };
  return { ...t, clock, staff, request, unit, reportOf };
}

const full = (figures: Record<string, unknown>) => ({ narrative: { ket_qua: 'Đã thực hiện theo kế hoạch.' }, figures });

describe('follow-up of a request', () => {
  it('asks a reason when late, an explanation for nothing to report, handles extensions, and tallies status and figures exactly', async () => {
    const { db, clock, staff, request, unit, reportOf, login } = await setUp();

    const bls = await reportOf('baolangson');
    const sent = await (await unit('baolangson')).post(`/api/reports/${bls.id}/submit`, { version: bls.version, ...full({ tin_bai: 10, buoi: 2, danh_gia: 'Tốt', ghi_chu: 'Đăng trên báo in và điện tử' }) });
    expect(sent.statusCode, sent.body).toBe(200);

    // Nothing to report: valid, with an explanation.
    const dai = await reportOf('daiptth');
    const bare = await (await unit('daiptth')).post(`/api/reports/${dai.id}/submit`, { version: dai.version, nothingToReport: true });
    expect(bare.statusCode).toBe(400);
    expect(bare.json()).toMatchObject({ code: 'EXPLANATION_REQUIRED', fields: [{ path: 'explanation' }] });
    const nothing = await (await unit('daiptth')).post(`/api/reports/${dai.id}/submit`, { version: dai.version, nothingToReport: true, explanation: 'Trong kỳ Đài không có hoạt động thuộc nội dung này.' });
    expect(nothing.statusCode, nothing.body).toBe(200);
    expect(nothing.json<ReportDetail>()).toMatchObject({ status: 'submitted', nothingToReport: true });

    // Extension: granted moves the deadline; one pending at a time; refusing needs a reason.
    const td = await reportOf('vhtt.trangdinh');
    const ask = await (await unit('vhtt.trangdinh')).post(`/api/reports/${td.id}/extensions`, { reason: 'Chờ số liệu các xã', requestedDeadline: '2020-11-30' });
    expect(ask.statusCode, ask.body).toBe(201);
    expect((await (await unit('vhtt.trangdinh')).post(`/api/reports/${td.id}/extensions`, { reason: 'Lần nữa', requestedDeadline: '2020-11-24' })).json()).toMatchObject({ code: 'EXTENSION_NOT_LATER' });
    expect((await (await unit('vhtt.trangdinh')).post(`/api/reports/${td.id}/extensions`, { reason: 'Lần nữa', requestedDeadline: '2020-12-01' })).json()).toMatchObject({ code: 'EXTENSION_PENDING' });
    const extId = ask.json<ReportDetail>().extensions[0]!.id;
    expect((await (await unit('vhtt.trangdinh')).post(`/api/report-extensions/${extId}/decide`, { decision: 'grant' })).statusCode).toBe(403);
    const granted = await staff.post(`/api/report-extensions/${extId}/decide`, { decision: 'grant' });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json<ReportDetail>()).toMatchObject({ deadline: '2020-11-30', extensions: [{ status: 'granted', grantedDeadline: '2020-11-30', decidedBy: { fullName: 'Hoàng Thu Trang' } }] });
    expect((await staff.post(`/api/report-extensions/${extId}/decide`, { decision: 'refuse', note: 'Muộn' })).json()).toMatchObject({ code: 'ALREADY_DECIDED' });
    const again = (await (await unit('vhtt.trangdinh')).post(`/api/reports/${td.id}/extensions`, { reason: 'Thêm hai ngày', requestedDeadline: '2020-12-02' })).json<ReportDetail>();
    const second = again.extensions[1]!.id;
    expect((await staff.post(`/api/report-extensions/${second}/decide`, { decision: 'refuse' })).statusCode).toBe(400);
    expect((await staff.post(`/api/report-extensions/${second}/decide`, { decision: 'refuse', note: 'Đã gia hạn một lần' })).json<ReportDetail>()).toMatchObject({ deadline: '2020-11-30' });
    // The deadline moved without a new version: the unit's open draft still saves.
    expect((await (await unit('vhtt.trangdinh')).put(`/api/reports/${td.id}/draft`, { version: td.version, ...full({ tin_bai: 6, buoi: 3 }) })).statusCode).toBe(200);

    // Incomplete, then complete.
    const tt = await reportOf('tt.trangdinh');
    const partial = await (await unit('tt.trangdinh')).post(`/api/reports/${tt.id}/submit`, { version: tt.version, narrative: { ket_qua: 'Treo băng rôn.' }, figures: { tin_bai: 4 } });
    expect(partial.json()).toMatchObject({ code: 'INCOMPLETE_REPORT', fields: [{ path: 'figures.buoi' }] });
    expect((await (await unit('tt.trangdinh')).post(`/api/reports/${tt.id}/submit`, { version: tt.version, ...full({ tin_bai: 4, buoi: 1 }) })).statusCode).toBe(200);

    // Two days after the deadline.
    clock.set('2020-11-27T02:00:00.000Z');
    const bg = await login('vhtt.binhgia');
    const bgReport = await reportOf('vhtt.binhgia');
    const late = await bg.post(`/api/reports/${bgReport.id}/submit`, { version: bgReport.version, ...full({ tin_bai: 5, buoi: 0, danh_gia: 'Khá' }) });
    expect(late.statusCode).toBe(400);
    expect(late.json()).toMatchObject({ code: 'LATE_REASON_REQUIRED', fields: [{ path: 'lateReason' }] });
    const withReason = await bg.post(`/api/reports/${bgReport.id}/submit`, { version: bgReport.version, lateReason: 'Cán bộ phụ trách đi công tác', ...full({ tin_bai: 5, buoi: 0, danh_gia: 'Khá' }) });
    expect(withReason.statusCode, withReason.body).toBe(200);
    expect(withReason.json<ReportDetail>()).toMatchObject({ lateReason: 'Cán bộ phụ trách đi công tác' });
    // Within its extended deadline: on time, no reason needed.
    const tdNow = await reportOf('vhtt.trangdinh');
    expect((await (await login('vhtt.trangdinh')).post(`/api/reports/${tdNow.id}/submit`, { version: tdNow.version })).statusCode).toBe(200);

    const staff2 = await login('staff');
    const blsNow = (await staff2.get(`/api/reports/${bls.id}`)).json<ReportDetail>();
    expect((await staff2.post(`/api/reports/${bls.id}/accept`, { version: blsNow.version })).statusCode).toBe(200);
    const ttNow = (await staff2.get(`/api/reports/${tt.id}`)).json<ReportDetail>();
    expect((await staff2.post(`/api/reports/${tt.id}/return`, { version: ttNow.version, reason: 'Thiếu minh chứng', newDeadline: '2020-12-01' })).statusCode).toBe(200);

    // What reminders chase: the reports still owed, soonest first (the demo's request is due later).
    expect(openReports(db, { dueBy: '2020-11-30' }).map((r) => [r.unitId, r.status, r.deadline])).toEqual([[actorFor(db, 'vhtt.huulung').unitId, 'draft', '2020-11-25']]);
    expect(openReports(db, { unitId: actorFor(db, 'tt.trangdinh').unitId! }).map((r) => [r.requestId, r.status, r.deadline])).toEqual([[request.id, 'returned', '2020-12-01']]);

    const status = (await staff2.get(`/api/report-requests/${request.id}/status`)).json<ReportStatusTable>();
    const unitOf = new Map([['baolangson', bls], ['daiptth', dai], ['vhtt.trangdinh', td], ['tt.trangdinh', tt], ['vhtt.binhgia', bgReport]].map(([k, r]) => [k as string, (r as ReportDetail).unit.id]));
    const row = (username: string) => {
      const r = status.rows.find((x) => x.unit.id === unitOf.get(username));
      return r && { state: r.state, overdue: r.overdue, daysLate: r.daysLate, versions: r.versions, deadline: r.deadline, district: r.districtName };
    };
    expect(status.totals).toEqual({ units: 6, notSubmitted: 1, overdue: 1, onTime: 3, late: 1, returned: 1, accepted: 1 });
    expect(row('baolangson')).toEqual({ state: 'accepted', overdue: false, daysLate: 0, versions: 1, deadline: '2020-11-25', district: null });
    expect(row('daiptth')).toMatchObject({ state: 'submitted_on_time', daysLate: 0 });
    expect(row('vhtt.trangdinh')).toEqual({ state: 'submitted_on_time', overdue: false, daysLate: 0, versions: 1, deadline: '2020-11-30', district: 'Huyện Tràng Định' });
    expect(row('vhtt.binhgia')).toEqual({ state: 'submitted_late', overdue: false, daysLate: 2, versions: 1, deadline: '2020-11-25', district: 'Huyện Bình Gia' });
    expect(row('tt.trangdinh')).toMatchObject({ state: 'returned', overdue: false, deadline: '2020-12-01' });
    const huuLung = status.rows.find((r) => r.unit.name.includes('Hữu Lũng'));
    expect(huuLung).toMatchObject({ state: 'not_submitted', overdue: true, daysLate: 2, versions: 0, submittedAt: null });

    const sum = (await staff2.get(`/api/report-requests/${request.id}/consolidated`)).json<ConsolidatedReport>();
    expect(sum).toMatchObject({ basis: 'submitted', counted: 4, units: 6 });
    const tin = sum.fields.find((f) => f.key === 'tin_bai')!;
    expect(tin.total).toBe(21);
    expect(tin.perUnit.map((p) => p.value)).toEqual([10, null, 6, 5]);
    expect(tin.perDistrict).toEqual([
      { district: { code: null, name: 'Cấp tỉnh' }, value: 10, units: 1 },
      { district: { code: expect.any(String), name: 'Huyện Bình Gia' }, value: 5, units: 1 },
      { district: { code: expect.any(String), name: 'Huyện Tràng Định' }, value: 6, units: 1 },
    ]);
    expect(sum.fields.find((f) => f.key === 'buoi')!.total).toBe(5);
    expect(sum.fields.find((f) => f.key === 'danh_gia')!.choices).toEqual([
      { choice: 'Tốt', count: 1 },
      { choice: 'Khá', count: 1 },
      { choice: 'Trung bình', count: 0 },
    ]);
    expect(sum.fields.find((f) => f.key === 'ghi_chu')!.perUnit[0]).toMatchObject({ value: 'Đăng trên báo in và điện tử' });
    const accepted = (await staff2.get(`/api/report-requests/${request.id}/consolidated?basis=accepted`)).json<ConsolidatedReport>();
    expect(accepted).toMatchObject({ counted: 1, fields: [{ key: 'tin_bai', total: 10 }, { key: 'buoi', total: 2 }, {}, {}] });

    // Leaders read the follow-up; units do not.
    expect((await (await login('leader')).get(`/api/report-requests/${request.id}/status`)).statusCode).toBe(200);
    expect((await bg.get(`/api/report-requests/${request.id}/status`)).statusCode).toBe(403);
    expect((await bg.get(`/api/report-requests/${request.id}/consolidated`)).statusCode).toBe(403);
  });
});
