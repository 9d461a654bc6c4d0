import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, directiveInput, idParam, intakeResult, intakeText, publishPreview } from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { storedFiles } from '../../db/schema/index';
import { AppError, badRequest, notFound } from '../../lib/errors';
import { actorOf, errors } from '../../lib/http';
import { getDirective, previewInput } from '../directives/service';
import { MAX_UPLOAD_BYTES } from './extract/index';
import { intakeFile, intakeText as readText } from './service';
import { fileStore, spoolUpload, type Spooled } from './storage';
import { sendStoredFile } from '../../lib/download';

const tooLarge = () => new AppError(413, 'TOO_LARGE', 'Tệp lớn hơn 10 MB. Vui lòng nén hoặc tách văn bản rồi tải lên lại.');

export const intakeRoutes =
  ({ db, clock, config }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['intake'];
    const files = fileStore(config.dataDir);

    app.post('/api/intake/text', { schema: { tags, body: intakeText, response: { 200: intakeResult, ...errors } } }, async (req) =>
      readText(db, actorOf(req), req.body.text),
    );

    app.post(
      '/api/intake/file',
      {
        schema: { tags, consumes: ['multipart/form-data'], response: { 200: intakeResult, ...errors, 413: apiError, 415: apiError } },
        // A declared size over the limit is refused before a byte of the body is read.
        onRequest: async (req) => {
          const declared = Number(req.headers['content-length'] ?? 0);
          if (declared > MAX_UPLOAD_BYTES + 64 * 1024) throw tooLarge();
        },
      },
      async (req, reply) => {
        actorOf(req);
        if (!req.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Vui lòng gửi tệp dưới dạng multipart/form-data (trường "file")');
        const part = await req.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
        if (!part) throw badRequest('NO_FILE', 'Vui lòng chọn tệp văn bản (.txt, .docx hoặc .pdf)');
        // Spooled to disk, not memory: busboy stops at the limit and marks the stream truncated,
        // so an oversized upload is refused having held only a chunk at a time.
        let spooled: Spooled;
        try {
          spooled = await spoolUpload(part.file, path.join(config.dataDir, 'tmp'));
        } catch {
          throw badRequest('UPLOAD_INTERRUPTED', 'Tải tệp lên bị gián đoạn. Vui lòng thử lại.');
        }
        try {
          if (part.file.truncated) {
            // Answer now and close the connection, rather than read (and discard) the rest.
            reply.header('connection', 'close');
            reply.raw.once('finish', () => req.raw.destroy());
            throw tooLarge();
          }
          const bytes = fs.readFileSync(spooled.tmp);
          if (bytes.length === 0) throw badRequest('EMPTY_FILE', 'Tệp rỗng. Vui lòng chọn đúng tệp văn bản.');
          return await intakeFile(db, clock, files, actorOf(req), { filename: part.filename, bytes });
        } finally {
          fs.rmSync(spooled.tmp, { force: true });
        }
      },
    );

    app.post(
      '/api/intake/preview',
      { schema: { tags, body: directiveInput, response: { 200: publishPreview, ...errors } } },
      async (req) => previewInput(db, actorOf(req), req.body),
    );

    app.get(
      '/api/directives/:id/source',
      { schema: { tags, params: idParam, response: { 200: z.any(), ...errors } } },
      async (req, reply) => {
        const d = getDirective(db, actorOf(req), req.params.id);
        if (!d.source) throw notFound('Văn bản này không có tệp gốc');
        const f = db.select().from(storedFiles).where(eq(storedFiles.id, d.source.fileId)).get();
        const file = f ? files.pathOf(f.sha256) : null;
        if (!f || !file || !fs.existsSync(file)) throw notFound('Không tìm thấy tệp gốc');
        return sendStoredFile(reply, { mime: f.mime, name: f.name, file });
      },
    );
  };

