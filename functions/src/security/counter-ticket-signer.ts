import { createHmac, timingSafeEqual } from 'node:crypto';
import type { MemberCodeClaims } from '@app/shared';

/** How long a scan holds at the counter: a purchase with a queue, a question and a card payment fits in 5 minutes. */
export const COUNTER_TICKET_TTL_SECONDS = 300;

export const COUNTER_TICKET_PREFIX = 'CT1.';

/** What a ticket binds: the store and staff account that scanned, and the member code it was scanned from. */
export interface CounterTicketClaims {
  storeId: string;
  staff: string;
  code: MemberCodeClaims;
  expiresAtSeconds: number;
}

export type CounterTicketCheck =
  | { ok: true; claims: CounterTicketClaims }
  | { ok: false; reason: 'MALFORMED' | 'CODE_INVALID' | 'CODE_EXPIRED' };

/** Signed with the member-code secret under a label of its own, so a ticket cannot pass as any other code. */
const mac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`counter-ticket|${payload}`).digest('base64url').slice(0, 22);

export function counterTicketSigner(secret: string) {
  return {
    issue(claims: Omit<CounterTicketClaims, 'expiresAtSeconds'>, nowMs: number) {
      const expiresAtSeconds = Math.floor(nowMs / 1000) + COUNTER_TICKET_TTL_SECONDS;
      const fields = [claims.storeId, claims.staff, claims.code.memberNo, claims.code.expiresAtSeconds];
      const payload = Buffer.from(JSON.stringify([...fields, claims.code.nonce, expiresAtSeconds])).toString(
        'base64url',
      );
      return {
        ticket: `${COUNTER_TICKET_PREFIX}${payload}.${mac(secret, payload)}`,
        expiresAtMs: expiresAtSeconds * 1000,
      };
    },

    check(ticket: string, nowMs: number): CounterTicketCheck {
      const [payload, given] = ticket.startsWith(COUNTER_TICKET_PREFIX)
        ? ticket.slice(COUNTER_TICKET_PREFIX.length).split('.')
        : [];
      if (!payload || !given) return { ok: false, reason: 'MALFORMED' };
      const expected = Buffer.from(mac(secret, payload));
      const actual = Buffer.from(given);
      if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
        return { ok: false, reason: 'CODE_INVALID' };
      const [storeId, staff, memberNo, codeExpiresAtSeconds, nonce, expiresAtSeconds] = JSON.parse(
        Buffer.from(payload, 'base64url').toString('utf8'),
      ) as [string, string, string, number, string, number];
      if (nowMs >= expiresAtSeconds * 1000) return { ok: false, reason: 'CODE_EXPIRED' };
      return {
        ok: true,
        claims: { storeId, staff, code: { memberNo, expiresAtSeconds: codeExpiresAtSeconds, nonce }, expiresAtSeconds },
      };
    },
  };
}

export type CounterTicketSigner = ReturnType<typeof counterTicketSigner>;
