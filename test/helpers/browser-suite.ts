// The setup every citizen-page suite shares: a real assistant whose Direct Line hands out tokens
// without the per-address limit (all tests come from 127.0.0.1) and one headless Chromium, both
// started before the suite's tests and stopped after them.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser } from './browser';
import { startTestAssistant, type TestAssistant } from './harness';

export const SCREENSHOTS = path.resolve(__dirname, '../../test-output/screenshots');

export interface BrowserSuite {
  readonly assistant: TestAssistant;
  readonly browser: Browser;
}

type Env = Record<string, string>;

/**
 * Registers beforeAll/afterAll hooks; the returned object's fields are set once they ran. `env`
 * may be a function when it needs awaiting (a staff accounts file).
 */
export function assistantWithBrowser(env: Env | (() => Promise<Env>) = {}): BrowserSuite {
  const suite = {} as { assistant: TestAssistant; browser: Browser };
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    suite.assistant = await startTestAssistant({
      DIRECTLINE_TOKEN_SECRET: 'browser-test-secret-0123456789abcdef',
      DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '1000',
      ...(typeof env === 'function' ? await env() : env),
    });
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.assistant?.stop();
  });
  return suite;
}

/** axe-core finds no WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(describeViolations(await axeViolations(page))).toBe('');
}
