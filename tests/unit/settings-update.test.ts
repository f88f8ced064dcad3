import { settingsUpdateIssues, templatesNamed, type ProgramSettings } from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';
import { maskPhone } from '../../functions/src/features/console/member-summary';
import { searchKind } from '../../functions/src/features/console/search-members/use-case';

const paths = (next: ProgramSettings, current: ProgramSettings = demoProgram) =>
  settingsUpdateIssues(next, current).map((issue) => issue.path);

describe('a new settings version', () => {
  test.each<[string, ProgramSettings, string[]]>([
    ['the demo program as it is', demoProgram, []],
    [
      'a renamed, re-tuned level',
      {
        ...demoProgram,
        levels: demoProgram.levels.map((level, i) => (i === 1 ? { ...level, name: '白银', multiplier: 1.3 } : level)),
      },
      [],
    ],
    [
      'a custom top-up range upside down',
      { ...demoProgram, wallet: { customMinFen: 60_000, customMaxFen: 50_000 } },
      ['wallet.customMaxFen'],
    ],
    [
      'a custom top-up range of one amount',
      { ...demoProgram, wallet: { customMinFen: 5_000, customMaxFen: 5_000 } },
      [],
    ],
    [
      'a removed level',
      {
        ...demoProgram,
        levels: demoProgram.levels.slice(0, 2),
        automaticCoupons: { ...demoProgram.automaticCoupons, upgrade: { L2: 'tpl-upgrade-l2' } },
      },
      ['levels'],
    ],
    [
      'an upgrade coupon for no level',
      { ...demoProgram, automaticCoupons: { ...demoProgram.automaticCoupons, upgrade: { L9: 'tpl-upgrade-l2' } } },
      ['automaticCoupons.upgrade.L9'],
    ],
    [
      'a monthly perk for no level',
      {
        ...demoProgram,
        automaticCoupons: {
          ...demoProgram.automaticCoupons,
          levelPerks: [{ levelCode: 'L7', dayOfMonth: 1, templateId: 'tpl-silver-snack' }],
        },
      },
      ['automaticCoupons.levelPerks.0.levelCode'],
    ],
    [
      'a task coupon for no task',
      { ...demoProgram, automaticCoupons: { ...demoProgram.automaticCoupons, tasks: { nope: 'tpl-task-phone' } } },
      ['automaticCoupons.tasks.nope'],
    ],
    [
      'a task code twice',
      { ...demoProgram, tasks: [...demoProgram.tasks, demoProgram.tasks[0]!] },
      [`tasks.${demoProgram.tasks.length}.code`],
    ],
    [
      'a bonus beyond the cycle',
      { ...demoProgram, checkin: { ...demoProgram.checkin, bonuses: [{ day: 8, points: 5 }] } },
      ['checkin.bonuses.0.day'],
    ],
    [
      'two bonuses on one day',
      {
        ...demoProgram,
        checkin: {
          ...demoProgram.checkin,
          bonuses: [
            { day: 3, points: 5 },
            { day: 3, points: 6 },
          ],
        },
      },
      ['checkin.bonuses.1.day'],
    ],
  ])('%s', (_name, next, expected) => expect(paths(next)).toEqual(expected));

  test('names every template it refers to, with where', () => {
    expect(templatesNamed(demoProgram).map((ref) => ref.path)).toEqual([
      'automaticCoupons.newMember',
      'automaticCoupons.stampCard',
      'automaticCoupons.upgrade.L2',
      'automaticCoupons.upgrade.L3',
      'automaticCoupons.birthday.0',
      'automaticCoupons.birthday.1',
      'automaticCoupons.levelPerks.0.templateId',
      'automaticCoupons.tasks.bind-phone',
    ]);
  });
});

describe('the member search box', () => {
  test.each([
    ['12345678', 'memberNo'],
    ['13800138000', 'phone'],
    ['1234567', 'nickname'],
    ['123456789', 'nickname'],
    ['林小', 'nickname'],
    ['Zed', 'nickname'],
  ])('%s is a %s', (q, kind) => expect(searchKind(q)).toBe(kind));

  test('phones are masked in the middle', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone(null)).toBeNull();
  });
});
