import { describe, expect, it } from 'vitest';
import type { NotificationPage, ReportDetail, ReportRequest, ReportRequestList } from '@dondoc/schemas';
import { actorFor, fakeClock, testApp } from '../../../test/helpers';

/** What each side hears, in the bell: the unit of requests and reviews, staff of reports sent and extensions asked. */
describe('notifications of a report’s life', () => {
  it('tells the unit of the request, the return and the acceptance, and the staff member of the report sent and the extension asked', async () => {
    const t = await testApp({ clock: fakeClock('2020-11-20T02:00:00.000Z') });
    const staff = await t.login('staff');
    const created = (
      await staff.post('/api/report-requests', {
        title: 'Báo cáo nhanh tháng 11',
        kind: 'ad_hoc',
        periodFrom: '2020-11-01',
        periodTo: '2020-11-24',
        deadline: '2020-11-25',
        recipients: [{ kind: 'unit', unitId: actorFor(t.db, 'baolangson').unitId }],
        outline: [{ key: 'ket_qua', title: 'Kết quả thực hiện' }],
        fields: [],
      })
    ).json<ReportRequest>();
    expect((await staff.post(`/api/report-requests/${created.id}/open`, { version: created.version })).statusCode).toBe(200);

    const bls = await t.login('baolangson');
    const pv = await t.login('baolangson.pv');
    const titles = async (who: typeof staff) => (await who.get('/api/notifications')).json<NotificationPage>().items.map((n) => n.title);
    // Both people of the newspaper hear of the request (newest first; the demo's own request came before); nobody at the radio station does.
    const asked = 'Yêu cầu báo cáo: “Báo cáo nhanh tháng 11”';
    expect((await titles(bls))[0]).toBe(asked);
    expect((await titles(pv))[0]).toBe(asked);
    expect(await titles(await t.login('daiptth'))).not.toContain(asked);

    const id = (await bls.get('/api/report-requests')).json<ReportRequestList>().items.find((i) => i.id === created.id)!.myReport!.id;
    const report = (await bls.get(`/api/reports/${id}`)).json<ReportDetail>();
    expect((await bls.post(`/api/reports/${id}/extensions`, { reason: 'Chờ số liệu', requestedDeadline: '2020-11-28' })).statusCode).toBe(201);
    const sent = await bls.post(`/api/reports/${id}/submit`, { version: report.version, narrative: { ket_qua: 'Đã đăng 12 tin, bài.' }, figures: {} });
    expect(sent.statusCode, sent.body).toBe(200);
    expect((await titles(staff)).slice(0, 2)).toEqual(['Báo Lạng Sơn đã gửi báo cáo “Báo cáo nhanh tháng 11”', 'Báo Lạng Sơn xin gia hạn báo cáo “Báo cáo nhanh tháng 11”']);

    const back = await staff.post(`/api/reports/${id}/return`, { version: sent.json<ReportDetail>().version, reason: 'Thiếu số liệu báo điện tử.', newDeadline: '2020-11-27' });
    expect(back.statusCode, back.body).toBe(200);
    const note = (await pv.get('/api/notifications')).json<NotificationPage>().items[0]!;
    expect(note).toMatchObject({ title: 'Báo cáo “Báo cáo nhanh tháng 11” bị trả lại', body: 'Lý do: Thiếu số liệu báo điện tử. Hạn nộp lại: 27/11/2020.', link: `/reports/${id}` });

    const again = await bls.post(`/api/reports/${id}/submit`, { version: back.json<ReportDetail>().version, narrative: { ket_qua: 'Đã đăng 12 tin, bài (8 báo in, 4 điện tử).' }, figures: {} });
    expect((await staff.post(`/api/reports/${id}/accept`, { version: again.json<ReportDetail>().version })).statusCode).toBe(200);
    expect((await titles(bls))[0]).toBe('Báo cáo “Báo cáo nhanh tháng 11” đã được chấp nhận');
  });
});
