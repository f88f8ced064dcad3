import { accountDisplayName, shortNumberOf } from '@app/shared';

describe('accountDisplayName', () => {
  test('a named account is called by its name', () => {
    expect(accountDisplayName({ role: 'staff', openid: 'o-1', name: '王小明' }, '陆家嘴店')).toBe('王小明');
  });

  test('an account without a name is its store’s 店员 and four digits, never its openid', () => {
    const openid = 'oXk93-very-long-openid';
    const name = accountDisplayName({ role: 'staff', openid }, '陆家嘴店');
    expect(name).toMatch(/^陆家嘴店店员\d{4}$/);
    expect(name).not.toContain(openid);
    expect(accountDisplayName({ role: 'staff', openid, name: null }, null)).toMatch(/^门店店员\d{4}$/);
    expect(accountDisplayName({ role: 'marketer', openid }, null)).toMatch(/^总部营销\d{4}$/);
  });

  test('the short number is stable for one account and tells a store’s accounts apart', () => {
    expect(shortNumberOf('staff-s001')).toBe(shortNumberOf('staff-s001'));
    const numbers = new Set(Array.from({ length: 30 }, (_, index) => shortNumberOf(`staff-s00${index}`)));
    expect(numbers.size).toBeGreaterThan(28);
  });
});
