import * as z from 'zod';
import { lazySchema } from '../../shared/src/lazy-schema';

test('a lazy schema is built on first use, once, and behaves as the schema it makes', () => {
  let built = 0;
  const line = lazySchema(() => {
    built++;
    return z.object({ sku: z.string().min(1), quantity: z.number().int().positive() });
  });
  const order = lazySchema(() => z.object({ lines: z.array(line).min(1) }));
  expect(built).toBe(0);
  expect(order.parse({ lines: [{ sku: 'LATTE-M', quantity: 2 }] })).toEqual({
    lines: [{ sku: 'LATTE-M', quantity: 2 }],
  });
  expect(order.safeParse({ lines: [{ sku: '', quantity: 0 }] }).success).toBe(false);
  expect(line.extend({ note: z.string() }).parse({ sku: 'A', quantity: 1, note: 'n' })).toMatchObject({ note: 'n' });
  expect(Object.keys(line.shape)).toEqual(['sku', 'quantity']);
  expect(line instanceof z.ZodObject).toBe(true);
  expect(z.toJSONSchema(order)).toMatchObject({ properties: { lines: { type: 'array' } } });
  expect(built).toBe(1);
});
