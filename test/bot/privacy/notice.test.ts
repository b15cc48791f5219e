// The privacy notice: the chat answer "Datenschutz" and the page /datenschutz.
import { loadConfig } from '../../../bot/config';
import { privacyNoticeHtml, privacyNoticeText } from '../../../bot/privacy/notice';
import { inLanguage } from '../../../knowledge/texts/index';
import { loadMunicipality } from '../../../knowledge/municipality';
import { startTestAssistant, allText, type TestAssistant } from '../../helpers/harness';

let assistant: TestAssistant;
beforeAll(async () => {
  assistant = await startTestAssistant({
    CONVERSATION_RETENTION_DAYS: '14',
    CASE_RETENTION_DAYS: '60',
    UNANSWERED_RETENTION_DAYS: '21',
    ANALYTICS_RETENTION_DAYS: '730',
  });
});
afterAll(() => assistant.stop());

const required = [
  /Markt Mömbris, Schimborner Straße 6, 63776 Mömbris/,
  /Art\. 6 Abs\. 1 lit\. e DSGVO i\. V\. m\. Art\. 4 BayDSG/,
  /höchstens 14 Tage/,
  /60 Tage nach der Übermittlung/,
  // What is kept of unanswered questions, and the statistics (trial 43: the notice had left both out).
  /nicht beantworten konnte, sieht die Redaktion der Gemeinde 21 Tage lang, um die Antworten zu verbessern\. Telefonnummern, E-Mail- und Postadressen und erkennbare Namen sind darin unkenntlich gemacht/,
  /Diese Zahlen bleiben 730 Tage/,
  /keine Weitergabe an Dritte und keine Verarbeitung außerhalb der EU/,
  /Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch/,
  /Bayerischen Landesbeauftragten für den Datenschutz/,
  /„Meine Daten löschen“/,
];

test('the chat answers "Was passiert mit meinen Daten?" with the full notice, using the configured retention', async () => {
  const chat = assistant.conversation();
  await chat.say('Hallo');
  const answer = allText(await chat.say('Was passiert mit meinen Daten?'));
  for (const pattern of required) expect(answer).toMatch(pattern);
});

test('GET /datenschutz is a complete page that passes the site CSP (no script, no inline style)', async () => {
  const res = await fetch(`${assistant.url}/datenschutz`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/html/);
  expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  const html = await res.text();
  expect(html).toMatch(/<html lang="de">/);
  expect(html).toMatch(/<h1>Datenschutzhinweise/);
  expect(html).not.toMatch(/<script|style=|<style|\son\w+=/i);
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
  for (const pattern of required) expect(text).toMatch(pattern);
});

test('everything from municipality.yaml is escaped in the page', () => {
  const town = loadMunicipality();
  const hostile = {
    ...town,
    name: '<script>alert(1)</script>',
    privacyContact: { ...town.privacyContact, controller: 'Markt "X" & <b>Y</b>' },
  };
  const config = loadConfig({ NODE_ENV: 'test' });
  const html = privacyNoticeHtml(hostile, config);
  expect(html).not.toContain('<script>');
  expect(html).not.toContain('<b>');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('Markt &quot;X&quot; &amp; &lt;b&gt;Y&lt;/b&gt;');
  expect(privacyNoticeText(hostile, config)).toContain('Markt "X" & <b>Y</b>');
});

test('in Leichte Sprache a heading that is a question takes no colon after its question mark', () => {
  const text = inLanguage('ls', () => privacyNoticeText(loadMunicipality(), loadConfig({ NODE_ENV: 'test' })));
  expect(text).toMatch(/^Wer ist verantwortlich\? Verantwortlich ist: /);
  expect(text).not.toContain('?:');
});
