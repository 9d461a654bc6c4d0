import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParam, listOf, unit, unitCreate, unitGroup, unitGroupCreate, unitGroupUpdate, unitListQuery, unitRetire, unitUpdate } from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { actorOf, errors } from '../../lib/http';
import { createGroup, createUnit, listGroups, listUnits, retireUnit, updateGroup, updateUnit } from './service';

export const unitRoutes =
  ({ db, clock }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['units'];
    app.get('/api/units', { schema: { tags, querystring: unitListQuery, response: { 200: listOf(unit), ...errors } } }, async (req) => {
      actorOf(req);
      return { items: listUnits(db, { q: req.query.q, kind: req.query.kind, includeRetired: req.query.includeRetired === 'true' }) };
    });
    app.post('/api/units', { schema: { tags, body: unitCreate, response: { 201: unit, ...errors } } }, async (req, reply) =>
      reply.code(201).send(createUnit(db, clock, actorOf(req), req.body)),
    );
    app.patch('/api/units/:id', { schema: { tags, params: idParam, body: unitUpdate, response: { 200: unit, ...errors } } }, async (req) =>
      updateUnit(db, clock, actorOf(req), req.params.id, req.body),
    );
    app.post('/api/units/:id/retire', { schema: { tags, params: idParam, body: unitRetire, response: { 200: unit, ...errors } } }, async (req) =>
      retireUnit(db, clock, actorOf(req), req.params.id, req.body),
    );
    app.get('/api/unit-groups', { schema: { tags, response: { 200: listOf(unitGroup), ...errors } } }, async (req) => {
      actorOf(req);
      return { items: listGroups(db) };
    });
    app.post('/api/unit-groups', { schema: { tags, body: unitGroupCreate, response: { 201: unitGroup, ...errors } } }, async (req, reply) =>
      reply.code(201).send(createGroup(db, clock, actorOf(req), req.body)),
    );
    app.patch('/api/unit-groups/:id', { schema: { tags, params: idParam, body: unitGroupUpdate, response: { 200: unitGroup, ...errors } } }, async (req) =>
      updateGroup(db, clock, actorOf(req), req.params.id, req.body),
    );
  };
