import { lazySchema } from '@app/shared';
import * as z from 'zod';
import type { Refund, Transaction } from './port';

/** A transaction as WeChat Pay writes it, in order queries and in decrypted TRANSACTION.* notifications. */
const transactionResource = lazySchema(() =>
  z.object({
    out_trade_no: z.string(),
    transaction_id: z.string().optional(),
    trade_state: z.enum(['SUCCESS', 'REFUND', 'NOTPAY', 'CLOSED', 'REVOKED', 'USERPAYING', 'PAYERROR']),
    trade_state_desc: z.string().default(''),
    success_time: z.string().optional(),
    attach: z.string().optional(),
    payer: z.object({ openid: z.string().optional() }).optional(),
    amount: z.object({ total: z.number().int().optional(), payer_total: z.number().int().optional() }).optional(),
  }),
);

/** A refund as WeChat Pay writes it, in refund answers and in decrypted REFUND.* notifications. */
const refundResource = lazySchema(() =>
  z
    .object({
      out_refund_no: z.string(),
      refund_id: z.string(),
      out_trade_no: z.string(),
      transaction_id: z.string().optional(),
      // Answers say `status`, notifications `refund_status`.
      status: z.enum(['SUCCESS', 'CLOSED', 'PROCESSING', 'ABNORMAL']).optional(),
      refund_status: z.enum(['SUCCESS', 'CLOSED', 'PROCESSING', 'ABNORMAL']).optional(),
      success_time: z.string().optional(),
      user_received_account: z.string().optional(),
      amount: z.object({ refund: z.number().int(), total: z.number().int() }),
    })
    .refine((refund) => refund.status ?? refund.refund_status, 'a refund without a status'),
);

export function toTransaction(raw: unknown): Transaction {
  const t = transactionResource.parse(raw);
  return {
    outTradeNo: t.out_trade_no,
    transactionId: t.transaction_id || null,
    state: t.trade_state,
    stateDescription: t.trade_state_desc,
    totalFen: t.amount?.total ?? null,
    payerTotalFen: t.amount?.payer_total ?? null,
    payerOpenid: t.payer?.openid ?? null,
    successTime: t.success_time ?? null,
    attach: t.attach ?? null,
  };
}

export function toRefund(raw: unknown): Refund {
  const r = refundResource.parse(raw);
  return {
    outRefundNo: r.out_refund_no,
    refundId: r.refund_id,
    outTradeNo: r.out_trade_no,
    transactionId: r.transaction_id || null,
    status: (r.status ?? r.refund_status)!,
    refundFen: r.amount.refund,
    totalFen: r.amount.total,
    successTime: r.success_time ?? null,
    receivedInto: r.user_received_account ?? null,
  };
}

/** RFC 3339 in China Standard Time, the form WeChat Pay expects for time_expire: 2026-12-05T16:30:00+08:00. */
export function rfc3339InChina(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000 + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}
