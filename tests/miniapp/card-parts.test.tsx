import { render } from '@testing-library/react';
import {
  GrowthProgress,
  growthShare,
  upgradeText,
} from '../../miniapp/src/features/member-card/components/GrowthProgress';
import { LevelCard } from '../../miniapp/src/features/member-card/components/LevelCard';
import { RightsList } from '../../miniapp/src/features/member-card/components/RightsList';
import { countdownLabel, refreshDelay, secondsLeft } from '../../miniapp/src/features/member-card/hooks/code-timing';
import { discountLabel, formatDate, formatNumber, groupDigits } from '../../miniapp/src/lib/format';
import { member } from './fixtures';

describe('growth progress', () => {
  it('tells how much growth the next level needs and fills the bar accordingly', () => {
    const { container } = render(<GrowthProgress me={member} />);
    expect(container.querySelector('.growth-upgrade-text')!.textContent).toBe('再获得 620 成长值升级为 金卡会员');
    expect(container.querySelector('.growth__target')!.textContent).toBe(' / 1,500');
    const bar = container.querySelector('.growth__bar') as HTMLElement;
    expect(bar.style.width).toBe('58.7%');
  });

  it('says so at the top level, with a full bar', () => {
    const top = { ...member, level: { ...member.level, code: 'L3', name: '金卡会员' }, nextLevel: null };
    const { container } = render(<GrowthProgress me={top} />);
    expect(container.querySelector('.growth-upgrade-text')!.textContent).toBe('已是最高等级，感谢一路相伴');
    expect((container.querySelector('.growth__bar') as HTMLElement).style.width).toBe('100%');
  });

  it('computes shares and texts at the edges', () => {
    expect(growthShare(0, 500)).toBe(0);
    expect(growthShare(250, 250)).toBe(0.5);
    expect(growthShare(0, 0)).toBe(1);
    expect(upgradeText({ code: 'L2', name: '银卡会员', growthNeeded: 1234 })).toBe(
      '再获得 1,234 成长值升级为 银卡会员',
    );
    expect(upgradeText({ code: 'L2', name: '银卡会员', growthNeeded: 0 })).toBe('即将升级为 银卡会员');
  });
});

describe('card face', () => {
  it('shows nickname, member number, level badge and points, and debt only when there is some', () => {
    const { container, rerender } = render(<LevelCard me={member} />);
    expect(container.querySelector('.member-nickname')!.textContent).toBe('拿铁爱好者');
    expect(container.querySelector('.member-no')!.textContent).toBe('10000001');
    expect(container.querySelector('.level-badge')!.textContent).toBe('银卡会员');
    expect(container.querySelector('.member-points')!.textContent).toBe('1,260');
    expect(container.querySelector('.member-debt')).toBeNull();
    expect(container.querySelector('.level-card__valid')!.textContent).toBe('等级有效期至 2026-06-01');

    rerender(
      <LevelCard
        me={{
          ...member,
          points: { balance: 0, debt: 35, pending: 0, expiring: { points: 80, at: '2026-12-31T16:00:00Z' } },
        }}
      />,
    );
    expect(container.querySelector('.member-debt')!.textContent).toBe('待抵扣 35 积分');
    expect(container.querySelector('.member-expiring')!.textContent).toBe('80 积分将于 2027-01-01 过期，记得使用哦');
  });

  it('shows points on their way (待到账) beside the balance, never in it', () => {
    const { container, rerender } = render(<LevelCard me={{ ...member, points: { ...member.points, pending: 0 } }} />);
    expect(container.querySelector('.member-pending')).toBeNull();
    rerender(<LevelCard me={{ ...member, points: { ...member.points, balance: 20, pending: 1150 } }} />);
    expect(container.querySelector('.member-points')!.textContent).toBe('20');
    expect(container.querySelector('.member-pending')!.textContent).toBe('待到账 1,150 积分');
  });

  it('lists the rights of the level', () => {
    const { container } = render(<RightsList levelCode="L2" levelName="银卡会员" rights={member.rights} />);
    expect([...container.querySelectorAll('.rights__title')].map((node) => node.textContent)).toEqual([
      '积分1.2倍',
      '门店9折',
    ]);
    expect(container.querySelector('.panel__title')!.textContent).toContain('银卡会员权益');
  });
});

describe('formatting', () => {
  it('groups code digits by four', () => {
    expect(groupDigits('123456789')).toBe('1234 5678 9');
  });
  it('names the level discount the Chinese way', () => {
    expect(discountLabel(90)).toBe('9折');
    expect(discountLabel(80)).toBe('8折');
    expect(discountLabel(85)).toBe('8.5折');
    expect(discountLabel(100)).toBe('无折扣');
  });
  it('formats dates in program time and numbers with separators', () => {
    expect(formatDate('2025-12-31T16:30:00Z')).toBe('2026-01-01');
    expect(formatDate('1990-05-20')).toBe('1990-05-20');
    expect(formatNumber(1234567)).toBe('1,234,567');
  });
});

describe('code timing', () => {
  const now = Date.parse('2025-11-23T10:00:00Z');
  it('counts whole seconds down to expiry, never below zero', () => {
    expect(secondsLeft('2025-11-23T10:00:59.200Z', now)).toBe(60);
    expect(secondsLeft('2025-11-23T09:59:00Z', now)).toBe(0);
  });
  it('waits until refreshAfter, but never less than five seconds', () => {
    expect(refreshDelay('2025-11-23T10:00:50Z', now)).toBe(50_000);
    expect(refreshDelay('2025-11-23T09:00:00Z', now)).toBe(5_000);
  });
  it('labels the countdown', () => {
    expect(countdownLabel(48)).toBe('48 秒后自动刷新');
    expect(countdownLabel(0)).toBe('正在刷新会员码…');
  });
});
