// The console's reach line after the office closed (trial 37: "Sie sind im Live-Chat erreichbar." while
// citizens asking for a person were offered a call-back): a clerk of the closed Bürgerbüro reads that
// her office has closed and what citizens get instead; a clerk of the open Rathaus reads that she is
// reachable. Real Chromium on the console over real HTTP, the embedded store.
import path from 'node:path';
import { assistantWithBrowser, SCREENSHOTS } from '../helpers/browser-suite';
import { describeWithBrowser } from '../helpers/browser';
import { allText, TestConversation } from '../helpers/harness';
import { alwaysOpenMunicipality, StaffClient, staffAccountsFile } from '../helpers/staff';

const PASSWORDS = { anna: 'buergerbuero-passwort', ben: 'rathaus-passwort-2026' };

describeWithBrowser('the console says when the clerk’s office has closed', () => {
  const suite = assistantWithBrowser(async () => ({
    MUNICIPALITY_FILE: alwaysOpenMunicipality(['buergerbuero']),
    STAFF_ACCOUNTS_FILE: await staffAccountsFile(PASSWORDS, { anna: { displayName: 'Anna', office: 'Bürgerbüro' } }),
    STAFF_SESSION_SECRET: 'office-hours-test-session-secret-0123',
  }));

  const reachLine = async (name: keyof typeof PASSWORDS, width: number) => {
    const page = await suite.browser.newPage({ viewport: { width, height: 900 }, locale: 'de-DE' });
    await page.goto(`${suite.assistant.url}/staff`);
    await page.locator('#login-name').fill(name);
    await page.locator('#login-password').fill(PASSWORDS[name]);
    await page.keyboard.press('Enter');
    await page.getByText(/^Angemeldet: /).waitFor();
    await page.locator('#reach[data-reach="reachable"]').waitFor();
    return page;
  };

  it('a clerk of the closed office reads that citizens get a call-back, and when it opens again', async () => {
    const page = await reachLine('anna', 390);
    await page
      .getByText(
        /^Ihre Stelle \(Bürgerbüro\) hat gerade geschlossen: Wer jetzt nach einem Menschen fragt, bekommt einen Rückruf angeboten\. Wieder geöffnet (?:heute|morgen|am) .+ Laufende Gespräche führen Sie weiter\.$/,
      )
      .waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'console-office-closed-phone.png'), fullPage: false });
    // What the line says is what a citizen of that office gets: a call-back, no queue.
    const citizen = new TestConversation(suite.assistant.url);
    await citizen.say('Was kostet ein Personalausweis?');
    expect(allText(await citizen.say('Ich möchte mit einem Menschen sprechen'))).toMatch(/Bürgerbüro\) ist gerade geschlossen/);
    await page.close();
  });

  it('a clerk of the open Rathaus reads that she is reachable; the hours API answers only a session', async () => {
    const page = await reachLine('ben', 1280);
    expect(await page.locator('#reach').innerText()).toBe('Sie sind im Live-Chat erreichbar.');
    await page.close();
    expect((await fetch(`${suite.assistant.url}/staff/api/hours`)).status).toBe(401);
    const ben = new StaffClient(suite.assistant.url);
    await ben.login('ben', PASSWORDS.ben);
    expect((await ben.request('GET', '/hours')).body).toEqual({ hours: { office: 'Rathaus Markt Mömbris', open: true, reopens: null } });
  });
});
