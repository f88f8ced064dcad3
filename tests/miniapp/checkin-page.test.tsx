import { fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CheckinPage from '../../miniapp/src/pages/checkin/index';
import { errorReply, member, mockApi, signIn } from './fixtures';

const calendar = (over: Record<string, unknown> = {}) => ({
  month: '2026-11',
  today: '2026-11-23',
  days: ['2026-11-20', '2026-11-21', '2026-11-22'],
  streak: 3,
  todayChecked: false,
  makeupsLeft: 2,
  rules: {
    basePoints: 5,
    cycleDays: 7,
    bonuses: [
      { day: 3, points: 10 },
      { day: 7, points: 30 },
    ],
    makeupCost: 20,
  },
  nextBonus: { inDays: 4, points: 30 },
  reminder: false,
  ...over,
});

const joined = { ...member, joinedAt: '2026-11-10T09:00:00+08:00' };

describe('签到 page', () => {
  beforeEach(() => signIn('member'));

  it('shows the streak, the next bonus and one cell per day with checked days marked', async () => {
    mockApi(({ path }) => (path === '/v1/me' ? { status: 200, body: joined } : { status: 200, body: calendar() }));
    const { container } = render(<CheckinPage />);
    await waitFor(() => expect(container.querySelector('.checkin-button')).not.toBeNull());
    expect(container.querySelector('.checkin-streak')!.textContent).toBe('已连续签到 3 天');
    expect(container.querySelector('.checkin-next-bonus')!.textContent).toBe('再签 4 天得 30 积分');
    expect(container.querySelectorAll('.checkin-day')).toHaveLength(30);
    expect(container.querySelectorAll('.checkin-day--checked')).toHaveLength(3);
    expect(container.querySelector('.checkin-day--today')!.getAttribute('data-date')).toBe('2026-11-23');
  });

  it('checks in, floats the points earned and shows 今日已签到 with the new streak', async () => {
    let checked = false;
    const request = mockApi(({ method, path }) => {
      if (path === '/v1/me') return { status: 200, body: joined };
      if (method === 'POST' && path === '/v1/checkins') {
        checked = true;
        return {
          status: 201,
          body: {
            date: '2026-11-23',
            streak: 4,
            cycleDay: 4,
            points: 5,
            growth: 1,
            bonus: 0,
            taskPoints: 0,
            badges: [],
          },
        };
      }
      return {
        status: 200,
        body: checked
          ? calendar({
              todayChecked: true,
              streak: 4,
              days: [...calendar().days, '2026-11-23'],
              nextBonus: { inDays: 3, points: 30 },
            })
          : calendar(),
      };
    });
    const { container } = render(<CheckinPage />);
    await waitFor(() => expect(container.querySelector('.checkin-button')).not.toBeNull());
    fireEvent.click(container.querySelector('.checkin-button')!);
    await waitFor(() => expect(container.querySelector('.checkin-done')).not.toBeNull());
    expect(container.querySelector('.checkin-points-anim')!.textContent).toBe('+5积分');
    expect(container.querySelector('.checkin-streak')!.textContent).toBe('已连续签到 4 天');
    expect(container.querySelectorAll('.checkin-day--checked')).toHaveLength(4);
    expect(request.mock.calls.filter(([options]) => options.method === 'POST')).toHaveLength(1);

    fireEvent.click(container.querySelector('.checkin-done')!);
    expect(container.querySelector('.checkin-message')!.textContent).toBe('今天已经签到过了');
    expect(request.mock.calls.filter(([options]) => options.method === 'POST')).toHaveLength(1);
  });

  it('says 今天已经签到过了 when the server answers CHECKIN_ALREADY_DONE', async () => {
    let refused = false;
    mockApi(({ method, path }) => {
      if (path === '/v1/me') return { status: 200, body: joined };
      if (method === 'POST') {
        refused = true;
        return errorReply(409, 'CHECKIN_ALREADY_DONE', '今天已经签到过了', {
          today: { date: '2026-11-23', streak: 4, cycleDay: 4, points: 5, growth: 1, bonus: 0 },
        });
      }
      return { status: 200, body: calendar(refused ? { todayChecked: true, streak: 4 } : {}) };
    });
    const { container } = render(<CheckinPage />);
    await waitFor(() => expect(container.querySelector('.checkin-button')).not.toBeNull());
    fireEvent.click(container.querySelector('.checkin-button')!);
    await waitFor(() => expect(container.querySelector('.checkin-done')).not.toBeNull());
    expect(container.querySelector('.checkin-message')!.textContent).toBe('今天已经签到过了');
    expect(container.querySelector('.checkin-points-anim')).toBeNull();
  });

  it('announces badges a check-in earned', async () => {
    jest.useFakeTimers();
    try {
      mockApi(({ method, path }) => {
        if (path === '/v1/me') return { status: 200, body: joined };
        if (method === 'POST')
          return {
            status: 201,
            body: {
              date: '2026-11-23',
              streak: 1,
              cycleDay: 1,
              points: 5,
              growth: 1,
              bonus: 0,
              taskPoints: 10,
              badges: ['first-checkin'],
            },
          };
        return { status: 200, body: calendar({ streak: 0, days: [] }) };
      });
      (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
      const { container } = render(<CheckinPage />);
      await waitFor(() => expect(container.querySelector('.checkin-button')).not.toBeNull());
      fireEvent.click(container.querySelector('.checkin-button')!);
      await waitFor(() => expect(container.querySelector('.checkin-points-anim')).not.toBeNull());
      expect(container.querySelector('.checkin-hero__task')!.textContent).toContain('另得 10 积分');
      jest.advanceTimersByTime(1500);
      expect(Taro.showModal).toHaveBeenCalledWith(
        expect.objectContaining({ title: '获得新勋章', content: '恭喜获得「初来乍到」勋章' }),
      );
    } finally {
      jest.useRealTimers();
    }
  });

  it('confirms a 补签 with its cost and the makeups left, then sends the date', async () => {
    const request = mockApi(({ method, path }) => {
      if (path === '/v1/me') return { status: 200, body: joined };
      if (method === 'POST' && path === '/v1/checkins/makeup')
        return { status: 201, body: { date: '2026-11-19', streak: 4, cycleDay: 4, points: 5, growth: 1, bonus: 0 } };
      return { status: 200, body: calendar() };
    });
    const { container } = render(<CheckinPage />);
    await waitFor(() => expect(container.querySelector('.checkin-day--makeup')).not.toBeNull());
    // Before joining (the 9th) is not offered; the 19th is.
    expect(container.querySelector('[data-date="2026-11-09"]')!.className).not.toContain('checkin-day--makeup');
    fireEvent.click(container.querySelector('[data-date="2026-11-19"]')!);
    await waitFor(() =>
      expect(request.mock.calls.some(([options]) => String(options.url).endsWith('/v1/checkins/makeup'))).toBe(true),
    );
    expect(Taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: '补签将消耗 20 积分，获得 5 积分，本月还可补签 2 次' }),
    );
    const call = request.mock.calls.find(([options]) => String(options.url).endsWith('/v1/checkins/makeup'))!;
    expect(call[0].data).toEqual({ date: '2026-11-19' });
  });

  it('switches months and stores the reminder choice', async () => {
    const request = mockApi(({ method, path, query, data }) => {
      if (path === '/v1/me') return { status: 200, body: member };
      if (method === 'PUT') return { status: 200, body: data };
      const month = query.get('month');
      return { status: 200, body: calendar(month ? { month, days: [] } : {}) };
    });
    const { container } = render(<CheckinPage />);
    await waitFor(() => expect(container.querySelector('.checkin-month')).not.toBeNull());
    expect(container.querySelector('.checkin-month-next')!.className).toContain('--off');
    fireEvent.click(container.querySelector('.checkin-month-prev')!);
    await waitFor(() => expect(container.querySelector('.checkin-month')!.textContent).toBe('2026年10月'));
    expect(container.querySelectorAll('.checkin-day')).toHaveLength(31);
    expect(container.querySelector('.checkin-day--makeup')).toBeNull();

    fireEvent.click(container.querySelector('.checkin-reminder')!);
    await waitFor(() => expect(container.querySelector('.checkin-reminder--on')).not.toBeNull());
    const put = request.mock.calls.find(([options]) => options.method === 'PUT')!;
    expect(put[0].url).toMatch(/\/v1\/me\/reminders$/);
    expect(put[0].data).toEqual({ checkin: true });
  });

  it('shows the error state when the calendar cannot load', async () => {
    mockApi(() => new Error('offline'));
    const { container } = render(<CheckinPage />);
    await waitFor(() => expect(container.querySelector('.error-state')).not.toBeNull());
    expect(container.textContent).toContain('签到加载失败');
  });
});
