import { lazySchema } from '@app/shared';
import * as z from 'zod';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { keys } from './keys';
import { queries } from './queries';
import { queryAll } from './query-all';
import type { TxWrite } from './transactions';

export const PRODUCT_CHANGED = 'product-changed';

export const productItem = lazySchema(() =>
  z.object({
    sku: z.string(),
    name: z.string(),
    category: z.string(),
    priceFen: z.number().int(),
    costFen: z.number().int().nullable(),
    hidden: z.boolean(),
    updatedAt: z.string(),
    updatedBy: z.string(),
  }),
);
export type ProductRecord = z.infer<typeof productItem>;

/** The brand's product list (SKU catalog): one partition, read whole (it is bounded). */
export function productsRepository(db: DocumentClient, tableName: string) {
  return {
    async list(): Promise<ProductRecord[]> {
      const items = await queryAll(db, { TableName: tableName, ...queries.products(), ConsistentRead: true });
      return items.map((entry) => productItem.parse(entry));
    },

    async get(sku: string): Promise<ProductRecord | undefined> {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.product(sku) }));
      return Item ? productItem.parse(Item) : undefined;
    },

    /** `new`: only if absent; `existing`: only if present; `any`: created or replaced (the CSV import). */
    write(product: ProductRecord, expect: 'new' | 'existing' | 'any'): TxWrite {
      const condition = { new: 'attribute_not_exists(pk)', existing: 'attribute_exists(pk)', any: undefined }[expect];
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: { ...keys.product(product.sku), entity: 'Product', ...product },
            ...(condition ? { ConditionExpression: condition } : {}),
          },
        },
        onConditionFailed: PRODUCT_CHANGED,
      };
    },
  };
}

export type ProductsRepository = ReturnType<typeof productsRepository>;
