import { Writable } from 'node:stream';
import { createLogger } from '../../bot/logger';
import { redactText } from '../../bot/privacy/redact';

function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger('debug', sink), lines };
}

describe('redaction of personal data in text', () => {
  test.each([
    ['Schreiben Sie an max.mustermann@example.de bitte', 'max.mustermann@example.de', '[email]'],
    ['Meine Nummer: 0171 2345678', '0171 2345678', '[phone]'],
    ['Telefon +49 6029 705-12', '+49 6029 705-12', '[phone]'],
    ['Rückruf unter 06029/70512', '06029/70512', '[phone]'],
    ['IBAN DE89 3704 0044 0532 0130 00 für die Abbuchung', 'DE89 3704 0044 0532 0130 00', '[iban]'],
    ['IBAN DE89370400440532013000', 'DE89370400440532013000', '[iban]'],
    ['geboren am 03.04.1985', '03.04.1985', '[date]'],
    ['Frau Weber wohnt Am Sonnenhang 4 in Hohl', 'Sonnenhang 4', '[address]'],
    ['Ich wohne in der Hauptstraße 12a in Schimborn', 'Hauptstraße 12a', '[address]'],
    ['Bahnhofstr. 7, Mömbris', 'Bahnhofstr. 7', '[address]'],
    ['Im Hemsbacher Weg 4 ist die Laterne kaputt', 'Hemsbacher Weg 4', '[address]'],
    ['Rathaus, Schimborner Straße 6', 'Schimborner Straße 6', '[address]'],
    ['Rückruf wegen Grundsteuer, Name: Jürgen Roth, bitte vormittags', 'Jürgen Roth', '[name]'],
    ['Rückruf bitte, Name Jürgen Roth', 'Jürgen Roth', '[name]'],
  ])('%s', (text, secret, label) => {
    const out = redactText(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(label);
  });

  test('ordinary text, times and office numbers without a phone shape stay readable', () => {
    expect(redactText('Termin um 14:30 Uhr im Bürgerbüro, Zimmer 12')).toBe('Termin um 14:30 Uhr im Bürgerbüro, Zimmer 12');
    // A date, a year and a street without its number name no household.
    expect(redactText('Am Montag 12 Uhr zum Weihnachtsmarkt 2026 in der Hauptstraße')).toBe(
      'Am Montag 12 Uhr zum Weihnachtsmarkt 2026 in der Hauptstraße',
    );
  });
});

describe('the logger', () => {
  test('scrubs personal data from messages, fields and errors, and removes message texts', () => {
    const { logger, lines } = capture();
    logger.info('Bürger schrieb von anna@example.org');
    logger.warn({ note: 'Rückruf an 0171 2345678' }, 'callback');
    logger.error({ err: new Error('Abbuchung von DE89370400440532013000 fehlgeschlagen') }, 'payment');
    logger.info({ activity: { text: 'Ich heiße Anna Schmidt', type: 'message' } }, 'turn');
    const all = lines.join('\n');
    for (const secret of ['anna@example.org', '0171 2345678', 'DE89370400440532013000', 'Anna Schmidt']) expect(all).not.toContain(secret);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(JSON.parse(lines[3]!).activity).toEqual({ text: '[redacted]', type: 'message' });
  });
});
