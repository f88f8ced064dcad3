import { meResponse, type PatchMeRequest } from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

export { getMe } from '../../member-card/api/member';

/** PATCH /v1/me — nickname and (once) birthday. Answers the updated card. */
export const updateMe = (body: PatchMeRequest) =>
  apiRequest({ method: 'PATCH', path: '/v1/me', body, schema: meResponse });
