import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Screenshots land here so a person (and CI's artifacts) can look at each home. */
export const artifactsDir = path.resolve(__dirname, '../../artifacts');

/** The system Chromium the browser tests drive, or undefined when none is installed. */
export function findChromium(): string | undefined {
  return candidates.find((candidate) => existsSync(candidate));
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    // The machine has no outside network: without these flags Chromium keeps trying to reach
    // Google's services and floods the log with refused connections.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A chart's placeholder while it waits to be drawn or its code to load (`ChartFigure`, lazy charts). */
const UNDRAWN_CHART = 'figure .mantine-Skeleton-root';

/**
 * Charts are drawn only once they come near the screen (`useNearViewport`), and a full-page
 * screenshot does not scroll, so the picture would show placeholders below the fold. Scroll
 * through the page as a reader would, wait until every chart is drawn, and go back to the top.
 */
async function drawWholePage(page: Page, name: string): Promise<void> {
  const step = page.viewportSize()?.height ?? 720;
  const settle = () =>
    page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  for (let top = step; top < (await page.evaluate(() => document.documentElement.scrollHeight)); top += step) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
    await settle();
  }
  // On a busy machine a fast scroll can pass a chart before its observer fires, and a figure can
  // appear or be rendered anew after the scroll went past it (its code or data arriving late):
  // bring the first chart still waiting into view, wait a moment for it, and repeat until none is
  // left, each time looking for the placeholders afresh.
  const deadline = Date.now() + 30_000;
  let left = await page.locator(UNDRAWN_CHART).count();
  while (left > 0) {
    if (Date.now() > deadline)
      throw new Error(`Screenshot "${name}": ${left} chart(s) still not drawn 30 s after scrolling through the page`);
    const first = page.locator(UNDRAWN_CHART).first();
    // A placeholder drawn meanwhile is gone: the next round looks again.
    await first.scrollIntoViewIfNeeded({ timeout: 2_000 }).catch(() => undefined);
    await settle();
    await first.waitFor({ state: 'detached', timeout: 1_000 }).catch(() => undefined);
    left = await page.locator(UNDRAWN_CHART).count();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle();
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await drawWholePage(page, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Collects what Chromium reports when the page breaks its Content-Security-Policy (a refused
 * inline style or script, eval, a blocked load), so a spec can require none.
 */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
