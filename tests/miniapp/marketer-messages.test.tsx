import { fireEvent, render, waitFor } from '@testing-library/react';
import MessagesPage from '../../miniapp/src/marketer/messages/index';
import { errorReply, mockApi, signIn } from './fixtures';

const message = (status: string, reason: string | null, memberNo = '10000001') => ({
  messageId: `m-${memberNo}#coupon-arrived#c1`,
  memberId: `m-${memberNo}`,
  memberNo,
  templateKey: 'coupon-arrived',
  title: '券到账提醒',
  body: '您有一张「新人首杯免费」已到账，2026-12-20 前有效',
  page: 'pages/coupons/index',
  status,
  reason,
  detail: null,
  createdAt: '2026-12-05T02:00:00Z',
  sentAt: status === 'sent' ? '2026-12-05T02:00:03Z' : null,
});

beforeEach(() => signIn('marketer'));

test('消息: each message with its status and, when it did not go out, why in words; filters ask the API again', async () => {
  const request = mockApi(({ path }) =>
    path === '/v1/admin/outbox'
      ? {
          status: 200,
          body: {
            date: '2026-12-05',
            items: [
              message('sent', null),
              message('skipped', 'no-credit', '10000002'),
              message('failed', 'refused', '10000003'),
            ],
            nextCursor: null,
          },
        }
      : errorReply(404, 'NOT_FOUND', 'no'),
  );
  const { container } = render(<MessagesPage />);
  await waitFor(() => expect(container.querySelectorAll('.message-row')).toHaveLength(3));
  const rows = [...container.querySelectorAll('.message-row')].map((row) => row.textContent);
  expect(rows[0]).toContain('已送达');
  expect(rows[0]).not.toContain('原因');
  expect(rows[1]).toContain('会员没有订阅这类消息');
  expect(rows[2]).toContain('会员拒收或订阅次数已用完（微信 43101）');
  expect(rows[2]).toContain('会员 10000003');

  fireEvent.click(container.querySelector('.messages-status-failed')!);
  await waitFor(() => expect(request.mock.calls.length).toBeGreaterThan(1));
  const asked = new URL(request.mock.calls.at(-1)![0].url);
  expect(asked.searchParams.get('status')).toBe('failed');
  expect(asked.searchParams.get('date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  fireEvent.change(container.querySelector('.messages-member')!, { target: { value: '1234' } });
  expect(container.textContent).toContain('会员号是 8 位数字');
});
