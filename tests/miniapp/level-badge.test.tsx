import { render } from '@testing-library/react';
import { LevelBadge, levelRank, levelTheme } from '../../miniapp/src/components/level-badge';

describe('LevelBadge', () => {
  it.each([
    ['L1', '普通会员', 0, '#8a5a3b'],
    ['L2', '银卡会员', 1, '#9aa5b1'],
    ['L3', '金卡会员', 2, '#c4962f'],
  ])('%s shows %s in its own colours (rank %i)', (code, name, rank, colour) => {
    const { container } = render(<LevelBadge code={code} name={name} />);
    const badge = container.querySelector('.level-badge') as HTMLElement;
    expect(badge.textContent).toBe(name);
    expect(badge.classList.contains(`level-badge--rank-${rank}`)).toBe(true);
    expect(badge.classList.contains(`level-badge--${code}`)).toBe(true);
    const style = JSON.parse(badge.dataset.style!) as { background: string; color: string };
    expect(style.background).toContain(colour);
    expect(style.color).toBe(levelTheme(code).badgeColor);
    expect(container.querySelector('img.level-badge__emblem')?.getAttribute('src')).toMatch(
      /^data:image\/svg\+xml;base64,/,
    );
  });

  it('gives every level a different badge, accent and emblem', () => {
    const themes = ['L1', 'L2', 'L3'].map(levelTheme);
    expect(new Set(themes.map((t) => t.badgeBackground)).size).toBe(3);
    expect(new Set(themes.map((t) => t.accent)).size).toBe(3);
    expect(themes.map((t) => t.emblem)).toEqual(['bean', 'star', 'crown']);
  });

  it('ranks level codes by their number and treats unknown codes as the first level', () => {
    expect(levelRank('L1')).toBe(0);
    expect(levelRank('L3')).toBe(2);
    expect(levelRank('VIP')).toBe(0);
    expect(levelTheme('L9').emblem).toBe('diamond');
  });
});
