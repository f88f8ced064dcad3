import { activityResponse } from '@app/shared';
import type * as z from 'zod';
import { apiRequest, withQuery } from '../../../lib/api-client';

export type StoreActivity = z.infer<typeof activityResponse>;
export type ActivityItem = StoreActivity['items'][number];

/** GET /v1/store/activity?date= — the store's purchases, refunds and hand-outs of one business day. */
export const getActivity = (date: string) =>
  apiRequest({ path: withQuery('/v1/store/activity', { date }), schema: activityResponse });
