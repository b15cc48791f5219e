// Öffnungszeiten, Hinweise and Konten in the staff console, by keyboard only: an admin publishes a
// notice for Schimborn, closes the Bürgerbüro on a day and adds and disables an account; the
// citizen page shows the notice (from our own server) at 1280 and 320 px. axe finds nothing, every
// focus is visible. Screenshots go to test-output/screenshots.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { reserveSlot } from '../../bot/appointments';
import { berlinWallClock } from '../../knowledge/hours';
import { describeWithBrowser, watchedPage } from '../helpers/browser';
import { assistantWithBrowser, expectNoAxeViolations, SCREENSHOTS } from '../helpers/browser-suite';
import { invisibleFocus } from '../helpers/focus';
import { staffAccountsFile } from '../helpers/staff';
import { waitForBotMessages } from '../helpers/webchat';

jest.setTimeout(180_000);

const PASSWORD = 'adam-verwaltet-konten';
const NOTICE = 'Wasserrohrbruch in Schimborn – Versorgung bis 16 Uhr unterbrochen';

async function tabToElement(page: Page, selector: string, maxTabs = 120): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} is not reachable with the Tab key`);
}

/**
 * Types a Berlin wall-clock minute into a datetime-local field, segment by segment. Headless
 * Chromium lays date fields out by the browser's language (en-US here), not the page's:
 * month, day, year, then hour, minute and AM/PM.
 */
async function typeMinute(page: Page, at: Date): Promise<string> {
  const { date, time } = berlinWallClock(at);
  const [y, m, d] = date.split('-');
  const hour = Number(time.slice(0, 2));
  await page.keyboard.type(`${m}${d}${y}`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(`${String(hour % 12 || 12).padStart(2, '0')}${time.slice(3)}${hour < 12 ? 'A' : 'P'}`);
  return `${date}T${time}`;
}

describeWithBrowser('hours, notices and accounts in the console, by keyboard', () => {
  const suite = assistantWithBrowser(async () => ({
    STAFF_ACCOUNTS_FILE: await staffAccountsFile({ adam: PASSWORD }, { adam: 'admin' }),
    STAFF_SESSION_SECRET: 'town-web-test-session-secret-0123456789',
  }));

  it('publishes a notice the citizen page shows, closes a day and manages accounts, with visible focus and no axe violations', async () => {
    const staff = await suite.browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 900 } });
    const { page, foreignRequests, problems } = await watchedPage(staff);
    await page.goto(`${suite.assistant.url}/staff`);
    await page.locator('#login-name:focus').waitFor();
    await page.keyboard.type('adam');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('#account-table tbody tr').first().waitFor();
    expect(await page.locator('#sections li:not([hidden])').allInnerTexts()).toEqual([
      'Warteschlange',
      'Anfragen',
      'Auswertung',
      'Unbeantwortete Fragen',
      'Wissen',
      'Öffnungszeiten',
      'Hinweise',
      'Konten',
    ]);
    await page.locator('#hours-periods li').first().waitFor();

    // A notice for Schimborn, valid from an hour ago for three hours. (Each section starts at its
    // heading, as a screen reader's jump by headings does; from there on only keys.)
    await page.locator('#notices-title').focus();
    await tabToElement(page, '#notice-text', 5);
    await page.keyboard.type(NOTICE);
    await tabToElement(page, '#notice-from', 5);
    const from = await typeMinute(page, new Date(Date.now() - 3600_000));
    expect(await page.locator('#notice-from').inputValue()).toBe(from);
    await tabToElement(page, '#notice-until', 10);
    const until = await typeMinute(page, new Date(Date.now() + 3 * 3600_000));
    expect(await page.locator('#notice-until').inputValue()).toBe(until);
    await tabToElement(page, '#notice-ortsteile input[value="Schimborn"]', 30);
    await page.keyboard.press('Space');
    await tabToElement(page, '#notice-form button[type=submit]', 10);
    await page.keyboard.press('Enter');
    const card = page.locator('#notice-list > li', { hasText: NOTICE });
    await card.waitFor();
    expect(await card.innerText()).toMatch(/Schimborn · wird angezeigt/);

    // The Bürgerbüro closed on the coming Monday (changes are kept until "speichern").
    await page.locator('#hours-title').focus();
    await tabToElement(page, '#hours-office', 5);
    await page.keyboard.type('Bürg');
    expect(await page.locator('#hours-office').inputValue()).toBe('buergerbuero');
    await tabToElement(page, '#closure-date');
    await page.keyboard.type('12242026'); // month, day, year (see typeMinute)
    await tabToElement(page, '#closure-label', 5);
    await page.keyboard.type('Heiligabend');
    await tabToElement(page, '#closure-add', 12);
    await page.keyboard.press('Enter');
    await page.locator('#closures li', { hasText: '24.12.2026: geschlossen (Heiligabend)' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('closure-date');
    // An appointment booked for that day before it was closed: named to the editor on saving (trial 43).
    const { store, config } = suite.assistant.services;
    await reserveSlot(store, { date: '2026-12-24', time: '10:00' }, 'MOE-2026-09999', new Date(), config.APPOINTMENT_SLOT_MINUTES);
    await tabToElement(page, '#hours-form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.getByText('Öffnungszeiten gespeichert. Sie gelten ab sofort.').waitFor();
    expect(await page.locator('#hours-error').innerText()).toBe(
      'Gespeichert. Achtung: Ein gebuchter Termin fällt in die geschlossene Zeit: MOE-2026-09999 (Do., 24.12.2026, 10:00 Uhr). Bitte informieren Sie die Bürgerinnen und Bürger oder verlegen Sie die Termine.',
    );
    expect(await page.locator('#hours-source').innerText()).toBe('Von der Redaktion geändert.');
    const saved = (await (await fetch(`${suite.assistant.url}/api/notices`)).json()) as { notices: Array<{ text: string }> };
    expect(saved.notices.map((n) => n.text)).toEqual([NOTICE]);
    expect(suite.assistant.services.municipality.offices.buergerbuero!.closures).toEqual([
      { date: '2026-12-24', label: 'Heiligabend', hours: [] },
    ]);
    // Another office chosen with a change not saved: asked first; kept on "Abbrechen", dropped on "OK".
    await page.locator('#hours-periods input[type=time]').first().fill('09:00');
    const discardAsked: string[] = [];
    page.once('dialog', (dialog) => {
      discardAsked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.locator('#hours-office').selectOption('rathaus');
    expect(discardAsked).toEqual(['Die Änderungen an den Zeiten von Bürgerbüro sind noch nicht gespeichert. Verwerfen?']);
    expect(await page.locator('#hours-office').inputValue()).toBe('buergerbuero');
    expect(await page.locator('#hours-periods input[type=time]').first().inputValue()).toBe('09:00');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('#hours-office').selectOption('rathaus');
    await page.locator('#hours-office').selectOption('buergerbuero');
    expect(await page.locator('#hours-periods input[type=time]').first().inputValue()).toBe('08:00');
    // A day is checked as it is added: "bis" before "von", a day gone by, a day already planned.
    const addDay = async (date: string, label: string, from = '', to = '') => {
      for (const [id, value] of [
        ['closure-date', date],
        ['closure-label', label],
        ['closure-from', from],
        ['closure-to', to],
      ] as const)
        await page.locator(`#${id}`).fill(value);
      await page.locator('#closure-add').click();
    };
    await addDay('2099-12-31', 'Silvester', '12:00', '08:00');
    await page.locator('#hours-error', { hasText: 'Die Uhrzeit „bis“ muss nach „von“ liegen.' }).waitFor();
    await addDay('2020-01-02', 'Betriebsausflug');
    await page.locator('#hours-error', { hasText: 'Dieser Tag liegt in der Vergangenheit.' }).waitFor();
    let replaceAsked = '';
    page.once('dialog', (dialog) => {
      replaceAsked = dialog.message();
      void dialog.dismiss();
    });
    await addDay('2026-12-24', 'Weihnachtsfeier', '08:00', '12:00');
    expect(replaceAsked).toBe('Für den 24.12.2026 ist schon „Heiligabend“ vorgemerkt. Durch den neuen Eintrag ersetzen?');
    expect(await page.locator('#closures li').allInnerTexts()).toEqual([expect.stringContaining('24.12.2026: geschlossen (Heiligabend)')]);
    // Kept as it was, said so, and the error of the try before is gone (trial 40: no word, and the old error stood on).
    await page.locator('#status', { hasText: 'Nichts geändert: Für den 24.12.2026 bleibt „Heiligabend“ vorgemerkt.' }).waitFor();
    expect(await page.locator('#hours-error').innerText()).toBe('');

    // An account: added, then disabled.
    await page.locator('#accounts-title').focus();
    await tabToElement(page, '#account-name');
    await page.keyboard.type('nora');
    await tabToElement(page, '#account-password', 3);
    await page.keyboard.type('nora-erstes-passwort');
    await tabToElement(page, '#account-role', 3);
    await page.keyboard.type('Redaktion');
    await tabToElement(page, '#account-display', 3);
    await page.keyboard.type('Nora');
    await tabToElement(page, '#account-office', 3);
    // The town's offices to choose from, spelt as the town does.
    await page.locator('#account-office').selectOption('Bürgerbüro');
    await page.locator('#account-office').focus();
    // Limited to the office's requests with Space, then on to the form's button (Enter in a list does not send a form).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('account-own-office');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Konto anlegen');
    await page.keyboard.press('Enter');
    const row = page.locator('#account-table tbody tr', { hasText: 'nora' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/nora\s+Redaktion\s+Nora\s+Bürgerbüro \(nur ihre Anfragen\)\s+aktiv/);
    await page.locator('#accounts-title').focus();
    await tabToElement(page, 'button[aria-label="Sperren: nora"]', 10);
    await page.keyboard.press('Enter');
    await page.getByText('Konto nora gesperrt. Es kann sich nicht mehr anmelden.').waitFor();
    // The table is drawn again after the announcement: wait for the row as the clerk sees it then.
    await page.locator('#account-table tbody tr', { hasText: 'nora' }).filter({ hasText: 'gesperrt' }).waitFor();
    // No button locks the admin out.
    expect(await page.locator('button[aria-label="Sperren: adam"]').count()).toBe(0);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('#hours').screenshot({ path: path.join(SCREENSHOTS, 'hours-desktop.png') });
    await page.locator('#notices').screenshot({ path: path.join(SCREENSHOTS, 'notices-desktop.png') });
    await page.locator('#accounts').screenshot({ path: path.join(SCREENSHOTS, 'accounts-desktop.png') });
    await expectNoAxeViolations(page);
    await page.locator('#hours-title').focus();
    expect(await invisibleFocus(page, 150)).toEqual([]);

    // The same console at 320 px.
    await page.setViewportSize({ width: 320, height: 900 });
    await page.locator('#notices').screenshot({ path: path.join(SCREENSHOTS, 'notices-320.png') });
    await page.locator('#hours').screenshot({ path: path.join(SCREENSHOTS, 'hours-320.png') });
    await page.locator('#accounts').screenshot({ path: path.join(SCREENSHOTS, 'accounts-320.png') });
    await expectNoAxeViolations(page);
    // Nothing sticks out sideways (no horizontal scrolling at 320 px).
    const sticking = await page.evaluate(() =>
      [...document.querySelectorAll('#hours *, #notices *, #accounts *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`),
    );
    expect(sticking).toEqual([]);

    // The citizen page shows the notice, and the welcome names it, at 1280 and 320 px.
    for (const [width, height, name] of [
      [1280, 900, 'citizen-notice-desktop.png'],
      [320, 700, 'citizen-notice-320.png'],
    ] as const) {
      const citizen = await suite.browser.newContext({ locale: 'de-DE', viewport: { width, height } });
      const watched = await watchedPage(citizen);
      await watched.page.goto(`${suite.assistant.url}/`);
      await watched.page.locator('#ba-notices:not([hidden])').waitFor();
      // Open on a wide screen; on a phone one line to open (the welcome says it too).
      expect(await watched.page.locator('#ba-notice-list').textContent()).toBe(NOTICE);
      expect(await watched.page.locator('#ba-notices').evaluate((d: HTMLDetailsElement) => d.open)).toBe(width > 600);
      await waitForBotMessages(watched.page, 0);
      const bubbles = (await watched.page.locator('.webchat__bubble').allInnerTexts()).join('\n').replace(/\s+/g, ' ');
      expect(bubbles).toContain(`Aktuelle Hinweise: • ${NOTICE}`);
      await watched.page.screenshot({ path: path.join(SCREENSHOTS, name) });
      await expectNoAxeViolations(watched.page);
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.problems).toEqual([]);
      await citizen.close();
    }

    // Repaired: the editor ends the notice now; the citizen page no longer gets it.
    await page.setViewportSize({ width: 1280, height: 900 });
    // Open in the form while it is ended: the form keeps the new end (saving it had brought the notice back).
    await card.getByRole('button', { name: 'Bearbeiten' }).click();
    const untilBefore = await page.locator('#notice-until').inputValue();
    await page.locator('#notices-title').focus();
    await tabToElement(page, '#notice-list button[data-action="end"]', 60);
    await page.keyboard.press('Enter');
    await page.getByText('Hinweis beendet. Er wird nicht mehr angezeigt.').waitFor();
    expect(await page.locator('#notice-until').inputValue()).not.toBe(untilBefore);
    await page.getByRole('button', { name: 'Änderung speichern' }).click();
    await page.locator('#notice-submit', { hasText: 'Hinweis veröffentlichen' }).waitFor();
    await card.filter({ hasText: 'abgelaufen' }).waitFor();
    const after = (await (await fetch(`${suite.assistant.url}/api/notices`)).json()) as { notices: unknown[] };
    expect(after.notices).toEqual([]);
    // Edited in the form: a problem is named as such, the change is saved in place.
    await card.getByRole('button', { name: 'Bearbeiten' }).click();
    expect(await page.locator('#notice-text').inputValue()).toBe(NOTICE);
    await page.locator('#notice-text').fill('kurz');
    await page.getByRole('button', { name: 'Änderung speichern' }).click();
    await page.locator('#notice-error', { hasText: 'Bitte schreiben Sie den Hinweis (mindestens 5 Zeichen).' }).waitFor();
    await page.locator('#notice-text').fill(`${NOTICE} Danke für Ihr Verständnis.`);
    await page.getByRole('button', { name: 'Änderung speichern' }).click();
    await card.filter({ hasText: 'Danke für Ihr Verständnis.' }).waitFor();
    expect(await page.locator('#notice-submit').innerText()).toBe('Hinweis veröffentlichen');
    // Deleting asks first: declined, the notice stays; confirmed, it is gone.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await card.getByRole('button', { name: 'Hinweis löschen' }).click();
    expect(asked).toEqual([expect.stringMatching(/^Diesen Hinweis löschen\?/)]);
    expect(await card.count()).toBe(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await card.getByRole('button', { name: 'Hinweis löschen' }).click();
    await page.getByText('Hinweis gelöscht.').waitFor();
    expect(await card.count()).toBe(0);
    // Restoring the template's hours asks first too; declined, nothing is sent.
    const reset = page.waitForEvent('dialog');
    void page.locator('#hours-reset').click();
    const question = await reset;
    expect(question.message()).toMatch(/^Alle geänderten Zeiten und besonderen Tage von .+ verwerfen/);
    await question.dismiss();
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
    await staff.close();
  });
});
