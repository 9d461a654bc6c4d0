import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditEntry, directive, directiveInput, directiveSummary, directiveUpdate, idParam, listOf, publishBody, publishPreview, taskWithItems } from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { isDepartment } from '../../lib/actor';
import { forbidden } from '../../lib/errors';
import { actorOf, errors, sendJson } from '../../lib/http';
import { directiveAudit } from '../audit/service';
import { cachedTaskLists } from '../tasks/cached-lists';
import { createDirective, deleteDraft, getDirective, listDirectives, previewPublish, publishDirective, updateDirective } from './service';

export const directiveRoutes =
  ({ db, clock }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['directives'];
    const taskLists = cachedTaskLists(db, clock);
    app.get('/api/directives', { schema: { tags, response: { 200: listOf(directiveSummary), ...errors } } }, async (req) => ({
      items: listDirectives(db, clock, actorOf(req)),
    }));
    app.post('/api/directives', { schema: { tags, body: directiveInput, response: { 201: directive, ...errors } } }, async (req, reply) =>
      reply.code(201).send(createDirective(db, clock, actorOf(req), req.body)),
    );
    app.get('/api/directives/:id', { schema: { tags, params: idParam, response: { 200: directive, ...errors } } }, async (req) =>
      getDirective(db, actorOf(req), req.params.id),
    );
    app.put('/api/directives/:id', { schema: { tags, params: idParam, body: directiveUpdate, response: { 200: directive, ...errors } } }, async (req) =>
      updateDirective(db, clock, actorOf(req), req.params.id, req.body),
    );
    app.delete('/api/directives/:id', { schema: { tags, params: idParam, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
      deleteDraft(db, clock, actorOf(req), req.params.id);
      return reply.code(204).send(null);
    });
    app.get('/api/directives/:id/preview', { schema: { tags, params: idParam, response: { 200: publishPreview, ...errors } } }, async (req) =>
      previewPublish(db, actorOf(req), req.params.id),
    );
    app.post(
      '/api/directives/:id/publish',
      { schema: { tags, params: idParam, body: publishBody, response: { 200: z.object({ directive, taskCount: z.number().int() }), ...errors } } },
      async (req) => publishDirective(db, clock, actorOf(req), req.params.id, req.body.version),
    );
    // Already checked against the schema and serialised (tasks/cached-lists.ts): sent as it is.
    app.get('/api/directives/:id/tasks', { schema: { tags, params: idParam, response: { 200: listOf(taskWithItems), ...errors } } }, async (req, reply) =>
      sendJson(reply, taskLists.ofDirective(actorOf(req), req.params.id)),
    );
    app.get('/api/directives/:id/audit', { schema: { tags, params: idParam, response: { 200: listOf(auditEntry), ...errors } } }, async (req) => {
      const actor = actorOf(req);
      if (!isDepartment(actor)) throw forbidden('Nhật ký chỉ dành cho Sở và lãnh đạo');
      getDirective(db, actor, req.params.id);
      return { items: directiveAudit(db, req.params.id) };
    });
  };
