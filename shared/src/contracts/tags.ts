import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { MAX_MEMBER_NOS } from './limits';
import { freeText } from './text';

/** The console's tags: automatic segments and the marketer's own tags, on one member or in bulk (issue 7). */

/** Automatic RFM segments (product.md "Campaigns, promotions, tags"); stored as tags `segment:<code>`. */
/** `spend-drop` (消费预警, issue 19): last-90-day spend fell by more than half against the 90 days before. */
export const segmentCodes = [
  'new',
  'returning',
  'loyal',
  'big-spender',
  'churn-risk',
  'churned',
  'spend-drop',
] as const;
export const segmentCode = lazySchema(() => z.enum(segmentCodes));
export type SegmentCode = z.infer<typeof segmentCode>;
export const SEGMENT_NAMES: Record<SegmentCode, string> = {
  new: '新会员',
  returning: '回头客',
  loyal: '忠诚客户',
  'big-spender': '高消费',
  'churn-risk': '流失预警',
  churned: '已流失',
  'spend-drop': '消费预警',
};

/** A manual tag: what a marketer types. `segment:` is reserved for the automatic segments. */
export const tagName = lazySchema(() =>
  freeText({ max: 20 })
    .regex(/^[^#\s,]+$/, 'no spaces, commas or #')
    .refine((tag) => !tag.startsWith('segment:'), 'segment: is reserved for automatic segments'),
);

export const memberTagsRequest = lazySchema(() =>
  z
    .strictObject({ add: z.array(tagName).max(20).optional(), remove: z.array(tagName).max(20).optional() })
    .refine((body) => (body.add?.length ?? 0) + (body.remove?.length ?? 0) > 0, {
      message: 'nothing to add or remove',
      path: ['add'],
    }),
);
export const memberTagsResponse = lazySchema(() =>
  z.object({
    memberId: z.string(),
    tags: z.array(z.string()),
    segments: z.array(segmentCode),
  }),
);

export const bulkTagRequest = lazySchema(() =>
  z.strictObject({
    tag: tagName,
    action: z.enum(['add', 'remove']),
    memberNos: z
      .array(
        z
          .string()
          .trim()
          .regex(/^\d{8}$/, 'an 8-digit memberNo'),
      )
      .min(1)
      .max(MAX_MEMBER_NOS),
  }),
);
export const bulkTagResponse = lazySchema(() =>
  z.object({
    tag: z.string(),
    action: z.enum(['add', 'remove']),
    matched: z.number().int(),
    changed: z.number().int(),
    unknown: z.array(z.string()),
  }),
);

export const tagsResponse = lazySchema(() =>
  z.object({
    items: z.array(
      z.object({ tag: z.string(), kind: z.enum(['manual', 'segment']), name: z.string(), count: z.number().int() }),
    ),
  }),
);
