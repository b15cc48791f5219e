(globalThis as any).describe = Object.assign(() => {}, { skip: () => {} });
async function main() {
  const { launchBrowser } = await import('../test/helpers/browser');
  const { startTestAssistant } = await import('../test/helpers/harness');
  const { SEND_BOX, waitForBotMessagesToSettle } = await import('../test/helpers/webchat');
  const a = await startTestAssistant({ DIRECTLINE_TOKEN_SECRET: 'browser-test-secret-0123456789abcdef' });
  const b = await launchBrowser();
  const ctx = await b.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto(`${a.url}/`);
  await waitForBotMessagesToSettle(page, 0);
  await page.locator(SEND_BOX).fill('Was kostet ein Reisepass?');
  await page.keyboard.press('Enter');
  await waitForBotMessagesToSettle(page, 1);
  await page.screenshot({ path: '/tmp/fb1.png' });
  await page.locator(SEND_BOX).focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Shift+Tab');
    console.log(i, await page.evaluate(() => { const e = document.activeElement as HTMLElement; return e.tagName + ' ' + e.className.slice(0,60) + ' ' + (e.innerText ?? '').trim().slice(0, 40) + ' ' + (e.getAttribute('aria-label') ?? ''); }));
  }
  console.log(await page.locator('.webchat__suggested-actions button').allInnerTexts());
  await b.close(); await a.stop();
}
main();
