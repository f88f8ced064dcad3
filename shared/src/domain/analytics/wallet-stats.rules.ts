import { lazySchema } from '../../lazy-schema';
import * as z from 'zod';
import { businessDateOf } from '../time/program-time';
import type { RecordChange, StatDelta, StatImage } from './aggregation.rules';

/**
 * The stored-value figures (issue 16), added by the same aggregator as the other statistics: the wallet liability
 * (principal and bonus outstanding, running totals moved by each member item's change) and the top-ups per business
 * day, store and channel (a paid top-up counts on the day it was paid, its refund on the day it was refunded). Like
 * every statistic they are sums of deltas: a recomputation from the members and top-ups gives the same figures.
 */
export const topupImage = lazySchema(() =>
  z.object({
    entity: z.literal('Topup'),
    channel: z.enum(['wechat', 'counter']),
    storeId: z.string().nullish(),
    status: z.string(),
    payFen: z.number(),
    bonusFen: z.number(),
    paidAt: z.string().nullish(),
    refund: z.object({ principalFen: z.number(), at: z.string() }).nullish(),
  }),
);
type TopupImage = z.infer<typeof topupImage>;

export const TOPUP_CHANNELS = ['wechat', 'counter'] as const;
export type TopupChannel = (typeof TOPUP_CHANNELS)[number];

/** Day fields per channel: `topups_wechat`, `topupFen_counter`, … (a top-up online has no store: `-`). */
export const topupField = (
  figure: 'topups' | 'topupFen' | 'topupBonusFen' | 'topupRefunds' | 'topupRefundFen',
  channel: TopupChannel,
) => `${figure}_${channel}`;

/** The running totals of the liability. */
export const WALLET_PRINCIPAL_TOTAL = 'walletPrincipalFen';
export const WALLET_BONUS_TOTAL = 'walletBonusFen';

const PAID = new Set(['paid', 'refunded']);

/** What one top-up image counts: its payment (once paid) and its refund (once refunded). */
function topupDeltas(topup: TopupImage, sign: 1 | -1, timeZone: string): StatDelta[] {
  const storeId = topup.storeId || '-';
  const deltas: StatDelta[] = [];
  if (PAID.has(topup.status) && topup.paidAt)
    deltas.push({
      bucket: { kind: 'day', date: businessDateOf(Date.parse(topup.paidAt), timeZone), storeId },
      add: {
        [topupField('topups', topup.channel)]: sign,
        [topupField('topupFen', topup.channel)]: sign * topup.payFen,
        [topupField('topupBonusFen', topup.channel)]: sign * topup.bonusFen,
      },
    });
  if (topup.refund)
    deltas.push({
      bucket: { kind: 'day', date: businessDateOf(Date.parse(topup.refund.at), timeZone), storeId },
      add: {
        [topupField('topupRefunds', topup.channel)]: sign,
        [topupField('topupRefundFen', topup.channel)]: sign * topup.refund.principalFen,
      },
    });
  return deltas;
}

const memberWallet = (image: StatImage | null) =>
  image?.entity === 'Member'
    ? { principal: image.walletPrincipalFen, bonus: image.walletBonusFen }
    : { principal: 0, bonus: 0 };

/** The stored-value deltas of one record change: what the new image counts minus what the old one counted. */
export function walletDeltasOf(change: RecordChange, timeZone: string): StatDelta[] {
  const entity = (change.new ?? change.old)?.entity;
  if (entity === 'Member') {
    const before = memberWallet(change.old);
    const after = memberWallet(change.new);
    const add: Record<string, number> = {};
    if (after.principal !== before.principal) add[WALLET_PRINCIPAL_TOTAL] = after.principal - before.principal;
    if (after.bonus !== before.bonus) add[WALLET_BONUS_TOTAL] = after.bonus - before.bonus;
    return Object.keys(add).length ? [{ bucket: { kind: 'total' }, add }] : [];
  }
  if (entity !== 'Topup') return [];
  return [
    ...(change.old?.entity === 'Topup' ? topupDeltas(change.old, -1, timeZone) : []),
    ...(change.new?.entity === 'Topup' ? topupDeltas(change.new, 1, timeZone) : []),
  ];
}
