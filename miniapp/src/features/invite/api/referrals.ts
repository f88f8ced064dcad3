import { referralsResponse } from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/** GET /v1/me/referrals — the member's referral code, counts and the referral rules. */
export const getReferrals = () => apiRequest({ path: '/v1/me/referrals', schema: referralsResponse });
