import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compileMiniProgram, formatError } from '../support/wechat-compilers';

const fixture = (name: string) => join(__dirname, 'fixtures', name);
const WEAPP_DIST = join(__dirname, '..', '..', '..', 'miniapp', 'dist', 'weapp');

describe("WeChat's compilers (wcc, wcsc) catch what WeChat DevTools would refuse", () => {
  test('a clean project compiles: templates, a WXS module and a stylesheet', () => {
    expect(compileMiniProgram(fixture('clean'))).toEqual({ files: { wxml: 1, wxs: 1, wxss: 1 }, errors: [] });
  });

  test('a broken template fails with its file and position, and every bad template is named', () => {
    const { errors } = compileMiniProgram(fixture('broken-template'));
    expect(errors).toEqual([
      expect.objectContaining({ compiler: 'wcc', file: 'pages/home/index.wxml', line: 3, column: 3 }),
      expect.objectContaining({ compiler: 'wcc', file: 'pages/list/index.wxml', line: 2, column: 9 }),
    ]);
    expect(errors[0]!.message).toContain('expect end-tag `text`');
  });

  test('a stylesheet WXSS refuses (a pseudo-class straight after `>`) fails with its file and position', () => {
    const { errors } = compileMiniProgram(fixture('broken-stylesheet'));
    expect(errors).toEqual([
      {
        compiler: 'wcsc',
        file: 'pages/home/index.wxss',
        line: 4,
        column: 9,
        message: 'error at token `:`',
        near: '.home > :last-child {',
      },
    ]);
    expect(formatError(errors[0]!)).toBe(
      'wcsc pages/home/index.wxss:4:9 error at token `:`  near ".home > :last-child {"',
    );
  });

  test('a broken WXS module fails with its file and position', () => {
    const { errors } = compileMiniProgram(fixture('broken-wxs'));
    expect(errors).toEqual([expect.objectContaining({ compiler: 'wcc', file: 'utils.wxs', line: 2, column: 27 })]);
  });
});

describe('the weapp build (miniapp/dist/weapp)', () => {
  test('every .wxml/.wxs compiles with wcc and every .wxss with wcsc', () => {
    if (!existsSync(join(WEAPP_DIST, 'app.json')))
      throw new Error(`${WEAPP_DIST} has no build: run \`npm run build:weapp\` first (npm test does)`);
    const report = compileMiniProgram(WEAPP_DIST);
    if (report.errors.length)
      throw new Error(`WeChat's compilers refuse the build:\n${report.errors.map(formatError).join('\n')}`);
    expect(report.files.wxml).toBeGreaterThan(30);
    expect(report.files.wxss).toBeGreaterThan(30);
  });
});
