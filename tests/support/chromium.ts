// Shared launcher for browser tests: Debian's Chromium driven by playwright-core.
// Where Chromium is missing the tests skip and say so, except under CI=true, where that is a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumAvailable = existsSync(CHROMIUM_PATH);

if (!chromiumAvailable) {
  if (process.env.CI === 'true') {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; CI must install it (apt-get install chromium).`);
  }
  console.warn(
    `[browser tests] Chromium not found at ${CHROMIUM_PATH}: skipping. Install it with "apt-get install chromium".`,
  );
}

// These machines have no network: without these flags Chromium keeps trying to reach Google's hosts.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  // Playwright gives every launch a fresh, empty profile of its own.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}
