import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  holiday,
  holidayListQuery,
  holidayParams,
  holidayUpsert,
  idParam,
  listOf,
  manualReminder,
  manualReminderResult,
  notification,
  notificationListQuery,
  notificationPage,
  preferences,
  preferencesUpdate,
  readAllResult,
  reminderLogEntry,
  reminderLogQuery,
  unreadCount,
} from '@dondoc/schemas';
import type { AppDeps } from '../../app';
import { actorOf, errors, noContent } from '../../lib/http';
import { deleteHoliday, listHolidays, setHoliday } from './holidays';
import { reminderLogFor, sendManualReminder } from './manual';
import { getPreferences, listNotifications, markAllRead, markRead, setPreferences, unreadCount as countUnread } from './notifications';
import type { ReminderService } from './scheduler';

export const reminderRoutes =
  ({ db, clock, config, reminders }: AppDeps & { reminders: ReminderService }): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['notifications'];
    app.get('/api/notifications', { schema: { tags, querystring: notificationListQuery, response: { 200: notificationPage, ...errors } } }, async (req) =>
      listNotifications(db, actorOf(req), req.query),
    );
    app.get('/api/notifications/unread-count', { schema: { tags, response: { 200: unreadCount, ...errors } } }, async (req) => ({
      count: countUnread(db, actorOf(req)),
    }));
    app.post('/api/notifications/:id/read', { schema: { tags, params: idParam, response: { 200: notification, ...errors } } }, async (req) =>
      markRead(db, clock, actorOf(req), req.params.id),
    );
    app.post('/api/notifications/read-all', { schema: { tags, response: { 200: readAllResult, ...errors } } }, async (req) => ({
      updated: markAllRead(db, clock, actorOf(req)),
    }));
    app.get('/api/me/preferences', { schema: { tags, response: { 200: preferences, ...errors } } }, async (req) => getPreferences(db, actorOf(req)));
    app.put('/api/me/preferences', { schema: { tags, body: preferencesUpdate, response: { 200: preferences, ...errors } } }, async (req) =>
      setPreferences(db, clock, actorOf(req), req.body),
    );

    const rtags = ['reminders'];
    app.post('/api/reminders', { schema: { tags: rtags, body: manualReminder, response: { 200: manualReminderResult, ...errors } } }, async (req) => {
      const result = sendManualReminder(db, clock, actorOf(req), req.body, config.publicUrl);
      // After the commit; the request does not wait for SMTP.
      if (result.emails > 0) void reminders.mailer.deliverPending();
      return result;
    });
    app.get('/api/reminders/log', { schema: { tags: rtags, querystring: reminderLogQuery, response: { 200: listOf(reminderLogEntry), ...errors } } }, async (req) => ({
      items: reminderLogFor(db, actorOf(req), req.query.subjectType, req.query.subjectId),
    }));

    const htags = ['holidays'];
    app.get('/api/holidays', { schema: { tags: htags, querystring: holidayListQuery, response: { 200: listOf(holiday), ...errors } } }, async (req) => {
      actorOf(req);
      return { items: listHolidays(db, clock, req.query.year) };
    });
    app.put('/api/holidays/:date', { schema: { tags: htags, params: holidayParams, body: holidayUpsert, response: { 200: holiday, ...errors } } }, async (req) =>
      setHoliday(db, clock, actorOf(req), req.params.date, req.body),
    );
    app.delete('/api/holidays/:date', { schema: { tags: htags, params: holidayParams, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
      deleteHoliday(db, clock, actorOf(req), req.params.date);
      return noContent(reply);
    });
  };
