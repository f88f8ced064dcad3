import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, phonePage, screenshot, sessionOf } from '../support/browser';
import { call, login } from '../support/http';

/**
 * Issue 16's "Done when", in Chromium on the H5 build: a member tops up ¥300 with the 送¥40 package through the WeChat
 * Pay stand-in's payment page and sees ¥340; at the counter ¥55 is taken from the wallet and 500 points as ¥5; the
 * member sees both movements; a refund at the counter's 退款 page restores them; the marketer then refunds the top-up
 * in 充值记录 (its remaining principal returned, its bonus forfeited).
 */
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

test('top up ¥300 (送¥40) through the payment sheet → ¥340; pay ¥55 + 500 points at the counter; a refund restores both', async () => {
  const page = await phonePage(browser);
  await openApp(page);
  await page.locator('.demo-login-new').click();
  await page.locator('.card-open-wallet').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('.card-wallet__balance')?.textContent === '¥0.00');
  await page.locator('.card-open-wallet').click();
  await page.locator('.wallet-summary__topup').waitFor({ timeout: 15_000 });
  await page.locator('.wallet-summary__topup').click();
  await page.locator('.topup-package').first().waitFor({ timeout: 15_000 });
  await page.locator('.topup-package', { hasText: '¥300.00' }).click();
  await expect(text(page, '.topup-pay')).resolves.toBe('立即支付 ¥300.00');
  await screenshot(page, '70-topup-choose');

  await page.locator('.topup-pay').click();
  await page.locator('button.pay').waitFor({ timeout: 15_000 }); // the stand-in's payment sheet
  await expect(page.locator('.amount').innerText()).resolves.toContain('300.00');
  await screenshot(page, '71-topup-payment-sheet');
  await page.locator('button.pay').click();
  await page.locator('a.pay').waitFor({ timeout: 15_000 });
  await page.locator('a.pay').click(); // 完成: back to the mini-program, which asks the server
  await page.locator('.topup-result__title', { hasText: '到账了' }).waitFor({ timeout: 20_000 });
  await expect(text(page, '.topup-result__message')).resolves.toContain('钱包余额 ¥340.00');
  await screenshot(page, '72-topup-paid');

  // The counter: 500 points given by the marketer; then staff scan the member's code and take ¥60 as ¥55 from the
  // wallet and 500 points as ¥5 in 记录消费.
  const { token } = await sessionOf(page);
  const me = await call('GET', '/v1/me', { token });
  const marketer = await login('marketer');
  const adjusted = await call('POST', `/v1/admin/members/${me.body.memberId}/points`, {
    token: marketer.token,
    body: { points: 500, reason: '钱包演示积分' },
    headers: { 'Idempotency-Key': `e2e-wallet-${me.body.memberId}` },
  });
  expect(adjusted.status).toBe(201);
  const code = (await call('GET', '/v1/me/code', { token })).body.code as string;
  const staff = await phonePage(browser);
  await openApp(staff);
  await staff.locator('.demo-login-staff-s001').click();
  await staff.locator('.scan-input input').fill(code);
  await staff.locator('.scan-submit').click();
  await staff.locator('.purchase-open').click();
  await staff.locator('.purchase-amount input').fill('60');
  const receiptNo = `W${Date.now()}`;
  await staff.locator('.purchase-receipt input').fill(receiptNo);
  await staff.locator('.purchase-preview-button').click();
  await staff.locator('.payment-choice').waitFor({ timeout: 15_000 });
  await expect(text(staff, '.payment-wallet-balance')).resolves.toBe('余额 ¥340.00（含赠送 ¥40.00）');
  await expect(text(staff, '.payment-points-offer')).resolves.toBe('最多 500 积分抵 ¥5.00');
  await staff.locator('.payment-use-wallet').click();
  await staff.locator('.payment-use-points').click();
  await expect(staff.locator('.payment-wallet-amount input').inputValue()).resolves.toBe('55.00');
  await staff.locator('.payment-apply').click();
  await staff.locator('.purchase-confirm', { hasText: '确认记录 · 收现金 ¥0.00' }).waitFor({ timeout: 15_000 });
  await expect(text(staff, '.payment-split-wallet')).resolves.toContain('¥55.00');
  await screenshot(staff, '76-counter-wallet-and-points');
  await staff.locator('.purchase-confirm').click();
  await staff.locator('.purchase-result').waitFor({ timeout: 15_000 });
  // The one lot is ¥300 principal + ¥40 bonus: the bonus part of ¥55 is floor(5500 × 4000 / 34000) = 647 fen.
  await expect(text(staff, '.purchase-result .payment-split-wallet')).resolves.toContain('含赠送 ¥6.47');
  await expect(text(staff, '.purchase-result .payment-split-points')).resolves.toContain('500 积分');
  await screenshot(staff, '77-counter-paid-result');

  await page.locator('.topup-result__primary', { hasText: '查看钱包' }).click();
  await page.locator('.wallet-summary__balance').waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => document.querySelector('.wallet-summary__balance')?.textContent === '285.00');
  await page.locator('.wallet-entry').nth(1).waitFor();
  await expect(text(page, '.wallet-entry__title')).resolves.toBe('消费支付');
  await expect(text(page, '.wallet-entry__amount')).resolves.toBe('-¥55.00');
  await expect(text(page, '.wallet-entry__after')).resolves.toContain('含赠送 ¥6.47');
  await screenshot(page, '73-wallet-after-payment');

  await openApp(staff, '/store/refund/index');
  await staff.locator('.refund-receipt input').fill(receiptNo);
  await staff.locator('.refund-find').click();
  await staff.locator('.refund-confirm').click();
  await staff.locator('.taro-model__confirm').click();
  await staff.locator('.refund-result').waitFor({ timeout: 15_000 });
  await expect(text(staff, '.refund-restored')).resolves.toContain('退回会员钱包 ¥55.00，退回抵现积分 500');
  await screenshot(staff, '78-counter-refund-restores');
  await staff.context().close();
  await page.reload();
  await page.waitForFunction(() => document.querySelector('.wallet-summary__balance')?.textContent === '340.00', null, {
    timeout: 20_000,
  });
  await page.locator('.wallet-entry').nth(2).waitFor();
  await expect(text(page, '.wallet-entry__title')).resolves.toBe('消费退款退回');
  await screenshot(page, '74-wallet-after-refund');
  await openApp(page, '/pages/points/index');
  await page.locator('.points-row').first().waitFor({ timeout: 20_000 });
  expect((await call('GET', '/v1/me', { token })).body.points).toMatchObject({ balance: 500 });
  await screenshot(page, '75-points-after-refund');

  // The marketer refunds the top-up in 充值记录 at desk width: ¥300 principal back to WeChat Pay, ¥40 bonus forfeited.
  const topupId = ((await call('GET', '/v1/me/wallet', { token })).body.lots[0].source as string).replace('topup:', '');
  const desk = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await openApp(desk);
  await desk.locator('.demo-login-marketer').click();
  await desk.locator('.marketer-open-topups').waitFor({ timeout: 30_000 });
  await desk.locator('.marketer-open-topups').click();
  await desk.locator('.topups-channel-wechat').click();
  const row = desk.locator(`.topup-row-${topupId}`);
  await row.waitFor({ timeout: 20_000 });
  await expect(text(desk, `.topup-row-${topupId} .topup-remaining`)).resolves.toBe(
    '剩余本金 ¥300.00 · 剩余赠送 ¥40.00',
  );
  await row.locator('.topup-refund-open').click();
  await row.locator('.topup-refund-reason input').fill('顾客要求退款');
  await row.locator('.topup-refund-next').click();
  await expect(text(desk, '.topup-refund-terms')).resolves.toContain('退回剩余本金 ¥300.00（原路退回微信支付）');
  await screenshot(desk, '79-console-topup-refund-1280');
  await row.locator('.topup-refund-next').click();
  await row.locator('.topup-refunded').waitFor({ timeout: 20_000 });
  await expect(text(desk, `.topup-row-${topupId} .topup-refunded`)).resolves.toContain(
    '退回本金 ¥300.00，作废赠送 ¥40.00',
  );
  await screenshot(desk, '80-console-topups-1280');
  await desk.close();

  await openApp(page, '/pages/wallet/index');
  await page.waitForFunction(() => document.querySelector('.wallet-summary__balance')?.textContent === '0.00', null, {
    timeout: 20_000,
  });
  await screenshot(page, '81-wallet-after-topup-refund');
  await page.context().close();
});
