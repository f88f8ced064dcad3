import Taro from '@tarojs/taro';
import { errorCatalog, meResponse } from '@app/shared';
import { apiRequest, onUnauthorized } from '../../miniapp/src/lib/api-client';
import { ApiError, NETWORK_MESSAGE, messageFor, toApiError } from '../../miniapp/src/lib/api-error';
import { loadSession } from '../../miniapp/src/lib/session';
import { errorReply, member, mockApi, signIn } from './fixtures';

const getMe = () => apiRequest({ path: '/v1/me', schema: meResponse });

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
}

describe('API client', () => {
  afterEach(() => onUnauthorized(null));

  it('sends the stored token and returns the parsed body', async () => {
    signIn('member');
    const request = mockApi(() => ({ status: 200, body: member }));
    await expect(getMe()).resolves.toEqual(member);
    const options = request.mock.calls[0][0];
    expect(options.url).toBe('http://127.0.0.1:3000/v1/me');
    expect(options.header.Authorization).toBe('Bearer token-member');
  });

  it('sends no Authorization header without a session', async () => {
    const request = mockApi(() => ({ status: 200, body: member }));
    await getMe();
    expect(request.mock.calls[0][0].header.Authorization).toBeUndefined();
  });

  it('rejects a 2xx body that does not match the contract', async () => {
    mockApi(() => ({ status: 200, body: { ...member, memberNo: 42 } }));
    const error = await caught(getMe());
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("shows the server's Chinese message with its code, status and requestId", async () => {
    mockApi(() => errorReply(409, 'BIRTHDAY_LOCKED', '生日已设置，不能再修改'));
    const error = await caught(getMe());
    expect(error).toMatchObject({
      status: 409,
      code: 'BIRTHDAY_LOCKED',
      message: '生日已设置，不能再修改',
      requestId: 'req-1',
    });
  });

  it('falls back to the catalog message when the server text is not Chinese', async () => {
    mockApi(() => errorReply(409, 'CODE_EXPIRED', 'code expired'));
    expect((await caught(getMe())).message).toBe(errorCatalog.CODE_EXPIRED.message);
  });

  it('says the network is bad when no answer arrives', async () => {
    mockApi(() => new Error('request:fail timeout'));
    const error = await caught(getMe());
    expect(error).toMatchObject({ status: 0, code: 'NETWORK', message: '网络不太好，请稍后重试' });
    expect(NETWORK_MESSAGE).toBe('网络不太好，请稍后重试');
  });

  it('turns a 401 into a trip back to login', async () => {
    signIn('member');
    const unauthorized = jest.fn();
    onUnauthorized(unauthorized);
    mockApi(() => ({ status: 401, body: 'Unauthorized' }));
    const error = await caught(getMe());
    expect(error.code).toBe('AUTH_REQUIRED');
    expect(error.message).toBe(errorCatalog.AUTH_REQUIRED.message);
    expect(unauthorized).toHaveBeenCalledTimes(1);
  });

  it('does not treat a failed login (auth: false) as an expired session', async () => {
    const unauthorized = jest.fn();
    onUnauthorized(unauthorized);
    mockApi(() => errorReply(401, 'AUTH_INVALID', '登录码无效'));
    await caught(
      apiRequest({ method: 'POST', path: '/v1/auth/wechat', body: { code: 'x' }, schema: meResponse, auth: false }),
    );
    expect(unauthorized).not.toHaveBeenCalled();
  });

  it('ignores an expired stored session', () => {
    Taro.setStorageSync('hyk.session', { token: 't', role: 'member', expiresAt: '2000-01-01T00:00:00Z' });
    expect(loadSession()).toBeNull();
  });
});

describe('error messages', () => {
  it('prefers the server text, then the catalog, then a generic message', () => {
    expect(messageFor('CODE_INVALID', '会员码无效')).toBe('会员码无效');
    expect(messageFor('CODE_INVALID', 'bad code')).toBe(errorCatalog.CODE_INVALID.message);
    expect(messageFor('CODE_INVALID')).toBe('会员码无效，请让顾客重新出示');
    expect(messageFor('HTTP_418')).toBe('出了点问题，请稍后重试');
    expect(messageFor('NETWORK')).toBe('网络不太好，请稍后重试');
  });

  it('wraps anything thrown into an ApiError with a Chinese message', () => {
    const error = toApiError(new TypeError('x is undefined'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('出了点问题，请稍后重试');
  });
});
