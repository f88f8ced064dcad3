import type { memberSearchResponse } from '@app/shared';
import { useCallback, useRef, useState } from 'react';
import type * as z from 'zod';
import { type ApiError, toApiError } from '../../../lib/api-error';
import { searchMembers } from '../api/console';

type SearchResult = z.infer<typeof memberSearchResponse>;

/** 会员查询: one search at a time (an older answer is dropped), with the words that were searched. */
export function useMemberSearch() {
  const [text, setText] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const latest = useRef(0);

  const search = useCallback(
    async (query?: string) => {
      const q = (query ?? text).trim();
      if (!q) {
        setHint('请输入会员号、手机号或昵称');
        return;
      }
      const call = ++latest.current;
      setHint(null);
      setLoading(true);
      setError(null);
      setSearched(q);
      try {
        const found = await searchMembers(q);
        if (call === latest.current) setResult(found);
      } catch (caught) {
        if (call === latest.current) {
          setResult(null);
          setError(toApiError(caught));
        }
      } finally {
        if (call === latest.current) setLoading(false);
      }
    },
    [text],
  );

  return {
    text,
    setText: (value: string) => {
      setText(value);
      setHint(null);
    },
    searched,
    result,
    loading,
    error,
    hint,
    search,
  };
}
