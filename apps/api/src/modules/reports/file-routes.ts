import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, idParam, reportFile } from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { actorOf, errors, noContent } from '../../lib/http';
import { evidenceErrors } from '../activities/evidence';
import { MULTIPART_FRAMING, receiveUpload } from '../activities/receive-upload';
import { fileStore } from '../intake/storage';
import { deleteReportFile, fileErrors, reportFileForDownload, requireAttachable, storeReportFile, type FileTarget } from './files';
import { sendStoredFile } from '../../lib/download';

/** Attachments of requests (staff) and reports (the unit), stored like evidence: checked by content, by hash. */
export const reportFileRoutes =
  ({ db, clock, config }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['reports'];
    const files = fileStore(config.dataDir);
    const limit = config.evidenceMaxBytes;

    const upload = async (req: FastifyRequest, reply: FastifyReply, target: FileTarget) => {
      const actor = actorOf(req);
      const stored = await receiveUpload(req, reply, { limit, dataDir: config.dataDir, noFile: fileErrors.noFile }, (spooled, name) => storeReportFile(db, clock, actor, files, target, spooled, name));
      return reply.code(201).send(stored);
    };

    /** Who may attach, and a declared size over the limit, are settled before the body is read. */
    const guard = (target: (req: FastifyRequest) => FileTarget) => async (req: FastifyRequest) => {
      requireAttachable(db, actorOf(req), target(req));
      if (Number(req.headers['content-length'] ?? 0) > limit + MULTIPART_FRAMING) throw evidenceErrors.tooLarge(limit);
    };
    // onRequest runs before params are validated: read the id by hand, anything not a number is 404.
    const idOf = (req: FastifyRequest) => {
      const raw = (req.params as { id?: string }).id ?? '';
      if (!/^[1-9]\d{0,9}$/.test(raw)) throw fileErrors.notFound();
      return Number(raw);
    };
    const uploadSchema = { tags, params: idParam, consumes: ['multipart/form-data'], response: { 201: reportFile, ...errors, 413: apiError, 415: apiError } };

    app.post('/api/report-requests/:id/files', { schema: uploadSchema, onRequest: guard((req) => ({ requestId: idOf(req) })) }, async (req, reply) =>
      upload(req, reply, { requestId: req.params.id }),
    );
    app.post('/api/reports/:id/files', { schema: uploadSchema, onRequest: guard((req) => ({ reportId: idOf(req) })) }, async (req, reply) =>
      upload(req, reply, { reportId: req.params.id }),
    );

    app.get('/api/report-files/:id', { schema: { tags, params: z.object({ id: z.string() }), response: { 200: z.any(), ...errors } } }, async (req, reply) => {
      const id = /^[1-9]\d{0,9}$/.test(req.params.id) ? Number(req.params.id) : null;
      if (!id) throw fileErrors.notFound();
      const f = reportFileForDownload(db, actorOf(req), files, id);
      return sendStoredFile(reply, f);
    });

    app.delete('/api/report-files/:id', { schema: { tags, params: idParam, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
      deleteReportFile(db, clock, actorOf(req), files, req.params.id);
      return noContent(reply);
    });
  };

