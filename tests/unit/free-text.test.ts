import * as z from 'zod';
import { characterCount, forbiddenCharacter, freeText, patchMeRequest, pointsAdjustmentRequest } from '@app/shared';

describe('free text (one schema for every name, tag and reason)', () => {
  const name = z.strictObject({ name: freeText({ max: 5 }) });
  const notes = z.strictObject({ notes: freeText({ max: 20, min: 0, multiline: true }) });
  const issue = (schema: z.ZodType, value: unknown) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? null : parsed.error.issues.map((one) => `${one.path.join('.')}: ${one.message}`);
  };

  test.each([
    ['NUL', 'a\u0000'],
    ['BEL', 'a\u0007'],
    ['a line break in a one-line field', 'a\nb'],
    ['DEL', 'a\u007f'],
    ['a C1 control', 'a\u0085'],
    ['a right-to-left override', '\u202Egnp'],
    ['a left-to-right embedding', '\u202Aab'],
    ['a first-strong isolate', 'ab\u2068'],
    ['a right-to-left mark', 'a\u200Fb'],
    ['an Arabic letter mark', 'a\u061Cb'],
    ['a zero-width space', 'a\u200Bb'],
    ['a byte order mark', '\uFEFFab'],
    ['a line separator', 'a\u2028b'],
    ['a lone high surrogate', 'ab\uD83D'],
    ['a lone low surrogate', '\uDE00ab'],
    ['a noncharacter', 'a\uFFFF'],
  ])('%s is refused with the field named', (_name, value) => {
    expect(issue(name, { name: value })).toEqual([expect.stringMatching(/^name: contains /)]);
  });

  test('trimmed, NFC, counted in characters: an emoji or a Chinese character is one', () => {
    expect(name.parse({ name: '  Cafe\u0301  ' })).toEqual({ name: 'Café' });
    expect(name.parse({ name: '咖啡😀☕🍰' })).toEqual({ name: '咖啡😀☕🍰' });
    expect(characterCount('👨‍👩‍👧')).toBe(5); // a family emoji is joined by ZWJ, which stays allowed
    expect(name.safeParse({ name: '👨‍👩‍👧' }).success).toBe(true);
    expect(issue(name, { name: '咖啡咖啡咖啡' })).toEqual(['name: at most 5 characters']);
    expect(issue(name, { name: '   ' })).toEqual(['name: must not be empty']);
    expect(issue(name, { name: 'x'.repeat(100_000) })).not.toBeNull();
  });

  test('multi-line text keeps line breaks (\\r\\n stored as \\n) and may be empty', () => {
    expect(notes.parse({ notes: '第一行\r\n第二行' })).toEqual({ notes: '第一行\n第二行' });
    expect(notes.parse({ notes: '' })).toEqual({ notes: '' });
    expect(issue(notes, { notes: 'a\tb' })).toEqual([expect.stringMatching(/control character \(U\+0009\)/)]);
  });

  test('the position reported is where the character is', () => {
    expect(forbiddenCharacter('ab\u202Ec')).toEqual({ at: 2, why: 'an invisible or reordering character (U+202E)' });
    expect(forbiddenCharacter('😀😀')).toBeNull();
  });

  test('the contracts use it: nicknames and reasons', () => {
    expect(patchMeRequest.safeParse({ nickname: '\u202Eabc' }).success).toBe(false);
    expect(pointsAdjustmentRequest.safeParse({ points: 5, reason: '补偿\u0000' }).success).toBe(false);
    expect(pointsAdjustmentRequest.parse({ points: 5, reason: '  补偿  ' }).reason).toBe('补偿');
  });
});
