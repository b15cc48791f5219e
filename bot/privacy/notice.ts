// The privacy notice (Art. 13 DSGVO), built once from the configuration and municipality.yaml,
// so that the chat answer "Datenschutz" and the page /datenschutz always say the same.
import type { Express } from 'express';
import type { Config } from '../config';
import { labelled } from '../../knowledge/answer';
import type { Municipality } from '../../knowledge/schema';
import { de } from '../../knowledge/texts/de';
import { texts } from '../../knowledge/texts/index';
import { escapeHtml, htmlPage } from '../page';

interface NoticeSection {
  /** What a citizen asks about in its words, for the sections one may ask about alone. */
  asked?: RegExp;
  heading: string;
  paragraphs: string[];
}

/** "Wer ist bei Ihnen der Datenschutzbeauftragte?": who is responsible, not the whole notice (trial 46: about 350 words). */
const ASKS_CONTROLLER =
  /(datenschutzbeauftragt|datenschutz-beauftragt|verantwortlich|data\s+protection\s+officer|\bdpo\b|controller|responsible)/iu;
const ASKS_RETENTION = /(wie\s+lange|speicher|gelöscht|geloescht|aufbewahr|how\s+long|stored|kept|deleted)/iu;
const ASKS_RECIPIENTS =
  /(chatgpt|openai|google|microsoft|amazon|\bki\b|künstlich|kuenstlich|\bai\b|weiter\s*ge|dritte|third|share|verkauf|sell|\busa\b|amerika|wer\s+bekommt|who\s+gets)/iu;

type RetentionConfig = Pick<
  Config,
  'CONVERSATION_RETENTION_DAYS' | 'CASE_RETENTION_DAYS' | 'UNANSWERED_RETENTION_DAYS' | 'ANALYTICS_RETENTION_DAYS'
>;

function privacyNoticeSections(town: Municipality, config: RetentionConfig): NoticeSection[] {
  const rathaus = town.offices.rathaus!;
  const t = texts().notice;
  const contact = [rathaus.phone && t.phone(rathaus.phone), rathaus.email && t.email(rathaus.email)].filter(Boolean).join(', ');
  return [
    {
      asked: ASKS_CONTROLLER,
      heading: t.controllerHeading,
      paragraphs: [t.controller(town.privacyContact.controller, contact), t.officer(town.privacyContact.dataProtectionOfficer)],
    },
    { heading: t.purposeHeading, paragraphs: [t.purpose, t.legalBasis] },
    {
      asked: ASKS_RETENTION,
      heading: t.retentionHeading,
      paragraphs: [
        t.conversations(config.CONVERSATION_RETENTION_DAYS),
        t.cases(config.CASE_RETENTION_DAYS),
        t.unanswered(config.UNANSWERED_RETENTION_DAYS),
        t.statistics(config.ANALYTICS_RETENTION_DAYS),
      ],
    },
    { asked: ASKS_RECIPIENTS, heading: t.recipientsHeading, paragraphs: [t.recipients(town.name), t.noAiService] },
    { heading: t.rightsHeading, paragraphs: [t.rights, t.complaint] },
    { heading: t.deleteHeading, paragraphs: [t.delete, t.show] },
  ];
}

const asText = (s: NoticeSection): string => `${labelled(s.heading)} ${s.paragraphs.join(' ')}`;

/** The notice as chat text (the answer to "Datenschutz"). */
export function privacyNoticeText(town: Municipality, config: RetentionConfig): string {
  return privacyNoticeSections(town, config).map(asText).join('\n\n');
}

/**
 * The answer to a question about one point of the notice ("Wie lange speichert ihr meine Daten?",
 * "Nutzt ihr ChatGPT?"): that point alone, and where the rest is. Undefined for any other question.
 */
export function privacyPointText(town: Municipality, config: RetentionConfig, question: string): string | undefined {
  const asked = privacyNoticeSections(town, config).find((s) => s.asked?.test(question));
  return asked && `${asText(asked)}\n\n${texts().notice.allPoints}`;
}

/** The notice as a page of the site. */
export function privacyNoticeHtml(town: Municipality, config: RetentionConfig): string {
  const sections = privacyNoticeSections(town, config)
    .map(
      (s) => `<section>\n<h2>${escapeHtml(s.heading)}</h2>\n${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</section>`,
    )
    .join('\n');
  return htmlPage(
    de.notice.pageTitle(town.name),
    `<h1>${escapeHtml(de.notice.heading(town.name))}</h1>\n${sections}\n<p><a href="/">${escapeHtml(de.notice.back)}</a></p>`,
  );
}

export function mountPrivacyNotice(app: Express, town: Municipality, config: RetentionConfig): void {
  // Built once: configuration and municipality.yaml do not change while the process runs.
  const page = privacyNoticeHtml(town, config);
  app.get('/datenschutz', (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('html').send(page);
  });
}
