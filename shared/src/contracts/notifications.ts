import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { MAX_TEMPLATES_PER_PROMPT, NOTIFICATION_KEYS } from '../domain/notifications/notifications.rules';
import { businessDate, cursorParam } from './common';

export const notificationKey = lazySchema(() => z.enum(NOTIFICATION_KEYS));

/** `POST /v1/me/subscriptions`: what the member answered to one `wx.requestSubscribeMessage` prompt. */
export const subscriptionsRequest = lazySchema(() =>
  z
    .strictObject({
      accepted: z.array(notificationKey).max(MAX_TEMPLATES_PER_PROMPT).default([]),
      rejected: z.array(notificationKey).max(MAX_TEMPLATES_PER_PROMPT).default([]),
    })
    .superRefine((answer, ctx) => {
      const all = [...answer.accepted, ...answer.rejected];
      if (all.length === 0) ctx.addIssue({ code: 'custom', path: ['accepted'], message: 'name at least one template' });
      if (new Set(all).size !== all.length)
        ctx.addIssue({ code: 'custom', path: ['rejected'], message: 'each template answered once' });
      if (all.length > MAX_TEMPLATES_PER_PROMPT)
        ctx.addIssue({
          code: 'custom',
          path: ['accepted'],
          message: `a prompt holds at most ${MAX_TEMPLATES_PER_PROMPT}`,
        });
    }),
);

/** `GET /v1/me/subscriptions` (and the answer to POST): every notice, its WeChat template and the credits held. */
export const subscriptionsResponse = lazySchema(() =>
  z.object({
    templates: z.array(
      z.object({
        key: notificationKey,
        title: z.string(),
        /** Null while the brand has not set the template up: the mini-program does not ask for it. */
        templateId: z.string().nullable(),
        /** Messages of this template the member may still receive. */
        credits: z.number().int(),
      }),
    ),
    /** The most credits one template can hold. */
    maxCredits: z.number().int(),
  }),
);
export type SubscriptionsResponse = z.infer<typeof subscriptionsResponse>;

export const outboxStatus = lazySchema(() => z.enum(['pending', 'sending', 'sent', 'skipped', 'failed']));

export const outboxQuery = lazySchema(() =>
  z.object({
    date: businessDate.optional(),
    status: outboxStatus.optional(),
    templateKey: notificationKey.optional(),
    memberNo: z
      .string()
      .regex(/^\d{8}$/, 'an 8-digit memberNo')
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: cursorParam,
  }),
);

/** Why a message was skipped or failed (the console words each code). */
export const OUTBOX_REASONS = [
  'no-credit',
  'template-not-configured',
  'member-not-found',
  'data-incomplete',
  'refused',
  'rejected-by-wechat',
  'unavailable',
  'unknown-outcome',
] as const;

export const outboxMessage = lazySchema(() =>
  z.object({
    messageId: z.string(),
    memberId: z.string(),
    /** Null when the member is gone. */
    memberNo: z.string().nullable(),
    templateKey: notificationKey.or(z.string()),
    title: z.string(),
    body: z.string(),
    page: z.string(),
    status: outboxStatus,
    reason: z.string().nullable(),
    /** WeChat's own words, when it gave some. */
    detail: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  }),
);
export type OutboxMessageView = z.infer<typeof outboxMessage>;

export const outboxResponse = lazySchema(() =>
  z.object({
    date: z.string(),
    items: z.array(outboxMessage),
    nextCursor: z.string().nullable(),
  }),
);
