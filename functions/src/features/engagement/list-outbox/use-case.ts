import { businessDateOf, DomainError, type outboxQuery } from '@app/shared';
import type * as z from 'zod';
import type { OutboxRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import { runPool } from '../../../jobs/run-pool';

/**
 * The messages written for members on a day (today by default), with what became of each: the console's 消息 page.
 * Filters by status, template and member (by memberNo) narrow the day's partition.
 */
export async function listOutbox(
  query: z.infer<typeof outboxQuery>,
  now: number,
  deps: Pick<AppDeps, 'programAt' | 'engagement' | 'members'>,
) {
  const settings = await deps.programAt(now);
  const date = query.date ?? businessDateOf(now, settings.timezone);
  let memberId: string | undefined;
  if (query.memberNo) {
    memberId = (await deps.members.getByMemberNo(query.memberNo))?.memberId;
    if (!memberId) throw new DomainError('NOT_FOUND', '没有这个会员号');
  }
  const page = await deps.engagement.outbox(date, query.limit, query.cursor, {
    status: query.status,
    template: query.templateKey,
    memberId,
  });
  const memberNos = new Map<string, string | null>();
  await runPool([...new Set(page.items.map((item) => item.memberId))], 8, async (id) => {
    memberNos.set(id, (await deps.members.getById(id))?.memberNo ?? null);
    return true;
  });
  return {
    date,
    items: page.items.map((item) => view(item, memberNos.get(item.memberId) ?? null)),
    nextCursor: page.nextCursor,
  };
}

const view = (item: OutboxRecord, memberNo: string | null) => ({
  messageId: item.messageId,
  memberId: item.memberId,
  memberNo,
  templateKey: item.template,
  title: item.title,
  body: item.body,
  page: item.page,
  status: item.status,
  reason: item.reason ?? null,
  detail: item.detail ?? null,
  createdAt: item.createdAt,
  sentAt: item.sentAt ?? null,
});
