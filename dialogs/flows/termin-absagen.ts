// Termin absagen (termin-absagen, not a topic of the catalogue: reached from termin-buchen's words):
// reference number and name, then bot/ frees the slot and marks the case cancelled. Moving an
// appointment (termin-verschieben.ts) finds the booking the same way.
import { z } from 'zod';
import type { FlowDefinition } from '../engine';
import { declines } from '../../knowledge/texts/commands';
import { texts } from '../../knowledge/texts/index';
import { anyContact, type FlowContext, personName, referenceAnswer, referenceShapedIn } from '../fields';

/** No contact given where the booking's is asked: the request ends (the value never reaches a case). */
const NO_CONTACT = '';

/** How a reference number looks, and who helps without it ("weiß ich nicht mehr" had looped), in the citizen's language. */
const referenceShape = (phone: string | null | undefined) => ({
  de: `Die Vorgangsnummer sieht so aus: MOE-2026-00042.${phone ? ` Ohne Nummer hilft Ihnen das Bürgerbüro: Telefon ${phone}.` : ''}`,
  en: `A reference number looks like this: MOE-2026-00042.${phone ? ` Without the number, the Bürgerbüro will help you: phone ${phone}.` : ''}`,
  ls: `Die Vorgangs·nummer sieht so aus: MOE-2026-00042${phone ? `\nSie haben die Nummer nicht? Dann rufen Sie das Bürger·büro an: ${phone}` : ''}`,
});

/** One's own booked appointment named ("zu meinem Termin", "den Termin", "my appointment"), not one wished for ("einen Termin"). */
export const OWN_APPOINTMENT =
  /(?<!\p{L})(?:mein|meine[nm]?|meim|unser\p{L}*|de[nmr]|zum|diese[nm]?|my|our|the)\s+(?:\p{L}+\s+){0,2}?(?:termin|appointment)/iu;
/** Not being able to come ("kann nicht … kommen", "schaffe es morgen nicht", "can't make it"). */
const CANNOT_COME =
  // ("ich kann zu meim termin ned komme": trial 44, read as a status question.)
  /(?<!\p{L})(?:nicht|net|nich|ned|nit|not|can't|cannot|won't)(?!\p{L}).{0,60}?(?<!\p{L})(?:kommen|komme|kumme|schaffen|schaffe|wahrnehmen|erscheinen|einhalten|make\s+it|come|attend)(?!\p{L})|(?<!\p{L})schaff\p{L}*\s+(?:es|das|den)\s+(?:\p{L}+\s+){0,2}?nicht(?!\p{L})|(?<!\p{L})(?:dazwischen\s?gekommen|verhindert)(?!\p{L})/iu;
/**
 * "ach wisst ihr was, ich sag den ganz ab", "please cancel", "ich kann morgen doch nicht kommen": cancelling without
 * naming the appointment, which only the chat that booked one reads so (bot/ asks which, trial 47: a new booking had
 * begun, or the consumer advice centre was named).
 */
const CANCEL_UNNAMED =
  /(?<!\p{L})(?:sag\p{L}*\s+(?:\p{L}+\s+){0,3}?ab|absag\p{L}*|abzusagen|stornier\p{L}*|cancel(?:led|ling)?|call\s+(?:it\s+)?off)(?!\p{L})/iu;
export const cancelsUnnamed = (said: string): boolean => CANCEL_UNNAMED.test(said) || CANNOT_COME.test(said);
/** "Ich kann nicht zu meinem Termin kommen", "Ich schaffe es morgen nicht zu meinem Termin": one's booked appointment, not kept. */
const cannotKeep = (said: string): boolean => OWN_APPOINTMENT.test(said) && CANNOT_COME.test(said);

/** A booked appointment found by its reference number and the booker's name: to cancel it, or to move it. */
export const byReference = (
  context: FlowContext,
  { verb, ...what }: Pick<FlowDefinition, 'id' | 'title' | 'completion' | 'starters' | 'startsOn' | 'intro'> & { verb: string },
  translated: { en: { title: string; intro: string; verb: string }; ls: { intro: string; verb: string } },
): FlowDefinition => ({
  ...what,
  office: 'buergerbuero',
  confirm: false,
  prefill: (said): Record<string, string> => {
    const reference = referenceShapedIn(said);
    return reference ? { vorgangsnummer: reference } : {};
  },
  fields: [
    {
      name: 'vorgangsnummer',
      label: 'Vorgangsnummer',
      prompt: 'Wie lautet die Vorgangsnummer Ihres Termins (z. B. MOE-2026-00042)?',
      schema: referenceAnswer(referenceShape(context.municipality.offices.buergerbuero?.phone)[context.language]),
      help: 'Die Vorgangsnummer stand in der Bestätigung Ihrer Buchung.',
    },
    {
      name: 'name',
      label: 'Name',
      prompt: 'Zur Sicherheit: Auf welchen Namen ist der Termin gebucht?',
      schema: personName(true),
      help: `Der Name, den Sie bei der Buchung angegeben haben. So kann niemand fremde Termine ${verb}.`,
    },
    {
      // Asked by bot/ only from another chat than the booking's (inactive until then): numbers are
      // given in order, so a number and a surname alone could be guessed.
      name: 'kontakt',
      label: 'Kontakt',
      prompt: 'Und zur Sicherheit: Welche Telefonnummer oder E-Mail-Adresse haben Sie bei der Buchung angegeben?',
      // "Ich habe keine angegeben": the booking is then only the office's to change, and the request ends with whom to call
      // (trial 53: told "sonst können wir Sie nicht erreichen"; trial 54: the question came again after it).
      schema: z.string().transform((said, ctx) => {
        if (declines(said)) return NO_CONTACT;
        const contact = anyContact.safeParse(said);
        if (contact.success) return contact.data;
        for (const issue of contact.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
        return z.NEVER;
      }),
      stopsWith: (value) =>
        value === NO_CONTACT ? texts().fields.noContactToCheck(context.municipality.offices.buergerbuero?.phone) : undefined,
      condition: (answers) => answers.kontakt !== undefined,
      help: `Die Telefonnummer oder E-Mail-Adresse aus Ihrer Buchung. So kann niemand fremde Termine ${verb}.`,
    },
  ],
  translations: {
    en: {
      title: translated.en.title,
      intro: translated.en.intro,
      fields: {
        vorgangsnummer: {
          label: 'Reference number',
          prompt: 'What is the reference number of your appointment (for example MOE-2026-00042)?',
          help: 'The reference number was in the confirmation of your booking.',
        },
        name: {
          label: 'Name',
          prompt: 'To be safe: under which name is the appointment booked?',
          help: `The name you gave when booking. This way nobody can ${translated.en.verb} other people’s appointments.`,
        },
        kontakt: {
          label: 'Contact',
          prompt: 'And to be safe: which telephone number or e-mail address did you give when booking?',
          help: `The telephone number or e-mail address of your booking. This way nobody can ${translated.en.verb} other people’s appointments.`,
        },
      },
    },
    ls: {
      intro: translated.ls.intro,
      fields: {
        vorgangsnummer: {
          label: 'Vorgangs·nummer',
          prompt: 'Wie ist die Vorgangs·nummer von Ihrem Termin?\nZum Beispiel: MOE-2026-00042',
          help: 'Die Vorgangs·nummer stand in der Nachricht zu Ihrem Termin.',
        },
        name: {
          label: 'Name',
          prompt: `Auf welchen Namen ist der Termin?\nSo kann niemand einen fremden Termin ${translated.ls.verb}.`,
          help: 'Schreiben Sie den Namen für den Termin.\nZum Beispiel: Weber',
        },
        kontakt: {
          label: 'Kontakt',
          prompt: 'Welche Telefon·nummer oder E-Mail haben Sie bei dem Termin angegeben?',
          help: 'Schreiben Sie die Telefon·nummer oder die E-Mail von Ihrem Termin.',
        },
      },
    },
  },
});

// "absagen" or "Ja, absagen" alone (the button of "Soll ich Ihren Termin … absagen?") is cancelling too.
const CANCELS =
  /\btermin\b.*\b(absag\w*|abzusagen|stornier\w*|nicht (wahrnehmen|kommen|einhalten)|canceln)\b|\b(absag\w*|stornier\w*)\b.*\btermin|\b(cancel\w*|call off)\b.*\bappointment|\bappointment\b.*\bcancel|^\W*(?:ja\W+)?(?:absagen|stornieren)\W*$/iu;

export const terminAbsagen = (context: FlowContext): FlowDefinition =>
  byReference(
    context,
    {
      id: 'termin-absagen',
      title: 'Termin absagen',
      completion: 'cancel-appointment',
      starters: ['Termin stornieren'],
      // "Ich kann meinen Termin nicht wahrnehmen", "Termin MOE-2026-00012 stornieren", "Ich kann nicht zu meinem Termin kommen".
      startsOn: { test: (said) => CANCELS.test(said) || cannotKeep(said) },
      intro: 'Gern sage ich Ihren Termin im Bürgerbüro ab.',
      verb: 'absagen',
    },
    {
      en: { title: 'Cancel an appointment', intro: 'I will gladly cancel your appointment at the Bürgerbüro.', verb: 'cancel' },
      ls: { intro: 'Sie möchten Ihren Termin im Bürger·büro absagen?\nDas mache ich gern.', verb: 'absagen' },
    },
  );
