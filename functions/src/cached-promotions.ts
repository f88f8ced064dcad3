import type { Promotion } from '@app/shared';
import type { PromotionsRepository, TxWrite } from './adapters/dynamodb';

/**
 * The promotions not yet ended, kept per container. A write that earns by them (a purchase) takes the list with a
 * check of the promotions' stamp for its transaction: if any promotion changed since the list was read, the write
 * fails, the list is read afresh and the write retried, so a new or ended promotion counts from its first second
 * without a read per purchase. A reader without a transaction (the preview) reads the stamp, and the list only when
 * the stamp moved.
 * The list holds what had not ended when it was read, so it serves that instant and later ones; an earlier
 * business time (X-Clock, local only) reads afresh.
 */
export function cachedPromotions(promotions: PromotionsRepository) {
  let cached: { stamp: number; list: Promotion[]; fetchedFor: number } | undefined;
  // The stamp before the list: a change between the two reads then fails the check rather than passing it.
  const load = async (nowMs: number, stamp?: number) => {
    const stampRead = stamp ?? (await promotions.stamp());
    const list = await promotions.notEndedAt(new Date(nowMs).toISOString());
    cached = { stamp: stampRead, list, fetchedFor: nowMs };
    return cached;
  };
  const usable = (nowMs: number) => (cached && nowMs >= cached.fetchedFor ? cached : undefined);
  return {
    async forWrite(nowMs: number): Promise<{ promotions: Promotion[]; unchanged: TxWrite }> {
      const { stamp, list } = usable(nowMs) ?? (await load(nowMs));
      return { promotions: list, unchanged: promotions.stampCheck(stamp) };
    },
    async forRead(nowMs: number): Promise<Promotion[]> {
      const stamp = await promotions.stamp();
      const held = usable(nowMs);
      return held?.stamp === stamp ? held.list : (await load(nowMs, stamp)).list;
    },
    /** After a write found the stamp moved (or this container changed a promotion). */
    invalidate: () => {
      cached = undefined;
    },
  };
}
