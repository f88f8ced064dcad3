import { scanResponse } from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/** POST /v1/store/scan — what a scanned code is (for now: a member) at the staff member's store. */
export const scanCode = (code: string) =>
  apiRequest({ method: 'POST', path: '/v1/store/scan', body: { code }, schema: scanResponse });
