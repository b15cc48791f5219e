// The citizen page in real headless Chromium: a conversation with the assistant, the buttons,
// reload continuity, keyboard only, screen-reader announcements, small screens and zoom, and
// axe-core (WCAG 2.1 A/AA) — with no request to any third party and no CSP violation.
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { startTestAssistant, type TestAssistant } from '../helpers/harness';
import { axeViolations, describeViolations, describeWithBrowser, launchBrowser, watchedPage, type WatchedPage } from '../helpers/browser';
import { SCREENSHOTS } from '../helpers/browser-suite';
import { samePixels } from '../helpers/images';
import {
  botBubbles,
  SEND_BOX,
  SUGGESTED_ACTION,
  userBubbles,
  waitForBotMessages,
  waitForBotMessagesToSettle,
  waitForUserMessage,
} from '../helpers/webchat';

// A real browser loading the 3.9 MB Web Chat bundle on a shared CI machine needs more than the default.
jest.setTimeout(90_000);

// A real 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describeWithBrowser('citizen page', () => {
  let assistant: TestAssistant;
  let browser: Browser;
  let context: BrowserContext;
  const watched: WatchedPage[] = [];

  beforeAll(async () => {
    assistant = await startTestAssistant({
      DIRECTLINE_TOKEN_SECRET: 'browser-test-secret-0123456789abcdef',
      DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '1000',
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await assistant?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'de-DE' });
  });
  afterEach(async () => {
    // Whatever a test did, the citizen's browser talked to our server only and broke no CSP rule.
    for (const w of watched.splice(0)) {
      expect(w.foreignRequests).toEqual([]);
      expect(w.problems).toEqual([]);
    }
    await context.close();
  });

  const open = async (viewport = { width: 1280, height: 800 }) => {
    const w = await watchedPage(context);
    watched.push(w);
    await w.page.setViewportSize(viewport);
    await w.page.goto(`${assistant.url}/`);
    return w.page;
  };

  it('greets, answers a question, answers a click on a suggestion, and keeps the conversation over a reload', async () => {
    const page = await open();
    const [welcome] = await waitForBotMessages(page, 0);
    expect(welcome).toMatch(/kein Mensch/);
    expect(await page.locator(SUGGESTED_ACTION).count()).toBeGreaterThan(0);

    await page.locator(SEND_BOX).fill('Wo kann ich meinen Personalausweis beantragen?');
    await page.keyboard.press('Enter');
    await waitForUserMessage(page, 'Personalausweis beantragen');
    await waitForBotMessages(page, 1);

    const button = page.locator(SUGGESTED_ACTION).first();
    const title = (await button.innerText()).trim();
    expect(title).not.toBe('');
    await button.click();
    await waitForUserMessage(page, title);
    const afterClick = await waitForBotMessagesToSettle(page, 2);

    await page.reload();
    const again = await waitForBotMessagesToSettle(page, afterClick.length - 1);
    expect(again).toEqual(afterClick);
    expect(await userBubbles(page)).toEqual([expect.stringContaining('Personalausweis beantragen'), expect.stringContaining(title)]);
    expect((await botBubbles(page)).filter((t) => /kein Mensch/.test(t))).toHaveLength(1);
  });

  it('has no WCAG 2.1 A/AA violations, on opening and after a conversation with buttons', async () => {
    const page = await open();
    await waitForBotMessages(page, 0);
    let violations = await axeViolations(page);
    expect(describeViolations(violations)).toBe('');

    await page.locator(SEND_BOX).fill('Hallo');
    await page.keyboard.press('Enter');
    await waitForBotMessages(page, 1);
    await page.locator(SUGGESTED_ACTION).first().click();
    await waitForBotMessages(page, 2);
    violations = await axeViolations(page);
    expect(describeViolations(violations)).toBe('');
  });

  it('leaves the conversation most of a short window: at 200 % zoom of 1280 × 900 the notice is one line to open (trial 37)', async () => {
    const page = await open({ width: 640, height: 450 });
    await waitForBotMessages(page, 0);
    expect(await page.locator('#ba-privacy').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    const header = await page.locator('.ba-header').boundingBox();
    expect(header!.height).toBeLessThan(450 * 0.3);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'citizen-zoom-200.png') });
    // A tall desktop window still shows it open.
    const tall = await open({ width: 1280, height: 900 });
    expect(await tall.locator('#ba-privacy').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
  });

  it('keeps a message over the length limit in the send box with a reason, instead of refusing it after sending (trial 37)', async () => {
    const page = await open();
    await waitForBotMessages(page, 0);
    const long = 'Sehr geehrte Damen und Herren, '.repeat(70);
    await page.locator(SEND_BOX).fill(long);
    await page.keyboard.press('Enter');
    await page.locator('.webchat__toaster', { hasText: `Ihre Nachricht hat ${long.length} Zeichen und wurde nicht gesendet.` }).waitFor();
    expect(await page.locator(SEND_BOX).inputValue()).toBe(long);
    // On a phone the reason is read whole, not cut off after its second line (trial 45).
    const phone = await open({ width: 390, height: 844 });
    await waitForBotMessages(phone, 0);
    await phone.locator(SEND_BOX).fill(long);
    await phone.keyboard.press('Enter');
    const toaster = phone.locator('.webchat__toaster', { hasText: 'höchstens 2000 Zeichen.' });
    await toaster.waitFor();
    const shown = await toaster.evaluate((el) => {
      const text = el.querySelector('.webchat__toast__text')!.getBoundingClientRect();
      return text.bottom <= el.getBoundingClientRect().bottom + 1;
    });
    expect(shown).toBe(true);
    expect(await userBubbles(page)).toEqual([]);
    // Shortened, it is sent, and the reason is gone.
    await page.locator(SEND_BOX).fill('Was kostet ein Personalausweis?');
    await page.keyboard.press('Enter');
    await waitForUserMessage(page, 'Was kostet ein Personalausweis?');
    await page.locator('.webchat__toaster', { hasText: 'wurde nicht gesendet' }).waitFor({ state: 'detached' });
  });

  it('works by keyboard alone and announces new messages to screen readers', async () => {
    const page = await open();
    await waitForBotMessages(page, 0);
    // From the top of the page, Tab reaches the send box.
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, SEND_BOX);
    }
    expect(reached).toBe(true);
    await page.keyboard.type('Ich habe eine Frage zur Hundesteuer');
    await page.keyboard.press('Enter');
    await waitForUserMessage(page, 'Hundesteuer');
    const replies = await waitForBotMessages(page, 1);
    // The answer's text (a card may follow it in a bubble of its own).
    const reply = replies[1]!.replace(/\s+/g, ' ').trim().slice(0, 40);

    // The reply is put into a polite live region, which screen readers read out.
    await page.waitForFunction(
      (text) =>
        [...document.querySelectorAll('[aria-live="polite"]')].some((el) => (el.textContent ?? '').replace(/\s+/g, ' ').includes(text)),
      reply,
      { timeout: 5_000 },
    );

    // Shift+Tab back from the send box reaches a suggestion; Enter chooses it.
    let onSuggestion = false;
    for (let i = 0; i < 6 && !onSuggestion; i++) {
      await page.keyboard.press('Shift+Tab');
      onSuggestion = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, SUGGESTED_ACTION);
    }
    expect(onSuggestion).toBe(true);
    const title = (await page.evaluate(() => (document.activeElement as HTMLElement).innerText)).trim();
    await page.keyboard.press('Enter');
    await waitForUserMessage(page, title);
    await waitForBotMessages(page, replies.length);
  });

  it('sends a photo as soon as it is chosen and shows it from our server', async () => {
    const page = await open();
    await waitForBotMessages(page, 0);
    // The upload answers after the turn it starts, so its echo may be shown first: wait for both.
    const uploaded = page.waitForResponse((res) => /\/upload\?/.test(res.url()), { timeout: 30_000 });
    // Choosing the file sends it (no second step with "Senden").
    await page.locator('input[type="file"]').setInputFiles({ name: 'schlagloch.png', mimeType: 'image/png', buffer: PNG });
    // The echoed message shows the stored photo through our server (signed link).
    const image = page.locator('.webchat__bubble--from-user img[src*="/files/"]').first();
    await image.waitFor({ timeout: 30_000 });
    expect((await uploaded).status()).toBe(200);
    const src = (await image.getAttribute('src'))!;
    expect(src).toMatch(new RegExp(`^${assistant.url}/files/[0-9a-f-]{36}\\?sig=`));
    const fetched = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get('content-type'), bytes: [...new Uint8Array(await res.arrayBuffer())] };
    }, src);
    expect(fetched).toMatchObject({ status: 200, type: 'image/png' });
    // Stored re-encoded (without metadata): the same picture, not the same bytes.
    expect(await samePixels(Buffer.from(fetched.bytes), PNG)).toBe(true);
    await waitForBotMessages(page, 1);
  });

  it.each([
    ['320 px wide (a small phone)', { width: 320, height: 640 }],
    ['at 200 % zoom (1280 × 800 shown as 640 × 400)', { width: 640, height: 400 }],
  ])('is usable %s: no horizontal scrolling, send box and buttons in view, no violations', async (_name, viewport) => {
    const page = await open(viewport);
    await waitForBotMessages(page, 0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.locator(SEND_BOX).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    const suggestion = await page.locator(SUGGESTED_ACTION).first().boundingBox();
    expect(suggestion!.x + suggestion!.width).toBeLessThanOrEqual(viewport.width);
    await page.locator(SEND_BOX).fill('Frage');
    await page.keyboard.press('Enter');
    await waitForBotMessages(page, 1);
    expect(describeViolations(await axeViolations(page))).toBe('');
  });
});
