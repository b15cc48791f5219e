// How a citizen sees Web Chat in the browser: selectors and waits on Web Chat's own DOM.
import type { Page } from 'playwright-core';

export const SEND_BOX = '[data-id="webchat-sendbox-input"]';
export const SUGGESTED_ACTION = '.webchat__suggested-actions button';
const BOT_BUBBLE = '.webchat__bubble:not(.webchat__bubble--from-user)';
const USER_BUBBLE = '.webchat__bubble--from-user';

export const botBubbles = (page: Page): Promise<string[]> => page.locator(BOT_BUBBLE).allInnerTexts();
export const userBubbles = (page: Page): Promise<string[]> => page.locator(USER_BUBBLE).allInnerTexts();

/** Waits until the assistant has shown more than `count` messages. */
export async function waitForBotMessages(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length > n, count, {
    timeout: 30_000,
  });
  return botBubbles(page);
}

/** Waits until the citizen's message with this text is shown (echoed by the server). */
export async function waitForUserMessage(page: Page, text: string): Promise<void> {
  await page.locator(USER_BUBBLE, { hasText: text }).first().waitFor({ timeout: 30_000 });
}

/** Waits until the assistant has shown more than `count` messages and no more arrive for a moment (an answer's card follows its text). */
export async function waitForBotMessagesToSettle(page: Page, count: number): Promise<string[]> {
  let seen = (await waitForBotMessages(page, count)).length;
  for (let quiet = 0; quiet < 3;) {
    await page.waitForTimeout(250);
    const now = (await botBubbles(page)).length;
    quiet = now === seen ? quiet + 1 : 0;
    seen = now;
  }
  return botBubbles(page);
}
