// German texts the assistant says on its own (not from the knowledge base). Formal "Sie",
// short sentences. One place, so that the town can review the wording.
import type { Municipality } from '../knowledge/schema';

export const welcomeText = (town: Municipality): string =>
  [
    `Guten Tag! Ich bin der digitale Assistent des ${town.name}.`,
    'Ich bin ein automatisches Programm, kein Mensch.',
    'Ich beantworte Fragen zu den Diensten der Verwaltung und helfe Ihnen Schritt für Schritt bei einfachen Anliegen.',
    'Möchten Sie mit einem Menschen sprechen? Schreiben Sie einfach „Mitarbeiter“.',
    'Wie wir mit Ihren Daten umgehen, erfahren Sie mit „Datenschutz“.',
  ].join(' ');

export const welcomeSuggestions = ['Öffnungszeiten', 'Mit einem Menschen sprechen', 'Datenschutz'];

/** How to reach the Rathaus, from the profile only (values the town has not confirmed are left out). */
export function rathausContact(town: Municipality): string {
  const rathaus = town.offices.rathaus!;
  const parts = [rathaus.phone && `Telefon ${rathaus.phone}`, rathaus.email && `E-Mail ${rathaus.email}`].filter(Boolean);
  return parts.length ? `${rathaus.name}: ${parts.join(', ')}.` : `Bitte wenden Sie sich an das ${rathaus.name}.`;
}

export const fallbackText = (town: Municipality): string =>
  [
    'Dazu habe ich leider keine gesicherte Auskunft. Ich möchte Ihnen nichts Falsches sagen.',
    'Bitte formulieren Sie Ihre Frage anders oder sprechen Sie mit einem Menschen.',
    rathausContact(town),
  ].join(' ');

export const noTextText = 'Ich kann bisher nur Textnachrichten lesen. Bitte schreiben Sie mir Ihr Anliegen.';

export const busyText = 'Entschuldigung, das hat gerade nicht geklappt. Bitte senden Sie Ihre Nachricht noch einmal.';

export const errorText = (town: Municipality): string =>
  `Entschuldigung, dabei ist ein technischer Fehler aufgetreten. Bitte versuchen Sie es später noch einmal. ${rathausContact(town)}`;

// Built-in intents of the router (system topics of ../shared/topics.yaml).
export const greetingText = (town: Municipality): string =>
  `Guten Tag! Ich bin der digitale Assistent des ${town.name}. Stellen Sie mir Ihre Frage, zum Beispiel „Was kostet ein Personalausweis?“.`;

export const thanksText = 'Gern geschehen! Kann ich Ihnen noch bei etwas anderem helfen? Wenn Sie mögen, sagen Sie mir, ob Ihnen die Antwort geholfen hat.';

export const helpText = [
  'Ich beantworte Fragen zu den Diensten der Verwaltung, zum Beispiel zu Ausweis und Pass, Anmeldung, Urkunden, Steuern, Müll, Bauen und Vereinen.',
  'Einfache Anliegen nehme ich Schritt für Schritt auf: einen Schaden melden, einen Termin vereinbaren, einen Hund anmelden, eine Veranstaltung anzeigen oder einen Rückruf anfordern.',
  'Sie können jederzeit „Mitarbeiter“ schreiben, dann verbinde ich Sie mit einem Menschen.',
].join(' ');

export const helpSuggestions = ['Schaden oder Mangel melden', 'Termin im Bürgerbüro vereinbaren', 'Öffnungszeiten'];

export const botIdentityText =
  'Ich bin ein automatischer Assistent, kein Mensch. Meine Antworten stammen aus der geprüften Wissensdatenbank der Verwaltung. Wenn Sie mit einem Menschen sprechen möchten, schreiben Sie „Mitarbeiter“.';

export const tooLongText = (maxChars: number): string =>
  `Ihre Nachricht ist zu lang. Bitte fassen Sie Ihr Anliegen in höchstens ${maxChars} Zeichen zusammen.`;

export const tooManyMessagesText = (retryAfterSeconds: number): string =>
  `Sie haben sehr viele Nachrichten in kurzer Zeit geschickt. Bitte warten Sie ${retryAfterSeconds} Sekunden und schreiben Sie dann erneut.`;

/** After a referral to another body: the Rathaus still helps if the citizen wants. */
export const referralOfferText = 'Wenn Sie trotzdem Fragen an das Rathaus haben, verbinde ich Sie gern mit einem Menschen.';

/** A message with two requests: the first is answered, the second offered. */
export const alsoText = (title: string): string => `Sie haben auch nach „${title}“ gefragt. Tippen Sie darauf, dann helfe ich Ihnen auch dabei.`;

export const clarifyText = 'Ich bin nicht ganz sicher, was Sie meinen. Meinten Sie eines dieser Themen?';

export const offerPersonSuggestion = 'Mit einem Menschen sprechen';
