import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useMemo } from 'react';
import { isWeapp } from '../../../config/env';
import { levelNamer } from '../../../lib/level-names';
import type { StoreScanState } from '../../store-scan/hooks/use-store-scan';
import { usePurchase } from './use-purchase';

/** The member code the scan page handed over (`?code=`), with spaces removed. */
export function useMemberCodeParam(): string {
  const { params } = useRouter();
  return decodeURIComponent(params.code ?? '').replace(/\s+/g, '');
}

/**
 * Ties the purchase flow to a member lookup (`scan`, which does not use the code up): the member is shown at
 * once, looked up again for a fresh code, and once more after an upgrade so the new level's name is known.
 */
export function usePurchasePage(initialCode: string, scan: Pick<StoreScanState, 'result' | 'lookup'>) {
  const flow = usePurchase(initialCode);
  const { lookup } = scan;
  const { memberCode, result } = flow;

  useEffect(() => {
    if (memberCode) void lookup(memberCode);
  }, [memberCode, lookup]);

  // After an upgrade, once: the lookup answers with the new level (and its name).
  const upgraded = !!result?.levelChange;
  useEffect(() => {
    if (upgraded) void lookup(memberCode);
  }, [upgraded, lookup, memberCode]);

  const scanned = scan.result?.kind === 'member' ? scan.result.member : null;
  const nameOf = useMemo(() => levelNamer([flow.preview?.member.level, scanned?.level]), [flow.preview, scanned]);

  /** 重新扫码 (camera only); a cancelled scan changes nothing. */
  const rescan = async () => {
    if (!isWeapp) return;
    try {
      const { result: code } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode', 'barCode'] });
      flow.replaceCode(code);
    } catch {
      // cancelled
    }
  };

  return { flow, scanned, nameOf, rescan };
}
