import Taro from '@tarojs/taro';
import { isWeapp } from '../../config/env';
import { type ApiError, toApiError } from '../../lib/api-error';
import { type ExportReport, fetchCsv } from './api/console';

export const REPORT_NAMES: Record<ExportReport, string> = {
  daily: '每日数据',
  stores: '门店数据',
  levels: '会员等级',
  expiry: '积分到期',
  campaigns: '优惠券漏斗',
  churn: '流失预警',
  referrals: '推荐排行',
  skus: '商品销售',
  staff: '员工销售排名',
  'home-stores': '门店与归属会员',
  'spend-drop': '消费预警',
};

export const csvFileName = (report: ExportReport, range: { from: string; to: string }): string =>
  `${REPORT_NAMES[report]}_${range.from}_${range.to}.csv`;

/**
 * 导出 CSV of one dashboard block. H5: the browser downloads the file (with a BOM, so Excel reads the Chinese).
 * WeChat: the file is written to the user data folder and offered to a chat (shareFileMessage), where it can be
 * opened or forwarded to a computer; where that is unavailable the CSV text is copied instead.
 * Resolves with what happened (for a toast), rejects with an ApiError.
 */
export async function exportCsv(
  report: ExportReport,
  range: { from: string; to: string },
): Promise<'downloaded' | 'shared' | 'copied'> {
  let text: string;
  try {
    text = await fetchCsv({ report, ...range });
  } catch (caught) {
    throw toApiError(caught) as ApiError;
  }
  return saveCsv(text, csvFileName(report, range), `${report}-${range.from}-${range.to}`);
}

/** Hands CSV text to the person: a download in H5; in WeChat a file shared to a chat, else the text copied. */
export async function saveCsv(
  text: string,
  name: string,
  fileKey: string,
): Promise<'downloaded' | 'shared' | 'copied'> {
  if (!isWeapp) {
    const blob = new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return 'downloaded';
  }
  try {
    const filePath = `${(Taro as unknown as { env: { USER_DATA_PATH: string } }).env.USER_DATA_PATH}/${fileKey}.csv`;
    Taro.getFileSystemManager().writeFileSync(filePath, `\ufeff${text}`, 'utf8');
    await (
      Taro as unknown as { shareFileMessage: (options: { filePath: string; fileName: string }) => Promise<unknown> }
    ).shareFileMessage({ filePath, fileName: name });
    return 'shared';
  } catch {
    await Taro.setClipboardData({ data: text });
    return 'copied';
  }
}
