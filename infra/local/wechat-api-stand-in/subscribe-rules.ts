/**
 * The value rules of subscribe-message keywords as WeChat applies them (the keyword's name says its type:
 * thing1, amount2, time3 …); a value that breaks them is refused with 47003, as in production, so a template
 * that works locally works in WeChat.
 */
const chars = (value: string) => [...value].length;

const RULES: Record<string, (value: string) => boolean> = {
  thing: (v) => chars(v) >= 1 && chars(v) <= 20,
  number: (v) => /^\d+(\.\d+)?$/.test(v) && v.length <= 32,
  letter: (v) => /^[A-Za-z]{1,32}$/.test(v),
  symbol: (v) => /^[^\p{L}\p{N}\s]{1,5}$/u.test(v),
  character_string: (v) => /^[\x21-\x7e]{1,32}$/.test(v),
  time: (v) =>
    /^(\d{4}([-/年])\d{1,2}([-/月])\d{1,2}日?\s+)?\d{1,2}:\d{2}(:\d{2})?$/.test(v) ||
    /^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}$/.test(v),
  date: (v) => /^\d{4}([-/年])\d{1,2}([-/月])\d{1,2}日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(v),
  amount: (v) => /^[¥￥]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  phone_number: (v) => /^[\d+\-() ]{1,17}$/.test(v),
  car_number: (v) => chars(v) >= 1 && chars(v) <= 8,
  name: (v) => /^[\p{Script=Han}·]{1,10}$/u.test(v) || /^[A-Za-z ]{1,20}$/.test(v),
  phrase: (v) => /^[\p{Script=Han}]{1,5}$/u.test(v),
};

/** The first keyword whose value WeChat would refuse, as its errmsg says it; null when all are fine. */
export function dataProblem(data: unknown): string | null {
  if (!data || typeof data !== 'object') return 'argument invalid! data is empty';
  for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
    const type = /^([a-z_]+?)\d+$/.exec(key)?.[1];
    const value = (entry as { value?: unknown })?.value;
    if (!type || !RULES[type]) return `argument invalid! data.${key} is not a keyword of the template`;
    if (typeof value !== 'string' || !RULES[type]!(value)) return `argument invalid! data.${key}.value invalid`;
  }
  return null;
}
