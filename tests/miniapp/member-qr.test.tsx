import { render } from '@testing-library/react';
import jsQR from 'jsqr';
import { create } from 'qrcode';
import { MemberQrCode, digitLines } from '../../miniapp/src/features/member-card/components/MemberQrCode';
import { qrDataUri } from '../../miniapp/src/lib/qr';
import { CouponQrCode } from '../../miniapp/src/features/coupons/components/CouponQrCode';

/** The standard quiet zone phone cameras rely on, in modules. */
const QUIET_ZONE = 4;
import { CODE } from './fixtures';

/** Reads the SVG data URI back into a grid of dark (true) and light cells, quiet zone included. */
function gridFromDataUri(uri: string): boolean[][] {
  const svg = Buffer.from(uri.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString('ascii');
  const total = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  expect(svg).toContain(`<rect width="${total}" height="${total}" fill="#fff"/>`);
  expect(svg).toContain('fill="#000"');
  const grid = Array.from({ length: total }, () => Array<boolean>(total).fill(false));
  for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

/** Paints the grid at `scale` px per module, as a camera would see it, and decodes it. */
function decode(grid: boolean[][], scale = 6): string | undefined {
  const size = grid.length * scale;
  const pixels = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const value = grid[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      pixels.set([value, value, value, 255], (y * size + x) * 4);
    }
  }
  return jsQR(pixels, size, size)?.data;
}

describe('member QR code', () => {
  it('draws exactly the modules the qrcode library computes, inside a 4-module quiet zone', () => {
    const { modules } = create(CODE, { errorCorrectionLevel: 'M' });
    const grid = gridFromDataUri(qrDataUri(CODE));
    expect(grid.length).toBe(modules.size + 2 * QUIET_ZONE);
    for (let row = 0; row < grid.length; row++) {
      for (let col = 0; col < grid.length; col++) {
        const inside =
          row >= QUIET_ZONE && col >= QUIET_ZONE && row < QUIET_ZONE + modules.size && col < QUIET_ZONE + modules.size;
        const expected = inside ? Boolean(modules.get(row - QUIET_ZONE, col - QUIET_ZONE)) : false;
        expect([row, col, grid[row]![col]]).toEqual([row, col, expected]);
      }
    }
  });

  it('decodes back to the member code', () => {
    expect(decode(gridFromDataUri(qrDataUri(CODE)))).toBe(CODE);
    expect(decode(gridFromDataUri(qrDataUri('10000000217640000009999990000000001')))).toBe(
      '10000000217640000009999990000000001',
    );
  });

  it('renders the QR image, the digits in groups of four and the countdown', () => {
    const { container } = render(<MemberQrCode code={CODE} secondsLeft={42} />);
    const image = container.querySelector('img.member-qr') as HTMLImageElement;
    expect(decode(gridFromDataUri(image.getAttribute('src')!))).toBe(CODE);
    const digits = container.querySelector('.member-code-digits')!.textContent!;
    expect(digits).toBe('1000 0000 1176 4000 0001 2345 6987 6543 210');
    expect(digits.replace(/\s/g, '')).toBe(CODE);
    expect(container.querySelector('.member-code-countdown')!.textContent).toBe('42 秒后自动刷新');
    expect(container.querySelector('.member-qr--expired')).toBeNull();
  });

  it('counts down to the refresh, not to the expiry, when the refresh comes first', () => {
    const { container } = render(<MemberQrCode code={CODE} secondsLeft={42} refreshIn={27} />);
    expect(container.querySelector('.member-code-countdown')!.textContent).toBe('27 秒后自动刷新');
  });

  it('greys out an expired code and offers a refresh', () => {
    const onRefresh = jest.fn();
    const { container, getByText } = render(<MemberQrCode code={CODE} secondsLeft={0} onRefresh={onRefresh} />);
    expect(container.querySelector('.member-qr--expired')).not.toBeNull();
    getByText('会员码已失效，点击刷新').click();
    expect(onRefresh).toHaveBeenCalled();
  });

  it('splits the digits into lines of at most five groups', () => {
    expect(digitLines(CODE)).toEqual(['1000 0000 1176 4000 0001', '2345 6987 6543 210']);
    expect(digitLines('12345678')).toEqual(['1234 5678']);
  });
});

describe('coupon QR code', () => {
  const COUPON_CODE = 'CPN.01JDEMO0000000000000000000.01JCPN000000000000000000001.1795000000.aB3_x-Z9kQ1mN2pL';

  it('encodes a coupon code (letters, dots, _ and -) as bytes without TextEncoder, and it scans back', () => {
    expect((globalThis as { TextEncoder?: unknown }).TextEncoder).toBeUndefined();
    expect(decode(gridFromDataUri(qrDataUri(COUPON_CODE)), 4)).toBe(COUPON_CODE);
  });

  it('greys out an expired coupon code and offers a refresh', () => {
    const onRefresh = jest.fn();
    const { container, getByText } = render(
      <CouponQrCode
        code={COUPON_CODE}
        digits="2100000171795000000123456789012"
        secondsLeft={0}
        refreshIn={0}
        onRefresh={onRefresh}
      />,
    );
    expect(container.querySelector('.coupon-qr--expired')).not.toBeNull();
    expect(container.querySelector('.coupon-code-digits--expired')).not.toBeNull(); // its digits are dead too
    getByText('券码已失效，点击刷新').click();
    expect(onRefresh).toHaveBeenCalled();
  });
});
