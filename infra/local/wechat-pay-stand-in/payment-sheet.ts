import { escapeHtml } from '../stand-in-http';

/**
 * The page that plays WeChat's payment sheet for the H5 build (in WeChat, wx.requestPayment shows the real one):
 * merchant, what is bought and the amount, 确认支付 or 取消. It takes wx.requestPayment's own arguments and
 * checks paySign as WeChat does before it shows anything.
 */

export interface RequestPaymentArgs {
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: string;
  paySign: string;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

const STYLE = `
*{box-sizing:border-box;margin:0;padding:0}
body{font-family:-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;background:#ededed;
  min-height:100vh;display:flex;flex-direction:column;color:#191919}
.notice{background:#fff3cd;color:#7a5b00;font-size:12px;text-align:center;padding:8px 12px}
.spacer{flex:1}
.sheet{background:#fff;border-radius:12px 12px 0 0;padding:16px 24px 32px;max-width:480px;width:100%;margin:0 auto}
.top{display:flex;align-items:center;justify-content:center;position:relative;height:32px;font-size:15px;color:#555}
.top form{position:absolute;left:0}
.close{border:none;background:none;font-size:22px;color:#888;cursor:pointer;line-height:1}
.merchant{text-align:center;font-size:16px;margin-top:20px}
.amount{text-align:center;font-size:44px;font-weight:600;margin:8px 0 24px;letter-spacing:-1px}
.amount small{font-size:26px;margin-right:2px}
.row{display:flex;justify-content:space-between;gap:16px;font-size:14px;padding:12px 0;border-top:1px solid #f0f0f0}
.row span:first-child{color:#888;flex-shrink:0}
.row span:last-child{text-align:right;word-break:break-all}
.pay{display:block;width:100%;margin-top:28px;height:48px;border:none;border-radius:8px;background:#07c160;color:#fff;
  font-size:17px;font-weight:500;cursor:pointer}
.secondary{display:block;width:100%;margin-top:12px;height:44px;border:none;border-radius:8px;background:#f2f2f2;
  color:#07c160;font-size:16px;cursor:pointer;text-align:center;line-height:44px;text-decoration:none}
.result{text-align:center;padding:64px 24px 32px;background:#fff;flex:1}
.icon{width:72px;height:72px;border-radius:50%;margin:0 auto 20px;display:flex;align-items:center;justify-content:center;
  color:#fff;font-size:40px}
.icon.ok{background:#07c160}.icon.fail{background:#fa5151}.icon.info{background:#b2b2b2}
.result h1{font-size:20px;font-weight:500}
.result p{color:#888;font-size:14px;margin-top:10px;line-height:1.6}
.result .amount{margin:16px 0 0}
.actions{max-width:320px;margin:40px auto 0}
`;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>` +
  `<style>${STYLE}</style></head><body><div class="notice">本地模拟的微信支付 · 不会真实扣款</div>${body}</body></html>`;

const hiddenFields = (args: RequestPaymentArgs, redirectUrl: string | null) =>
  [...Object.entries(args), ...(redirectUrl ? [['redirect_url', redirectUrl]] : [])]
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name!)}" value="${escapeHtml(value!)}">`)
    .join('');

export function sheetPage(
  sheet: { merchantName: string; description: string; totalFen: number },
  args: RequestPaymentArgs,
  redirectUrl: string | null,
): string {
  const fields = hiddenFields(args, redirectUrl);
  return page(
    '微信支付',
    `<div class="spacer"></div><main class="sheet">
<div class="top"><form method="post" action="/pay/cancel">${fields}<button class="close" aria-label="取消" type="submit">✕</button></form>
<span>微信支付</span></div>
<div class="merchant">${escapeHtml(sheet.merchantName)}</div>
<div class="amount"><small>¥</small>${yuan(sheet.totalFen)}</div>
<div class="row"><span>商品</span><span>${escapeHtml(sheet.description)}</span></div>
<div class="row"><span>付款方式</span><span>零钱</span></div>
<form method="post" action="/pay/confirm">${fields}<button class="pay" type="submit">确认支付</button></form>
<form method="post" action="/pay/cancel">${fields}<button class="secondary" type="submit">取消</button></form>
</main>`,
  );
}

export function resultPage(result: {
  outcome: 'ok' | 'cancel' | 'fail';
  title: string;
  message?: string;
  totalFen?: number;
  redirectUrl: string | null;
}): string {
  const icon = { ok: ['ok', '✓'], cancel: ['info', '!'], fail: ['fail', '✕'] }[result.outcome];
  const back = result.redirectUrl ? withResult(result.redirectUrl, result.outcome) : null;
  const action = back
    ? `<a class="${result.outcome === 'ok' ? 'pay' : 'secondary'}" style="line-height:48px;text-decoration:none" href="${escapeHtml(back)}">${result.outcome === 'ok' ? '完成' : '返回商家'}</a>`
    : '<p>可以关闭此页面了</p>';
  return page(
    result.title,
    `<main class="result"><div class="icon ${icon[0]}">${icon[1]}</div><h1>${escapeHtml(result.title)}</h1>
${result.totalFen !== undefined ? `<div class="amount"><small>¥</small>${yuan(result.totalFen)}</div>` : ''}
${result.message ? `<p>${escapeHtml(result.message)}</p>` : ''}<div class="actions">${action}</div></main>`,
  );
}

/** Only pages on this machine may be returned to (the H5 build): the stand-in is no open redirector. */
export function localRedirect(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    return local && (url.protocol === 'http:' || url.protocol === 'https:') ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Adds pay_result=ok|cancel|fail, inside the hash when the page routes by hash (the H5 build does). */
function withResult(redirectUrl: string, outcome: string): string {
  const url = new URL(redirectUrl);
  if (url.hash.startsWith('#/')) {
    url.hash = `${url.hash.slice(1)}${url.hash.includes('?') ? '&' : '?'}pay_result=${outcome}`;
  } else url.searchParams.set('pay_result', outcome);
  return url.toString();
}
