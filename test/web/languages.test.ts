// The citizen page in English and in Leichte Sprache, as a person meets it: the header's language
// switch and the address setting (?sprache=ls), Web Chat's own strings in the language, the
// assistant's answers in it, the page around the chat following, no accessibility violation.
import path from 'node:path';
import { describeWithBrowser, watchedPage } from '../helpers/browser';
import { assistantWithBrowser, expectNoAxeViolations, SCREENSHOTS } from '../helpers/browser-suite';
import { SEND_BOX, waitForBotMessagesToSettle } from '../helpers/webchat';
import { en } from '../../knowledge/texts/en';
import { ls } from '../../knowledge/texts/ls';
import { loadMunicipality } from '../../knowledge/municipality';
import { defineFlows } from '../../dialogs/flows';

jest.setTimeout(180_000);

const VIEWPORTS = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
] as const;

describeWithBrowser('the citizen page in other languages', () => {
  const suite = assistantWithBrowser();

  it.each(VIEWPORTS)('on a %s: the English button switches the chat, Web Chat and the page to English', async (name, viewport) => {
    const context = await suite.browser.newContext({ locale: 'de-DE', viewport });
    const { page, foreignRequests, problems } = await watchedPage(context);
    await page.goto(`${suite.assistant.url}/`);
    const before = (await waitForBotMessagesToSettle(page, 0)).length;
    await expect(page.locator(SEND_BOX).getAttribute('placeholder')).resolves.not.toBe('Type your message');

    await page.getByRole('button', { name: 'English' }).first().click();
    await page.locator('.webchat__bubble', { hasText: en.language.switched }).waitFor();
    // Web Chat's own strings, the page around it and its language attribute are English.
    await expect(page.locator(SEND_BOX).getAttribute('placeholder')).resolves.toBe('Type your message');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('h1').innerText()).resolves.toBe('Digital assistant of Markt Mömbris');
    await expect(page.locator('[data-language="en"]').getAttribute('aria-pressed')).resolves.toBe('true');

    const shown = (await waitForBotMessagesToSettle(page, before)).length;
    await page.locator(SEND_BOX).fill('Help');
    await page.keyboard.press('Enter');
    await page.locator('.webchat__bubble', { hasText: en.conversation.help.slice(0, 60) }).waitFor();
    await waitForBotMessagesToSettle(page, shown);
    // The assistant's buttons are English too, and times have no German "Uhr".
    await expect(page.locator('.webchat__suggested-actions button', { hasText: 'Report damage' }).count()).resolves.toBeGreaterThan(0);
    for (const time of await page.locator('.ba-time').allInnerTexts()) expect(time).not.toMatch(/Uhr/);
    expect(await page.evaluate(() => document.body.textContent)).toMatch(/The assistant said: /);

    await page.screenshot({ path: path.join(SCREENSHOTS, `languages-en-${name}.png`) });
    await expectNoAxeViolations(page);

    // A reload keeps the conversation and its language.
    await page.reload();
    await waitForBotMessagesToSettle(page, 0);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator(SEND_BOX).getAttribute('placeholder')).resolves.toBe('Type your message');

    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('greets a browser that asks for English only in English, and one that also names German in German (trial 40: en-GB was greeted in German)', async () => {
    for (const [locale, greeting, lang] of [
      ['en-GB', 'Hello! I am the digital assistant', 'en'],
      ['de-DE', 'Guten Tag!', 'de'],
    ] as const) {
      const context = await suite.browser.newContext({ locale, viewport: VIEWPORTS[0][1] });
      const { page } = await watchedPage(context);
      await page.goto(`${suite.assistant.url}/`);
      await page.locator('.webchat__bubble', { hasText: greeting }).first().waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      await context.close();
    }
  });

  it.each(VIEWPORTS)('on a %s: ?sprache=ls starts in Leichte Sprache, and a request is asked in it', async (name, viewport) => {
    const context = await suite.browser.newContext({ locale: 'de-DE', viewport });
    const { page, foreignRequests, problems } = await watchedPage(context);
    await page.goto(`${suite.assistant.url}/?sprache=ls`);
    const town = loadMunicipality();
    // The welcome itself is in Leichte Sprache (the setting travels with the conversation's token).
    await page.locator('.webchat__bubble', { hasText: `Ich bin der Computer·helfer vom ${town.name}.` }).waitFor();
    await expect(page.locator('[data-language="ls"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('h1').innerText()).resolves.toBe('Computer·helfer vom Markt Mömbris');
    const shown = (await waitForBotMessagesToSettle(page, 0)).length;

    await page.locator(SEND_BOX).fill('Hund anmelden');
    await page.keyboard.press('Enter');
    const flow = defineFlows(town, { language: 'ls' })['hund-anmelden']!;
    await page.locator('.webchat__bubble', { hasText: flow.fields[0]!.prompt.split('\n')[0]! }).waitFor();
    await waitForBotMessagesToSettle(page, shown);
    expect(await page.evaluate(() => document.body.textContent)).toContain('Für einen Hund bezahlen Sie Steuern.');

    await page.screenshot({ path: path.join(SCREENSHOTS, `languages-ls-${name}.png`) });
    await expectNoAxeViolations(page);

    // Back to standard German with the header's switch.
    await page.getByRole('button', { name: 'Deutsch' }).first().click();
    await page.locator('.webchat__bubble', { hasText: 'Gern, ich schreibe wieder auf Deutsch.' }).waitFor();
    expect(ls.language.switched).not.toContain('wieder auf Deutsch');
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
