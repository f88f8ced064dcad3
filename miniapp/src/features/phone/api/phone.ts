import { meResponse } from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/** POST /v1/me/phone — the getPhoneNumber button's code (or `dev:<11 digits>` on the local stage) → the card. */
export const bindPhone = (code: string) =>
  apiRequest({ method: 'POST', path: '/v1/me/phone', body: { code }, schema: meResponse });
