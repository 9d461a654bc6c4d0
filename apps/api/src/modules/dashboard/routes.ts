import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  chartsQuery,
  dashboard as dashboardSchema,
  dashboardCharts,
  dashboardDrill,
  dashboardFilters,
  dashboardHeadline,
  dashboardMatrix,
  dashboardOptions,
  dashboardQuery,
  dashboardScorecards,
  dashboardVersion,
  drillQuery,
  idParam,
  matrixQuery,
  scorecardQuery,
  unitScorecard,
} from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { actorOf, errors, sendJson } from '../../lib/http';
import { dashboard } from './service';
import { dashboardViews, type View } from './views';

/**
 * Views of one version are the same objects until the version moves (views.ts keeps them), so
 * each is checked against its schema and serialised once; later requests send the same text.
 */
const serialised = new WeakMap<object, string>();

/** Answers 304 when the client already holds this version of the view, the view otherwise. */
function conditional<T extends object>(req: FastifyRequest, reply: FastifyReply, v: View<T>, schema: z.ZodType): FastifyReply {
  reply.header('etag', v.etag).header('cache-control', 'private, no-cache');
  if (req.headers['if-none-match'] === v.etag) return reply.code(304).send();
  const body = v.load();
  let json = serialised.get(body);
  if (json === undefined) {
    const checked = schema.safeParse(body);
    if (!checked.success) throw new Error(`dashboard view does not match its schema: ${checked.error.message}`);
    json = JSON.stringify(checked.data);
    serialised.set(body, json);
  }
  return sendJson(reply, json);
}

export const dashboardRoutes =
  ({ db, clock }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const views = dashboardViews({ db, clock });
    const tags = ['dashboard'];

    // v0: every cell as an object (the web's first matrix); the views below supersede it.
    app.get('/api/dashboard', { schema: { tags, querystring: dashboardQuery, response: { 200: dashboardSchema, ...errors } } }, async (req) =>
      dashboard(db, clock, actorOf(req), req.query),
    );
    app.get('/api/dashboard/version', { schema: { tags, response: { 200: dashboardVersion, ...errors } } }, async (req) => views.version(actorOf(req)));
    app.get('/api/dashboard/options', { schema: { tags, response: { 200: dashboardOptions, ...errors } } }, async (req, reply) =>
      conditional(req, reply, views.options(actorOf(req)), dashboardOptions),
    );
    app.get('/api/dashboard/headline', { schema: { tags, querystring: dashboardFilters, response: { 200: dashboardHeadline, ...errors } } }, async (req, reply) =>
      conditional(req, reply, views.headline(actorOf(req), req.query), dashboardHeadline),
    );
    app.get('/api/dashboard/matrix', { schema: { tags, querystring: matrixQuery, response: { 200: dashboardMatrix, ...errors } } }, async (req, reply) =>
      conditional(req, reply, views.matrix(actorOf(req), req.query), dashboardMatrix),
    );
    app.get('/api/dashboard/scorecards', { schema: { tags, querystring: dashboardFilters, response: { 200: dashboardScorecards, ...errors } } }, async (req, reply) =>
      conditional(req, reply, views.scorecards(actorOf(req), req.query), dashboardScorecards),
    );
    app.get(
      '/api/dashboard/scorecards/:id',
      { schema: { tags, params: idParam, querystring: scorecardQuery, response: { 200: unitScorecard, ...errors } } },
      async (req, reply) => conditional(req, reply, views.scorecard(actorOf(req), req.params.id, req.query), unitScorecard),
    );
    app.get('/api/dashboard/charts', { schema: { tags, querystring: chartsQuery, response: { 200: dashboardCharts, ...errors } } }, async (req, reply) =>
      conditional(req, reply, views.charts(actorOf(req), req.query), dashboardCharts),
    );
    app.get('/api/dashboard/drill', { schema: { tags, querystring: drillQuery, response: { 200: dashboardDrill, ...errors } } }, async (req, reply) =>
      conditional(req, reply, views.drill(actorOf(req), req.query), dashboardDrill),
    );
  };
