import Taro from '@tarojs/taro';
import type { ScanResponse } from '@app/shared';
import { useCallback, useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { scanCode } from '../api/scan';
import { scanErrorMessage } from '../scan-errors';

export interface StoreScanState {
  result: ScanResponse | null;
  /** The code (spaces removed) that `result` answers: what the purchase page records against. */
  code: string | null;
  error: string | null;
  pending: boolean;
  /** Counts answered lookups: what was shown for an earlier one (a hand-out, say) starts over with a new one. */
  seq: number;
  lookup: (code: string) => Promise<void>;
  scanWithCamera: () => Promise<void>;
  reset: () => void;
}

/** Looks a scanned or typed code (a member code, or a pickup code of the points mall) up at the server; the last lookup wins. */
export function useStoreScan(): StoreScanState {
  const [result, setResult] = useState<ScanResponse | null>(null);
  const [scannedCode, setScannedCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [seq, setSeq] = useState(0);

  const lookup = useCallback(async (raw: string) => {
    const code = raw.replace(/\s+/g, '');
    if (!code) {
      setError('请先扫描或输入会员码、券码或提货码');
      return;
    }
    setPending(true);
    setError(null);
    setResult(null);
    setScannedCode(null);
    try {
      setResult(await scanCode(code));
      setScannedCode(code);
      setSeq((current) => current + 1);
    } catch (caught) {
      setError(scanErrorMessage(toApiError(caught), code));
    } finally {
      setPending(false);
    }
  }, []);

  /** Camera only (no album), as the counter requires. A cancelled scan changes nothing. */
  const scanWithCamera = useCallback(async () => {
    let scanned: string;
    try {
      scanned = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode', 'barCode'] })).result;
    } catch {
      return;
    }
    await lookup(scanned);
  }, [lookup]);

  const reset = useCallback(() => {
    setResult(null);
    setScannedCode(null);
    setError(null);
  }, []);

  return { result, code: scannedCode, error, pending, seq, lookup, scanWithCamera, reset };
}
