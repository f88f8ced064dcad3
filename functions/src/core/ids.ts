import { monotonicFactory } from 'ulid';

/** Ids that sort by creation, so ledger entries written in one change keep their order. */
export const newIdFactory = () => {
  const next = monotonicFactory();
  return (nowMs?: number) => next(nowMs);
};
