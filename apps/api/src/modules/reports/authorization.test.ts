import { describe, expect, it } from 'vitest';
import type { ReportDetail, ReportFile, ReportRequest, ReportRequestList } from '@dondoc/schemas';
import { actorFor, testApp } from '../../../test/helpers';
import { PDF, addUser, openRequestFor, reportIdOf, upload } from './test-setup';

async function setUp() {
  const t = await testApp();
  const staff = await t.login('staff');
  const request = await openRequestFor(staff);
  const bls = await t.login('baolangson');
  const blsReport = reportIdOf(t.db, request.id, 'BLS');
  const own = await upload(t.app, bls, `/api/reports/${blsReport}/files`, 'Báo cáo số liệu.pdf', PDF);
  expect(own.statusCode, own.body).toBe(201);
  const requestFile = await upload(t.app, staff, `/api/report-requests/${request.id}/files`, 'Đề cương.pdf', PDF);
  expect(requestFile.statusCode, requestFile.body).toBe(201);
  return { ...t, staff, bls, request, blsReport, fileId: own.json<ReportFile>().id, requestFileId: requestFile.json<ReportFile>().id };
}

describe('reports authorization', () => {
  it('gives another unit nothing of a unit’s report or its files, whatever the id guessed', async () => {
    const { app, login, blsReport, fileId, requestFileId, request } = await setUp();
    const dai = await login('daiptth');
    const attempts = [
      await dai.get(`/api/reports/${blsReport}`),
      await dai.put(`/api/reports/${blsReport}/draft`, { version: 0, narrative: {} }),
      await dai.post(`/api/reports/${blsReport}/submit`, { version: 0 }),
      await dai.post(`/api/reports/${blsReport}/prefill`, { apply: false }),
      await dai.post(`/api/reports/${blsReport}/extensions`, { reason: 'Gia hạn giúp', requestedDeadline: '2020-12-30' }),
      await dai.get(`/api/reports/${blsReport}/versions`),
      await upload(app, dai, `/api/reports/${blsReport}/files`, 'x.pdf', PDF),
      await dai.get(`/api/report-files/${fileId}`),
      await dai.del(`/api/report-files/${fileId}`),
      await dai.get('/api/reports/999999'),
      await dai.get('/api/report-files/not-a-number'),
      await dai.get('/api/report-files/999999'),
    ];
    for (const res of attempts) expect(res.statusCode, res.body).toBe(404);
    // The request's own attachment goes to every unit asked.
    expect((await dai.get(`/api/report-files/${requestFileId}`)).statusCode).toBe(200);

    // A unit not asked sees neither the request nor its files.
    const cntt = await login('cntt');
    expect((await cntt.get(`/api/report-requests/${request.id}`)).statusCode).toBe(404);
    expect((await cntt.get(`/api/report-files/${requestFileId}`)).statusCode).toBe(404);
    expect((await cntt.get('/api/report-requests')).json<ReportRequestList>().items).toEqual([]);
  });

  it('hides a report from the unit that delegated work to its author', async () => {
    const { db, staff, login } = await setUp();
    const centre = actorFor(db, 'tt.trangdinh').unitId!;
    const office = actorFor(db, 'vhtt.trangdinh').unitId!;
    const r = await openRequestFor(staff, { recipients: [{ kind: 'unit', unitId: centre }, { kind: 'unit', unitId: office }] });
    const vhtt = await login('vhtt.trangdinh');
    const seen = (await vhtt.get('/api/report-requests')).json<ReportRequestList>().items.find((x) => x.id === r.id);
    expect(seen?.myReport).toBeTruthy();
    expect((await vhtt.get(`/api/report-requests/${r.id}`)).json<ReportRequest>().recipients.map((u) => u.id)).toEqual([office]);
    const centreReport = reportIdOf(db, r.id, 'TTVH-180');
    expect((await vhtt.get(`/api/reports/${centreReport}`)).statusCode).toBe(404);
    expect((await vhtt.get(`/api/reports/${centreReport}/versions`)).statusCode).toBe(404);
  });

  it('lets only the unit head submit; staff and leaders write no unit’s report; leaders write nothing', async () => {
    const { db, login, blsReport, request, fileId, requestFileId, app } = await setUp();
    await addUser(db, 'bls.canbo', 'BLS');
    const clerk = await login('bls.canbo');
    const mine = (await clerk.get(`/api/reports/${blsReport}`)).json<ReportDetail>();
    expect(mine.can).toEqual({ edit: true, submit: false, review: false, requestExtension: true });
    const saved = await clerk.put(`/api/reports/${blsReport}/draft`, { version: mine.version, figures: mine.figures, narrative: { ...mine.narrative, danh_gia: 'Tốt' } });
    expect(saved.statusCode, saved.body).toBe(200);
    const refused = await clerk.post(`/api/reports/${blsReport}/submit`, { version: 1 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ code: 'NOT_HEAD', message: 'Chỉ lãnh đạo đơn vị được gửi báo cáo' });

    const staff = await login('staff');
    expect((await staff.put(`/api/reports/${blsReport}/draft`, { version: 1, narrative: {} })).statusCode).toBe(403);
    expect((await staff.post(`/api/reports/${blsReport}/submit`, { version: 1 })).statusCode).toBe(403);

    const leader = await login('leader');
    expect((await leader.get(`/api/reports/${blsReport}`)).statusCode).toBe(200);
    expect((await leader.get(`/api/report-requests/${request.id}`)).statusCode).toBe(200);
    expect((await leader.get(`/api/report-files/${fileId}`)).statusCode).toBe(200);
    const writes = [
      await leader.post('/api/report-requests', { title: 'Báo cáo của lãnh đạo', kind: 'ad_hoc', deadline: '2020-12-30' }),
      await leader.patch(`/api/report-requests/${request.id}`, { version: request.version, note: 'Ghi chú' }),
      await leader.post(`/api/report-requests/${request.id}/open`, { version: request.version }),
      await leader.post(`/api/report-requests/${request.id}/close`, { version: request.version }),
      await leader.put(`/api/reports/${blsReport}/draft`, { version: 1, narrative: {} }),
      await leader.post(`/api/reports/${blsReport}/accept`, { version: 1 }),
      await leader.post(`/api/reports/${blsReport}/return`, { version: 1, reason: 'Trả lại', newDeadline: '2020-12-30' }),
      await leader.post('/api/report-extensions/1/decide', { decision: 'grant' }),
      await upload(app, leader, `/api/report-requests/${request.id}/files`, 'x.pdf', PDF),
      await leader.del(`/api/report-files/${requestFileId}`),
    ];
    for (const res of writes) expect(res.statusCode, res.body).toBe(403);

    // Units create and review nothing.
    const bls = await login('baolangson');
    for (const res of [
      await bls.post('/api/report-requests', { title: 'Báo cáo tự đặt', kind: 'ad_hoc', deadline: '2020-12-30' }),
      await bls.post(`/api/reports/${blsReport}/accept`, { version: 1 }),
      await bls.get(`/api/report-requests/${request.id}/status`),
      await bls.get(`/api/directives/${request.directive!.id}/report-request-template`),
      await upload(app, bls, `/api/report-requests/${request.id}/files`, 'x.pdf', PDF),
      await bls.del(`/api/report-files/${requestFileId}`),
    ]) {
      expect(res.statusCode, res.body).toBe(403);
    }
  });

  it('answers 401 to anyone not signed in', async () => {
    const { app, blsReport, fileId } = await setUp();
    for (const [method, url] of [
      ['GET', '/api/report-requests'],
      ['POST', '/api/report-requests'],
      ['GET', `/api/reports/${blsReport}`],
      ['PUT', `/api/reports/${blsReport}/draft`],
      ['GET', `/api/report-files/${fileId}`],
      ['POST', `/api/reports/${blsReport}/files`],
    ] as const) {
      expect((await app.inject({ method, url })).statusCode, url).toBe(401);
    }
  });

  it('stores attachments by content, offers them for download, and locks them with the report', async () => {
    const { staff, bls, app, blsReport, fileId, request } = await setUp();
    const res = await staff.get(`/api/report-files/${fileId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Bao cao so lieu.pdf"; filename*=UTF-8''${encodeURIComponent('Báo cáo số liệu.pdf')}`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect((await bls.get(`/api/reports/${blsReport}`)).json<ReportDetail>().files).toMatchObject([{ id: fileId, mime: 'application/pdf' }]);
    expect((await bls.get(`/api/report-requests/${request.id}`)).json<ReportRequest>().files).toHaveLength(1);

    const exe = await upload(app, bls, `/api/reports/${blsReport}/files`, 'baocao.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100, 0)]));
    expect(exe.statusCode).toBe(415);

    const extra = (await upload(app, bls, `/api/reports/${blsReport}/files`, 'phu-luc.pdf', PDF)).json<ReportFile>();
    expect((await bls.del(`/api/report-files/${extra.id}`)).statusCode).toBe(204);
    expect((await bls.del(`/api/report-files/${extra.id}`)).statusCode).toBe(404);
    // The same bytes are still another file's: they stay.
    expect((await staff.get(`/api/report-files/${fileId}`)).statusCode).toBe(200);

    const current = (await bls.get(`/api/reports/${blsReport}`)).json<ReportDetail>();
    const sent = await bls.post(`/api/reports/${blsReport}/submit`, { version: current.version, figures: current.figures, narrative: { 'part:1': 'Đã đăng 3 tin, bài.' } });
    expect(sent.statusCode, sent.body).toBe(200);
    expect((await upload(app, bls, `/api/reports/${blsReport}/files`, 'muon.pdf', PDF)).json()).toMatchObject({ code: 'REPORT_SUBMITTED' });
    expect((await staff.post(`/api/reports/${blsReport}/accept`, { version: sent.json<ReportDetail>().version })).statusCode).toBe(200);
    expect((await upload(app, bls, `/api/reports/${blsReport}/files`, 'muon.pdf', PDF)).json()).toMatchObject({ code: 'REPORT_LOCKED' });
    expect((await bls.del(`/api/report-files/${fileId}`)).json()).toMatchObject({ code: 'REPORT_LOCKED' });
  });
});
