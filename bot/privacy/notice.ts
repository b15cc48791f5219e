// The privacy notice (Art. 13 DSGVO), built once from the configuration and municipality.yaml,
// so that the chat answer "Datenschutz" and the page /datenschutz always say the same.
import type { Express } from 'express';
import type { Config } from '../config';
import type { Municipality } from '../../knowledge/schema';

export interface NoticeSection {
  heading: string;
  paragraphs: string[];
}

type RetentionConfig = Pick<Config, 'CONVERSATION_RETENTION_DAYS' | 'CASE_RETENTION_DAYS'>;

export function privacyNoticeSections(town: Municipality, config: RetentionConfig): NoticeSection[] {
  const rathaus = town.offices.rathaus!;
  const contact = [rathaus.phone && `Telefon ${rathaus.phone}`, rathaus.email && `E-Mail ${rathaus.email}`].filter(Boolean).join(', ');
  return [
    {
      heading: 'Verantwortliche Stelle',
      paragraphs: [
        `Verantwortlich für diesen Chat ist der ${town.privacyContact.controller}.${contact ? ` Erreichbar unter ${contact}.` : ''}`,
        town.privacyContact.dataProtectionOfficer
          ? `Datenschutzbeauftragte Stelle: ${town.privacyContact.dataProtectionOfficer}.`
          : 'Die Datenschutzbeauftragte Stelle erreichen Sie über das Rathaus.',
      ],
    },
    {
      heading: 'Zweck und Rechtsgrundlage',
      paragraphs: [
        'Wir verarbeiten Ihre Nachrichten, um Ihre Fragen zu beantworten und Ihre Anliegen an die Verwaltung weiterzugeben.',
        'Rechtsgrundlage ist Art. 6 Abs. 1 lit. e DSGVO i. V. m. Art. 4 BayDSG (Erfüllung der Aufgaben der Gemeinde).',
      ],
    },
    {
      heading: 'Was gespeichert wird und wie lange',
      paragraphs: [
        `Der Gesprächsverlauf, der Stand Ihres Anliegens und hochgeladene Dateien werden höchstens ${config.CONVERSATION_RETENTION_DAYS} Tage nach Ihrer letzten Nachricht gespeichert und dann automatisch gelöscht.`,
        `Anliegen, die an die Verwaltung übermittelt wurden, löscht der Assistent ${config.CASE_RETENTION_DAYS} Tage nach der Übermittlung. In der Verwaltung gelten deren Aufbewahrungsfristen.`,
      ],
    },
    {
      heading: 'Empfänger',
      paragraphs: [
        `Ihre Daten erhält nur die Verwaltung (${town.name}). Es gibt keine Weitergabe an Dritte und keine Verarbeitung außerhalb der EU. Der Assistent läuft auf Servern der Gemeinde oder ihres Dienstleisters in der EU; Ihr Browser lädt nichts von fremden Servern.`,
      ],
    },
    {
      heading: 'Ihre Rechte',
      paragraphs: [
        'Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch.',
        'Sie können sich beim Bayerischen Landesbeauftragten für den Datenschutz beschweren (Wagmüllerstraße 18, 80538 München, www.datenschutz-bayern.de).',
      ],
    },
    {
      heading: 'Daten löschen oder anzeigen',
      paragraphs: [
        'Schreiben Sie im Chat „Meine Daten löschen“. Dann löscht der Assistent dieses Gespräch und Ihre Daten sofort.',
        'Mit „Meine Daten anzeigen“ erhalten Sie alle gespeicherten Daten als Datei.',
      ],
    },
  ];
}

/** The notice as chat text (the answer to "Datenschutz"). */
export function privacyNoticeText(town: Municipality, config: RetentionConfig): string {
  return privacyNoticeSections(town, config)
    .map((s) => `${s.heading}: ${s.paragraphs.join(' ')}`)
    .join('\n\n');
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A complete, accessible page without any script or inline style (fits the site's CSP). */
export function privacyNoticeHtml(town: Municipality, config: RetentionConfig): string {
  const sections = privacyNoticeSections(town, config)
    .map((s) => `<section>\n<h2>${escapeHtml(s.heading)}</h2>\n${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Datenschutz – Bürger-Assistent ${escapeHtml(town.name)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/styles.css">
</head>
<body>
<main>
<h1>Datenschutzhinweise zum Bürger-Assistenten – ${escapeHtml(town.name)}</h1>
${sections}
<p><a href="/">Zurück zum Chat</a></p>
</main>
</body>
</html>
`;
}

export function mountPrivacyNotice(app: Express, town: Municipality, config: RetentionConfig): void {
  // Built once: configuration and municipality.yaml do not change while the process runs.
  const page = privacyNoticeHtml(town, config);
  app.get('/datenschutz', (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('html').send(page);
  });
}
