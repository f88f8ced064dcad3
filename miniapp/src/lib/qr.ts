import { create, type QRCodeSegment } from 'qrcode';
import { base64Ascii } from './base64';

/** The modules of a QR symbol (without quiet zone), as computed by the `qrcode` library. */
export interface QrMatrix {
  size: number;
  isDark: (row: number, col: number) => boolean;
}

/**
 * What `qrcode` is given: digits as they are (numeric mode: the member and pickup codes), any other ASCII text (a
 * coupon code `CPN.…`) as ready-made bytes — the library would otherwise encode it with `TextEncoder`, which the
 * mini-program's JS engine does not have.
 */
function qrInput(text: string): string | QRCodeSegment[] {
  if (/^\d*$/.test(text) || !/^[\x20-\x7e]*$/.test(text)) return text;
  return [{ mode: 'byte', data: Uint8Array.from(text, (char) => char.charCodeAt(0)) }];
}

export function qrMatrix(text: string): QrMatrix {
  const { modules } = create(qrInput(text), { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, col) => Boolean(modules.get(row, col)) };
}

/** The standard quiet zone: 4 light modules on every side, so phone cameras find the symbol. */
export const QUIET_ZONE = 4;

/**
 * Black-on-white SVG, one unit per module. Dark modules of a row are merged into horizontal runs, which keeps
 * the document small (a 25×25 symbol is ~2 KB) and avoids hairline seams between neighbouring squares.
 */
export function qrSvg(matrix: QrMatrix, quietZone = QUIET_ZONE): string {
  const total = matrix.size + quietZone * 2;
  let path = '';
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.isDark(row, col)) col++;
      path += `M${start + quietZone} ${row + quietZone}h${col - start}v1h${start - col}z`;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges">` +
    `<rect width="${total}" height="${total}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}

export const svgDataUri = (svg: string): string => `data:image/svg+xml;base64,${base64Ascii(svg)}`;

/** A data URI of the QR code for `text`, ready for an <Image>. */
export const qrDataUri = (text: string): string => svgDataUri(qrSvg(qrMatrix(text)));
