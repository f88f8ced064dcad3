import { badgesResponse, calendarResponse, checkinResult, referralsResponse, tasksResponse } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

const clock = (iso: string) => ({ 'X-Clock': iso });

describe('check-in over HTTP', () => {
  test('check in, see the calendar, the first-check-in task and the 初来乍到 badge; a second tap is 409 with today’s result', async () => {
    const { token } = await login(newOpenid());
    const first = await call('POST', '/v1/checkins', { token });
    expect(first.status).toBe(201);
    expect(checkinResult.parse(first.body)).toMatchObject({
      streak: 1,
      cycleDay: 1,
      points: 5,
      growth: 1,
      bonus: 0,
      taskPoints: 10,
      badges: ['first-checkin'],
    });
    const again = await call('POST', '/v1/checkins', { token });
    expect([again.status, again.body.error.code]).toEqual([409, 'CHECKIN_ALREADY_DONE']);
    expect(again.body.error.details.today).toMatchObject({ date: first.body.date, points: 5 });
    const calendar = calendarResponse.parse((await call('GET', '/v1/checkins', { token })).body);
    expect(calendar).toMatchObject({
      days: [first.body.date],
      streak: 1,
      todayChecked: true,
      makeupsLeft: 2,
      nextBonus: { inDays: 2, points: 10 },
    });
    const tasks = tasksResponse.parse((await call('GET', '/v1/me/tasks', { token })).body);
    expect(tasks.find((task) => task.code === 'first-checkin')?.status).toBe('done');
    const badges = badgesResponse.parse((await call('GET', '/v1/me/badges', { token })).body);
    expect(badges.find((badge) => badge.code === 'first-checkin')?.earnedAt).toBeTruthy();
    expect(badges.find((badge) => badge.code === 'streak-7')?.progress).toEqual({ current: 1, target: 7 });
    expect((await call('GET', '/v1/me', { token })).body.points.balance).toBe(15);
  });

  test('30 parallel check-ins: one 201, twenty-nine 409', async () => {
    const { token } = await login(newOpenid());
    const answers = await Promise.all(Array.from({ length: 30 }, () => call('POST', '/v1/checkins', { token })));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(
      answers.filter((answer) => answer.status === 409 && answer.body.error.code === 'CHECKIN_ALREADY_DONE'),
    ).toHaveLength(29);
    expect((await call('GET', '/v1/me', { token })).body.points.balance).toBe(15);
  });

  test('a makeup of a missed day restores the streak; refusals say why', async () => {
    const { token } = await login(newOpenid(), undefined);
    const days = ['2031-09-01', '2031-09-02', '2031-09-04'];
    for (const day of days)
      expect((await call('POST', '/v1/checkins', { token, headers: clock(`${day}T10:00:00+08:00`) })).status).toBe(201);
    const made = await call('POST', '/v1/checkins/makeup', {
      token,
      body: { date: '2031-09-03' },
      headers: clock('2031-09-04T12:00:00+08:00'),
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ date: '2031-09-03', points: 5, streak: 4 });
    const refused = await call('POST', '/v1/checkins/makeup', {
      token,
      body: { date: '2031-09-05' },
      headers: clock('2031-09-04T12:00:00+08:00'),
    });
    expect([refused.status, refused.body.error.code, refused.body.error.details.reason]).toEqual([
      409,
      'MAKEUP_NOT_ALLOWED',
      'future',
    ]);
    expect((await call('POST', '/v1/checkins/makeup', { token, body: { date: '2031-09-31' } })).status).toBe(400);
    expect((await call('GET', '/v1/checkins?month=2031-9', { token })).status).toBe(400);
    const september = (
      await call('GET', '/v1/checkins?month=2031-09', { token, headers: clock('2031-09-04T12:00:00+08:00') })
    ).body;
    expect(september).toMatchObject({
      days: ['2031-09-01', '2031-09-02', '2031-09-03', '2031-09-04'],
      streak: 4,
      makeupsLeft: 1,
    });
  });

  test('referral: the invitee registers with the code; the first purchase announces the referrer’s reward (待到账)', async () => {
    const referrer = await login(newOpenid());
    const code = (await call('GET', '/v1/me/referrals', { token: referrer.token })).body.referralCode;
    const invitee = await login(newOpenid(), code);
    expect(
      referralsResponse.parse((await call('GET', '/v1/me/referrals', { token: referrer.token })).body),
    ).toMatchObject({ invited: 1, rewarded: 0, pointsEarned: 0 });
    const staff = await login('staff-s001');
    for (let i = 0; i < 2; i++) {
      const memberCode = (await call('GET', '/v1/me/code', { token: invitee.token })).body.code;
      expect(
        (
          await call('POST', '/v1/store/purchases', {
            token: staff.token,
            body: { memberCode, receiptNo: `REF${Date.now()}${i}`, amountFen: 2000 },
          })
        ).status,
      ).toBe(201);
    }
    // The reward waits for the purchase's refund window: on the card as 待到账, counted once released (the job).
    expect((await call('GET', '/v1/me/referrals', { token: referrer.token })).body).toMatchObject({
      invited: 1,
      rewarded: 0,
      pointsEarned: 0,
    });
    const card = (await call('GET', '/v1/me', { token: referrer.token })).body;
    expect(card.points).toMatchObject({ balance: 0, pending: 100 });
    const [announced] = (await call('GET', '/v1/me/points', { token: referrer.token })).body.items;
    expect(announced).toMatchObject({ type: 'bonus', reasonCode: 'referral', points: 100, status: 'pending' });
  });

  test('phone binding pays its task once and shows the number masked; reminders are stored and end up in the outbox', async () => {
    const { token, memberId } = await login(newOpenid());
    const bound = await call('POST', '/v1/me/phone', { token, body: { code: 'dev:13912345678' } });
    expect(bound.body.phoneMasked).toBe('139****5678');
    expect(bound.body.points.balance).toBe(20);
    await call('POST', '/v1/me/phone', { token, body: { code: 'dev:13912345678' } });
    expect((await call('GET', '/v1/me', { token })).body.points.balance).toBe(20);
    expect((await call('POST', '/v1/me/phone', { token, body: { code: 'dev:123' } })).status).toBe(400);
    expect((await call('PUT', '/v1/me/reminders', { token, body: { checkin: true } })).body).toEqual({ checkin: true });
    expect((await call('GET', '/v1/checkins', { token })).body.reminder).toBe(true);
    const marketer = await login('marketer');
    const outbox = await call('GET', '/v1/admin/outbox?date=2031-01-01', { token: marketer.token });
    expect(outbox.status).toBe(200);
    expect(outbox.body).toMatchObject({ date: '2031-01-01', items: [], nextCursor: null });
    expect(memberId).toBeTruthy();
  });
});
