// What the tests of a member's payment pages (开通PLUS, 充值) share: the member signed in with WeChat Pay saying ok,
// a polled order's answers in turn, the request the page sent, and the late confirmation a re-check finds.
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ReactElement } from 'react';
import { router } from './__mocks__/taro';
import { signIn } from './fixtures';

export const requestPayment = Taro.requestPayment as jest.Mock;

export type PaidStatus = 'awaiting_payment' | 'paid' | 'closed';

/** Each test starts signed in as a member on a page with no parameters, WeChat Pay saying ok; real timers after. */
export function payingMember() {
  beforeEach(() => {
    signIn('member');
    router.params = {};
    requestPayment.mockReset().mockResolvedValue({ errMsg: 'requestPayment:ok' });
  });
  afterEach(() => jest.useRealTimers());
}

/** The status a polled order answers: `statuses` in turn, the last one repeating. */
export function inTurn(statuses: PaidStatus[]): () => PaidStatus {
  let polls = 0;
  return () => statuses[Math.min(polls++, statuses.length - 1)]!;
}

/** Paid, but the server confirms it only after more polls than the page waits for. */
export const paidLate = (): PaidStatus[] => [
  ...Array.from({ length: 8 }, (): PaidStatus => 'awaiting_payment'),
  'paid',
];

/** The request of the one POST the page sent. */
export const sentPost = (request: jest.Mock) => request.mock.calls.find(([options]) => options.method === 'POST')![0];

/** With an API that answers `paidLate()`: paying says 还在确认 after the polls, and 再查一次 finds it paid. */
export async function expectConfirmedOnRecheck(page: ReactElement, payButton: string, paidTitle: string) {
  jest.useFakeTimers();
  const { container } = render(page);
  await act(async () => void (await jest.advanceTimersByTimeAsync(10)));
  fireEvent.click(container.querySelector(payButton)!);
  await act(async () => void (await jest.advanceTimersByTimeAsync(10_000)));
  expect(screen.getByText('还在确认')).toBeTruthy();
  fireEvent.click(screen.getByText('再查一次'));
  await act(async () => void (await jest.advanceTimersByTimeAsync(100)));
  expect(screen.getByText(paidTitle)).toBeTruthy();
}
