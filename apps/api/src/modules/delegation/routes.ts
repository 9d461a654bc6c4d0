import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { delegateInput, delegateResult, delegationTargets, idParam, rollup } from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { actorOf, errors } from '../../lib/http';
import { delegateItems, delegationTargets as targetsOf, getRollup } from './service';

export const delegationRoutes =
  ({ db, clock }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['delegation'];
    app.get('/api/tasks/:id/delegation-targets', { schema: { tags, params: idParam, response: { 200: delegationTargets, ...errors } } }, async (req) =>
      targetsOf(db, clock, actorOf(req), req.params.id),
    );
    app.post('/api/tasks/:id/delegate', { schema: { tags, params: idParam, body: delegateInput, response: { 200: delegateResult, ...errors } } }, async (req) =>
      delegateItems(db, clock, actorOf(req), req.params.id, req.body),
    );
    app.get('/api/tasks/:id/subtasks', { schema: { tags, params: idParam, response: { 200: rollup, ...errors } } }, async (req) =>
      getRollup(db, clock, actorOf(req), req.params.id),
    );
  };
