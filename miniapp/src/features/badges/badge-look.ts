/** How each badge is drawn: a glyph on a medal in the badge's own colours (unknown codes get the brand's). */
export interface BadgeLook {
  glyph: string;
  from: string;
  to: string;
}

const looks: Record<string, BadgeLook> = {
  'first-checkin': { glyph: '初', from: '#f3c98b', to: '#c8844a' },
  'streak-7': { glyph: '7', from: '#f0a77a', to: '#c8602d' },
  'streak-30': { glyph: '30', from: '#e67c5d', to: '#a63d2a' },
  silver: { glyph: '银', from: '#e4e8ee', to: '#8e98a6' },
  gold: { glyph: '金', from: '#f7dc8a', to: '#c9962c' },
  'coffee-expert': { glyph: '咖', from: '#b98a66', to: '#5b3a26' },
  ambassador: { glyph: '荐', from: '#9cc7a8', to: '#3f8f5a' },
  'points-player': { glyph: '兑', from: '#a8b9e6', to: '#5468a8' },
};

export const badgeLook = (code: string, name: string): BadgeLook =>
  looks[code] ?? { glyph: name.slice(0, 1), from: '#e8d6c3', to: '#6f4e37' };

/** Progress of a locked badge as the wall prints it (3/7) and as a bar width (0–100); null without progress. */
export function badgeProgress(
  progress: { current: number; target: number } | null,
): { text: string; percent: number } | null {
  if (!progress || progress.target <= 0) return null;
  const current = Math.max(0, Math.min(progress.current, progress.target));
  return { text: `${current}/${progress.target}`, percent: Math.round((current / progress.target) * 100) };
}
