import type { FastifyReply, FastifyRequest } from 'fastify';
import { apiError } from '@dondoc/schemas';
import type { Actor } from './actor';
import { AppError } from './errors';

/** Every route answers these errors in the same shape; listed so OpenAPI and the serializer know them. */
export const errors = {
  400: apiError,
  401: apiError,
  403: apiError,
  404: apiError,
  409: apiError,
} as const;

export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError(401, 'UNAUTHENTICATED', 'Vui lòng đăng nhập');
  return req.actor;
}

export function noContent(reply: FastifyReply) {
  return reply.code(204).send();
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/**
 * Sends JSON already checked against the route's schema and serialised (a cached view): a string
 * with a JSON content type goes out as it is, the route's serializer is not run again.
 */
export function sendJson(reply: FastifyReply, json: string) {
  return reply.type('application/json; charset=utf-8').send(json);
}
