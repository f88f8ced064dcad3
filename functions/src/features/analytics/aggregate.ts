import { effectOf, mergeDeltas, type ReferralStanding, type StatDelta } from '@app/shared';
import { CHECKPOINT_MOVED, type StreamChange } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

type Deps = Pick<AppDeps, 'stats' | 'commit' | 'programAt'>;

/** One transaction holds at most 100 writes: the figures and standings of a chunk, plus the checkpoint. */
const MAX_CHUNK_WRITES = 99;
const MAX_ATTEMPTS = 8;

export interface AggregateOutcome {
  counted: number;
  alreadyCounted: number;
  transactions: number;
}

interface Chunk {
  deltas: StatDelta[];
  referrals: Map<string, ReferralStanding>;
  lastSeq: string;
}

const after = (sequence: string, checkpoint: string | null) =>
  checkpoint === null || BigInt(sequence) > BigInt(checkpoint);

/**
 * Counts a batch of one stream shard's changes into the statistics, exactly once: changes at or before the
 * shard's checkpoint are skipped, and every transaction of figures moves the checkpoint on the condition that
 * it is where this run read it. A redelivered batch, a crash between chunks or a second consumer of the same
 * shard therefore never counts a change twice.
 */
export async function aggregateChanges(
  streamShardId: string,
  changes: readonly StreamChange[],
  nowMs: number,
  deps: Deps,
): Promise<AggregateOutcome> {
  const outcome: AggregateOutcome = { counted: 0, alreadyCounted: 0, transactions: 0 };
  const { timezone } = await deps.programAt(nowMs);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let checkpoint = await deps.stats.checkpoint(streamShardId);
    const pending = changes.filter((change) => after(change.sequenceNumber, checkpoint));
    if (attempt === 0) outcome.alreadyCounted = changes.length - pending.length;
    let interrupted = false;
    for (const chunk of chunksOf(pending, timezone)) {
      const writes = deps.stats.chunkWrites(
        streamShardId,
        chunk.deltas,
        [...chunk.referrals.values()],
        checkpoint,
        chunk.lastSeq,
        new Date(nowMs).toISOString(),
      );
      const result = await deps.commit(writes);
      if (!result.ok) {
        // Someone else counted past our checkpoint (or a conflict): start over from the stored checkpoint.
        if ('failed' in result && !result.failed.includes(CHECKPOINT_MOVED))
          throw new Error(`statistics write refused: ${result.failed.join(', ')}`);
        interrupted = true;
        break;
      }
      outcome.transactions++;
      outcome.counted += pending.filter(
        (change) => after(change.sequenceNumber, checkpoint) && !after(change.sequenceNumber, chunk.lastSeq),
      ).length;
      checkpoint = chunk.lastSeq;
    }
    if (!interrupted) return outcome;
  }
  throw new Error(`statistics of stream shard ${streamShardId}: checkpoint kept moving`);
}

/**
 * Splits changes (in stream order) into chunks whose merged figures fit one transaction. Changes without any
 * effect join the next chunk that has one; trailing ones are left for later (they count nothing, and writing a
 * checkpoint for them alone would itself be a change that wakes the aggregator again).
 */
function* chunksOf(changes: readonly StreamChange[], timezone: string): Generator<Chunk> {
  let current: Chunk = { deltas: [], referrals: new Map(), lastSeq: '' };
  let merged: StatDelta[] = [];
  for (const change of changes) {
    const effect = effectOf(change, timezone);
    if (effect.deltas.length === 0 && !effect.referral) continue;
    const nextMerged = mergeDeltas([...merged, ...effect.deltas]);
    const nextReferrals = new Map(current.referrals);
    if (effect.referral) nextReferrals.set(effect.referral.memberId, effect.referral);
    if (nextMerged.length + nextReferrals.size > MAX_CHUNK_WRITES && current.lastSeq) {
      yield { ...current, deltas: merged };
      current = {
        deltas: [],
        referrals: new Map(effect.referral ? [[effect.referral.memberId, effect.referral]] : []),
        lastSeq: change.sequenceNumber,
      };
      merged = mergeDeltas(effect.deltas);
      continue;
    }
    current = { deltas: nextMerged, referrals: nextReferrals, lastSeq: change.sequenceNumber };
    merged = nextMerged;
  }
  if (current.lastSeq) yield { ...current, deltas: merged };
}
