import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, loginBody, me } from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { AppError } from '../../lib/errors';
import { actorOf, errors } from '../../lib/http';
import { login, logout, meOf } from './service';

export const SESSION_COOKIE = 'dondoc_session';

export const authRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { db, clock, config } = deps;

    app.post(
      '/api/auth/login',
      {
        config: {
          public: true,
          rateLimit: {
            max: config.loginMaxPerMinute,
            timeWindow: 60_000,
            // Per address and username: one office behind NAT does not lock everyone out.
            keyGenerator: (req) => `${req.ip}|${String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
          },
        },
        schema: { tags: ['auth'], body: loginBody, response: { 200: z.object({ user: me }), ...errors, 429: apiError } },
      },
      async (req, reply) => {
        const { token, expiresAt, me: user } = await login(db, clock, config.sessionTtlMs, req.body.username, req.body.password);
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: 'auto',
          signed: true,
          expires: expiresAt,
        });
        return { user };
      },
    );

    app.post(
      '/api/auth/logout',
      { config: { public: true }, schema: { tags: ['auth'], response: { 204: z.null(), ...errors } } },
      async (req, reply) => {
        const raw = req.cookies[SESSION_COOKIE];
        const token = raw ? req.unsignCookie(raw) : null;
        if (token?.valid && token.value) logout(db, token.value);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: z.object({ user: me }), ...errors } } }, async (req) => {
      const user = meOf(db, actorOf(req).userId);
      if (!user) throw new AppError(401, 'UNAUTHENTICATED', 'Vui lòng đăng nhập');
      return { user };
    });
  };
