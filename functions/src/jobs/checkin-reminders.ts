import { businessDateOf, isChecked, notice } from '@app/shared';
import type { AppDeps } from '../composition';
import { runPool } from './run-pool';

/**
 * Daily (20:00 program time): a 签到提醒 in the outbox for each member who asked for it and has not checked in
 * today. One message per member and day: the message id names both, so re-runs add nothing.
 */
export async function checkinReminders(
  nowMs: number,
  deps: AppDeps,
): Promise<{ written: number; alreadyThere: number; checkedIn: number }> {
  const settings = await deps.programAt(nowMs);
  const today = businessDateOf(nowMs, settings.timezone);
  const memberIds: string[] = [];
  for (let shard = 0; shard < deps.engagement.reminderShards; shard++)
    memberIds.push(...(await deps.engagement.subscribers('checkin', shard)));
  let alreadyThere = 0;
  let checkedIn = 0;
  const written = await runPool(memberIds, 8, async (memberId) => {
    const member = await deps.members.getById(memberId);
    if (!member?.checkinReminder) return false;
    if (isChecked(member.checkinMonths, today)) {
      checkedIn++;
      return false;
    }
    const outcome = await deps.engagement.putOutbox(
      ...notice('checkin-reminder', {
        memberId,
        occasion: today,
        nowMs,
        timeZone: settings.timezone,
        values: { points: String(settings.checkin.basePoints) },
      }),
    );
    if (outcome === 'exists') alreadyThere++;
    return outcome === 'created';
  });
  return { written, alreadyThere, checkedIn };
}
