// The citizen on the Web Chat page of instance A and a staff member in the console of instance B
// (two browser contexts, two server processes sharing Redis): ask for a person, take over by
// keyboard, exchange messages both ways, hand back, and the assistant answers again. The console
// has no axe violations (WCAG 2.1 A/AA) and never renders what a citizen wrote as HTML.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS } from '../helpers/browser-suite';
import { invisibleFocus } from '../helpers/focus';
import { startTestAssistant, TestConversation, type TestAssistant } from '../helpers/harness';
import { startAssistantProcess, type AssistantProcess } from '../helpers/process';
import {
  axeViolations,
  describeViolations,
  describeWithBrowser,
  launchBrowser,
  tabTo,
  watchedPage,
  type WatchedPage,
} from '../helpers/browser';
import { isBotMessage, newToken, TestDirectLineClient } from '../helpers/directline';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../helpers/redis';
import { alwaysOpenMunicipality, StaffClient, staffAccountsFile } from '../helpers/staff';
import { SEND_BOX, waitForBotMessages, waitForUserMessage, botBubbles } from '../helpers/webchat';

jest.setTimeout(120_000);

const PASSWORD = 'anna-sicheres-passwort';
const BEN_PASSWORD = 'ben-sicheres-passwort!';
const HOSTILE = 'Danke <img src=x onerror="window.__xss=1"> **fett** [Klick](https://evil.example/x)';

/** Waits until the assistant's side of the chat (bot bubbles: assistant and staff) shows this text. */
const botSays = (page: Page, text: string | RegExp) =>
  page.locator('.webchat__bubble:not(.webchat__bubble--from-user)', { hasText: text }).first().waitFor({ timeout: 30_000 });

async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(describeViolations(violations)).toBe('');
}

describeWithBrowser('staff console with a citizen on Web Chat', () => {
  describeWithRedis('two instances sharing Redis', () => {
    let a: TestAssistant;
    let b: AssistantProcess;
    let browser: Browser;
    let env: Record<string, string>;
    const watched: WatchedPage[] = [];

    beforeAll(async () => {
      env = {
        REDIS_URL,
        STORE_KEY_PREFIX: uniquePrefix('console-web'),
        MUNICIPALITY_FILE: alwaysOpenMunicipality(),
        STAFF_ACCOUNTS_FILE: await staffAccountsFile(
          { anna: PASSWORD, ben: BEN_PASSWORD },
          { anna: { displayName: 'Anna', office: 'Bürgerbüro' } },
        ),
        STAFF_SESSION_SECRET: 'console-web-test-session-secret-0123456789',
        DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '1000',
      };
      a = await startTestAssistant(env);
      b = await startAssistantProcess(env); // another process: only Redis is shared
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await a?.stop();
      await b?.stop();
    });
    afterEach(() => {
      for (const w of watched.splice(0)) {
        expect(w.foreignRequests).toEqual([]);
        expect(w.problems).toEqual([]);
      }
    });

    /** Anna logged in to the console of instance B, in a watched page of its own. */
    async function annasConsole(viewport?: { width: number; height: number }) {
      const context = await browser.newContext({ locale: 'de-DE', ...(viewport ? { viewport } : {}) });
      const watchedConsole = await watchedPage(context);
      watched.push(watchedConsole);
      const page = watchedConsole.page;
      await page.goto(`${b.url}/staff`);
      await page.locator('#login-name').fill('anna');
      await page.locator('#login-password').fill(PASSWORD);
      await page.keyboard.press('Enter');
      return { context, page };
    }

    it('hands a conversation to staff and back, by keyboard, without accessibility violations', async () => {
      const citizenContext = await browser.newContext({ locale: 'de-DE' });
      const staffContext = await browser.newContext({ locale: 'de-DE' });
      const citizenWatch = await watchedPage(citizenContext);
      const staffWatch = await watchedPage(staffContext);
      watched.push(citizenWatch, staffWatch);
      const citizen = citizenWatch.page;
      const console_ = staffWatch.page;

      // The staff member logs in with the keyboard only (the name field has focus).
      await console_.goto(`${b.url}/staff`);
      await console_.locator('#login-name:focus').waitFor();
      await expectNoAxeViolations(console_);
      // Nothing typed: said, not silently ignored.
      await console_.keyboard.press('Enter');
      await console_.getByText('Bitte geben Sie Ihren Namen und Ihr Passwort ein.').waitFor();
      await console_.locator('#login-name:focus').waitFor();
      await console_.keyboard.type('anna');
      await console_.keyboard.press('Tab');
      await console_.keyboard.type('falsches-passwort');
      await console_.keyboard.press('Enter');
      await console_.getByText('Name oder Passwort ist falsch.').waitFor();
      await expectNoAxeViolations(console_);
      await console_.keyboard.type(PASSWORD); // focus went back to the password field
      await console_.keyboard.press('Enter');
      await console_.getByText(/^Angemeldet: Anna \(/).waitFor();
      await console_.getByText('Niemand wartet.').waitFor();
      await console_.getByText('Sie sind im Live-Chat erreichbar.').waitFor();
      expect(await invisibleFocus(console_)).toEqual([]);

      // The citizen asks for a person on the website.
      await citizen.goto(`${a.url}/`);
      await waitForBotMessages(citizen, 0);
      await citizen.locator(SEND_BOX).fill('Ich möchte mit einem Menschen sprechen');
      await citizen.keyboard.press('Enter');
      await botSays(citizen, /Platz 1 der Warteschlange/);

      // The queue shows it at once (server-sent events), with a summary, and so does the tab's title.
      const card = console_.locator('#queue > li').first();
      await card.waitFor();
      expect(await console_.title()).toBe('(1 wartet) Mitarbeiterkonsole – Bürger-Assistent');
      expect(await card.innerText()).toMatch(
        /Platz 1[\s\S]*möchte mit einem Menschen sprechen[\s\S]*Ich möchte mit einem Menschen sprechen/,
      );
      await expectNoAxeViolations(console_);
      await tabTo(console_, 'Übernehmen');
      await console_.keyboard.press('Enter');
      await console_.locator('#chat-text:focus').waitFor();
      await botSays(citizen, /Sie schreiben jetzt mit Anna \(Bürgerbüro\)/);
      // Taken, the conversation no longer "waits": it says when it was asked for, as every time in the console.
      const summary = await console_.locator('#chat-summary').innerText();
      expect(summary).toMatch(/angefragt am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/);
      expect(summary).not.toMatch(/wartet seit/);
      // The page says who the citizen writes with now: the header and a status bar (announced).
      const live = 'Sie schreiben jetzt mit Anna (Bürgerbüro), einem Menschen aus dem Rathaus.';
      await citizen.locator('.ba-live-status', { hasText: live }).waitFor();
      expect(await citizen.locator('.ba-live-status').getAttribute('role')).toBe('status');
      expect(await citizen.locator('[data-ba-speaker]').innerText()).toBe(live);

      // An empty reply is not sent, and that is said.
      await console_.keyboard.press('Control+Enter');
      await console_.locator('#chat-error', { hasText: 'Bitte schreiben Sie zuerst Ihre Antwort.' }).waitFor();

      // Staff → citizen (Ctrl+Enter sends): Anna's name, her own avatar and bubble, and a screen
      // reader hears her name instead of the assistant's.
      await console_.keyboard.type('Guten Tag, wie kann ich helfen?');
      await console_.keyboard.press('Control+Enter');
      await botSays(citizen, 'Guten Tag, wie kann ich helfen?');
      const fromAnna = citizen.locator('.ba-from-staff', { hasText: 'Guten Tag, wie kann ich helfen?' });
      expect(await fromAnna.locator('.ba-staff-name').innerText()).toBe('Anna (Bürgerbüro)');
      expect(await fromAnna.locator('.ba-staff-avatar').innerText()).toBe('A');
      expect(await citizen.evaluate(() => document.body.textContent)).toContain('Anna (Bürgerbüro) sagte: Guten Tag, wie kann ich helfen?');
      await citizen.screenshot({ path: path.join(SCREENSHOTS, 'live-chat-citizen.png') });
      await expectNoAxeViolations(citizen);

      // The citizen writing is seen in the console.
      await citizen.locator(SEND_BOX).pressSequentially('Ich hätte');
      await console_.locator('#chat-typing', { hasText: 'Die Bürgerin oder der Bürger schreibt' }).waitFor();
      expect(await console_.title()).toBe('Mitarbeiterkonsole – Bürger-Assistent');

      // Citizen → staff; what the citizen wrote stays text.
      await citizen.locator(SEND_BOX).fill(HOSTILE);
      await citizen.keyboard.press('Enter');
      await waitForUserMessage(citizen, 'Danke');
      const line = console_.locator('#chat-log p', { hasText: 'onerror' });
      await line.waitFor();
      // With the time it was written (Rathaus time), as text only.
      expect(await line.innerText()).toMatch(/^\d{2}:\d{2} Bürger\/in: /);
      expect((await line.innerText()).replace(/^\d{2}:\d{2} /, '')).toBe(`Bürger/in: ${HOSTILE}`);
      expect(await console_.locator('#chat-log img, #chat-log a, #chat-log strong').count()).toBe(0);
      await console_.locator('#chat').screenshot({ path: path.join(SCREENSHOTS, 'live-chat-console.png') });
      expect(await console_.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

      // A prepared answer, chosen and sent by keyboard; what the clerk typed before stays in front of it.
      await console_.locator('#chat-text').fill('Gern geschehen.');
      await tabTo(console_, 'Einfügen');
      await console_.keyboard.press('Shift+Tab');
      await console_.keyboard.press('End'); // the last prepared answer
      await console_.keyboard.press('Tab');
      await console_.keyboard.press('Enter');
      expect(await console_.locator('#chat-text').inputValue()).toMatch(/^Gern geschehen\. .*Alles Gute!/s);
      await console_.keyboard.press('Control+Enter');
      await botSays(citizen, /Alles Gute!/);
      await expectNoAxeViolations(console_);

      // Hand back with a reply typed but not sent: asked first; declined, the reply and the chat stay.
      await console_.locator('#chat-text').fill('Moment, ich schaue nach');
      const asked = console_.waitForEvent('dialog');
      void console_.locator('#handback').click();
      const question = await asked;
      expect(question.message()).toBe('Ihre Antwort ist noch nicht gesendet. Das Gespräch trotzdem abgeben?');
      await question.dismiss();
      expect(await console_.locator('#chat-text').inputValue()).toBe('Moment, ich schaue nach');
      expect(await console_.locator('#chat').isVisible()).toBe(true);
      await console_.locator('#chat-text').fill('');

      // Hand back: the citizen is told, and the assistant answers again.
      await tabTo(console_, 'An den Assistenten zurückgeben');
      await console_.keyboard.press('Enter');
      await console_.getByText('Das Gespräch ist wieder beim Assistenten.').waitFor();
      await botSays(citizen, /wieder mit dem digitalen Assistenten/);
      const before = (await botBubbles(citizen)).length;
      await citizen.locator(SEND_BOX).fill('Wann hat das Rathaus geöffnet?');
      await citizen.keyboard.press('Enter');
      const after = await waitForBotMessages(citizen, before);
      expect(after.slice(before).join('\n')).toMatch(/Öffnungszeiten|geöffnet/);
      expect(await console_.locator('#chat').isHidden()).toBe(true);
      expect(await citizen.locator('.ba-live-back').isVisible()).toBe(false);
      expect(await citizen.locator('[data-ba-speaker]').innerText()).toBe(
        'Sie schreiben mit einem automatischen Programm, nicht mit einem Menschen.',
      );

      // Once more, and this time the citizen leaves with the button of the live chat, by keyboard.
      await citizen.locator(SEND_BOX).fill('Mitarbeiter bitte');
      await citizen.keyboard.press('Enter');
      await botSays(citizen, /Platz 1 der Warteschlange/);
      await console_.locator('#queue > li').first().waitFor();
      await tabTo(console_, 'Übernehmen');
      await console_.keyboard.press('Enter');
      await citizen.locator('.ba-live-back').waitFor();
      // Logging out with the chat open is asked first; declined, the clerk and the chat stay (trial 43).
      await console_.locator('#mine > li').first().waitFor();
      const leaving = console_.waitForEvent('dialog');
      void console_.locator('#logout').click();
      const logout = await leaving;
      expect(logout.message()).toBe(
        'Sie haben ein laufendes Gespräch. Beim Abmelden kommen die Bürgerinnen und Bürger zurück in die Warteschlange. Trotzdem abmelden?',
      );
      await logout.dismiss();
      expect(await console_.locator('#chat').isVisible()).toBe(true);
      await citizen.locator(SEND_BOX).focus();
      await tabTo(citizen, 'Zurück zum Assistenten', true);
      await citizen.keyboard.press('Enter');
      await botSays(citizen, /Sie haben das Gespräch mit dem Rathaus beendet/);
      await citizen.locator('.ba-live-back').waitFor({ state: 'hidden' });
      expect(await citizen.locator('[data-ba-speaker]').innerText()).toMatch(/^Sie schreiben mit einem automatischen Programm/);

      await citizenContext.close();
      await staffContext.close();
    });

    it('shows a colleague\'s words in a chat taken over by her name, not as the clerk\'s own (trial 48: "Sie:")', async () => {
      const ben = new StaffClient(b.url);
      expect((await ben.login('ben', BEN_PASSWORD)).status).toBe(200);
      await ben.connect();
      const { token, conversationId } = await newToken(a.url);
      const citizen = new TestDirectLineClient({ baseUrl: a.url, token, webSocket: true });
      await citizen.waitFor(isBotMessage); // the welcome
      await citizen.post({ text: 'Ich möchte mit einem Menschen sprechen' });
      await citizen.waitFor((x) => isBotMessage(x) && /Platz 1/.test((x as { text?: string }).text ?? ''));
      const id = encodeURIComponent(conversationId);
      expect((await ben.request('POST', `/conversations/${id}/take`)).status).toBe(200);
      expect((await ben.request('POST', `/conversations/${id}/messages`, { text: 'Mein herzliches Beileid.' })).status).toBe(200);
      expect((await ben.request('POST', '/conversations/requeue-mine')).body).toEqual({ requeued: 1 });
      ben.disconnect();
      const { page, context } = await annasConsole();
      await page.locator('#queue > li button', { hasText: 'Übernehmen' }).first().click();
      const line = page.locator('#chat-log p', { hasText: 'Mein herzliches Beileid.' });
      await line.waitFor();
      expect((await line.locator('.who').innerText()).trim()).toBe('ben:');
      await page.locator('#chat-text').fill('Ich bin jetzt für Sie da.');
      await page.keyboard.press('Control+Enter');
      await page.locator('#chat-log p', { hasText: 'Ich bin jetzt für Sie da.' }).locator('.who', { hasText: 'Sie:' }).waitFor();
      // Ended, so that the next test's logout finds no live chat.
      const annaApi = new StaffClient(b.url);
      expect((await annaApi.login('anna', PASSWORD)).status).toBe(200);
      expect((await annaApi.request('POST', `/conversations/${id}/close`)).status).toBe(200);
      await context.close();
      citizen.end();
    });

    it('lists a request made on the other instance while the console is open, without a reload', async () => {
      const { context, page } = await annasConsole();
      await page.locator('#cases-count').waitFor();
      // Anna works further down the page.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      // A citizen on instance A asks for a call-back from Anna's office (her list shows it first).
      const c = a.conversation();
      for (const said of ['Rückruf anfordern', 'Frage zu meinem Reisepass', 'Erika Muster', 'Telefon', '06029 12345', 'vormittags', 'Ja'])
        await c.say(said);
      const done = (await c.say('Absenden')).map((r) => r.text ?? '').join('\n');
      const reference = /MOE-\d{4}-\d{5}/.exec(done)![0];
      await page.locator(`#cases button[data-reference="${reference}"]`).waitFor({ timeout: 15_000 });
      await page.locator('#status', { hasText: 'Eine neue Anfrage ist eingegangen.' }).waitFor();
      // Said where she looks, not at the top of a long page.
      const box = (await page.locator('#status').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);

      // Logging out leaves nothing of her work for the next person at this computer: a fresh page.
      await page.locator(`#cases button[data-reference="${reference}"]`).click();
      await page.locator('#case-note').fill('Frau Muster zurückrufen');
      await page.locator('#logout').click();
      await page.locator('#login-name').waitFor();
      expect(
        await page
          .locator('#case-note')
          .inputValue()
          .catch(() => ''),
      ).toBe('');
      expect(await page.locator('body').innerText()).not.toContain(reference);
      await context.close();
    });

    it('counts a waiting citizen’s minutes on while the queue’s card stays on the screen, also when the queue is drawn again', async () => {
      const { context, page } = await annasConsole();
      await page.getByText(/^Angemeldet: Anna \(/).waitFor();
      // The page's clock is Playwright's, so that minutes can pass in a moment.
      await page.clock.install();
      await page.reload();
      // Citizens reach her once the reloaded page's connection stands; before that they would be offered a call-back.
      await page.getByText('Sie sind im Live-Chat erreichbar.').waitFor();
      await a.conversation().say('Ich möchte mit einem Menschen sprechen wegen meiner Hecke');
      const card = page.locator('#queue > li', { hasText: 'wegen meiner Hecke' });
      await card.getByText('wartet seit weniger als 1 Min.').waitFor();
      // Nothing else happens in the queue: only the time passes.
      await page.clock.fastForward('04:10');
      await card.getByText('wartet seit 4 Min.').waitFor();
      // A second citizen draws the queue again: the first one's minutes stay (the server's own clock has not moved).
      await a.conversation().say('Ich möchte mit einem Menschen sprechen wegen der Müllgebühr');
      await page.locator('#queue > li', { hasText: 'wegen der Müllgebühr' }).getByText('wartet seit weniger als 1 Min.').waitFor();
      expect(await card.innerText()).toContain('wartet seit 4 Min.');
      await context.close();
    });

    /** A citizen on the page at `path` who asks for a person `about` something, and Anna's console that takes the chat. */
    async function takenByAnna(path: string, about: string) {
      const { context, page } = await annasConsole();
      await page.getByText('Sie sind im Live-Chat erreichbar.').waitFor();
      const citizenContext = await browser.newContext({ locale: 'de-DE' });
      const citizenWatch = await watchedPage(citizenContext);
      watched.push(citizenWatch);
      const citizen = citizenWatch.page;
      await citizen.goto(`${a.url}${path}`);
      await waitForBotMessages(citizen, 0);
      await citizen.locator(SEND_BOX).fill(`Ich möchte mit einem Menschen sprechen ${about}`);
      await citizen.keyboard.press('Enter');
      // (Another test's citizen may still wait: this one's card.)
      await page.locator('#queue > li', { hasText: about }).getByRole('button', { name: 'Übernehmen' }).click();
      return { context, page, citizen, citizenContext };
    }

    it('tells a citizen in Leichte Sprache in Leichte Sprache who writes with them, and when the assistant is back (trial 37: plain German)', async () => {
      const { context, page, citizen, citizenContext } = await takenByAnna('/?sprache=ls', 'über den Kindergarten');
      await citizen
        .locator('.ba-live-status', { hasText: 'Sie schreiben jetzt mit Anna (Bürgerbüro). Das ist ein Mensch aus dem Rathaus.' })
        .waitFor();
      // A prepared answer goes in in Leichte Sprache.
      await page.locator('#prepared').selectOption({ label: 'Moment bitte' });
      await page.getByRole('button', { name: 'Einfügen' }).click();
      expect(await page.locator('#chat-text').inputValue()).toBe('Bitte warten Sie kurz.\nIch sehe für Sie nach.');
      await page.locator('#chat-text').fill('');
      await page.getByRole('button', { name: 'An den Assistenten zurückgeben' }).click();
      await citizen
        .locator('.ba-live-status', { hasText: 'Jetzt schreiben Sie wieder mit dem Computer·helfer.' })
        .waitFor({ state: 'attached' });
      await citizenContext.close();
      await context.close();
    });

    it('says who writes with the citizen in English once they switch to English during the live chat (trial 39: the bar stayed German)', async () => {
      const { context, page, citizen, citizenContext } = await takenByAnna('/', 'wegen der Zweitwohnung');
      await citizen.locator('.ba-live-status', { hasText: 'Sie schreiben jetzt mit Anna (Bürgerbüro)' }).waitFor();
      // The page's own language switch (the header's buttons).
      await citizen.getByRole('button', { name: 'English', exact: true }).click();
      await citizen
        .locator('.ba-live-status', { hasText: 'You are now writing with Anna (Bürgerbüro), a person from the town hall.' })
        .waitFor();
      expect(await citizen.locator('.ba-live-back').textContent()).toBe('Back to the assistant');
      // No buttons of the assistant's own services while a person has the chat (they would only reach the clerk).
      await citizen.getByText('I will write in English from now on.').first().waitFor();
      expect(await citizen.getByRole('button', { name: 'Opening hours' }).count()).toBe(0);
      // The clerk reads that the citizen reads English now.
      await page.locator('#chat-log', { hasText: 'Die Bürgerin oder der Bürger liest jetzt auf Englisch' }).waitFor();
      // A prepared answer goes in in English (trial 42: the German goodbye had reached an English chat).
      await page.locator('#prepared').selectOption({ label: 'Verabschiedung' });
      await page.getByRole('button', { name: 'Einfügen' }).click();
      expect(await page.locator('#chat-text').inputValue()).toBe(
        'You are welcome. I will now hand you back to the digital assistant. All the best!',
      );
      await citizenContext.close();
      await context.close();
    });

    it('tells the clerk while citizens cannot reach her because the connection broke, and when they can again', async () => {
      // An instance of its own (its own keys in Redis), stopped and started again on the same port.
      const own = { ...env, STORE_KEY_PREFIX: uniquePrefix('console-reach') };
      let c = await startAssistantProcess(own);
      const context = await browser.newContext({ locale: 'de-DE' });
      const page = await context.newPage();
      await page.goto(`${c.url}/staff`);
      await page.locator('#login-name').fill('anna');
      await page.locator('#login-password').fill(PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByText('Sie sind im Live-Chat erreichbar.').waitFor();
      const port = c.port;
      await c.stop();
      await page.getByText('Verbindung zum Live-Chat unterbrochen.', { exact: false }).waitFor();
      try {
        c = await startAssistantProcess({ ...own, PORT: String(port) });
        // The browser connects again by itself; her session lives in the store, so she stays logged in.
        await page.getByText('Sie sind im Live-Chat erreichbar.').waitFor({ timeout: 30_000 });
        // And a citizen who asks for a person now waits for her, instead of being offered a call-back.
        const asked = await new TestConversation(c.url).say('Ich möchte mit einem Menschen sprechen');
        expect(asked.map((r) => r.text).join('\n')).toMatch(/Platz 1 der Warteschlange/);
      } finally {
        await context.close();
        await c.stop();
      }
    });

    it('reflows at 320 px (and so at 400 % zoom of 1280 px) without horizontal scrolling or violations', async () => {
      const { context, page } = await annasConsole({ width: 320, height: 640 });
      await page.getByText(/^Angemeldet: Anna \(/).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // The parts of the console one jump away, those of her role only.
      expect(await page.locator('#sections li:not([hidden])').allInnerTexts()).toEqual(['Warteschlange', 'Anfragen']);
      await expectNoAxeViolations(page);
      await context.close();
    });
  });
});
