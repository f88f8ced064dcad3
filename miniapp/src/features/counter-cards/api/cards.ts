import { type UseCardRequest, useCardResponse } from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/** POST /v1/store/punch-cards/use — N uses of the member's card with the receipt number, once per Idempotency-Key. */
export const takeCardUses = (body: UseCardRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/store/punch-cards/use',
    body,
    schema: useCardResponse,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
