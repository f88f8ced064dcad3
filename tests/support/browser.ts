import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { testEnv } from './env';

/** Debian's Chromium, headless, with the flags this closed network needs (see toolchain.md); Playwright gives each launch a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A phone-sized page (375×812) of the H5 build. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
  });
  return context.newPage();
}

export async function openApp(page: Page, route = '/pages/login/index'): Promise<void> {
  await page.goto(`${testEnv.uiUrl()}/#${route}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(testEnv.artifacts(), 'screenshots');
  mkdirSync(dir, { recursive: true });
  // Taro's H5 router slides a new page in: wait for running finite transitions (not endless ones such as a
  // pulsing badge), at most 2 s, so the picture is not taken mid-slide.
  await page.evaluate(() => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    const settled = Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    return Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 2000))]);
  });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Reads a QR code from a screenshot of an element, as a phone camera would from the screen. */
export async function decodeQr(page: Page, selector: string): Promise<string | null> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** The session the H5 build keeps after a login (Taro storage wraps it as `{ data }` in localStorage). */
export async function sessionOf(page: Page): Promise<{ token: string; memberId?: string }> {
  return page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('hyk.session') ?? 'null');
    return stored?.data ?? stored;
  });
}
