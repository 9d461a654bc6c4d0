import fs from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiError,
  exportCreate,
  exportJob,
  exportJobList,
  exportTokenParam,
  idParam,
  summaryReport,
  summaryReportList,
  summaryReportUpdate,
} from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { actorOf, errors } from '../../lib/http';
import { fileStore } from '../intake/storage';
import { reportDocx } from './docx';
import { exportService } from './jobs';
import { contentDisposition, MIME, summaryFileName } from './names';
import { reportPdf } from './pdf';
import { reportHtml } from './print';
import { createSummaryReport, getSummaryReport, listSummaryReports, summaryDocument, updateSummaryReport } from './summary-reports';

const download = (reply: FastifyReply, bytes: Buffer, name: string, mime: string) =>
  reply.type(mime).header('content-length', String(bytes.length)).header('content-disposition', contentDisposition(name)).header('cache-control', 'private, no-store').send(bytes);

const file = { 200: z.any().describe('Tệp'), ...errors, 429: apiError };
/** Making files costs CPU: each user may ask for this many a minute. */
const limited = { rateLimit: { max: 30, timeWindow: 60_000, keyGenerator: (req: FastifyRequest) => `exports:${req.actor?.userId ?? req.ip}` } };

/** BÁO CÁO drafts and their documents; export jobs for tables and reports. */
export const exportRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { db, clock, config } = deps;
    const tags = ['exports'];
    const exportsSvc = exportService({ db, clock, files: fileStore(config.dataDir), log: app.log });

    // Jobs a stop cut short are marked failed; old jobs and their files go, at start and every 6 hours.
    let sweepTimer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      exportsSvc.recover();
      exportsSvc.sweep();
      sweepTimer = setInterval(() => {
        try {
          exportsSvc.sweep();
        } catch (e) {
          app.log.error({ err: e }, 'export sweep failed');
        }
      }, 6 * 3600_000);
      sweepTimer.unref();
    });
    app.addHook('onClose', async () => {
      if (sweepTimer) clearInterval(sweepTimer);
      await exportsSvc.idle();
    });

    // ---- BÁO CÁO drafts (staff write, leaders read; units never) ----
    app.post('/api/directives/:id/summary-reports', { schema: { tags, params: idParam, response: { 201: summaryReport, ...errors } } }, async (req, reply) =>
      reply.code(201).send(createSummaryReport(db, clock, actorOf(req), req.params.id)),
    );
    app.get('/api/directives/:id/summary-reports', { schema: { tags, params: idParam, response: { 200: summaryReportList, ...errors } } }, async (req) => ({
      items: listSummaryReports(db, actorOf(req), req.params.id),
    }));
    app.get('/api/summary-reports/:id', { schema: { tags, params: idParam, response: { 200: summaryReport, ...errors } } }, async (req) =>
      getSummaryReport(db, clock, actorOf(req), req.params.id),
    );
    app.put('/api/summary-reports/:id', { schema: { tags, params: idParam, body: summaryReportUpdate, response: { 200: summaryReport, ...errors } } }, async (req) =>
      updateSummaryReport(db, clock, actorOf(req), req.params.id, req.body),
    );

    // ---- its documents, made while the client waits (one directive: well under a second) ----
    app.get('/api/summary-reports/:id/docx', { config: limited, schema: { tags, params: idParam, produces: [MIME.docx], response: file } }, async (req, reply) => {
      const { row, doc } = summaryDocument(db, clock, actorOf(req), req.params.id);
      return download(reply, await reportDocx(doc), summaryFileName(row, 'docx'), MIME.docx);
    });
    app.get('/api/summary-reports/:id/pdf', { config: limited, schema: { tags, params: idParam, produces: [MIME.pdf], response: file } }, async (req, reply) => {
      const { row, doc } = summaryDocument(db, clock, actorOf(req), req.params.id);
      return download(reply, await reportPdf(doc), summaryFileName(row, 'pdf'), MIME.pdf);
    });
    app.get('/api/summary-reports/:id/print', { schema: { tags, params: idParam, produces: ['text/html'], response: file } }, async (req, reply) => {
      const { doc } = summaryDocument(db, clock, actorOf(req), req.params.id);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'private, no-store')
        // Nothing but the page's own styles: the report text can never run as script.
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'")
        .send(reportHtml(doc));
    });

    // ---- export jobs ----
    app.post('/api/exports', { config: limited, schema: { tags, body: exportCreate, response: { 202: exportJob, ...errors, 429: apiError } } }, async (req, reply) =>
      reply.code(202).send(await exportsSvc.create(actorOf(req), req.body)),
    );
    app.get('/api/exports', { schema: { tags, response: { 200: exportJobList, ...errors } } }, async (req) => ({ items: exportsSvc.list(actorOf(req)) }));
    app.get('/api/exports/:token', { schema: { tags, params: exportTokenParam, response: { 200: exportJob, ...errors } } }, async (req) =>
      exportsSvc.get(actorOf(req), req.params.token),
    );
    app.get('/api/exports/:token/file', { schema: { tags, params: exportTokenParam, response: file } }, async (req, reply) => {
      const f = exportsSvc.file(actorOf(req), req.params.token);
      return reply
        .type(f.mime)
        .header('content-length', String(f.size))
        .header('content-disposition', contentDisposition(f.name))
        .header('cache-control', 'private, no-store')
        .send(fs.createReadStream(f.path));
    });
  };
