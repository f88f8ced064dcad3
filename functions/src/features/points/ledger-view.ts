import { formatInZone, type LedgerEntryView } from '@app/shared';
import type { LedgerRecord } from '../../adapters/dynamodb';

/**
 * A ledger entry as members and marketers read it, its times in program time. A pending reward's entry shows what
 * it pays (its own `points` are 0: pending points never count) with its state and when it arrives.
 */
export const toLedgerEntryView = (entry: LedgerRecord, zone: string): LedgerEntryView => ({
  id: entry.entryId,
  type: entry.type,
  points: entry.pending?.points ?? entry.points,
  growth: entry.growth,
  balanceAfter: entry.balanceAfter,
  reason: entry.reason,
  reasonCode: entry.reasonCode,
  ref: entry.ref,
  at: formatInZone(Date.parse(entry.at), zone),
  ...(entry.expiresAt !== undefined
    ? { expiresAt: entry.expiresAt && formatInZone(Date.parse(entry.expiresAt), zone) }
    : {}),
  ...(entry.status ? { status: entry.status } : {}),
  ...(entry.releasesAt ? { releasesAt: formatInZone(Date.parse(entry.releasesAt), zone) } : {}),
});
