import { svgDataUri } from '../../lib/qr';

/** How a level looks, chosen by its rank (L1 → 0): bronze-brown, silver, gold, then black for anything above. */
export interface LevelTheme {
  rank: number;
  /** Badge fill (a gradient) and the text colour on it. */
  badgeBackground: string;
  badgeColor: string;
  /** Solid accent used for progress bars and borders. */
  accent: string;
  /** Background of the member card header. */
  cardBackground: string;
  cardColor: string;
  emblem: 'bean' | 'star' | 'crown' | 'diamond';
  emblemLabel: string;
}

const THEMES: Omit<LevelTheme, 'rank'>[] = [
  {
    badgeBackground: 'linear-gradient(135deg, #c08a5f 0%, #8a5a3b 100%)',
    badgeColor: '#fff8ef',
    accent: '#a8724c',
    cardBackground: 'linear-gradient(135deg, #8a5a3b 0%, #5a3b28 55%, #3f2a1e 100%)',
    cardColor: '#fff8ef',
    emblem: 'bean',
    emblemLabel: '咖啡豆',
  },
  {
    badgeBackground: 'linear-gradient(135deg, #f1f4f7 0%, #b9c2cb 55%, #9aa5b1 100%)',
    badgeColor: '#323b45',
    accent: '#8d99a6',
    cardBackground: 'linear-gradient(135deg, #a4afbb 0%, #76828f 55%, #56616d 100%)',
    cardColor: '#ffffff',
    emblem: 'star',
    emblemLabel: '星',
  },
  {
    badgeBackground: 'linear-gradient(135deg, #fbe7a6 0%, #e2b857 50%, #c4962f 100%)',
    badgeColor: '#4a3410',
    accent: '#d1a23f',
    cardBackground: 'linear-gradient(135deg, #d9ae4f 0%, #b3862b 50%, #7c5a18 100%)',
    cardColor: '#fffaf0',
    emblem: 'crown',
    emblemLabel: '皇冠',
  },
  {
    badgeBackground: 'linear-gradient(135deg, #5a5a64 0%, #2b2b31 100%)',
    badgeColor: '#f3e3c3',
    accent: '#3a3a42',
    cardBackground: 'linear-gradient(135deg, #43434b 0%, #1f1f24 100%)',
    cardColor: '#f3e3c3',
    emblem: 'diamond',
    emblemLabel: '钻石',
  },
];

/** "L2" → 1; anything unexpected counts as the first rank. */
export function levelRank(code: string): number {
  const match = /^L(\d{1,2})$/.exec(code);
  return match ? Math.max(0, Number(match[1]) - 1) : 0;
}

export function levelTheme(code: string): LevelTheme {
  const rank = levelRank(code);
  return { rank, ...THEMES[Math.min(rank, THEMES.length - 1)]! };
}

const SHAPES: Record<LevelTheme['emblem'], (color: string) => string> = {
  bean: (c) =>
    `<ellipse cx="12" cy="12" rx="6.6" ry="9.4" transform="rotate(32 12 12)" fill="${c}"/>` +
    `<path d="M14.9 4.4c-3.6 2.4-.6 6.4-3 9.1-1.4 1.6-3.4 2.2-4.4 5.4" stroke="rgba(0,0,0,.35)" stroke-width="1.6" fill="none" stroke-linecap="round"/>`,
  star: (c) => `<path fill="${c}" d="M12 2.6l2.9 6 6.6.8-4.9 4.5 1.3 6.5L12 17.2l-5.9 3.2 1.3-6.5-4.9-4.5 6.6-.8z"/>`,
  crown: (c) =>
    `<path fill="${c}" d="M3 8.2l4.6 3.6L12 4.6l4.4 7.2L21 8.2l-1.8 9.3H4.8z"/><rect x="4.8" y="18.6" width="14.4" height="2" rx="1" fill="${c}"/>`,
  diamond: (c) => `<path fill="${c}" d="M6.5 4h11l4 5.4L12 21 2.5 9.4z"/>`,
};

/** The level's emblem as an image (works the same in H5 and the mini-program). */
export function emblemDataUri(theme: LevelTheme, color = theme.badgeColor): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">${SHAPES[theme.emblem](color)}</svg>`;
  return svgDataUri(svg);
}
