import type { MemberSummary } from '@app/shared';
import { fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MembersPage from '../../miniapp/src/marketer/members/index';
import { errorReply, mockApi, signIn } from './fixtures';

const summary = (n: number): MemberSummary => ({
  memberId: `m${n}`,
  memberNo: String(10000000 + n),
  nickname: `会员${n}`,
  phoneMasked: null,
  levelCode: 'L1',
  levelName: '普通会员',
  points: n * 10,
  joinedAt: '2026-11-20T02:00:00Z',
  lastPurchaseAt: null,
});

const rows = (container: HTMLElement) =>
  [...container.querySelectorAll('.members-recent .member-row')].map((row) => row.getAttribute('data-member-id'));

describe('会员查询 before anything is typed', () => {
  beforeEach(() => signIn('marketer'));

  it('lists who joined last at once, page by page, and opens a member’s 360', async () => {
    const request = mockApi(({ query }) =>
      query.get('cursor') === 'p2'
        ? { status: 200, body: { items: [summary(1)], matchedBy: 'recent', nextCursor: null } }
        : { status: 200, body: { items: [summary(3), summary(2)], matchedBy: 'recent', nextCursor: 'p2' } },
    );
    const { container } = render(<MembersPage />);
    expect(container.querySelectorAll('.members-recent .marketer-skeleton-row')).toHaveLength(3);
    await waitFor(() => expect(rows(container)).toEqual(['m3', 'm2']));
    expect(new URL(request.mock.calls[0][0].url).searchParams.has('q')).toBe(false);
    expect(container.querySelector('.members-recent .panel__title')!.textContent).toContain('最近加入的会员');
    expect(container.querySelector('.member-row-10000003')!.textContent).toContain('会员3');
    fireEvent.click(container.querySelector('.members-recent .marketer-list__more')!);
    await waitFor(() => expect(rows(container)).toEqual(['m3', 'm2', 'm1']));
    expect(container.querySelector('.members-recent .marketer-list__footer')!.textContent).toBe('没有更多会员了');
    fireEvent.click(container.querySelector('.member-row-10000002')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/marketer/member/index?memberId=m2' });
  });

  it('says there are no members yet, or that the list failed with a retry', async () => {
    let fail = true;
    mockApi(() =>
      fail
        ? errorReply(500, 'INTERNAL', '服务暂时不可用')
        : { status: 200, body: { items: [], matchedBy: 'recent', nextCursor: null } },
    );
    const { container, getByText } = render(<MembersPage />);
    await waitFor(() => expect(container.querySelector('.members-recent')!.textContent).toContain('会员列表加载失败'));
    fail = false;
    getByText('重新加载').click();
    await waitFor(() => expect(container.querySelector('.members-recent-empty')).not.toBeNull());
    expect(container.querySelector('.members-recent-empty')!.textContent).toContain('还没有会员');
  });

  it('gives way to the results once something is searched, and comes back when the words are cleared', async () => {
    mockApi(({ query }) =>
      query.get('q')
        ? { status: 200, body: { items: [summary(7)], matchedBy: 'memberNo', nextCursor: null } }
        : { status: 200, body: { items: [summary(3)], matchedBy: 'recent', nextCursor: null } },
    );
    const { container } = render(<MembersPage />);
    await waitFor(() => expect(rows(container)).toEqual(['m3']));
    fireEvent.change(container.querySelector('.members-search')!, { target: { value: '10000007' } });
    fireEvent.click(container.querySelector('.members-search-submit')!);
    await waitFor(() => expect(container.querySelector('.members-results .member-row-10000007')).not.toBeNull());
    expect(container.querySelector('.members-recent')).toBeNull();
    fireEvent.change(container.querySelector('.members-search')!, { target: { value: '' } });
    await waitFor(() => expect(rows(container)).toEqual(['m3']));
  });
});
