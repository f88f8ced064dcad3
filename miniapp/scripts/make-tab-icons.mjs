// Draws the eight tabBar icons (81×81 PNG, anti-aliased) into src/assets/tab/. No downloads, no image tools:
// each icon is a signed-distance shape rasterised with 4×4 supersampling. Run: node scripts/make-tab-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const SIZE = 81;
const out = join(dirname(fileURLToPath(import.meta.url)), '../src/assets/tab');
const colours = { normal: [0x9a, 0x8a, 0x7d], active: [0x6f, 0x4e, 0x37] };

const roundRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
const ring = (d, width) => Math.abs(d) - width / 2;

// Member card: a rounded card outline, a magnetic stripe and a small square emblem.
const card = (x, y) =>
  Math.min(
    ring(roundRect(x, y, 40.5, 40.5, 30, 21, 6), 5),
    roundRect(x, y, 40.5, 31, 28, 2.5, 0),
    roundRect(x, y, 25, 49, 7, 5, 2),
  );
// Profile: head and shoulders.
const profile = (x, y) => {
  const head = ring(circle(x, y, 40.5, 29, 12), 5);
  const body = ring(Math.max(circle(x, y, 40.5, 69, 25), y - 66), 5);
  const baseline = roundRect(x, y, 40.5, 66, 25, 2.5, 1.5);
  return Math.min(head, Math.max(body, y - 66), baseline);
};

// Distance to a segment (a capsule of radius r): strokes such as a tick.
const segment = (x, y, ax, ay, bx, by, r) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - r;
};
// Check-in: a calendar page with two binder rings and a tick.
const checkin = (x, y) =>
  Math.min(
    ring(roundRect(x, y, 40.5, 45, 29, 25, 6), 5),
    roundRect(x, y, 40.5, 30, 27, 3, 0),
    roundRect(x, y, 27, 17, 2.5, 7, 2.5),
    roundRect(x, y, 54, 17, 2.5, 7, 2.5),
    segment(x, y, 29, 48, 37, 56, 3),
    segment(x, y, 37, 56, 52, 40, 3),
  );

// An ellipse tilted by `angle` (radians), approximately signed distance (good enough for thin outlines).
const ellipse = (x, y, cx, cy, a, b, angle) => {
  const cos = Math.cos(angle),
    sin = Math.sin(angle);
  const u = (x - cx) * cos + (y - cy) * sin;
  const v = -(x - cx) * sin + (y - cy) * cos;
  return (Math.hypot(u / a, v / b) - 1) * Math.min(a, b);
};
// Points mall: a gift box — lid, box, a ribbon down the middle and a bow of two tilted loops on top.
const mall = (x, y) => {
  const lid = ring(roundRect(x, y, 40.5, 32, 30, 7, 3), 5);
  const box = ring(roundRect(x, y, 40.5, 53, 25, 15.5, 4), 5);
  // The box's top edge is the lid's bottom edge: drawn once.
  const boxOpen = Math.max(box, -(y - 40));
  const ribbon = roundRect(x, y, 40.5, 47, 2.6, 21, 0);
  const bow = Math.min(
    ring(ellipse(x, y, 32, 17.5, 8.5, 5.2, 0.45), 4.4),
    ring(ellipse(x, y, 49, 17.5, 8.5, 5.2, -0.45), 4.4),
  );
  // The bow's loops end where they meet the lid.
  return Math.min(lid, boxOpen, ribbon, Math.max(bow, y - 25));
};

function draw(shape, [r, g, b]) {
  const png = new PNG({ width: SIZE, height: SIZE });
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let covered = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          if (shape(px + (sx + 0.5) / 4, py + (sy + 0.5) / 4) <= 0) covered++;
        }
      const i = (py * SIZE + px) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = Math.round((covered / 16) * 255);
    }
  }
  return PNG.sync.write(png);
}

mkdirSync(out, { recursive: true });
for (const [name, shape] of Object.entries({ card, checkin, mall, profile })) {
  writeFileSync(join(out, `${name}.png`), draw(shape, colours.normal));
  writeFileSync(join(out, `${name}-active.png`), draw(shape, colours.active));
}
process.stdout.write(`tab icons written to ${out}\n`);
