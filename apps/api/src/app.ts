import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config';
import type { Db } from './db/client';
import type { Clock } from './lib/clock';
import { installErrorHandler } from './lib/error-handler';
import { scheduleEvidenceSweep } from './modules/activities/cleanup';
import { activityRoutes } from './modules/activities/routes';
import { authRoutes, SESSION_COOKIE } from './modules/auth/routes';
import { actorForCookie } from './modules/auth/service';
import { dashboardRoutes } from './modules/dashboard/routes';
import { delegationRoutes } from './modules/delegation/routes';
import { directiveRoutes } from './modules/directives/routes';
import { MAX_UPLOAD_BYTES } from './modules/intake/extract/index';
import { exportRoutes } from './modules/exports/routes';
import { intakeRoutes } from './modules/intake/routes';
import { fileStore } from './modules/intake/storage';
import { orgChangeRoutes } from './modules/org/change-routes';
import { orgEventRoutes } from './modules/org/routes';
import { reminderRoutes } from './modules/reminders/routes';
import { createReminderService } from './modules/reminders/scheduler';
import { reportRoutes } from './modules/reports/routes';
import { taskRoutes } from './modules/tasks/routes';
import { unitRoutes } from './modules/units/routes';

export type AppDeps = { db: Db; clock: Clock; config: Config };

// Zod's own messages (type errors, missing fields) in Vietnamese, for officials reading them.
z.config(z.locales.vi());

declare module 'fastify' {
  interface FastifyContextConfig {
    public?: boolean;
  }
}

/** Builds the whole app from its dependencies; server.ts alone listens. */
export async function buildApp(deps: AppDeps, opts: { logger?: FastifyServerOptions['logger'] } = {}) {
  const { config, db, clock } = deps;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifyCookie, { secret: config.sessionSecret });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } });
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Đôn Đốc API', version: '0.1.0', description: 'Theo dõi thực hiện văn bản chỉ đạo' } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('actor', null);
  // Resolve the session once per request; routes that are not public refuse anonymous callers.
  app.addHook('onRequest', async (req, reply) => {
    const raw = req.cookies[SESSION_COOKIE];
    if (raw) req.actor = actorForCookie(db, clock, raw, (cookie) => req.unsignCookie(cookie));
    const url = req.routeOptions.url ?? '';
    if (!url.startsWith('/api/') || url.startsWith('/api/docs') || req.routeOptions.config.public) return;
    if (!req.actor) return reply.code(401).send({ code: 'UNAUTHENTICATED', message: 'Phiên làm việc đã hết hạn hoặc chưa đăng nhập' });
  });

  app.get('/api/health', { config: { public: true }, schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => {
    db.$client.prepare('select 1').get();
    return { status: 'ok' as const };
  });
  await app.register(authRoutes(deps));
  await app.register(unitRoutes(deps));
  await app.register(directiveRoutes(deps));
  await app.register(taskRoutes(deps));
  await app.register(delegationRoutes(deps));
  await app.register(dashboardRoutes(deps));
  await app.register(intakeRoutes(deps));
  await app.register(activityRoutes(deps));
  await app.register(orgEventRoutes(deps));
  await app.register(orgChangeRoutes(deps));
  await app.register(reportRoutes(deps));
  // Seeds the built-in holidays now; its pass and timer start with the app (below).
  const reminders = createReminderService({ db, clock, config, log: app.log });
  app.decorate('reminders', reminders);
  await app.register(reminderRoutes({ ...deps, reminders }));
  await app.register(exportRoutes(deps));

  // Evidence never attached to an activity: swept when the app is ready, then hourly until it closes.
  let stopEvidenceSweep: (() => void) | undefined;
  app.addHook('onReady', async () => {
    stopEvidenceSweep = scheduleEvidenceSweep({ db, clock, files: fileStore(config.dataDir), dataDir: config.dataDir, orphanMs: config.evidenceOrphanMs, log: app.log });
  });
  app.addHook('onClose', async () => stopEvidenceSweep?.());

  // Reminders: missed working days caught up once when the app is ready (in the background), then
  // daily at REMINDERS_AT; stopped between two chunks when the app closes.
  app.addHook('onReady', async () => {
    if (config.remindersEnabled) reminders.start();
  });
  app.addHook('onClose', async () => reminders.stop());

  const webDist = config.webDist ?? findWebDist();
  if (webDist) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      // The build writes .br/.gz copies (apps/web/scripts/precompress.mjs): sent when the browser accepts them.
      preCompressed: true,
      maxAge: '1h',
      // Files under assets/ carry a content hash in their name: a new build means a new name.
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`)) res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
    const indexHtml = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
    app.setNotFoundHandler((req, reply) => {
      if (req.url.startsWith('/api/') || req.method !== 'GET') {
        return reply.code(404).send({ code: 'NOT_FOUND', message: 'Không tìm thấy địa chỉ yêu cầu' });
      }
      // Client-side routes: every other GET gets the SPA shell.
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    });
  } else {
    app.setNotFoundHandler((_req, reply) => reply.code(404).send({ code: 'NOT_FOUND', message: 'Không tìm thấy địa chỉ yêu cầu' }));
  }
  return app;
}

/** apps/web/dist next to this app, from source (src/) or from the bundle (dist/). */
function findWebDist(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidate = path.resolve(here, '../../web/dist');
  return fs.existsSync(path.join(candidate, 'index.html')) ? candidate : undefined;
}
