import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParam, listOf, unit, unitEvent, unitEventListQuery, unitHistory, unitMerge, unitMergeResult, unitRename } from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { actorOf, errors } from '../../lib/http';
import { listEvents, mergeUnits, renameUnit, unitHistory as historyOf } from './service';

/** Unit events: rename, merge, the event list and a unit's history. */
export const orgEventRoutes =
  ({ db, clock }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['units'];
    app.post('/api/units/:id/rename', { schema: { tags, params: idParam, body: unitRename, response: { 200: unit, ...errors } } }, async (req) =>
      renameUnit(db, clock, actorOf(req), req.params.id, req.body),
    );
    app.post('/api/unit-events/merge', { schema: { tags, body: unitMerge, response: { 201: unitMergeResult, ...errors } } }, async (req, reply) =>
      reply.code(201).send(mergeUnits(db, clock, actorOf(req), req.body)),
    );
    app.get('/api/unit-events', { schema: { tags, querystring: unitEventListQuery, response: { 200: listOf(unitEvent), ...errors } } }, async (req) => {
      actorOf(req);
      return { items: listEvents(db, req.query) };
    });
    app.get('/api/units/:id/history', { schema: { tags, params: idParam, response: { 200: unitHistory, ...errors } } }, async (req) => {
      actorOf(req);
      return historyOf(db, req.params.id);
    });
  };
