import fs from 'node:fs';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../modules/exports/names';

/**
 * Streams a stored upload (evidence, a report's attachment, a directive's original) as a download
 * under its original name. The bytes came from outside: the browser must neither sniff them into
 * something runnable nor render them in our origin, whatever their declared type.
 */
export function sendStoredFile(reply: FastifyReply, f: { mime: string; name: string; file: string; size?: number }) {
  if (f.size != null) reply.header('content-length', String(f.size));
  return reply
    .type(f.mime)
    .header('content-disposition', contentDisposition(f.name))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, max-age=0, must-revalidate')
    .send(fs.createReadStream(f.file));
}
