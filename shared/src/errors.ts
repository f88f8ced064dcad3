/**
 * The one list of error codes. The server answers with these codes; the mini-program shows `message`
 * (Simplified Chinese, in words a member understands) when the server's own text is missing.
 */
export const errorCatalog = {
  VALIDATION_FAILED: { status: 400, message: '提交的信息有误，请检查后重试' },
  AUTH_REQUIRED: { status: 401, message: '请先登录' },
  AUTH_INVALID: { status: 401, message: '登录已失效，请重新登录' },
  FORBIDDEN: { status: 403, message: '没有权限进行此操作' },
  NOT_FOUND: { status: 404, message: '没有找到相关内容' },
  ROUTE_NOT_FOUND: { status: 404, message: '接口不存在' },
  BIRTHDAY_LOCKED: { status: 409, message: '生日设置后不可修改' },
  ACCOUNT_EXISTS: { status: 409, message: '该微信账号已开通' },
  INVITATION_INVALID: { status: 404, message: '邀请码无效，请向总部重新索取' },
  INVITATION_EXPIRED: { status: 409, message: '邀请已过期（24 小时内有效），请向总部重新索取' },
  INVITATION_USED: { status: 409, message: '这个邀请已被使用，请向总部重新索取' },
  STORE_EXISTS: { status: 409, message: '该门店编号已存在' },
  SKU_EXISTS: { status: 409, message: '该商品编码已存在' },
  STORE_CLOSED: { status: 409, message: '门店已关闭，不能登记消费' },
  ACCOUNT_DISABLED: { status: 401, message: '账号已停用，请联系总部' },
  CODE_EXPIRED: { status: 409, message: '会员码已过期，请让顾客刷新后重新出示' },
  CODE_INVALID: { status: 409, message: '会员码无效，请让顾客重新出示' },
  CODE_USED: { status: 409, message: '该会员码已使用，请让顾客刷新后重新出示' },
  POINTS_INSUFFICIENT: { status: 409, message: '积分不足' },
  POINTS_IN_DEBT: { status: 409, message: '积分欠款未还清，暂不能使用积分' },
  RECEIPT_DUPLICATE: { status: 409, message: '该小票号已登记过其他消费' },
  REFUND_EXCEEDS_PAID: { status: 409, message: '退款金额超过可退金额' },
  ALREADY_REFUNDED: { status: 409, message: '该笔消费已全部退款' },
  COUPON_NOT_USABLE: { status: 409, message: '优惠券不可用' },
  CHECKIN_ALREADY_DONE: { status: 409, message: '今天已经签到过了' },
  MAKEUP_NOT_ALLOWED: { status: 409, message: '这一天不能补签' },
  STOCK_EXHAUSTED: { status: 409, message: '已兑完' },
  LIMIT_REACHED: { status: 409, message: '已达到限兑/限领数量' },
  LEVEL_TOO_LOW: { status: 409, message: '会员等级不足' },
  SALE_NOT_STARTED: { status: 409, message: '兑换尚未开始' },
  SALE_ENDED: { status: 409, message: '兑换已结束' },
  ORDER_NOT_CANCELLABLE: { status: 409, message: '该订单不能取消' },
  ORDER_ALREADY_FULFILLED: { status: 409, message: '该订单已领取' },
  ORDER_CANCELLED: { status: 409, message: '该订单已取消' },
  PICKUP_EXPIRED: { status: 409, message: '提货码已过期' },
  ITEM_NOT_OFFERED: { status: 409, message: '该商品暂未开放兑换' },
  CLAIM_WINDOW_CLOSED: { status: 409, message: '不在领券时间内' },
  WALLET_INSUFFICIENT: { status: 409, message: '余额不足' },
  POINTS_AS_CASH_NOT_ALLOWED: { status: 409, message: '本单不能使用积分抵现' },
  PAYMENT_EXCEEDS_PAYABLE: { status: 409, message: '余额和积分抵扣超过了应付金额' },
  TOPUP_NOT_REFUNDABLE: { status: 409, message: '该笔充值不能退款' },
  CARD_USES_EXHAUSTED: { status: 409, message: '次卡剩余次数不足' },
  CARD_EXPIRED: { status: 409, message: '次卡已过期' },
  NOT_REFUNDABLE: { status: 409, message: '该订单不能退款' },
  PROGRAM_CHANGED: { status: 409, message: '规则已被其他人修改，请重新加载后再改' },
  IMAGE_TOO_LARGE: { status: 413, message: '图片太大，请压缩到 2 MB 以内' },
  IMAGE_TYPE_UNSUPPORTED: { status: 415, message: '只支持 JPG、PNG、WebP 图片' },
  IDEMPOTENCY_IN_PROGRESS: { status: 409, message: '请求正在处理中，请稍候' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, message: '重复的请求编号，请刷新后重试' },
  RATE_LIMITED: { status: 429, message: '操作太频繁，请稍后再试' },
  HEADERS_TOO_LARGE: { status: 431, message: '请求头过大' },
  INTERNAL: { status: 500, message: '系统开小差了，请稍后再试' },
  BUSY: { status: 503, message: '当前人数较多，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalog;

/** An expected failure: a value with a code from the catalog, carried to the client unchanged. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? errorCatalog[code].message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return errorCatalog[this.code].status;
  }
}

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;
