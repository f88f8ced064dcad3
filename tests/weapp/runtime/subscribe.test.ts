import { demoProgram } from '../../../infra/seed/demo-program';
import { newOpenid } from '../../support/http';
import { launchMiniProgramPerFile } from '../support/launch';

/** Subscribe prompts in the WeChat build: asked inside the tap with the program's template ids, answers reported. */
const app = launchMiniProgramPerFile();
const templates = demoProgram.notifications.templates;
const reported = () =>
  app()
    .world.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/v1/me/subscriptions'))
    .map((r) => ({ body: r.body, status: r.status }));
afterEach(() => {
  app().world.subscribeAnswer = 'accept';
});

describe('subscribe messages in the WeChat build', () => {
  test('the check-in reminder switch asks for 签到提醒 with its template id and reports the acceptance', async () => {
    await app().signIn(newOpenid('weapp-sub-checkin'));
    const checkin = await app().open('pages/checkin/index');
    await checkin.waitFor('.checkin-reminder');
    await new Promise((resolve) => setTimeout(resolve, 300)); // the templates load on show, before any tap
    await checkin.tap('.checkin-reminder');
    await checkin.waitFor('.checkin-reminder', { text: /已开启|开启/ });
    await waitUntil(() => app().world.toasts.includes('已开启签到提醒'));
    expect(app().world.subscribeRequests.at(-1)).toEqual([templates['checkin-reminder']!.templateId]);
    expect(reported().at(-1)).toEqual({ body: { accepted: ['checkin-reminder'], rejected: [] }, status: 200 });
  });

  test('the wallet asks 有新券时提醒我; a refusal is reported and said plainly, and the row offers it again', async () => {
    await app().signIn(newOpenid('weapp-sub-wallet'));
    const wallet = await app().open('pages/coupons/index');
    const nudge = await wallet.waitFor('.subscribe-nudge', { text: '有新券时提醒我' });
    expect(nudge.textContent).toContain('开启');
    app().world.subscribeAnswer = 'reject';
    await wallet.tap('.subscribe-nudge');
    await waitUntil(() => app().world.toasts.some((t) => t.startsWith('你没有同意接收通知')));
    expect(app().world.subscribeRequests.at(-1)).toEqual([templates['coupon-arrived']!.templateId]);
    expect(reported().at(-1)).toEqual({ body: { accepted: [], rejected: ['coupon-arrived'] }, status: 200 });
    expect(wallet.text('.subscribe-nudge__state')).toBe('开启');
  });

  test('the points page asks 积分到期前提醒我: each acceptance is one more notice', async () => {
    await app().signIn(newOpenid('weapp-sub-points'));
    const points = await app().open('pages/points/index');
    await points.waitFor('.subscribe-nudge', { text: '积分到期前提醒我' });
    await points.tap('.subscribe-nudge');
    await points.waitFor('.subscribe-nudge__state', { text: '会通知你 1 次' });
    await points.tap('.subscribe-nudge');
    await points.waitFor('.subscribe-nudge__state', { text: '会通知你 2 次' });
    expect(app().world.toasts.filter((t) => t === '订阅成功，到时会在微信里通知你')).toHaveLength(2);
  });

  test('with subscribe messages switched off in WeChat the member is told where to turn them on; nothing is reported', async () => {
    await app().signIn(newOpenid('weapp-sub-off'));
    const points = await app().open('pages/points/index');
    await points.waitFor('.subscribe-nudge');
    const before = reported().length;
    app().world.subscribeAnswer = 'switched-off';
    await points.tap('.subscribe-nudge');
    await waitUntil(() => app().world.toasts.some((t) => t.startsWith('微信里的订阅消息已关闭')));
    expect(reported()).toHaveLength(before);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
