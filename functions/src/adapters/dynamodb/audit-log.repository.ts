import { lazySchema } from '@app/shared';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { DomainError } from '@app/shared';
import type { DocumentClient } from './client';
import { auditItem, type AuditRecord } from './items';
import { keys } from './keys';
import { encodeCursor } from './pagination';
import { queries } from './queries';
import type { TxWrite } from './transactions';

/** Where a page of the audit log stopped: the month partition, and the last entry read in it (none = from its top). */
const auditCursor = lazySchema(() =>
  z.object({
    m: z.string().regex(/^\d{4}-\d{2}$/),
    k: z.object({ pk: z.string(), sk: z.string() }).optional(),
  }),
);

const MAX_MONTHS_PER_ROUND = 12;

function readCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

export const previousMonth = (month: string): string => {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return mon === 1 ? `${year - 1}-12` : `${year}-${String(mon - 1).padStart(2, '0')}`;
};

/**
 * The audit log, newest first across the month partitions (`AUDIT#<yyyy-mm>`). A page reads the month it stopped
 * in, then older months — a few at once, more as empty months go by — down to the program's first month. The
 * cursor names the month and the last entry read, so the next page carries on in the same partition or the next.
 */
export function auditRepository(db: DocumentClient, tableName: string) {
  async function monthPage(month: string, limit: number, startKey?: Record<string, unknown>) {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        ...queries.auditMonth(month),
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: startKey,
        // An action shows in the log at once (the marketer who just made it looks for it).
        ConsistentRead: true,
      }),
    );
    return { items: (page.Items ?? []).map((item) => auditItem.parse(item)), more: !!page.LastEvaluatedKey };
  }

  return {
    /** An entry of a marketer's action, written in the transaction of the action itself. */
    write(entry: AuditRecord): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: { ...keys.audit(entry.at, entry.auditId), entity: 'Audit', ...entry },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: 'audit-exists',
      };
    },

    async page(options: {
      newestMonth: string;
      oldestMonth: string;
      limit: number;
      cursor?: string;
    }): Promise<{ items: AuditRecord[]; nextCursor: string | null }> {
      const parsed = options.cursor === undefined ? undefined : auditCursor.safeParse(readCursor(options.cursor));
      if (parsed && !parsed.success)
        throw new DomainError('VALIDATION_FAILED', '无效的分页参数', {
          issues: [{ path: 'query.cursor', message: 'invalid cursor' }],
        });
      let month = parsed?.data.m ?? options.newestMonth;
      let startKey: Record<string, unknown> | undefined = parsed?.data.k;
      const items: AuditRecord[] = [];
      let width = 1;
      while (month >= options.oldestMonth) {
        const months: string[] = [];
        for (let m = month; months.length < width && m >= options.oldestMonth; m = previousMonth(m)) months.push(m);
        const needed = options.limit - items.length;
        const pages = await Promise.all(months.map((m, i) => monthPage(m, needed, i === 0 ? startKey : undefined)));
        for (const [i, page] of pages.entries()) {
          const taken = page.items.slice(0, options.limit - items.length);
          items.push(...taken);
          if (items.length < options.limit) continue;
          const last = taken[taken.length - 1];
          const restOfMonth = taken.length < page.items.length || page.more;
          const next =
            restOfMonth && last
              ? { m: months[i]!, k: keys.audit(last.at, last.auditId) }
              : { m: previousMonth(months[i]!) };
          return { items, nextCursor: next.m >= options.oldestMonth ? encodeCursor(next) : null };
        }
        month = previousMonth(months[months.length - 1]!);
        startKey = undefined;
        width = Math.min(width * 2, MAX_MONTHS_PER_ROUND);
      }
      return { items, nextCursor: null };
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
