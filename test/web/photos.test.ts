// A photo a citizen sends with a damage report: Web Chat shows it as a thumbnail in the citizen's
// bubble (a PDF as a readable file chip, contrast at least 4.5:1), axe finds nothing, and the staff
// console shows the report's photo to a signed-in clerk only. Screenshots go to test-output/.
import path from 'node:path';
import { describeWithBrowser, watchedPage } from '../helpers/browser';
import { assistantWithBrowser, expectNoAxeViolations, SCREENSHOTS } from '../helpers/browser-suite';
import { gradientPng, phonePhotoJpeg } from '../helpers/images';
import { staffAccountsFile } from '../helpers/staff';
import { SEND_BOX, waitForBotMessages, waitForBotMessagesToSettle } from '../helpers/webchat';

jest.setTimeout(90_000);

const PASSWORD = 'anna-sicheres-passwort';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** WCAG 2.1 contrast ratio of two CSS rgb() colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = css
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255) as [number, number, number];
    const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describeWithBrowser('a photo sent with a damage report', () => {
  const suite = assistantWithBrowser(async () => ({
    STAFF_ACCOUNTS_FILE: await staffAccountsFile({ anna: PASSWORD }),
    STAFF_SESSION_SECRET: 'photos-test-session-secret-0123456789abc',
  }));

  it('shows as a thumbnail in Web Chat, a PDF as a readable chip, and the clerk sees the photo in the console', async () => {
    const context = await suite.browser.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 } });
    const { page, foreignRequests, problems } = await watchedPage(context);
    await page.goto(`${suite.assistant.url}/`);
    await waitForBotMessages(page, 0);
    await page.locator(SEND_BOX).fill('Die Straßenlaterne in der Hauptstraße 3 in Schimborn ist kaputt');
    await page.keyboard.press('Enter');
    let seen = (await waitForBotMessagesToSettle(page, 1)).length;
    expect((await page.locator('.webchat__bubble').allInnerTexts()).join('\n')).toMatch(/Foto anhängen/);

    // Choosing the photo sends it at once; the citizen sees their own picture.
    await page.locator('input[type=file]').setInputFiles({ name: 'laterne.png', mimeType: 'image/png', buffer: gradientPng(320, 240) });
    const thumbnail = page.locator('.webchat__bubble--from-user img[alt="laterne.png"]');
    await thumbnail.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.webchat__bubble--from-user img[alt="laterne.png"]');
      return img !== null && img.complete && img.naturalWidth === 320;
    });
    expect((await thumbnail.boundingBox())!.height).toBeGreaterThan(50);
    seen = (await waitForBotMessagesToSettle(page, seen)).length;

    // A PDF (at the contact question it is not taken, but it must be readable where it shows).
    await page.locator('input[type=file]').setInputFiles({ name: 'lageplan.pdf', mimeType: 'application/pdf', buffer: PDF });
    const chip = page.locator('.webchat__bubble--from-user .webchat__fileContent__fileName', { hasText: 'lageplan.pdf' });
    await chip.waitFor({ timeout: 30_000 });
    // Web Chat replaces the message when the server's echo arrives; measure the settled one.
    await waitForBotMessagesToSettle(page, seen);
    const colours = await chip.evaluate((el) => {
      // The colour behind the text: the nearest ancestor that paints a background.
      let behind: Element | null = el;
      while (behind && getComputedStyle(behind).backgroundColor.replace(/\s/g, '') === 'rgba(0,0,0,0)') behind = behind.parentElement;
      return { text: getComputedStyle(el).color, background: behind ? getComputedStyle(behind).backgroundColor : 'rgb(255,255,255)' };
    });
    expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'photo-sent-phone.png') });
    await expectNoAxeViolations(page);
    for (const text of ['überspringen', 'Absenden']) {
      seen = (await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').count()) - 0;
      await page.locator(SEND_BOX).fill(text);
      await page.keyboard.press('Enter');
      await waitForBotMessagesToSettle(page, seen);
    }
    const reference = /MOE-\d{4}-\d{5}/.exec((await page.locator('.webchat__bubble').allInnerTexts()).join('\n'))![0];
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);

    // The clerk signs in and sees the report with its photo.
    const staff = await suite.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const console_ = await staff.newPage();
    await console_.goto(`${suite.assistant.url}/staff`);
    await console_.locator('#login-name').fill('anna');
    await console_.locator('#login-password').fill(PASSWORD);
    await console_.keyboard.press('Enter');
    await console_.getByText(/^Angemeldet: Anna \(/).waitFor();
    await console_.locator('#cases-refresh').click();
    const row = console_.locator('#cases tr', { hasText: reference });
    await row.waitFor();
    const photo = row.locator('img.case-photo');
    await console_.waitForFunction((ref) => {
      const img = [...document.querySelectorAll<HTMLTableRowElement>('#cases tr')]
        .find((tr) => tr.textContent?.includes(ref))
        ?.querySelector<HTMLImageElement>('img.case-photo');
      return img !== undefined && img !== null && img.complete && img.naturalWidth === 320;
    }, reference);
    expect(await photo.getAttribute('alt')).toBe(`Foto zur Anfrage ${reference}`);
    await console_.screenshot({ path: path.join(SCREENSHOTS, 'photo-console-desktop.png') });
    await expectNoAxeViolations(console_);

    // Without the clerk's session the photo is not served.
    const url = await photo.getAttribute('src');
    expect((await fetch(`${suite.assistant.url}${url}`)).status).toBe(401);
    await staff.close();
    await context.close();
  });

  it('a phone’s 8 MB photo is made smaller and sent; a file it would refuse is not sent, and the citizen reads why (trial 36)', async () => {
    const context = await suite.browser.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 } });
    const { page, foreignRequests, problems } = await watchedPage(context);
    const uploads: number[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/upload')) uploads.push(request.postDataBuffer()?.length ?? 0);
    });
    await page.goto(`${suite.assistant.url}/`);
    await waitForBotMessages(page, 0);
    await page.locator(SEND_BOX).fill('Die Straßenlaterne in der Hauptstraße 3 in Schimborn ist kaputt');
    await page.keyboard.press('Enter');
    const seen = (await waitForBotMessagesToSettle(page, 1)).length;

    /** A file the assistant would refuse: not sent, and the citizen reads why. */
    const refusedInThePage = async (name: string, mimeType: string) => {
      await page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer: Buffer.from('Laterne kaputt') });
      await page
        .locator('.webchat__toaster', { hasText: `„${name}“ wurde nicht gesendet: Erlaubt sind Fotos` })
        .waitFor({ timeout: 30_000 });
      expect(uploads).toEqual([]);
    };
    await refusedInThePage('notiz.txt', 'text/plain');
    // A file named as a photo that is none: said before sending, too (trial 40: only "Fehler beim Senden" after the server refused it).
    await refusedInThePage('fake.jpg', 'image/jpeg');

    const photo = await phonePhotoJpeg();
    expect(photo.length).toBeGreaterThan(5 * 1024 * 1024);
    await page.locator('input[type=file]').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.locator('.webchat__bubble--from-user img[alt="IMG_2041.jpg"]').waitFor({ timeout: 30_000 });
    const after = await waitForBotMessagesToSettle(page, seen);
    // The photo was taken: the report asks its next question, and nothing failed to send.
    expect(after.slice(seen).join('\n')).toMatch(/Wie können wir Sie erreichen|Kontakt|E-Mail|Telefon/);
    expect(await page.getByText(/Fehler beim Senden|Send failed/).count()).toBe(0);
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!).toBeLessThan(5 * 1024 * 1024);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'photo-large-phone.png') });
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
