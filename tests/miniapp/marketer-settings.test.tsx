import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { demoProgram } from '../../infra/seed/demo-program';
import SettingsPage from '../../miniapp/src/marketer/settings/index';
import { page, template } from './coupon-fixtures';
import { errorReply, mockApi, signIn } from './fixtures';

/** 规则设置's further sections: tasks, gifts and perks, automatic coupons, level drop, 集点卡, 积分抵现; and conflicts. */
const flush = () =>
  act(async () => {
    for (let i = 0; i < 8; i++) await Promise.resolve();
  });
const type = (container: HTMLElement, selector: string, value: string) =>
  fireEvent.change(container.querySelector(selector)!, { target: { value } });
const text = (container: HTMLElement, selector: string) => container.querySelector(selector)?.textContent ?? null;
const click = (container: HTMLElement, selector: string) => fireEvent.click(container.querySelector(selector)!);
const hint = (container: HTMLElement, name: string) => text(container, `.form-field--${name} .form-field__hint`);
const previewRow = (container: HTMLElement, path: string) =>
  text(container, `.settings-preview-row[data-path="${path}"]`);

const program = (version = 3) => ({
  current: { version, effectiveAt: '2026-11-01T00:00:00+08:00', createdBy: 'marketer:marketer', settings: demoProgram },
  upcoming: [],
  history: Array.from({ length: version }, (_, i) => ({
    version: version - i,
    effectiveAt: '2026-11-01T00:00:00+08:00',
    createdBy: 'system',
  })),
});
const templates = [
  template({ templateId: 'tpl-welcome', title: '新人券' }),
  template({ templateId: 'tpl-upgrade-l2', title: '银卡升级券' }),
  template({ templateId: 'tpl-birthday-drink', title: '生日饮品券' }),
  template({ templateId: 'tpl-birthday-cup', title: '生日杯' }),
  template({ templateId: 'tpl-new', title: '任意饮品券' }),
];

/** The page on a mocked API: GET answers the program and the templates; each PUT goes to `onPut`. */
function renderPage(onPut: (data: any) => { status: number; body: unknown } = () => ({ status: 200, body: {} })) {
  let version = 3;
  const puts: any[] = [];
  mockApi(({ method, path, data }) => {
    if (path === '/v1/admin/coupon-templates') return page(templates);
    if (method === 'GET') return { status: 200, body: program(version) };
    puts.push(data);
    const reply = onPut(data);
    if (reply.status === 200) version += 1;
    return reply;
  });
  const view = render(<SettingsPage />);
  return { ...view, puts, moveTo: (next: number) => (version = next) };
}

/** The page is long: its first render can take seconds on a loaded machine. */
jest.setTimeout(30_000);
const loaded = (container: HTMLElement, selector: string) =>
  waitFor(() => expect(container.querySelector(selector)).not.toBeNull(), { timeout: 10_000 });

const save = async (container: HTMLElement) => {
  click(container, '.settings-save');
  await flush();
};

beforeEach(() => signIn('marketer'));

describe('规则设置: tasks', () => {
  it('edits a task within its bounds, removes one and adds it back, gives one a coupon, and saves them', async () => {
    const { container, puts } = renderPage();
    await loaded(container, '.settings-tasks-0-points');
    expect(hint(container, 'tasks-0-points')).toBe('0–100,000');

    type(container, '.settings-tasks-0-points', '100001');
    type(container, '.settings-tasks-1-title', '');
    await save(container);
    expect(puts).toHaveLength(0);
    expect(text(container, '.settings-tasks-0-points-error')).toBe('任务积分为 0–100,000 的整数');
    expect(text(container, '.settings-tasks-1-title-error')).toBe('请填写任务名称（最多 40 字）');

    type(container, '.settings-tasks-0-points', '30');
    type(container, '.settings-tasks-1-title', '绑定手机号领积分');
    expect(container.querySelector('.settings-tasks-0-points-error')).toBeNull();
    // 首次积分兑换 removed: it can be added back.
    click(container, '.settings-task-first-redemption .settings-task-remove');
    expect(container.querySelector('.settings-task-first-redemption')).toBeNull();
    expect(text(container, '.settings-task-add-first-redemption')).toBe('添加「首次积分兑换」');
    click(container, '.settings-task-coupon-first-purchase-change');
    click(container, '.settings-task-coupon-first-purchase-tpl-new');
    expect(text(container, '.settings-task-coupon-first-purchase-current')).toBe('任意饮品券');

    expect(previewRow(container, 'tasks')).toContain('完善资料（昵称和生日） 20积分');
    expect(previewRow(container, 'tasks')).toContain('完善资料（昵称和生日） 30积分');
    expect(previewRow(container, 'automaticCoupons.tasks')).toBe(
      '任务奖励券bind-phone tpl-task-phone → bind-phone tpl-task-phone，first-purchase 任意饮品券',
    );

    await save(container);
    expect(puts).toHaveLength(1);
    expect(puts[0].tasks.map((task: { code: string }) => task.code)).toEqual([
      'complete-profile',
      'bind-phone',
      'first-checkin',
      'first-purchase',
    ]);
    expect(puts[0].tasks[0]).toEqual({
      code: 'complete-profile',
      title: '完善资料（昵称和生日）',
      points: 30,
      growth: 0,
    });
    expect(puts[0].tasks[1].title).toBe('绑定手机号领积分');
    expect(puts[0].automaticCoupons.tasks).toEqual({ 'bind-phone': 'tpl-task-phone', 'first-purchase': 'tpl-new' });
    expect(puts[0].baseVersion).toBe(3);
  });
});

describe('规则设置: upgrade gifts and perks', () => {
  it('changes a gift and a perk, turns 生日礼遇 on for a level, and refuses a 储值 threshold beyond its bound', async () => {
    const { container, puts } = renderPage();
    await loaded(container, '.settings-levels-1-upgradeGift-points');
    expect(hint(container, 'levels-1-upgradeGift-points')).toBe('0–100,000');
    expect(hint(container, 'levels-1-topupThresholdFen')).toBe('选填：12 个月充值本金达到即升级 · ¥0.01–100,000,000');

    type(container, '.settings-levels-1-upgradeGift-points', '-5');
    type(container, '.settings-levels-2-topupThresholdFen', '100000001');
    await save(container);
    expect(puts).toHaveLength(0);
    expect(text(container, '.settings-levels-1-upgradeGift-points-error')).toBe('请填写数字');
    expect(text(container, '.settings-levels-2-topupThresholdFen-error')).toBe('金额不能超过 ¥100,000,000.00');

    type(container, '.settings-levels-1-upgradeGift-points', '150');
    type(container, '.settings-levels-2-topupThresholdFen', '');
    type(container, '.settings-levels-1-perks-0-title', '银卡专享日（8日）');
    click(container, '.settings-birthday-perk-L2');
    expect(previewRow(container, 'levels.L2')).toContain('升级礼100积分+满30减5');
    expect(previewRow(container, 'levels.L2')).toContain('升级礼150积分+满30减5');
    expect(previewRow(container, 'levels.L2')).toContain('权益：银卡专享日（8日）、生日礼遇');
    // Only what changed in a level is shown.
    expect(previewRow(container, 'levels.L3')).toBe('等级 L3 金卡会员储值2000元 → 不按储值升级');
    expect(container.querySelector('.settings-preview-row[data-path="levels.L1"]')).toBeNull();

    await save(container);
    expect(puts).toHaveLength(1);
    const [l1, l2, l3] = puts[0].levels;
    expect(l1).toEqual(demoProgram.levels[0]);
    expect(l2.upgradeGift).toEqual({ points: 150, couponTitle: '满30减5' });
    expect(l2.topupThresholdFen).toBe(50_000);
    expect(l2.perks.map((perk: { code: string }) => perk.code)).toEqual(['silver-day', 'birthday-gift']);
    expect(l3.topupThresholdFen).toBeNull();
  });
});

describe('规则设置: automatic coupons', () => {
  it('chooses the coupons by title, adds a monthly level coupon with its day bounded, and saves them', async () => {
    const { container, puts } = renderPage();
    await loaded(container, '.settings-coupon-newMember-current');
    await waitFor(() => expect(text(container, '.settings-coupon-newMember-current')).toBe('新人券'));
    expect(text(container, '.settings-coupon-birthday-current')).toBe('生日饮品券、生日杯');

    click(container, '.settings-coupon-newMember-change');
    click(container, '.settings-coupon-newMember-none');
    expect(text(container, '.settings-coupon-newMember-current')).toBe('不发');
    click(container, '.settings-coupon-birthday-change');
    click(container, '.settings-coupon-birthday-tpl-birthday-cup');
    click(container, '.settings-monthly-add');
    type(container, '.settings-automaticCoupons-levelPerks-1-dayOfMonth', '29');
    await save(container);
    expect(puts).toHaveLength(0);
    expect(text(container, '.settings-automaticCoupons-levelPerks-1-dayOfMonth-error')).toBe('发放日为每月 1–28 日');
    expect(text(container, '.settings-monthly-1-coupon-error')).toBe('请选择券模板');

    type(container, '.settings-automaticCoupons-levelPerks-1-dayOfMonth', '15');
    click(container, '.settings-monthly-1-coupon-change');
    click(container, '.settings-monthly-1-coupon-tpl-new');
    expect(previewRow(container, 'automaticCoupons.newMember')).toBe('新会员券新人券 → 不发');
    expect(previewRow(container, 'automaticCoupons.birthday')).toBe('生日券生日饮品券、生日杯 → 生日饮品券');
    await save(container);
    expect(puts).toHaveLength(1);
    expect(puts[0].automaticCoupons).toMatchObject({
      newMember: null,
      birthday: ['tpl-birthday-drink'],
      levelPerks: [
        { levelCode: 'L2', dayOfMonth: 8, templateId: 'tpl-silver-snack' },
        { levelCode: 'L3', dayOfMonth: 15, templateId: 'tpl-new' },
      ],
    });
  });

  it('puts the server refusal of an unknown template under its picker', async () => {
    const { container } = renderPage(() =>
      errorReply(400, 'VALIDATION_FAILED', 'invalid', {
        issues: [{ path: 'body.automaticCoupons.stampCard', message: 'unknown coupon template tpl-stamp-card' }],
      }),
    );
    await loaded(container, '.settings-save');
    await save(container);
    await waitFor(() => expect(text(container, '.settings-coupon-stampCard-error')).toBe('券模板不存在，请重新选择'));
  });
});

describe('规则设置: level drop, 集点卡, member code, 积分抵现, top-up range', () => {
  it('shows each bound, refuses values beyond them and a top-up range upside down, previews and saves', async () => {
    const { container, puts } = renderPage();
    await loaded(container, '.settings-memberCode-ttlSeconds');
    expect(hint(container, 'memberCode-ttlSeconds')).toBe('过期后会员需刷新 · 15–600');
    expect(hint(container, 'stampCard-minSpendFen')).toBe('单笔满此金额集 1 点 · ¥0–1,000,000');
    expect(hint(container, 'pointsAsCash-maxSharePercent')).toBe('1–100');

    type(container, '.settings-memberCode-ttlSeconds', '5');
    type(container, '.settings-pointsAsCash-maxSharePercent', '101');
    type(container, '.settings-wallet-customMinFen', '600');
    type(container, '.settings-wallet-customMaxFen', '500');
    await save(container);
    expect(puts).toHaveLength(0);
    expect(text(container, '.settings-memberCode-ttlSeconds-error')).toBe('会员码有效期为 15–600 秒');
    expect(text(container, '.settings-pointsAsCash-maxSharePercent-error')).toBe('最多抵扣比例为 1–100 的整数');
    expect(text(container, '.settings-wallet-customMaxFen-error')).toBe('最高金额不能低于最低金额');

    type(container, '.settings-memberCode-ttlSeconds', '90');
    type(container, '.settings-pointsAsCash-maxSharePercent', '30');
    type(container, '.settings-wallet-customMinFen', '10');
    type(container, '.settings-wallet-customMaxFen', '2000');
    type(container, '.settings-stampCard-minSpendFen', '20');
    click(container, '.settings-level-policy-never');
    click(container, '.settings-cash-enabled');
    expect(text(container, '.settings-level-policy-hint')).toBe('等级一经获得永久保留');
    expect(previewRow(container, 'levelPolicy')).toBe('降级规则降一级 → 不降级');
    expect(previewRow(container, 'memberCode.ttlSeconds')).toBe('会员码有效秒数60 → 90');
    expect(previewRow(container, 'pointsAsCash.enabled')).toBe('积分抵现开启 → 关闭');

    await save(container);
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({
      levelPolicy: 'never',
      memberCode: { ttlSeconds: 90 },
      stampCard: { minSpendFen: 2000, stampsPerCard: 10 },
      pointsAsCash: { enabled: false, pointsPerYuan: 100, maxSharePercent: 30, minPoints: 100 },
      wallet: { customMinFen: 1000, customMaxFen: 200_000 },
    });
    // What the form does not edit goes back as it was; 订阅消息 shows which notices have a template.
    expect(text(container, '.settings-notice-coupon-arrived .settings-notice__state')).toBe('已配置 · 3 个字段');
    expect(puts[0].notifications).toEqual(demoProgram.notifications);
    expect(puts[0].timezone).toBe(demoProgram.timezone);
  });
});

describe('规则设置: someone else saved first', () => {
  it('says so on a 409 PROGRAM_CHANGED, offers 重新加载, and starts the draft over from the newest version', async () => {
    const { container, puts, moveTo } = renderPage(() =>
      errorReply(409, 'PROGRAM_CHANGED', '规则已被其他人修改，请重新加载后再改', { latestVersion: 4, baseVersion: 3 }),
    );
    await loaded(container, '.settings-memberCode-ttlSeconds');
    type(container, '.settings-memberCode-ttlSeconds', '90');
    await save(container);
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0].baseVersion).toBe(3);
    await loaded(container, '.settings-reload');
    expect(text(container, '.settings-error')).toBe(
      '保存前已有人保存了新版本，你的修改没有保存。请重新加载，在最新版本上再改。',
    );
    expect(container.querySelector('.settings-save')).toBeNull();

    moveTo(4);
    click(container, '.settings-reload');
    await waitFor(() => expect(text(container, '.settings-current-version')).toContain('当前 v4'));
    await waitFor(() =>
      expect((container.querySelector('.settings-memberCode-ttlSeconds') as HTMLInputElement).value).toBe('60'),
    );
    expect(container.querySelector('.settings-error')).toBeNull();
    expect(container.querySelector('.settings-save')).not.toBeNull();
  });
});
