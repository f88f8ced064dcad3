import type { AppDeps } from '../../../composition';
import { toCardView } from '../../plans/views';

/** The member's cards, newest first, each with its uses (who, where, when). */
export async function myCards(memberId: string, nowMs: number, deps: Pick<AppDeps, 'punchCards'>) {
  const cards = await deps.punchCards.cardsOf(memberId);
  return Promise.all(
    cards.map(async (card) => toCardView(card, nowMs, await deps.punchCards.uses(memberId, card.cardId))),
  );
}
