import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { comment, commentCreate, idParam, itemParams, itemUpdate, listOf, taskItem, taskListQuery, taskSummary, taskWithItems } from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { todayVn } from '../../lib/clock';
import { groupCommit } from '../../lib/group-commit';
import { actorOf, errors, sendJson } from '../../lib/http';
import { contentDisposition } from '../exports/names';
import { addComment, listComments } from './comments';
import { cachedTaskLists } from './cached-lists';
import { completeTask } from './complete';
import { tasksCsv } from './export-csv';
import { acknowledgeTask, getTask, updateItem } from './service';

export const taskRoutes =
  ({ db, clock }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['tasks'];
    const lists = cachedTaskLists(db, clock);
    // Already checked against the schema and serialised (cached-lists.ts): sent as it is.
    app.get('/api/tasks', { schema: { tags, querystring: taskListQuery, response: { 200: listOf(taskSummary), ...errors } } }, async (req, reply) =>
      sendJson(reply, lists.worklist(actorOf(req), req.query.filter)),
    );
    app.get(
      '/api/tasks/export.csv',
      { schema: { tags, querystring: taskListQuery, produces: ['text/csv'], response: { 200: z.any().describe('Tệp CSV'), ...errors } } },
      async (req, reply) => {
        const bytes = tasksCsv(db, clock, actorOf(req), req.query.filter);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', contentDisposition(`nhiem-vu-${todayVn(clock)}.csv`))
          .header('cache-control', 'private, no-store')
          .send(bytes);
      },
    );
    app.get('/api/tasks/:id', { schema: { tags, params: idParam, response: { 200: taskWithItems, ...errors } } }, async (req) =>
      getTask(db, clock, actorOf(req), req.params.id),
    );
    // A unit's everyday writes: those arriving together share one commit (lib/group-commit.ts).
    // The task they answer with is built field by field from named columns (service.ts), so it is
    // sent as JSON without the schema's second pass; routes.test.ts checks it against the schema.
    const writes = groupCommit(db);
    app.post('/api/tasks/:id/acknowledge', { schema: { tags, params: idParam, response: { 200: taskWithItems, ...errors } } }, async (req, reply) =>
      sendJson(reply, JSON.stringify(await writes.run(() => acknowledgeTask(db, clock, actorOf(req), req.params.id)))),
    );
    app.post('/api/tasks/:id/complete', { schema: { tags, params: idParam, response: { 200: taskWithItems, ...errors } } }, async (req, reply) =>
      sendJson(reply, JSON.stringify(await writes.run(() => completeTask(db, clock, actorOf(req), req.params.id)))),
    );
    app.patch('/api/tasks/:id/items/:itemId', { schema: { tags, params: itemParams, body: itemUpdate, response: { 200: taskItem, ...errors } } }, async (req) =>
      writes.run(() => updateItem(db, clock, actorOf(req), req.params.id, req.params.itemId, req.body)),
    );
    app.get('/api/tasks/:id/comments', { schema: { tags, params: idParam, response: { 200: listOf(comment), ...errors } } }, async (req) => ({
      items: listComments(db, clock, actorOf(req), req.params.id),
    }));
    app.post('/api/tasks/:id/comments', { schema: { tags, params: idParam, body: commentCreate, response: { 201: comment, ...errors } } }, async (req, reply) =>
      reply.code(201).send(addComment(db, clock, actorOf(req), req.params.id, req.body.body)),
    );
  };
