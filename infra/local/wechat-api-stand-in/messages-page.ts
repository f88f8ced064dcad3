import { chinaTime, escapeHtml } from '../stand-in-http';
import type { ReceivedMessage } from './state';

/** "Messages delivered to members' phones": what the WeChat API stand-in received, newest first. */
export function messagesPage(messages: readonly ReceivedMessage[]): string {
  const cards = [...messages]
    .reverse()
    .map((message) => {
      const fields = Object.entries(message.data)
        .map(([key, value]) => `<div class="field"><span>${escapeHtml(key)}</span><b>${escapeHtml(value)}</b></div>`)
        .join('');
      const status =
        message.result === 'delivered'
          ? '<span class="tag ok">已送达</span>'
          : '<span class="tag refused">未送达 · 会员未订阅或次数已用完 (43101)</span>';
      return `<article class="card"><header><span class="time">${chinaTime(Date.parse(message.at)).replace('T', ' ').slice(0, 19)}</span>${status}</header>
<div class="meta">接收会员 <code>${escapeHtml(message.touser)}</code></div>
<div class="meta">模板 <code>${escapeHtml(message.templateId)}</code>${message.page ? ` · 打开页面 <code>${escapeHtml(message.page)}</code>` : ''}</div>
<div class="fields">${fields}</div></article>`;
    })
    .join('');
  const delivered = messages.filter((m) => m.result === 'delivered').length;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="refresh" content="5">
<title>订阅消息 · 本地模拟</title><style>
*{box-sizing:border-box;margin:0;padding:0}
body{font-family:-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;background:#f5f6f7;color:#1f2329;padding:16px}
main{max-width:760px;margin:0 auto}
h1{font-size:20px;font-weight:600}
.lead{color:#646a73;font-size:13px;margin:6px 0 16px;line-height:1.6}
.card{background:#fff;border-radius:10px;padding:14px 16px;margin-bottom:12px;box-shadow:0 1px 2px rgba(0,0,0,.05)}
header{display:flex;justify-content:space-between;align-items:center;gap:8px;flex-wrap:wrap;margin-bottom:8px}
.time{color:#8f959e;font-size:12px}
.tag{font-size:12px;padding:2px 8px;border-radius:10px}
.tag.ok{background:#e8f8ee;color:#07a355}.tag.refused{background:#fdecec;color:#d83931}
.meta{font-size:13px;color:#646a73;margin-top:4px;word-break:break-all}
code{font-family:ui-monospace,Menlo,monospace;font-size:12px;color:#1f2329}
.fields{margin-top:10px;border-top:1px solid #f0f1f2;padding-top:8px}
.field{display:flex;gap:12px;font-size:14px;padding:4px 0}
.field span{color:#8f959e;min-width:110px}
.empty{background:#fff;border-radius:10px;padding:40px 16px;text-align:center;color:#8f959e;font-size:14px;line-height:1.8}
</style></head><body><main><h1>发到会员手机的订阅消息</h1>
<p class="lead">本地模拟的微信服务端收到的 subscribeMessage.send 请求（共 ${messages.length} 条，已送达 ${delivered} 条）。页面每 5 秒刷新。</p>
${cards || '<div class="empty">还没有消息。<br>会员在小程序里同意订阅后，服务端发送的消息会显示在这里。</div>'}
</main></body></html>`;
}
