import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  activity,
  activityCreate,
  activityDeleteQuery,
  activityList,
  activityListQuery,
  activityUpdate,
  apiError,
  evidenceFile,
  idParam,
} from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { notFound } from '../../lib/errors';
import { actorOf, errors, noContent } from '../../lib/http';
import { fileStore } from '../intake/storage';
import { evidenceErrors, evidenceForDownload, requireEvidenceUploader, storeEvidence } from './evidence';
import { MULTIPART_FRAMING, receiveUpload } from './receive-upload';
import { createActivity, deleteActivity, getActivity, listActivities, listTaskActivities, restoreActivity, updateActivity } from './service';
import { sendStoredFile } from '../../lib/download';

export const activityRoutes =
  ({ db, clock, config }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['activities'];
    const files = fileStore(config.dataDir);
    const limit = config.evidenceMaxBytes;

    app.get(
      '/api/tasks/:id/activities',
      { schema: { tags, params: idParam, querystring: z.object({ includeDeleted: activityListQuery.shape.includeDeleted }), response: { 200: activityList, ...errors } } },
      async (req) => listTaskActivities(db, actorOf(req), req.params.id, req.query.includeDeleted === 'true' || req.query.includeDeleted === '1'),
    );
    app.post(
      '/api/tasks/:id/activities',
      { schema: { tags, params: idParam, body: activityCreate, response: { 201: activity, ...errors } } },
      async (req, reply) => reply.code(201).send(createActivity(db, clock, actorOf(req), req.params.id, req.body)),
    );
    app.get('/api/activities', { schema: { tags, querystring: activityListQuery, response: { 200: activityList, ...errors } } }, async (req) =>
      listActivities(db, actorOf(req), req.query),
    );
    app.get('/api/activities/:id', { schema: { tags, params: idParam, response: { 200: activity, ...errors } } }, async (req) =>
      getActivity(db, actorOf(req), req.params.id),
    );
    app.patch('/api/activities/:id', { schema: { tags, params: idParam, body: activityUpdate, response: { 200: activity, ...errors } } }, async (req) =>
      updateActivity(db, clock, actorOf(req), req.params.id, req.body),
    );
    app.delete(
      '/api/activities/:id',
      { schema: { tags, params: idParam, querystring: activityDeleteQuery, response: { 204: z.null(), ...errors } } },
      async (req, reply) => {
        deleteActivity(db, clock, actorOf(req), req.params.id, req.query.version);
        return noContent(reply);
      },
    );
    app.post('/api/activities/:id/restore', { schema: { tags, params: idParam, response: { 200: activity, ...errors } } }, async (req) =>
      restoreActivity(db, clock, actorOf(req), req.params.id),
    );

    app.post(
      '/api/evidence',
      {
        schema: { tags, consumes: ['multipart/form-data'], response: { 201: evidenceFile, ...errors, 413: apiError, 415: apiError } },
        // Who may upload, and a declared size over the limit, are settled before a byte of the body is read.
        onRequest: async (req) => {
          requireEvidenceUploader(actorOf(req));
          if (Number(req.headers['content-length'] ?? 0) > limit + MULTIPART_FRAMING) throw evidenceErrors.tooLarge(limit);
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const stored = await receiveUpload(req, reply, { limit, dataDir: config.dataDir, noFile: evidenceErrors.noFile }, (spooled, name) => storeEvidence(db, clock, actor, files, spooled, name));
        return reply.code(201).send(stored);
      },
    );

    app.get(
      '/api/evidence/:id',
      // The id is a number; anything else (a content hash above all) is simply not found.
      { schema: { tags, params: z.object({ id: z.string() }), response: { 200: z.any(), ...errors } } },
      async (req, reply) => {
        const id = /^[1-9]\d{0,9}$/.test(req.params.id) ? Number(req.params.id) : null;
        if (!id) throw notFound('Không tìm thấy tệp minh chứng');
        const f = evidenceForDownload(db, actorOf(req), files, id);
        return sendStoredFile(reply, f);
      },
    );
  };

