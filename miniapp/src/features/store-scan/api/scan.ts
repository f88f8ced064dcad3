import { scanResponse } from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/** POST /v1/store/scan — what a scanned code is at the staff member's store: a member (with the coupons usable here), a coupon (`CPN.…`) and its member, or (8 digits) a mall order to hand out. */
export const scanCode = (code: string) =>
  apiRequest({ method: 'POST', path: '/v1/store/scan', body: { code }, schema: scanResponse });
