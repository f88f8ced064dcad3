import { fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import BadgesPage from '../../miniapp/src/pages/badges/index';
import InvitePage from '../../miniapp/src/pages/invite/index';
import ProfilePage from '../../miniapp/src/pages/profile/index';
import TasksPage from '../../miniapp/src/pages/tasks/index';
import { badgeProgress } from '../../miniapp/src/features/badges/badge-look';
import { inviteLink, referralRulesText, sharePath } from '../../miniapp/src/features/invite/share';
import { share } from './__mocks__/taro';
import { member, mockApi, signIn } from './fixtures';

const badges = [
  {
    code: 'first-checkin',
    name: '初来乍到',
    description: '完成第一次签到',
    earnedAt: '2026-11-20T09:00:00+08:00',
    progress: null,
  },
  {
    code: 'streak-7',
    name: '坚持不懈',
    description: '连续签到 7 天',
    earnedAt: null,
    progress: { current: 3, target: 7 },
  },
  { code: 'gold', name: '金卡达人', description: '升级为金卡会员', earnedAt: null, progress: null },
];

const tasks = [
  { code: 'complete-profile', title: '完善资料（昵称和生日）', points: 20, growth: 0, status: 'todo' },
  { code: 'bind-phone', title: '绑定手机号', points: 20, growth: 0, status: 'todo' },
  {
    code: 'first-checkin',
    title: '首次签到',
    points: 10,
    growth: 0,
    status: 'done',
    doneAt: '2026-11-20T09:00:00+08:00',
  },
  { code: 'first-purchase', title: '首次消费', points: 50, growth: 0, status: 'todo' },
];

const referrals = {
  referralCode: 'K7PQ2M',
  invited: 4,
  rewarded: 2,
  pointsEarned: 200,
  rules: { referrerPoints: 100, secondLevelPoints: 20, maxRewardedPerYear: 50 },
};

beforeEach(() => signIn('member'));

describe('badge wall', () => {
  it('prints progress as current/target and clamps it', () => {
    expect(badgeProgress({ current: 3, target: 7 })).toEqual({ text: '3/7', percent: 43 });
    expect(badgeProgress({ current: 9, target: 7 })).toEqual({ text: '7/7', percent: 100 });
    expect(badgeProgress(null)).toBeNull();
  });

  it('shows earned badges in colour with their date, locked ones with a progress bar', async () => {
    mockApi(() => ({ status: 200, body: badges }));
    const { container } = render(<BadgesPage />);
    await waitFor(() => expect(container.querySelectorAll('.badge-item')).toHaveLength(3));
    const earned = container.querySelectorAll('.badge-item--earned');
    expect(earned).toHaveLength(1);
    expect(earned[0]!.textContent).toContain('初来乍到');
    expect(earned[0]!.textContent).toContain('2026-11-20 获得');
    const streak = container.querySelector('[data-code="streak-7"]')!;
    expect(streak.className).not.toContain('badge-item--earned');
    expect(streak.querySelector('.badge-progress__text')!.textContent).toBe('3/7');
    expect(JSON.parse(streak.querySelector('.badge-progress__fill')!.getAttribute('data-style')!)).toEqual({
      width: '43%',
    });
    expect(container.querySelector('.badges-earned-count')!.textContent).toBe('1 / 3');
  });
});

describe('tasks', () => {
  it('lists tasks with rewards and status; 去完成 leads to the right place', async () => {
    mockApi(() => ({ status: 200, body: tasks }));
    const { container } = render(<TasksPage />);
    await waitFor(() => expect(container.querySelectorAll('.task-item')).toHaveLength(4));
    expect(container.querySelector('.tasks-done-count')!.textContent).toBe('1/4');
    expect(container.querySelector('.tasks-to-earn')!.textContent).toBe('完成全部任务还可得 90 积分');
    const done = container.querySelector('[data-code="first-checkin"]')!;
    expect(done.textContent).toContain('已完成');
    expect(done.textContent).toContain('2026年11月20日 完成');

    fireEvent.click(container.querySelector('[data-code="complete-profile"] .task-item__go')!);
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/profile/index' });
    fireEvent.click(container.querySelector('[data-code="first-purchase"] .task-item__go')!);
    expect(Taro.showModal).toHaveBeenLastCalledWith(expect.objectContaining({ title: '首次消费' }));
  });

  it('binds the phone from the task (H5 demo: dev:<digits>)', async () => {
    const request = mockApi(({ method }) =>
      method === 'POST'
        ? { status: 200, body: { ...member, phoneMasked: '138****0000' } }
        : { status: 200, body: tasks },
    );
    const { container } = render(<TasksPage />);
    await waitFor(() => expect(container.querySelector('[data-code="bind-phone"] .bind-phone-button')).not.toBeNull());
    fireEvent.click(container.querySelector('[data-code="bind-phone"] .bind-phone-button')!);
    fireEvent.change(document.querySelector('.bind-phone-input')!, { target: { value: '13800000000' } });
    fireEvent.click(document.querySelector('.bind-phone-submit')!);
    await waitFor(() => expect(request.mock.calls.some(([options]) => options.method === 'POST')).toBe(true));
    const post = request.mock.calls.find(([options]) => options.method === 'POST')!;
    expect(post[0].url).toMatch(/\/v1\/me\/phone$/);
    expect(post[0].data).toEqual({ code: 'dev:13800000000' });
  });
});

describe('invite', () => {
  it('builds the share path and the H5 link', () => {
    expect(sharePath('K7PQ2M')).toBe('/pages/login/index?ref=K7PQ2M');
    expect(inviteLink('https://m.example.com/', 'K7PQ2M')).toBe('https://m.example.com/#/pages/login/index?ref=K7PQ2M');
    expect(inviteLink('https://m.example.com', 'K7PQ2M')).toBe('https://m.example.com/#/pages/login/index?ref=K7PQ2M');
    expect(inviteLink('http://127.0.0.1:8080/index.html', 'AB12')).toBe(
      'http://127.0.0.1:8080/index.html#/pages/login/index?ref=AB12',
    );
  });

  it('words the rules from the server’s numbers', () => {
    expect(referralRulesText(referrals.rules)).toEqual([
      '好友通过你的邀请注册，首次消费后你得 100 积分',
      '你邀请的好友再邀请新朋友，新朋友首次消费后你也得 20 积分',
      '每年最多奖励 50 位好友，奖励在好友首次消费后发放',
    ]);
  });

  it('shows the code and counts, copies the link and shares the login page with ref', async () => {
    mockApi(() => ({ status: 200, body: referrals }));
    const { container } = render(<InvitePage />);
    await waitFor(() => expect(container.querySelector('.invite-code')).not.toBeNull());
    expect(container.querySelector('.invite-code')!.textContent).toBe('K7PQ2M');
    expect(container.querySelector('.invite-invited')!.textContent).toBe('4');
    expect(container.querySelector('.invite-rewarded')!.textContent).toBe('2');
    expect(container.querySelector('.invite-points')!.textContent).toBe('200');
    fireEvent.click(container.querySelector('.invite-copy-link')!);
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: 'http://localhost/#/pages/login/index?ref=K7PQ2M' });
    expect(share.handler!()).toEqual(expect.objectContaining({ path: '/pages/login/index?ref=K7PQ2M' }));
  });
});

it('我的 links to tasks, badges and invite and offers phone binding when none is bound', async () => {
  mockApi(() => ({ status: 200, body: { ...member, phoneMasked: null } }));
  const { container } = render(<ProfilePage />);
  await waitFor(() => expect(container.querySelector('.profile-open-tasks')).not.toBeNull());
  fireEvent.click(container.querySelector('.profile-open-tasks')!);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/tasks/index' });
  fireEvent.click(container.querySelector('.profile-open-badges')!);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/badges/index' });
  fireEvent.click(container.querySelector('.profile-open-invite')!);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/invite/index' });
  expect(container.querySelector('.profile-phone .bind-phone-button')!.textContent).toBe('绑定手机号');
});
