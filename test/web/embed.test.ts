// The embed snippet on a plain page of "the town's website" (another origin): one <script> tag,
// a launcher, Web Chat loaded only on opening, an accessible dialog that works by keyboard.
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { startTestAssistant, type TestAssistant } from '../helpers/harness';
import { axeViolations, describeViolations, describeWithBrowser, launchBrowser, watchedPage, type WatchedPage } from '../helpers/browser';
import { invisibleFocus } from '../helpers/focus';
import { SEND_BOX, SUGGESTED_ACTION, waitForBotMessages, waitForUserMessage } from '../helpers/webchat';

// A real browser loading the 3.9 MB Web Chat bundle on a shared CI machine needs more than the default.
jest.setTimeout(90_000);

describeWithBrowser('embed snippet on the town website', () => {
  let site: Server;
  let siteUrl: string;
  let assistant: TestAssistant;
  let browser: Browser;
  let context: BrowserContext;
  let watched: WatchedPage | undefined;

  /** A page of "the town's website" on its own origin: its own content and the one tag. */
  const townSite = async (): Promise<{ server: Server; url: string }> => {
    const server = createServer((req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Markt Mömbris</title><link rel="icon" href="data:,"></head>
<body><header><h1>Markt Mömbris</h1></header><main><p>Willkommen auf der Website des Marktes.</p><a href="/impressum">Impressum</a></main>
<script src="${assistantUrlFor(req.headers.host!)}/embed.js" defer></script></body></html>`);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  };

  beforeAll(async () => {
    ({ server: site, url: siteUrl } = await townSite());
    assistant = await startTestAssistant({
      DIRECTLINE_TOKEN_SECRET: 'embed-test-secret-0123456789abcdef0123',
      DIRECTLINE_CORS_ORIGINS: siteUrl,
      DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '1000',
    });
    browser = await launchBrowser();
  });
  // The page is served before the assistant's port is known; it is filled in per request.
  const assistantUrlFor = (_host: string) => assistant.url;

  afterAll(async () => {
    await browser?.close();
    await assistant?.stop();
    site?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'de-DE' });
  });
  afterEach(async () => {
    if (watched) {
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.problems).toEqual([]);
    }
    await context.close();
  });

  const openSite = async () => {
    watched = await watchedPage(context);
    const requests: string[] = [];
    watched.page.on('request', (r) => requests.push(r.url()));
    await watched.page.goto(siteUrl);
    const launcher = watched.page.locator('.ba-launcher');
    await launcher.waitFor();
    return { page: watched.page, launcher, requests };
  };

  it('opens by keyboard, loads Web Chat only then, converses, and Esc returns focus to the launcher', async () => {
    const { page, launcher, requests } = await openSite();
    expect(requests.some((url) => url.includes('webchat.js'))).toBe(false);
    expect(await launcher.getAttribute('aria-haspopup')).toBe('dialog');

    // Tab from the page's own link reaches the launcher; Enter opens the dialog.
    await page.locator('a[href="/impressum"]').focus();
    await page.keyboard.press('Tab');
    expect(await launcher.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Digitaler Assistent/ });
    await dialog.waitFor();
    await waitForBotMessages(page, 0);
    expect(requests.some((url) => url.includes('webchat.js'))).toBe(true);

    // Focus is in the send box: the citizen types right away.
    await page.waitForFunction((sel) => document.activeElement?.matches(sel), SEND_BOX, { timeout: 5_000 });
    await page.keyboard.type('Was kostet die Hundesteuer?');
    await page.keyboard.press('Enter');
    await waitForUserMessage(page, 'Hundesteuer');
    const replies = await waitForBotMessages(page, 1);
    await page.locator(SUGGESTED_ACTION).first().click();
    await waitForBotMessages(page, replies.length);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await launcher.evaluate((el) => el === document.activeElement)).toBe(true);

    // Reopening shows the same conversation without loading Web Chat again.
    const loads = requests.filter((url) => url.includes('webchat.js')).length;
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect((await page.locator('.webchat__bubble--from-user').allInnerTexts()).join('\n')).toContain('Hundesteuer');
    expect(requests.filter((url) => url.includes('webchat.js')).length).toBe(loads);
    // The "Schließen" button closes it as well.
    await page.getByRole('button', { name: 'Schließen', exact: true }).first().click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await launcher.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('has no WCAG 2.1 A/AA violations with the launcher and in the opened widget after a conversation', async () => {
    const { page, launcher } = await openSite();
    expect(describeViolations(await axeViolations(page))).toBe('');
    await launcher.click();
    await waitForBotMessages(page, 0);
    await page.locator(SEND_BOX).fill('Hallo');
    await page.keyboard.press('Enter');
    await waitForBotMessages(page, 1);
    expect(describeViolations(await axeViolations(page))).toBe('');
    // The dialog is modal: Tab moves through the widget only, and every focus is visible.
    expect(await invisibleFocus(page)).toEqual([]);
  });

  it('on a website the IT has not allowed yet: the citizen gets the phone number, the log names the setting, /embed/check says so', async () => {
    const stranger = await townSite();
    try {
      watched = await watchedPage(context);
      // The browser's CORS error is expected here; it is what the citizen would otherwise be left with.
      watched.page.on('console', () => undefined);
      for (let attempt = 0; attempt < 2; attempt++) {
        await watched.page.goto(stranger.url);
        await watched.page.locator('.ba-launcher').click();
        const error = watched.page.getByRole('alert');
        await error.waitFor();
        expect(await error.innerText()).toMatch(/nicht erreichbar.*Telefon 06029 705-0/s);
      }
      // Once per origin, with what to do.
      const lines = assistant.logs.filter((line) => line.includes(stranger.url));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/DIRECTLINE_CORS_ORIGINS/);
      watched = undefined;

      const check = async (origin: string) => fetch(`${assistant.url}/embed/check?origin=${encodeURIComponent(origin)}`);
      expect(await (await check(stranger.url)).json()).toMatchObject({
        origin: stranger.url,
        allowed: false,
        fix: expect.stringContaining('DIRECTLINE_CORS_ORIGINS'),
      });
      expect(await (await check(siteUrl)).json()).toMatchObject({ origin: siteUrl, allowed: true });
      expect((await check('https://www.example.de/pfad')).status).toBe(400);
    } finally {
      stranger.server.close();
    }
  });

  it('fits a 320 px screen and respects prefers-reduced-motion', async () => {
    await context.close();
    context = await browser.newContext({ locale: 'de-DE', viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
    const { page, launcher } = await openSite();
    expect(await launcher.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    await launcher.click();
    await waitForBotMessages(page, 0);
    const dialogBox = await page.locator('.ba-dialog').boundingBox();
    expect(dialogBox!.x).toBeGreaterThanOrEqual(0);
    expect(dialogBox!.x + dialogBox!.width).toBeLessThanOrEqual(320);
    const sendBox = await page.locator(SEND_BOX).boundingBox();
    expect(sendBox!.x + sendBox!.width).toBeLessThanOrEqual(320);
    expect(sendBox!.y + sendBox!.height).toBeLessThanOrEqual(640);

    // Without the preference the launcher animates (so the check above can fail).
    const moving = await browser.newContext({ reducedMotion: 'no-preference' });
    const other = await moving.newPage();
    await other.goto(siteUrl);
    expect(await other.locator('.ba-launcher').evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
    await moving.close();
  });
});
