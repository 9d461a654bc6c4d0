import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dashboard as dashboardSchema, dashboardQuery } from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { actorOf, errors } from '../../lib/http';
import { dashboard } from './service';

export const dashboardRoutes =
  ({ db, clock }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/dashboard', { schema: { tags: ['dashboard'], querystring: dashboardQuery, response: { 200: dashboardSchema, ...errors } } }, async (req) =>
      dashboard(db, clock, actorOf(req), req.query),
    );
  };
