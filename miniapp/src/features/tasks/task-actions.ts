import { routes } from '../../lib/routes';

/** What 去完成 does for each one-time task: open a page, show the phone button, or explain the way. */
export type TaskAction =
  | { kind: 'open'; url: string }
  | { kind: 'bind-phone' }
  | { kind: 'explain'; title: string; content: string };

export function taskAction(code: string): TaskAction {
  switch (code) {
    case 'complete-profile':
      return { kind: 'open', url: routes.profile };
    case 'bind-phone':
      return { kind: 'bind-phone' };
    case 'first-checkin':
      return { kind: 'open', url: routes.checkin };
    case 'first-purchase':
      return {
        kind: 'explain',
        title: '首次消费',
        content: '到任意门店消费时出示会员码，店员扫码记录后即完成任务，奖励自动到账。',
      };
    case 'first-redemption':
      return { kind: 'open', url: routes.mall };
    default:
      return { kind: 'explain', title: '任务说明', content: '完成后奖励自动发放到你的账户。' };
  }
}

/** The short word under each task: what it asks for. */
export const taskHints: Record<string, string> = {
  'complete-profile': '在「我的」填写昵称和生日',
  'bind-phone': '绑定手机号，账户更安全',
  'first-checkin': '每日签到领积分',
  'first-purchase': '到店消费出示会员码',
  'first-redemption': '用积分兑换一件礼品',
};

/** One glyph per task for its round icon. */
export const taskGlyphs: Record<string, string> = {
  'complete-profile': '资',
  'bind-phone': '机',
  'first-checkin': '签',
  'first-purchase': '购',
  'first-redemption': '兑',
};
