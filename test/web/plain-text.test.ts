// What a citizen writes is shown as text in Web Chat, never as markup: markdown emphasis and
// links, HTML tags and script stay literal characters, in the citizen's own (server-echoed)
// message and where the assistant repeats it (the summary of a request). Real headless Chromium.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestAssistant, type TestAssistant } from '../helpers/harness';
import { describeWithBrowser, launchBrowser, watchedPage, type WatchedPage } from '../helpers/browser';
import { botBubbles, SEND_BOX, SUGGESTED_ACTION, userBubbles, waitForBotMessages } from '../helpers/webchat';

// A real browser loading the 3.9 MB Web Chat bundle on a shared CI machine needs more than the default.
jest.setTimeout(90_000);

const HOSTILE = '**fett** [Klick](https://evil.example/x) <img src=x onerror="window.__xss=1"> <script>window.__xss=1</script> Ende';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describeWithBrowser('citizen text in Web Chat', () => {
  let assistant: TestAssistant;
  let browser: Browser;
  let context: BrowserContext;
  let watched: WatchedPage;

  beforeAll(async () => {
    assistant = await startTestAssistant({
      DIRECTLINE_TOKEN_SECRET: 'browser-test-secret-0123456789abcdef',
      DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '1000',
    });
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'de-DE' });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await assistant?.stop();
  });

  /** Sends a text with the send box and waits for the assistant's answer to it. */
  const say = async (page: Page, text: string) => {
    const before = (await botBubbles(page)).length;
    await page.locator(SEND_BOX).fill(text);
    await page.keyboard.press('Enter');
    return waitForBotMessages(page, before);
  };
  const click = async (page: Page, title: string) => {
    const before = (await botBubbles(page)).length;
    await page.locator(SUGGESTED_ACTION, { hasText: title }).first().click();
    return waitForBotMessages(page, before);
  };

  it('shows markdown, HTML and script from the citizen literally, also when the assistant repeats it', async () => {
    watched = await watchedPage(context);
    const { page } = watched;
    await page.goto(`${assistant.url}/`);
    await waitForBotMessages(page, 0);

    await say(page, 'Rückruf anfordern');
    await say(page, HOSTILE);
    await say(page, 'Erika Muster');
    await click(page, 'Telefon');
    await say(page, '06029 1234');
    await say(page, 'vormittags');
    const replies = await click(page, 'Ja');
    expect(flat(replies.at(-1)!)).toContain(`Anliegen: ${HOSTILE}`);

    // The citizen's own message, as echoed by the server, is the literal text.
    expect((await userBubbles(page)).map(flat)).toContain(HOSTILE);

    // Nothing of it became an element or ran.
    const effects = await page.evaluate(() => ({
      links: [...document.querySelectorAll('a')].filter((a) => a.href.includes('evil.example')).length,
      images: [...document.querySelectorAll('img')].filter((img) => img.getAttribute('src') === 'x').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('__xss')).length,
      emphasis: [...document.querySelectorAll('strong, b, em')].filter((el) => (el.textContent ?? '').includes('fett')).length,
      xss: (window as unknown as { __xss?: unknown }).__xss,
    }));
    expect(effects).toEqual({ links: 0, images: 0, scripts: 0, emphasis: 0, xss: undefined });
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.problems).toEqual([]);
  });
});
