// The entry editor of the staff console, by keyboard only: an editor opens an entry, changes its
// fee and adds an example question while the preview shows the answer as citizens will see it,
// saves, reads the change in the versions and restores the file's version. axe finds nothing at
// 1280 and at 320 px; screenshots of both go to test-output/screenshots.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeWithBrowser, watchedPage } from '../helpers/browser';
import { assistantWithBrowser, expectNoAxeViolations, SCREENSHOTS } from '../helpers/browser-suite';
import { eventually, staffAccountsFile } from '../helpers/staff';

jest.setTimeout(180_000);

const PASSWORD = 'eva-sicheres-passwort';
const NEW_FEE = 'Die Hundesteuer beträgt 48 Euro im Jahr für den ersten Hund.';
const NEW_QUESTION = 'Was schuldet mein Vierbeiner jedes Jahr der Gemeindekasse?';

/** Presses Tab until `matches` holds for the focused element (the console is long: up to 200 times). */
async function tabUntil(page: Page, matches: (el: { id: string; text: string }) => boolean, backwards = false): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { id: a?.id ?? '', text: (a?.innerText ?? '').trim() };
    });
    if (matches(el)) return;
  }
  throw new Error('not reachable with the Tab key');
}
const tabToId = (page: Page, id: string, backwards = false) => tabUntil(page, (el) => el.id === id, backwards);
const tabToText = (page: Page, text: string, backwards = false) => tabUntil(page, (el) => el.text === text, backwards);

describeWithBrowser('editing a knowledge entry in the console', () => {
  const suite = assistantWithBrowser(async () => ({
    STAFF_ACCOUNTS_FILE: await staffAccountsFile({ eva: PASSWORD }, { eva: { role: 'editor', displayName: 'Eva Schmitt' } }),
    STAFF_SESSION_SECRET: 'knowledge-web-test-session-secret-0123456789',
  }));

  it('changes a fee and an example question with a live preview, and restores the old version, by keyboard', async () => {
    const knowledge = suite.assistant.services.knowledge;
    const oldFee = knowledge.entry('hundesteuer')!.details.fees!;
    const context = await suite.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const { page, foreignRequests, problems } = await watchedPage(context);
    await page.goto(`${suite.assistant.url}/staff`);
    await page.locator('#login-name:focus').waitFor();
    await page.keyboard.type('eva');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('#knowledge-table tbody tr').first().waitFor();
    // Let the report and the unanswered list settle, so Tab meets a page that does not change.
    await page.locator('#report-key dt').first().waitFor();

    // Open the entry from the list.
    await tabToText(page, 'Hundesteuer');
    await page.keyboard.press('Enter');
    await page.locator('#knowledge-editor-title:focus').waitFor();
    expect(await page.locator('#knowledge-editor-title').innerText()).toBe('Hundesteuer');
    await page.locator('#knowledge-preview .bubble').waitFor();
    expect(await page.locator('#knowledge-preview .bubble').innerText()).toContain(knowledge.entry('hundesteuer')!.summary);

    // The fee: the preview follows what the editor writes, asked for the fee.
    await tabToId(page, 'kb-fees');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(NEW_FEE);
    await tabToId(page, 'kb-questions');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(NEW_QUESTION);
    await tabToId(page, 'knowledge-facet');
    await page.keyboard.press('ArrowDown');
    await page.locator('#knowledge-preview .bubble', { hasText: NEW_FEE }).waitFor();
    expect(await page.locator('#knowledge-preview .preview-buttons').innerText()).toMatch(/Unterlagen|Ablauf|Hund anmelden/);
    await page.locator('#knowledge-editor').screenshot({ path: path.join(SCREENSHOTS, 'knowledge-editor-desktop.png') });
    await expectNoAxeViolations(page);

    // A mistake is named at its field, and the preview waits for it to be fixed.
    await tabToId(page, 'kb-title', true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Hu');
    await page.locator('#knowledge-problems li', { hasText: /^Titel:/ }).waitFor();
    expect(await page.locator('#kb-title').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Hundesteuer');
    await page.locator('#knowledge-preview .bubble', { hasText: NEW_FEE }).waitFor();
    expect(await page.locator('#knowledge-problems li').count()).toBe(0);

    // Leaving with changes not saved asks first; declined, the editor and what was typed stay.
    const asked = page.waitForEvent('dialog');
    void page.locator('#knowledge-close').click();
    const question = await asked;
    expect(question.message()).toMatch(/^Ihre Änderungen an diesem Eintrag sind noch nicht gespeichert\./);
    await question.dismiss();
    expect(await page.locator('#knowledge-editor').isVisible()).toBe(true);
    expect(await page.locator('#kb-fees').inputValue()).toBe(NEW_FEE);
    await page.locator('#kb-title').focus();

    // Save: the assistant answers with the new fee, the versions show the change.
    await tabToText(page, 'Speichern (Stand: heute)');
    await page.keyboard.press('Enter');
    await page.locator('#status', { hasText: 'ist gespeichert' }).waitFor({ timeout: 60_000 });
    await eventually(async () => knowledge.router.decide(NEW_QUESTION).decision?.id === 'hundesteuer', 60_000);
    expect(knowledge.entry('hundesteuer')!.details.fees).toBe(NEW_FEE);
    const history = page.locator('#knowledge-history');
    // The editor as colleagues know her, and the review date as the console writes days (trial 45: login name, ISO date).
    expect(await history.innerText()).toMatch(/Version 1: geändert von Eva Schmitt am \d{2}\.\d{2}\.\d{4}/);
    const today = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
      new Date(),
    );
    // (Today's review date is marked as new unless the file itself was reviewed today: the date is shown either way.)
    expect(await history.innerText()).toContain(today);
    expect(await history.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await history.locator('ins', { hasText: NEW_FEE }).count()).toBe(1);
    expect(await history.innerText()).toContain(`+ ${NEW_QUESTION}`);
    await expectNoAxeViolations(page);

    // At 320 px the form, the preview and the versions stand one below the other.
    await page.setViewportSize({ width: 320, height: 900 });
    await page.locator('#knowledge-editor').screenshot({ path: path.join(SCREENSHOTS, 'knowledge-editor-320.png') });
    // Nothing of the knowledge section reaches beyond the screen (no sideways scrolling to read it).
    const beyond = await page.evaluate(() =>
      [...document.querySelectorAll('#knowledge *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`),
    );
    expect(beyond).toEqual([]);
    await expectNoAxeViolations(page);

    // Restore the file's version: asked first (citizens get it within seconds); declined, nothing changes.
    await tabToText(page, 'Version 0 wiederherstellen');
    let confirmation = page.waitForEvent('dialog');
    void page.keyboard.press('Enter');
    const restoreAsked = await confirmation;
    expect(restoreAsked.message()).toBe('Version 0 von „Hundesteuer“ wiederherstellen? Der Assistent antwortet dann mit dieser Fassung.');
    await restoreAsked.dismiss();
    expect(knowledge.entry('hundesteuer')!.details.fees).toBe(NEW_FEE);
    confirmation = page.waitForEvent('dialog');
    void page.keyboard.press('Enter');
    await (await confirmation).accept();
    await page.locator('#status', { hasText: 'Version 0 ist wiederhergestellt' }).waitFor({ timeout: 60_000 });
    await eventually(async () => knowledge.entry('hundesteuer')!.details.fees === oldFee, 60_000);
    // The console shows the restore once it has loaded the entry again (after its announcement).
    await history.getByText(/Version 2: wiederhergestellt \(auf Version 0\) von Eva Schmitt/).waitFor({ timeout: 10_000 });

    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
