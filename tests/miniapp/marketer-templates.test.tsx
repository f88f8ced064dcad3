import { act, fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import TemplateNewPage from '../../miniapp/src/marketer/template-new/index';
import TemplatesPage from '../../miniapp/src/marketer/templates/index';
import MarketerHomePage from '../../miniapp/src/marketer/home/index';
import {
  buildTemplate,
  emptyTemplateDraft,
  templateErrorsFromIssues,
  type TemplateDraft,
} from '../../miniapp/src/features/campaigns/template-form';
import { template } from './coupon-fixtures';
import { errorReply, mockApi, signIn } from './fixtures';

const stores = [
  { storeId: 'S001', name: '啡常时光·人民广场店', city: '上海', status: 'open' },
  { storeId: 'S002', name: '啡常时光·陆家嘴店', city: '上海', status: 'open' },
];

const draft = (over: Partial<TemplateDraft> = {}): TemplateDraft => ({
  ...emptyTemplateDraft(),
  title: '满30减5',
  value: '5',
  minSpend: '30',
  ...over,
});

describe('the template form’s rules', () => {
  it('builds each kind in fen and percent', () => {
    expect(buildTemplate(draft())).toEqual({
      ok: true,
      body: {
        title: '满30减5',
        description: '',
        usageNotes: '',
        type: 'amount_off',
        valueFen: 500,
        minSpendFen: 3000,
        validity: { kind: 'relative', days: 30, startOffsetDays: 0 },
      },
    });
    const percent = buildTemplate(
      draft({ type: 'percent_off', title: '拿铁8.8折', discount: '8.8', maxDiscount: '20', minSpend: '' }),
    );
    expect(percent.ok && percent.body).toMatchObject({
      type: 'percent_off',
      percent: 88,
      maxDiscountFen: 2000,
      minSpendFen: 0,
    });
    const gift = buildTemplate(
      draft({ type: 'gift', title: '中杯咖啡兑换券', giftName: '中杯咖啡', value: '28', minSpend: '' }),
    );
    expect(gift.ok && gift.body).toMatchObject({ type: 'gift', giftName: '中杯咖啡', valueFen: 2800 });
  });

  it('makes a fixed window from the first day 00:00 to the end of the last day, in program time', () => {
    const built = buildTemplate(draft({ validityKind: 'fixed', validFrom: '2026-12-01', validUntil: '2026/12/31' }));
    expect(built.ok && built.body.validity).toEqual({
      kind: 'fixed',
      from: '2026-12-01T00:00:00+08:00',
      until: '2027-01-01T00:00:00+08:00',
    });
    const relative = buildTemplate(draft({ days: '7', startOffsetDays: '1' }));
    expect(relative.ok && relative.body.validity).toEqual({ kind: 'relative', days: 7, startOffsetDays: 1 });
    const scoped = buildTemplate(draft({ storeScope: 'some', storeIds: ['S002'] }));
    expect(scoped.ok && scoped.body.storeIds).toEqual(['S002']);
  });

  it('says what is wrong, field by field', () => {
    expect(buildTemplate(draft({ title: '', value: '50', minSpend: '30' }))).toEqual({
      ok: false,
      errors: { title: '请填写券名称', value: '减免金额不能高于使用门槛' },
    });
    expect(buildTemplate(draft({ type: 'percent_off', discount: '88' }))).toEqual({
      ok: false,
      errors: { discount: '请填写 0.1–9.9 之间的折扣，如 8.8' },
    });
    expect(buildTemplate(draft({ type: 'gift', giftName: '', value: '' }))).toEqual({
      ok: false,
      errors: { giftName: '请填写礼品名称', value: '请填写礼品价值' },
    });
    expect(buildTemplate(draft({ validityKind: 'fixed', validFrom: '2026-12-31', validUntil: '2026-12-01' }))).toEqual({
      ok: false,
      errors: { validUntil: '结束日期不能早于开始日期' },
    });
    expect(buildTemplate(draft({ days: '0', storeScope: 'some' }))).toEqual({
      ok: false,
      errors: { days: '有效天数为 1–3650 天', storeIds: '请至少选择一家门店' },
    });
  });

  it('puts the server’s issues on their fields', () => {
    expect(
      templateErrorsFromIssues({
        issues: [
          { path: 'body.validity.until', message: 'until must be after from' },
          { path: 'body.percent', message: '折扣不正确' },
        ],
      }),
    ).toEqual({
      validUntil: '结束日期需晚于开始日期',
      discount: '折扣不正确',
    });
  });
});

function type(container: HTMLElement, selector: string, value: string) {
  fireEvent.change(container.querySelector(`${selector}`)!, { target: { value } });
}

describe('新建优惠券模板', () => {
  beforeEach(() => signIn('marketer'));

  it('switches the fields with the kind, creates with an Idempotency-Key and goes back', async () => {
    const request = mockApi(({ method, path, data }) => {
      if (path === '/v1/admin/stores') return { status: 200, body: stores };
      if (method === 'POST' && path === '/v1/admin/coupon-templates')
        return { status: 201, body: template({ ...(data as object), templateId: 'tpl-new' }) };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<TemplateNewPage />);
    expect(container.querySelector('.template-value')).not.toBeNull();
    fireEvent.click(container.querySelector('.template-type-percent_off')!);
    expect(container.querySelector('.template-value')).toBeNull();
    expect(container.querySelector('.template-discount')).not.toBeNull();
    fireEvent.click(container.querySelector('.template-type-gift')!);
    expect(container.querySelector('.template-gift-name')).not.toBeNull();
    fireEvent.click(container.querySelector('.template-type-amount_off')!);

    type(container, '.template-title', '满30减5');
    type(container, '.template-value', '5');
    type(container, '.template-min-spend', '30');
    fireEvent.click(container.querySelector('.template-validity-fixed')!);
    type(container, '.template-valid-from', '2026-12-01');
    type(container, '.template-valid-until', '2026-12-31');
    fireEvent.click(container.querySelector('.template-stores-some')!);
    await waitFor(() => expect(container.querySelector('.template-store-S002')).not.toBeNull());
    fireEvent.click(container.querySelector('.template-store-S002')!);
    expect(container.querySelector('.template-preview')!.textContent).toContain('限 陆家嘴店 使用');
    fireEvent.click(container.querySelector('.template-submit')!);

    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '模板已创建' })));
    const post = request.mock.calls.find(([options]) => options.method === 'POST')![0];
    expect(post.data).toEqual({
      title: '满30减5',
      description: '',
      usageNotes: '',
      type: 'amount_off',
      valueFen: 500,
      minSpendFen: 3000,
      validity: { kind: 'fixed', from: '2026-12-01T00:00:00+08:00', until: '2027-01-01T00:00:00+08:00' },
      storeIds: ['S002'],
    });
    expect(post.header['Idempotency-Key']).toMatch(/^template-/);
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/marketer/templates/index' });
  });

  it('shows its own checks next to the fields without asking the server', async () => {
    const request = mockApi(({ path }) =>
      path === '/v1/admin/stores' ? { status: 200, body: stores } : errorReply(500, 'INTERNAL', 'x'),
    );
    const { container } = render(<TemplateNewPage />);
    await act(async () => {
      await Promise.resolve();
    });
    type(container, '.template-value', '50');
    type(container, '.template-min-spend', '30');
    fireEvent.click(container.querySelector('.template-submit')!);
    expect(container.querySelector('.template-title-error')!.textContent).toBe('请填写券名称');
    expect(container.querySelector('.template-value-error')!.textContent).toBe('减免金额不能高于使用门槛');
    expect(container.querySelector('.template-error')!.textContent).toBe('请按提示修改后再创建');
    type(container, '.template-title', '满30减50');
    expect(container.querySelector('.template-title-error')).toBeNull();
    expect(request.mock.calls.some(([options]) => options.method === 'POST')).toBe(false);
  });

  it('shows the server’s validation issues next to their fields (body.validity.until)', async () => {
    mockApi(({ method, path }) => {
      if (path === '/v1/admin/stores') return { status: 200, body: stores };
      if (method === 'POST')
        return errorReply(400, 'VALIDATION_FAILED', 'invalid', {
          issues: [{ path: 'body.validity.until', message: 'until must be after from' }],
        });
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<TemplateNewPage />);
    type(container, '.template-title', '双旦券');
    type(container, '.template-value', '5');
    fireEvent.click(container.querySelector('.template-validity-fixed')!);
    type(container, '.template-valid-from', '2026-12-01');
    type(container, '.template-valid-until', '2026-12-01');
    fireEvent.click(container.querySelector('.template-submit')!);
    await waitFor(() => expect(container.querySelector('.template-valid-until-error')).not.toBeNull());
    expect(container.querySelector('.template-valid-until-error')!.textContent).toBe('结束日期需晚于开始日期');
  });

  it('retries a creation that got no answer with the same key', async () => {
    let tries = 0;
    const request = mockApi(({ method, path, data }) => {
      if (path === '/v1/admin/stores') return { status: 200, body: stores };
      if (method === 'POST')
        return ++tries === 1 ? new Error('timeout') : { status: 201, body: template({ ...(data as object) }) };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<TemplateNewPage />);
    type(container, '.template-title', '满30减5');
    type(container, '.template-value', '5');
    fireEvent.click(container.querySelector('.template-submit')!);
    await waitFor(() => expect(container.querySelector('.template-submit')!.textContent).toBe('重试创建'));
    expect(container.querySelector('.template-error')!.textContent).toContain('不会重复提交');
    fireEvent.click(container.querySelector('.template-submit')!);
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalled());
    const keys = request.mock.calls
      .filter(([options]) => options.method === 'POST')
      .map(([options]) => options.header['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });
});

describe('优惠券模板 and the marketer home', () => {
  beforeEach(() => signIn('marketer'));

  it('lists the templates with what they give (stores named as the API lists them), and opens 新建模板', async () => {
    mockApi(({ path }) => ({
      status: 200,
      body:
        path === '/v1/admin/stores'
          ? stores
          : {
              items: [
                template(),
                template({
                  templateId: 'tpl-2',
                  title: '拿铁8.8折',
                  type: 'percent_off',
                  valueFen: null,
                  percent: 88,
                  minSpendFen: 0,
                  storeIds: ['S001'],
                }),
              ],
              nextCursor: null,
            },
    }));
    const { container } = render(<TemplatesPage />);
    await waitFor(() => expect(container.querySelector('.template-row-tpl-1')).not.toBeNull());
    expect(container.querySelector('.template-row-tpl-1')!.textContent).toContain('¥5');
    expect(container.querySelector('.template-row-tpl-1')!.textContent).toContain('满¥30可用 · 发放后 14 天内有效');
    expect(container.querySelector('.template-row-tpl-2')!.textContent).toContain('限 人民广场店 使用');
    fireEvent.click(container.querySelector('.templates-new')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/marketer/template-new/index' });
  });

  it('says when there are no templates yet', async () => {
    mockApi(() => ({ status: 200, body: { items: [], nextCursor: null } }));
    const { container } = render(<TemplatesPage />);
    await waitFor(() => expect(container.querySelector('.templates-empty')).not.toBeNull());
  });

  it('leads to 优惠券模板 and 营销活动, and keeps the staff invitation form', async () => {
    mockApi(() => ({ status: 200, body: stores }));
    const { container } = render(<MarketerHomePage />);
    await waitFor(() => expect(container.querySelector('.invite-store-S001')).not.toBeNull());
    fireEvent.click(container.querySelector('.marketer-open-templates')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/marketer/templates/index' });
    fireEvent.click(container.querySelector('.marketer-open-campaigns')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/marketer/campaigns/index' });
    expect(container.querySelector('.invite-form')).not.toBeNull();
  });
});
