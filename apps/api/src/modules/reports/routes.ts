import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  followerList,
  consolidatedQuery,
  consolidatedReport,
  extensionCreate,
  extensionDecide,
  idParam,
  reportAccept,
  reportDetail,
  reportDraftSave,
  reportPrefillBody,
  reportPrefillResult,
  reportRequest,
  reportRequestCreate,
  reportRequestList,
  reportRequestListQuery,
  reportRequestTemplate,
  reportRequestUpdate,
  reportReturn,
  reportStatusTable,
  reportSubmit,
  reportVersions,
  versionBody,
} from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { actorOf, errors } from '../../lib/http';
import { reportFileRoutes } from './file-routes';
import { getReport, prefillReport, requestExtension, saveDraft, submitReport } from './reports';
import { followers, getRequest, listRequests } from './request-views';
import { closeRequest, createRequest, openRequest, updateRequest } from './requests';
import { acceptReport, decideExtension, returnReport } from './review';
import { scheduleRounds } from './rounds';
import { consolidate, reportVersionsOf, statusTable } from './status';
import { requestTemplate } from './template';

export const reportRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { db, clock } = deps;
    const tags = ['reports'];

    // Periodic requests make their rounds by themselves: at start, then hourly.
    let stopRounds: (() => void) | undefined;
    app.addHook('onReady', async () => {
      stopRounds = scheduleRounds(db, clock, app.log);
    });
    app.addHook('onClose', async () => stopRounds?.());

    // Writes may have queued email copies of their notifications (notify.ts): send them now, after
    // the commit and the answer, not at the next reminder pass.
    app.addHook('onResponse', async (req, reply) => {
      if (req.method !== 'GET' && reply.statusCode < 300) void app.reminders?.mailer.deliverPending();
    });

    // ---- requests (department staff write; leaders read; units read those sent to them) ----
    app.get('/api/report-requests', { schema: { tags, querystring: reportRequestListQuery, response: { 200: reportRequestList, ...errors } } }, async (req) => ({
      items: listRequests(db, clock, actorOf(req), req.query),
    }));
    app.get('/api/report-requests/followers', { schema: { tags, response: { 200: followerList, ...errors } } }, async (req) => followers(db, actorOf(req)));
    app.post('/api/report-requests', { schema: { tags, body: reportRequestCreate, response: { 201: reportRequest, ...errors } } }, async (req, reply) =>
      reply.code(201).send(createRequest(db, clock, actorOf(req), req.body)),
    );
    app.get('/api/report-requests/:id', { schema: { tags, params: idParam, response: { 200: reportRequest, ...errors } } }, async (req) =>
      getRequest(db, clock, actorOf(req), req.params.id),
    );
    app.patch('/api/report-requests/:id', { schema: { tags, params: idParam, body: reportRequestUpdate, response: { 200: reportRequest, ...errors } } }, async (req) =>
      updateRequest(db, clock, actorOf(req), req.params.id, req.body),
    );
    app.post('/api/report-requests/:id/open', { schema: { tags, params: idParam, body: versionBody, response: { 200: reportRequest, ...errors } } }, async (req) =>
      openRequest(db, clock, actorOf(req), req.params.id, req.body.version),
    );
    app.post('/api/report-requests/:id/close', { schema: { tags, params: idParam, body: versionBody, response: { 200: reportRequest, ...errors } } }, async (req) =>
      closeRequest(db, clock, actorOf(req), req.params.id, req.body.version),
    );
    app.get('/api/directives/:id/report-request-template', { schema: { tags, params: idParam, response: { 200: reportRequestTemplate, ...errors } } }, async (req) =>
      requestTemplate(db, actorOf(req), req.params.id),
    );
    app.get('/api/report-requests/:id/status', { schema: { tags, params: idParam, response: { 200: reportStatusTable, ...errors } } }, async (req) =>
      statusTable(db, clock, actorOf(req), req.params.id),
    );
    app.get(
      '/api/report-requests/:id/consolidated',
      { schema: { tags, params: idParam, querystring: consolidatedQuery, response: { 200: consolidatedReport, ...errors } } },
      async (req) => consolidate(db, actorOf(req), req.params.id, req.query.basis),
    );

    // ---- a unit's report ----
    app.get('/api/reports/:id', { schema: { tags, params: idParam, response: { 200: reportDetail, ...errors } } }, async (req) => getReport(db, clock, actorOf(req), req.params.id));
    app.put('/api/reports/:id/draft', { schema: { tags, params: idParam, body: reportDraftSave, response: { 200: reportDetail, ...errors } } }, async (req) =>
      saveDraft(db, clock, actorOf(req), req.params.id, req.body),
    );
    app.post('/api/reports/:id/prefill', { schema: { tags, params: idParam, body: reportPrefillBody, response: { 200: reportPrefillResult, ...errors } } }, async (req) =>
      prefillReport(db, clock, actorOf(req), req.params.id, req.body),
    );
    app.post('/api/reports/:id/submit', { schema: { tags, params: idParam, body: reportSubmit, response: { 200: reportDetail, ...errors } } }, async (req) =>
      submitReport(db, clock, actorOf(req), req.params.id, req.body),
    );
    app.post('/api/reports/:id/extensions', { schema: { tags, params: idParam, body: extensionCreate, response: { 201: reportDetail, ...errors } } }, async (req, reply) =>
      reply.code(201).send(requestExtension(db, clock, actorOf(req), req.params.id, req.body)),
    );
    app.get('/api/reports/:id/versions', { schema: { tags, params: idParam, response: { 200: reportVersions, ...errors } } }, async (req) =>
      reportVersionsOf(db, actorOf(req), req.params.id),
    );

    // ---- review ----
    app.post('/api/reports/:id/accept', { schema: { tags, params: idParam, body: reportAccept, response: { 200: reportDetail, ...errors } } }, async (req) =>
      acceptReport(db, clock, actorOf(req), req.params.id, req.body),
    );
    app.post('/api/reports/:id/return', { schema: { tags, params: idParam, body: reportReturn, response: { 200: reportDetail, ...errors } } }, async (req) =>
      returnReport(db, clock, actorOf(req), req.params.id, req.body),
    );
    app.post('/api/report-extensions/:id/decide', { schema: { tags, params: idParam, body: extensionDecide, response: { 200: reportDetail, ...errors } } }, async (req) =>
      decideExtension(db, clock, actorOf(req), req.params.id, req.body),
    );

    await app.register(reportFileRoutes(deps));
  };
