import { formatNumber } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { segmentName } from './dashboard-words';

/** What happened, in Chinese: the known actions by name, anything else as its code. */
const ACTION_NAMES: Record<string, string> = {
  'points.adjust': '调整积分',
  'member.tags': '修改会员标签',
  'member.tags.update': '修改会员标签',
  'tags.bulk': '批量打标签',
  'tag.bulk': '批量打标签',
  'program.update': '修改规则设置',
  'campaign.create': '创建营销活动',
  'campaign.launch': '启动营销活动',
  'campaign.cancel': '取消营销活动',
  'coupon-template.create': '创建优惠券模板',
  'promotion.create': '创建积分活动',
  'mall.item.create': '上架礼品',
  'mall.item.update': '修改礼品',
  'account.create': '开通账号',
  'staff.create': '开通账号',
  'store.create': '开设门店',
  'store.update': '修改门店',
  'product.create': '新建商品',
  'product.update': '修改商品',
  'product.import': '导入商品',
};

const TARGET_NAMES: Record<string, string> = {
  member: '会员',
  campaign: '活动',
  'coupon-template': '优惠券模板',
  promotion: '积分活动',
  'mall-item': '礼品',
  program: '会员规则',
  tag: '标签',
  account: '账号',
  staff: '账号',
  store: '门店',
  product: '商品',
  'wallet-package': '充值套餐',
};

const FIELD_NAMES: Record<string, string> = {
  balance: '积分余额',
  debt: '积分欠款',
  points: '积分',
  reason: '原因',
  status: '状态',
  tags: '标签',
  added: '添加',
  removed: '移除',
  add: '添加',
  remove: '移除',
  version: '版本',
  effectiveAt: '生效时间',
  name: '名称',
  title: '标题',
  stock: '库存',
  stockDelta: '库存变化',
  matched: '匹配会员',
  changed: '变更会员',
  tag: '标签',
  action: '操作',
  role: '角色',
  storeId: '门店',
  city: '城市',
};

const STATUS_NAMES: Record<string, string> = {
  draft: '草稿',
  scheduled: '待发送',
  dispatching: '发送中',
  active: '进行中',
  completed: '已完成',
  cancelled: '已取消',
};

export const actionName = (action: string): string => ACTION_NAMES[action] ?? action;

/** `marketer:o-abc` → 营销 王芳 (by the name the server gives), 营销 o-abc without one; `system` → 系统. */
export function actorName(actor: string, label?: string | null): string {
  const [kind, ...rest] = actor.split(':');
  const id = rest.join(':');
  if (!id) return actor === 'system' ? '系统' : actor;
  if (kind === 'system') return '系统';
  const role = kind === 'marketer' ? '营销' : kind === 'staff' ? '店员' : kind === 'member' ? '会员' : kind;
  return `${role} ${label ?? id}`;
}

/** `会员 林小满 · 10000001`, `活动 新品尝鲜 满30减5`: by the name the server gives; the id only where there is none. */
export const targetName = (target: { kind: string; id: string }, label?: string | null): string =>
  `${TARGET_NAMES[target.kind] ?? target.kind} ${label ?? target.id}`;

function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined) return '无';
  if (key === 'status' && typeof value === 'string') return STATUS_NAMES[value] ?? value;
  if (typeof value === 'number') {
    if (/Fen$/.test(key)) return formatFen(value);
    const text = formatNumber(Math.abs(value));
    return value < 0 ? `-${text}` : key === 'points' || key === 'stockDelta' ? `+${text}` : text;
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string')
    return key === 'tags' || key === 'tag' ? segmentName(value) : value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (Array.isArray(value))
    return value.length === 0
      ? '无'
      : value.length <= 5
        ? value.map((one) => valueText(key, one)).join('、')
        : `${value.length} 项`;
  return '…';
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/**
 * Before → after in a few words: the fields that changed (`积分余额 120 → 220`), then fields only in `after`
 * (`积分 +100`, `原因 补偿`). Large objects (a whole campaign, the program settings) are summed up, not dumped.
 */
export function changeLines(before: unknown, after: unknown, max = 4): string[] {
  const from = asRecord(before);
  const to = asRecord(after);
  if (!from && !to) return [];
  const lines: string[] = [];
  const keys = [...new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})])];
  const order = Object.keys(FIELD_NAMES);
  const known = keys.filter((key) => FIELD_NAMES[key]).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const key of known) {
    const a = from?.[key];
    const b = to?.[key];
    if (from && to && key in from && key in to) {
      if (JSON.stringify(a) !== JSON.stringify(b))
        lines.push(`${FIELD_NAMES[key]} ${valueText(key, a)} → ${valueText(key, b)}`);
    } else if (to && key in to && !(from && key in from)) {
      lines.push(`${FIELD_NAMES[key]} ${valueText(key, b)}`);
    } else if (from && key in from) {
      lines.push(`${FIELD_NAMES[key]} ${valueText(key, a)} → 无`);
    }
  }
  const unknownChanged = keys.filter(
    (key) => !FIELD_NAMES[key] && JSON.stringify(from?.[key]) !== JSON.stringify(to?.[key]),
  ).length;
  if (unknownChanged > 0 && lines.length < max) lines.push(`另有 ${unknownChanged} 项${from ? '变更' : '设置'}`);
  return lines.slice(0, max);
}
