// Delivery by e-mail: a plain-text German mail per case to the responsible office (its address in
// municipality.yaml, else the Rathaus), with the reference in the subject and photos attached.
// The Message-ID is derived from the delivery id, so a mail system can recognise a repeat.
import { de } from '../../knowledge/texts/de';
import { inLanguage } from '../../knowledge/texts/index';
import type { Transporter } from 'nodemailer';
import { shownAnswers } from '../../dialogs/engine';
import { flowsOf } from '../../dialogs/flows';
import { showInstant } from '../../dialogs/dates';
import type { Municipality } from '../../knowledge/schema';
import type { Config } from '../config';
import type { CaseDelivery, Deliverer } from './types';

/** The mail's address, subject and text (German, plain). */
function caseMail(delivery: CaseDelivery, municipality: Municipality): { to: string; subject: string; text: string } {
  const { item } = delivery;
  const flow = flowsOf(municipality)[item.flow];
  const office = municipality.offices[item.office];
  const to = office?.email ?? municipality.offices.rathaus!.email;
  if (!to) throw new Error(`no e-mail address for office ${item.office}`);
  const lines = shownAnswers(flow, item.answers).map(({ field, value }) => `${field}: ${value}`);
  const title = flow?.title ?? item.flow;
  const t = de.officeMail;
  const cancelled = item.status === 'cancelled';
  return {
    to,
    subject: t.subject(item.reference, title, cancelled),
    text: [
      t.intro(municipality.name),
      '',
      `${t.reference}: ${item.reference}`,
      `${t.request}: ${title}`,
      `${t.office}: ${office?.name ?? item.office}`,
      `${t.received}: ${showInstant(new Date(item.createdAt))}`,
      `${t.language}: ${de.staff.languages[item.language ?? 'de']}`,
      ...(cancelled ? ['', t.cancelled] : []),
      '',
      `${t.answers}:`,
      ...lines,
      ...(delivery.attachments.length ? ['', `${t.attachments}: ${delivery.attachments.map((a) => a.name).join(', ')}`] : []),
      '',
      t.replyHint,
    ].join('\n'),
  };
}

export function mailDeliverer(config: Config, municipality: Municipality): Deliverer | undefined {
  if (!config.CASE_SMTP_URL || !config.CASE_MAIL_FROM) return undefined;
  const url = config.CASE_SMTP_URL;
  // Loaded with the first mail: an installation that delivers by webhook never holds nodemailer (13 MB).
  let transport: Promise<Transporter> | undefined;
  const domain = config.CASE_MAIL_FROM.split('@')[1];
  return {
    channel: 'mail',
    async deliver(delivery: CaseDelivery): Promise<void> {
      // German whatever the conversation's language (a delivery may run inside an English turn).
      const mail = inLanguage('de', () => caseMail(delivery, municipality));
      const transporter = await (transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(url)));
      await transporter.sendMail({
        from: config.CASE_MAIL_FROM,
        ...mail,
        messageId: `<${delivery.id}@${domain}>`,
        attachments: delivery.attachments.map((a) => ({ filename: a.name, content: a.data, contentType: a.contentType })),
      });
    },
    close: () =>
      void transport?.then(
        (t) => t.close(),
        () => undefined,
      ),
  };
}
