import { newOpenid } from '../../support/http';
import { launchMiniProgramPerFile } from '../support/launch';

const app = launchMiniProgramPerFile();

describe('充值 in the WeChat build', () => {
  test('the card → 我的钱包 → 充值 ¥300 送¥40 → wx.requestPayment (the WeChat Pay stand-in pays) → 到账了 ¥340', async () => {
    const card = await app().signIn(newOpenid('weapp-topup'));
    await card.waitFor('.card-wallet__balance', { text: '¥0.00' });
    await card.tap('.card-open-wallet');
    const wallet = await app().follow('pages/wallet/index');
    await wallet.waitFor('.wallet-summary__balance', { text: '0.00' });
    await wallet.tap('.wallet-summary__topup');
    const topup = await app().follow('pages/topup/index');
    await topup.waitFor('.topup-package-pkg-300');
    await topup.tap('.topup-package-pkg-300');
    await topup.waitFor('.topup-pay', { text: '立即支付 ¥300.00' });
    await topup.tap('.topup-pay');
    await topup.waitFor('.topup-result__title', { text: '到账了', timeout: 20_000 });
    expect(topup.text('.topup-result__message')).toContain('钱包余额 ¥340.00');
    expect(app().world.payments).toEqual([
      expect.objectContaining({ package: expect.stringMatching(/^prepay_id=/), signType: 'RSA' }),
    ]);
  });

  test('closing the payment sheet says 已取消 and credits nothing', async () => {
    const card = await app().signIn(newOpenid('weapp-topup-cancel'));
    await card.tap('.card-open-wallet');
    const wallet = await app().follow('pages/wallet/index');
    await wallet.tap('.wallet-summary__topup');
    const topup = await app().follow('pages/topup/index');
    await topup.waitFor('.topup-pay');
    app().world.paymentAnswer = 'cancel';
    await topup.tap('.topup-pay');
    await topup.waitFor('.topup-result__title', { text: '已取消' });
    const again = await app().open('pages/wallet/index');
    await again.waitFor('.wallet-summary__balance', { text: '0.00' });
  });
});
