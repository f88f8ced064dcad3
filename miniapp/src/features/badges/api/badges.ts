import { badgesResponse } from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/** GET /v1/me/badges — every badge: earned ones with their date, locked ones with progress. */
export const getBadges = () => apiRequest({ path: '/v1/me/badges', schema: badgesResponse });
