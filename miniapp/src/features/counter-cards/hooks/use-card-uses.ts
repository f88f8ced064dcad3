import { useRouter } from '@tarojs/taro';
import type { PunchCardView } from '@app/shared';
import { useEffect, useRef, useState } from 'react';
import { toApiError, unansweredMessage, unknownOutcome } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';
import type { StoreScanState } from '../../store-scan/hooks/use-store-scan';
import { takeCardUses } from '../api/cards';

const RECEIPT = /^[A-Za-z0-9_-]{1,40}$/;

export interface UsedCard {
  card: PunchCardView;
  uses: number;
  usesLeft: number | null;
}

/**
 * 核销次卡 for the member the scan page looked up (`?code=`, `?ticket=`, `?card=`): the member's usable cards come
 * from a lookup (the ticket holds the member 5 minutes); one Idempotency-Key per confirmation, kept while the answer is
 * unknown, so a retried tap cannot take the uses twice.
 */
export function useCardUsesPage(scan: Pick<StoreScanState, 'result' | 'lookup' | 'error'>) {
  const { params } = useRouter();
  const code = decodeURIComponent(params.code ?? '').replace(/\s+/g, '');
  const ticket = decodeURIComponent(params.ticket ?? '') || null;
  const [cardId, setCardId] = useState(decodeURIComponent(params.card ?? ''));
  const [uses, setUses] = useState(1);
  const [receiptNo, setReceiptNo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<UsedCard | null>(null);
  const key = useRef(newIdempotencyKey('card-use'));
  const { lookup } = scan;

  useEffect(() => {
    if (ticket || code) void lookup(ticket ?? code);
  }, [ticket, code, lookup]);

  const member = scan.result?.kind === 'member' ? scan.result : null;
  const cards = member?.punchCards ?? [];
  const card = cards.find((one) => one.cardId === cardId) ?? cards[0] ?? null;
  const maxUses = card?.usesLeft === null ? 20 : Math.min(20, card?.usesLeft ?? 1);

  const choose = (id: string) => {
    setCardId(id);
    setUses(1);
  };
  const step = (by: number) => setUses((now) => Math.max(1, Math.min(maxUses, now + by)));

  const submit = async () => {
    if (!card || !member) return;
    const receipt = receiptNo.trim();
    if (!RECEIPT.test(receipt)) return setError('请填写小票号（字母、数字、_ 或 -）');
    setBusy(true);
    setError(null);
    const who = member.counterTicket ? { counterTicket: member.counterTicket } : { memberCode: code };
    try {
      const answer = await takeCardUses({ ...who, cardId: card.cardId, uses, receiptNo: receipt }, key.current);
      setDone({ card, uses, usesLeft: answer.usesLeft });
      key.current = newIdempotencyKey('card-use');
    } catch (caught) {
      const failure = toApiError(caught);
      if (unknownOutcome(failure)) setError(unansweredMessage(failure));
      else {
        key.current = newIdempotencyKey('card-use');
        setError(failure.message);
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    hasMember: !!(code || ticket),
    member,
    cards,
    card,
    uses,
    maxUses,
    receiptNo,
    error,
    busy,
    done,
    choose,
    step,
    setReceiptNo,
    submit,
  };
}
