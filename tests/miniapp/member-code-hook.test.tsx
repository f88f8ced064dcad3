import { act, render } from '@testing-library/react';
import type { MemberCodeResponse } from '@app/shared';
import { useEffect } from 'react';
import { ApiError } from '../../miniapp/src/lib/api-error';
import { type MemberCodeState, useMemberCode } from '../../miniapp/src/features/member-card/hooks/use-member-code';
import { memberCode } from './fixtures';

function Probe({
  fetchCode,
  onState,
}: {
  fetchCode: () => Promise<MemberCodeResponse>;
  onState: (s: MemberCodeState) => void;
}) {
  const state = useMemberCode(fetchCode);
  onState(state);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first code is fetched once, on mount, as the card page does
  useEffect(() => {
    void state.refresh();
  }, []);
  return null;
}

const flush = () =>
  act(async () => {
    await Promise.resolve();
  });

describe('useMemberCode', () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse('2025-11-23T10:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('counts down and fetches a new code at refreshAfter, before the old one expires', async () => {
    const fetchCode = jest.fn(async () => memberCode(Date.now(), 60, 10));
    let state!: MemberCodeState;
    render(<Probe fetchCode={fetchCode} onState={(s) => (state = s)} />);
    await flush();
    expect(fetchCode).toHaveBeenCalledTimes(1);
    expect(state.secondsLeft).toBe(60);
    expect(state.refreshIn).toBe(50);

    await act(async () => {
      jest.advanceTimersByTime(20_000);
    });
    expect(state.secondsLeft).toBe(40);
    expect(state.refreshIn).toBe(30);
    expect(fetchCode).toHaveBeenCalledTimes(1);

    await act(async () => {
      jest.advanceTimersByTime(30_000);
    });
    await flush();
    expect(fetchCode).toHaveBeenCalledTimes(2);
    expect(state.secondsLeft).toBe(60);
  });

  it('keeps showing the last code when a refresh fails on the network, and retries on its own', async () => {
    const fetchCode = jest
      .fn<Promise<MemberCodeResponse>, []>()
      .mockImplementationOnce(async () => memberCode(Date.now()))
      .mockImplementationOnce(async () => {
        throw new ApiError({ status: 0, code: 'NETWORK', message: '网络不太好，请稍后重试' });
      })
      .mockImplementation(async () => memberCode(Date.now()));
    let state!: MemberCodeState;
    render(<Probe fetchCode={fetchCode} onState={(s) => (state = s)} />);
    await flush();
    await act(async () => {
      jest.advanceTimersByTime(50_000);
    });
    await flush();
    expect(fetchCode).toHaveBeenCalledTimes(2);
    expect(state.error?.message).toBe('网络不太好，请稍后重试');
    expect(state.code).not.toBeNull();
    expect(state.secondsLeft).toBe(10);
    await act(async () => {
      jest.advanceTimersByTime(5_000);
    });
    await flush();
    expect(fetchCode).toHaveBeenCalledTimes(3);
    expect(state.error).toBeNull();
    expect(state.secondsLeft).toBe(60);
  });

  it('does not hammer the server after a refusal: the member taps to retry', async () => {
    const fetchCode = jest
      .fn<Promise<MemberCodeResponse>, []>()
      .mockImplementationOnce(async () => {
        throw new ApiError({ status: 403, code: 'FORBIDDEN', message: '没有权限进行此操作' });
      })
      .mockImplementation(async () => memberCode(Date.now()));
    let state!: MemberCodeState;
    render(<Probe fetchCode={fetchCode} onState={(s) => (state = s)} />);
    await flush();
    await act(async () => {
      jest.advanceTimersByTime(60_000);
    });
    expect(fetchCode).toHaveBeenCalledTimes(1);
    expect(state.error?.code).toBe('FORBIDDEN');
    await act(() => state.refresh());
    expect(state.error).toBeNull();
    expect(state.refreshIn).toBe(50);
  });

  it('stops refreshing while paused (page hidden)', async () => {
    const fetchCode = jest.fn(async () => memberCode(Date.now()));
    let state!: MemberCodeState;
    render(<Probe fetchCode={fetchCode} onState={(s) => (state = s)} />);
    await flush();
    act(() => state.pause());
    await act(async () => {
      jest.advanceTimersByTime(120_000);
    });
    expect(fetchCode).toHaveBeenCalledTimes(1);
  });
});
