import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, listOf, orgChangeApplyRequest, orgChangeInput, orgChangePreview, orgChangePreviewRequest, orgChangeSummary } from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { AppError, badRequest } from '../../lib/errors';
import { actorOf, errors } from '../../lib/http';
import { applyChange, listChanges, previewChange, requireDirectoryAdmin } from './change';
import { readChangeFile, sampleChange } from './change-read';
import { templateCsv } from './change-table';

/** Importable directory changes: read a file, preview, apply, list (admin only). */

export const MAX_CHANGE_FILE_BYTES = 5 * 1024 * 1024;
const tooLarge = () => new AppError(413, 'TOO_LARGE', 'Tệp lớn hơn 5 MB. Tệp thay đổi danh mục chỉ gồm danh sách xã, phường: vui lòng kiểm tra lại tệp.');
const changeOnly = z.object({ change: orgChangeInput });

export const orgChangeRoutes =
  ({ db, clock }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['org-changes'];
    // Before the body is read or validated: a non-admin gets 403 whatever it sends.
    app.addHook('onRequest', async (req) => requireDirectoryAdmin(actorOf(req)));

    app.post(
      '/api/org-changes/read',
      {
        schema: { tags, consumes: ['multipart/form-data'], response: { 200: changeOnly, ...errors, 413: apiError, 415: apiError } },
        // A declared size over the limit is refused before the body is read.
        onRequest: async (req) => {
          if (Number(req.headers['content-length'] ?? 0) > MAX_CHANGE_FILE_BYTES + 64 * 1024) throw tooLarge();
        },
      },
      async (req, reply) => {
        requireDirectoryAdmin(actorOf(req));
        if (!req.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Vui lòng gửi tệp dưới dạng multipart/form-data (trường "file")');
        const fields: Record<string, string> = {};
        let file: { filename: string; bytes: Buffer } | null = null;
        for await (const part of req.parts({ limits: { fileSize: MAX_CHANGE_FILE_BYTES, files: 1 } })) {
          if (part.type === 'field') {
            if (typeof part.value === 'string') fields[part.fieldname] = part.value;
            continue;
          }
          try {
            // Held in memory: at most 5 MB, and parsing needs it whole anyway.
            file = { filename: part.filename, bytes: await part.toBuffer() };
          } catch (e) {
            if ((e as { statusCode?: number }).statusCode === 413) {
              reply.header('connection', 'close');
              throw tooLarge();
            }
            throw badRequest('UPLOAD_INTERRUPTED', 'Tải tệp lên bị gián đoạn. Vui lòng thử lại.');
          }
        }
        if (!file) throw badRequest('NO_FILE', 'Vui lòng chọn tệp thay đổi (.json, .csv hoặc .xlsx)');
        return { change: await readChangeFile({ filename: file.filename || null, bytes: file.bytes, effectiveOn: fields.effectiveOn, legalBasis: fields.legalBasis }) };
      },
    );

    app.get('/api/org-changes/template.csv', { schema: { tags, response: { 200: z.string(), ...errors } } }, async (req, reply) => {
      requireDirectoryAdmin(actorOf(req));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="mau-thay-doi-don-vi-hanh-chinh.csv"; filename*=UTF-8''${encodeURIComponent('mẫu-thay-đổi-đơn-vị-hành-chính.csv')}`)
        .send(templateCsv());
    });

    app.get('/api/org-changes/sample', { schema: { tags, response: { 200: changeOnly, ...errors } } }, async (req) => {
      requireDirectoryAdmin(actorOf(req));
      return { change: sampleChange() };
    });

    app.post('/api/org-changes/preview', { schema: { tags, body: orgChangePreviewRequest, response: { 200: orgChangePreview, ...errors } } }, async (req) =>
      previewChange(db, actorOf(req), req.body),
    );

    app.post(
      '/api/org-changes/apply',
      { schema: { tags, body: orgChangeApplyRequest, response: { 201: z.object({ id: z.number().int(), summary: z.record(z.string(), z.number()) }), ...errors } } },
      async (req, reply) => reply.code(201).send(applyChange(db, clock, actorOf(req), req.body)),
    );

    app.get('/api/org-changes', { schema: { tags, response: { 200: listOf(orgChangeSummary), ...errors } } }, async (req) => ({ items: listChanges(db, actorOf(req)) }));
  };
