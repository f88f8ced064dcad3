import { useState } from 'react';
import { useConfirmedAction } from '../../marketer/hooks/use-confirmed-action';
import { usePageResource } from '../../../lib/use-page-resource';

/**
 * A marketer list of things on sale (付费会员方案, 次卡商品): loaded on every show, one item edited at a time in the
 * form above the list, 上架/下架 after a second tap. Called by the page itself, so the page's show hooks reload it.
 */
export function useOnSaleAdmin<T extends { active: boolean }>({
  load,
  idOf,
  setActive,
}: {
  load: () => Promise<{ items: T[] }>;
  idOf: (item: T) => string;
  setActive: (item: T, active: boolean) => Promise<unknown>;
}) {
  const data = usePageResource(load);
  const action = useConfirmedAction();
  const [editing, setEditing] = useState<T | null>(null);
  const items = data.data?.items ?? [];

  const toggle = (item: T) =>
    action.press(idOf(item), async () => {
      await setActive(item, !item.active);
      await data.reload();
    });
  const saved = async () => {
    setEditing(null);
    await data.reload();
  };
  return { data, action, items, idOf, editing, setEditing, toggle, saved };
}

export type OnSaleAdmin<T extends { active: boolean }> = ReturnType<typeof useOnSaleAdmin<T>>;
