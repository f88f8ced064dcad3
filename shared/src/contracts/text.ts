import * as z from 'zod';

/**
 * Characters a person never means to type into a name, a tag or a reason, and that make text lie to whoever reads
 * it later (a nickname "‮gnp.exe" shows as "exe.png"): bidi embeddings, overrides, isolates and marks; invisible
 * spaces and joiners that hide a difference (ZWSP, word joiner, BOM); the line and paragraph separators; the
 * interlinear annotation marks; noncharacters. Checked by code, not by a regular expression with lookbehind or
 * `\p{}`, because the mini-program's JavaScript engines do not all parse those.
 */
const INVISIBLE_OR_REORDERING = new Set([
  0x061c, 0x200b, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066, 0x2067,
  0x2068, 0x2069, 0xfeff, 0xfff9, 0xfffa, 0xfffb, 0xfffe, 0xffff,
]);

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character free text may not hold, with its position (in UTF-16 units) and why; null when none. */
export function forbiddenCharacter(text: string, multiline = false): { at: number; why: string } | null {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        at++;
        continue;
      }
      return { at, why: `a lone surrogate (${hex(code)})` };
    }
    if (code >= 0xdc00 && code <= 0xdfff) return { at, why: `a lone surrogate (${hex(code)})` };
    if (code === 0x0a && multiline) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return { at, why: `a control character (${hex(code)})` };
    if (INVISIBLE_OR_REORDERING.has(code)) return { at, why: `an invisible or reordering character (${hex(code)})` };
  }
  return null;
}

/** Length as a person counts it: characters (code points), so an emoji is one, like a Chinese character. */
export const characterCount = (text: string) => Array.from(text).length;

/**
 * The one schema of free text (nicknames, tags, reasons, everything a marketer names): refuses the characters
 * above with the field named, stores NFC without surrounding spaces, and bounds the length in characters.
 * `multiline` allows line breaks (descriptions, usage notes); `\r\n` is stored as `\n`.
 */
export function freeText(options: { max: number; min?: number; multiline?: boolean }) {
  const min = options.min ?? 1;
  return (
    z
      .string()
      // A cheap cap before any scanning: a character is at most two UTF-16 units.
      .max(options.max * 2 + 64, `at most ${options.max} characters`)
      .overwrite((value) => (options.multiline ? value.replace(/\r\n?/g, '\n') : value))
      .superRefine((value, ctx) => {
        const found = forbiddenCharacter(value, options.multiline);
        if (found) ctx.addIssue({ code: 'custom', message: `contains ${found.why} at position ${found.at}` });
      })
      .normalize('NFC')
      .trim()
      .refine((value) => characterCount(value) >= min, min === 1 ? 'must not be empty' : `at least ${min} characters`)
      .refine((value) => characterCount(value) <= options.max, `at most ${options.max} characters`)
  );
}
