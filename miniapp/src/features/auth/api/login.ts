import { authResponse, type AuthRequest } from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/** POST /v1/auth/wechat — a WeChat login code (or `dev:<openid>` on the local stage) for a token. */
export const loginWithCode = (body: AuthRequest) =>
  apiRequest({ method: 'POST', path: '/v1/auth/wechat', body, schema: authResponse, auth: false });
