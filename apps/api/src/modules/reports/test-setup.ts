/** Shared set-up of the reports tests (not a test file itself). */
import { and, eq } from 'drizzle-orm';
import type { DirectiveSummary, ReportRequest, ReportRequestCreateInput, ReportRequestTemplate, TaskSummary, TaskWithItems } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { reports, units, users } from '../../db/schema/index';
import { hashPassword } from '../auth/password';
import { PASSWORD, type testApp } from '../../../test/helpers';

export type App = Awaited<ReturnType<typeof testApp>>;
export type Session = Awaited<ReturnType<App['login']>>;

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export function multipart(filename: string, bytes: Buffer) {
  const boundary = `----dondoc${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const upload = (app: App['app'], who: Session, url: string, name: string, bytes: Buffer) => {
  const m = multipart(name, bytes);
  return app.inject({ method: 'POST', url, payload: m.payload, headers: { ...m.headers, cookie: who.cookie } });
};

export const unitIdOf = (db: Db, code: string) => {
  const u = db.select({ id: units.id }).from(units).where(eq(units.code, code)).get();
  if (!u) throw new Error(code);
  return u.id;
};

export async function addUser(db: Db, username: string, unitCode: string | null, opts: { role?: 'unit' | 'staff' | 'leader'; isHead?: boolean } = {}) {
  db.insert(users)
    .values({
      username,
      fullName: username,
      role: opts.role ?? 'unit',
      unitId: unitCode ? unitIdOf(db, unitCode) : null,
      isHead: opts.isHead ?? false,
      passwordHash: await hashPassword(PASSWORD, 1024),
      createdAt: '2020-11-01T00:00:00.000Z',
    })
    .run();
}

/** The seed dispatch (the Engels anniversary one). */
export async function seedDirectiveId(staff: Session): Promise<number> {
  const list = (await staff.get('/api/directives')).json<{ items: DirectiveSummary[] }>().items;
  const d = list.find((x) => x.subject.includes('Ăng-ghen'));
  if (!d) throw new Error('seed directive missing');
  return d.id;
}

/** A unit's top-level task of the seed dispatch. */
export async function seedTask(s: Session): Promise<TaskWithItems> {
  const mine = (await s.get('/api/tasks')).json<{ items: TaskSummary[] }>().items;
  const top = mine.find((t) => t.parentTaskId === null && t.directive.subject.includes('Ăng-ghen'));
  if (!top) throw new Error('no task');
  return (await s.get(`/api/tasks/${top.id}`)).json<TaskWithItems>();
}

/** Creates a request (from the seed directive's template unless told otherwise) and opens it. */
export async function openRequestFor(staff: Session, overrides: Partial<ReportRequestCreateInput> = {}): Promise<ReportRequest> {
  const directiveId = await seedDirectiveId(staff);
  const t = (await staff.get(`/api/directives/${directiveId}/report-request-template`)).json<ReportRequestTemplate>();
  const created = await staff.post('/api/report-requests', { ...t.input, deadline: '2020-12-05', periodFrom: '2020-11-15', periodTo: '2020-11-30', ...overrides });
  if (created.statusCode !== 201) throw new Error(`create: ${created.body}`);
  const r = created.json<ReportRequest>();
  const opened = await staff.post(`/api/report-requests/${r.id}/open`, { version: r.version });
  if (opened.statusCode !== 200) throw new Error(`open: ${opened.body}`);
  return opened.json<ReportRequest>();
}

export const reportIdOf = (db: Db, requestId: number, unitCode: string) => {
  const r = db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.requestId, requestId), eq(reports.unitId, unitIdOf(db, unitCode))))
    .get();
  if (!r) throw new Error(`no report for ${unitCode}`);
  return r.id;
};

export const activity = (task: TaskWithItems, partKey: string, extra: Record<string, unknown>) => ({
  itemIds: [task.items.find((i) => i.partKey === partKey)!.id],
  links: [],
  ...extra,
});
