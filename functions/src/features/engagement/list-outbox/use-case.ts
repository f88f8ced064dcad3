import { businessDateOf, type outboxQuery } from '@app/shared';
import type * as z from 'zod';
import type { AppDeps } from '../../../composition';

/** Notifications written for members on a day (today by default): what a sender would deliver. */
export async function listOutbox(
  query: z.infer<typeof outboxQuery>,
  now: number,
  deps: Pick<AppDeps, 'programAt' | 'engagement'>,
) {
  const settings = await deps.programAt(now);
  const date = query.date ?? businessDateOf(now, settings.timezone);
  return { date, ...(await deps.engagement.outbox(date, query.limit, query.cursor)) };
}
