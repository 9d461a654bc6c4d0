import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError } from './errors';

const where = { body: '', querystring: 'query.', params: 'params.', headers: 'headers.' } as const;

/** Turns every failure into {code, message, fields?}; nothing internal reaches the client. */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const prefix = where[(err.validationContext ?? 'body') as keyof typeof where] ?? '';
      const fields = err.validation.map((v) => ({
        path: prefix + v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
        message: v.message ?? 'Giá trị không hợp lệ',
      }));
      const first = fields[0];
      return reply.code(400).send({
        code: 'VALIDATION',
        message: first ? `Dữ liệu không hợp lệ: ${first.path || 'nội dung'} — ${first.message}` : 'Dữ liệu không hợp lệ',
        fields,
      });
    }
    if (err instanceof AppError) {
      return reply.code(err.status).send({ code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) });
    }
    if (err instanceof ZodError) {
      const fields = err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return reply.code(400).send({ code: 'VALIDATION', message: `Dữ liệu không hợp lệ: ${fields[0]?.path ?? ''} — ${fields[0]?.message ?? ''}`, fields });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return reply.code(500).send({ code: 'INTERNAL', message: 'Đã có lỗi hệ thống. Vui lòng thử lại sau.' });
    }
    const status = err.statusCode ?? 500;
    if (status === 429) return reply.code(429).send({ code: 'RATE_LIMITED', message: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.' });
    if (status === 413) return reply.code(413).send({ code: 'TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn' });
    if (status === 415) return reply.code(415).send({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Định dạng dữ liệu không được hỗ trợ (cần JSON)' });
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ code: err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'INVALID_JSON' : 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ (dữ liệu JSON sai cú pháp hoặc thiếu)' });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ code: 'INTERNAL', message: 'Đã có lỗi hệ thống. Vui lòng thử lại sau.' });
  });
}
