import fs from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../lib/errors';
import { spoolUpload, type Spooled } from '../intake/storage';
import { evidenceErrors } from './evidence';

/** Multipart framing and a field or two around the file: a declared length above limit + this is refused unread. */
export const MULTIPART_FRAMING = 64 * 1024;

/**
 * Receives the one file of a multipart upload (evidence, a report attachment): spools it to
 * DATA_DIR/tmp while counting its size, answers 413 and closes the connection as soon as it passes
 * the limit, 400 when the upload breaks off, then hands the spooled file to `store` — which checks
 * the content and adopts it — and removes whatever is left in tmp. Nothing stays behind on failure.
 */
export async function receiveUpload<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  opts: { limit: number; dataDir: string; noFile: () => AppError },
  store: (spooled: Spooled, filename: string | undefined) => T,
): Promise<T> {
  if (!req.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Vui lòng gửi tệp dưới dạng multipart/form-data (trường "file")');
  let part;
  try {
    part = await req.file({ limits: { fileSize: opts.limit, files: 1 } });
  } catch {
    throw evidenceErrors.interrupted();
  }
  if (!part) throw opts.noFile();
  let spooled: Spooled;
  try {
    spooled = await spoolUpload(part.file, path.join(opts.dataDir, 'tmp'));
  } catch {
    // The form ended early or the connection dropped: the temporary file is already gone.
    throw evidenceErrors.interrupted();
  }
  try {
    if (part.file.truncated) {
      // Answer now and close the connection rather than read (and discard) the rest.
      reply.header('connection', 'close');
      reply.raw.once('finish', () => req.raw.destroy());
      throw evidenceErrors.tooLarge(opts.limit);
    }
    return store(spooled, part.filename);
  } finally {
    fs.rmSync(spooled.tmp, { force: true });
  }
}
