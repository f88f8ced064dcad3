import { authRequest, createAccountRequest, patchMeRequest, programSettings, scanRequest } from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.'));

describe('request contracts', () => {
  test('PATCH /v1/me takes nickname, avatarUrl and a real birthday, nothing else', () => {
    expect(patchMeRequest.safeParse({ nickname: ' 小满 ' }).data).toEqual({ nickname: '小满' });
    expect(patchMeRequest.safeParse({ birthday: '1990-02-28' }).success).toBe(true);
    expect(issuesOf(patchMeRequest.safeParse({ birthday: '1990-02-30' }))).toEqual(['birthday']);
    expect(issuesOf(patchMeRequest.safeParse({ birthday: '19900228' }))).toEqual(['birthday']);
    expect(issuesOf(patchMeRequest.safeParse({ nickname: '' }))).toEqual(['nickname']);
    expect(issuesOf(patchMeRequest.safeParse({ nickname: 'x'.repeat(21) }))).toEqual(['nickname']);
    expect(patchMeRequest.safeParse({ points: 100 }).success).toBe(false);
    expect(patchMeRequest.safeParse({}).success).toBe(false);
    expect(patchMeRequest.safeParse({ avatarUrl: 'javascript:alert(1)' }).success).toBe(false);
  });

  test('staff accounts need a store, marketers none', () => {
    expect(createAccountRequest.safeParse({ openid: 'a', role: 'staff', storeId: 'S001' }).success).toBe(true);
    expect(issuesOf(createAccountRequest.safeParse({ openid: 'a', role: 'staff' }))).toEqual(['storeId']);
    expect(issuesOf(createAccountRequest.safeParse({ openid: 'a', role: 'marketer', storeId: 'S001' }))).toEqual([
      'storeId',
    ]);
    expect(createAccountRequest.safeParse({ openid: 'a b', role: 'marketer' }).success).toBe(false);
    expect(createAccountRequest.safeParse({ openid: 'a', role: 'member' }).success).toBe(false);
  });

  test('auth and scan bodies are bounded', () => {
    expect(authRequest.safeParse({ code: '' }).success).toBe(false);
    expect(authRequest.safeParse({ code: 'x'.repeat(257) }).success).toBe(false);
    expect(scanRequest.safeParse({ code: '   ' }).success).toBe(false);
  });
});

describe('program settings', () => {
  test('the demo program is valid', () => {
    expect(programSettings.safeParse(demoProgram).success).toBe(true);
  });

  test('thresholds must ascend from 0, multipliers be positive, the zone exist', () => {
    const broken = structuredClone(demoProgram);
    broken.levels[2]!.threshold = 400;
    broken.levels[1]!.multiplier = 0;
    broken.timezone = 'Mars/Olympus';
    expect(issuesOf(programSettings.safeParse(broken))?.sort()).toEqual([
      'levels.1.multiplier',
      'levels.2.threshold',
      'timezone',
    ]);
  });
});
