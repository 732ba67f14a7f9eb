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
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
