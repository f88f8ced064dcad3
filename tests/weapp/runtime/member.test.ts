import { newOpenid } from '../../support/http';
import { launchMiniProgramPerFile } from '../support/launch';

const app = launchMiniProgramPerFile();
const digits = (text: string) => text.replace(/\D/g, '');

describe('a member in the WeChat build', () => {
  test('logs in with wx.login and sees the card: level, points and a member code with its QR', async () => {
    const card = await app().signIn(newOpenid('weapp-card'));
    expect(card.route).toBe('pages/card/index');
    expect(app().world.requests[0]).toMatchObject({ method: 'POST', url: 'http://127.0.0.1:3000/v1/auth/wechat' });

    await card.waitFor('.level-card .level-badge', { text: '普通会员' });
    expect(card.text('.member-nickname')).toMatch(/^会员\d{4}$/);
    expect(card.text('.member-points')).toBe('0');
    const code = digits((await card.waitFor('.member-code-digits', { text: /(\d\s*){35}/ })).textContent ?? '');
    expect(code).toMatch(/^\d{35}$/);
    // The QR is an <image> whose src (a data URI drawn by the app) lives in the page's data.
    expect(JSON.stringify(card.data)).toMatch(/"data:image\/svg\+xml;base64,[^"]{500,}"/);
    expect(card.text('.member-code-countdown')).toMatch(/\d+/);
  });

  test('checks in: the points burst, the streak, the new badge dialog leads to the badge wall', async () => {
    const card = await app().signIn(newOpenid('weapp-checkin'));
    await card.tap('.card-open-checkin');
    const checkin = await app().follow('pages/checkin/index');
    await checkin.tap('.checkin-button');
    expect((await checkin.waitFor('.checkin-points-anim')).textContent).toContain('5');
    await checkin.waitFor('.checkin-done');
    expect(checkin.text('.checkin-streak')).toContain('1');
    expect(checkin.findAll('.checkin-day--checked')).toHaveLength(1);

    expect(await app().answerModal(true)).toMatchObject({
      title: '获得新勋章',
      content: expect.stringContaining('初来乍到'),
    });
    const badges = await app().follow('pages/badges/index');
    await badges.waitFor('.badge-item--earned', { text: '初来乍到' });

    const again = await app().open('pages/card/index');
    await again.waitFor('.member-points', { text: /^15$/ }); // 5 for the check-in + 10 for the first-check-in task
  });

  test('claims a coupon in 领券中心 and finds it in 我的优惠券', async () => {
    const card = await app().signIn(newOpenid('weapp-claim'));
    await card.tap('.card-open-coupon-center');
    const center = await app().follow('pages/coupon-center/index');
    await center.tap('.claim-demo-claim');
    await center.waitFor('.center-entry-demo-claim.center-entry--claimed');
    expect(app().world.requests.at(-1)).toMatchObject({ method: 'POST', status: 201 });

    await center.tap('.center-entry-demo-claim .center-entry-use');
    const wallet = await app().follow('pages/coupons/index');
    await wallet.waitFor('.coupon-card', { text: '满30减5' });
  });
});
