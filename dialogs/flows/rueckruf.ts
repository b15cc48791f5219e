// Rückruf oder schriftliche Antwort der Verwaltung anfordern (rueckruf).
import type { FlowDefinition } from '../engine';
import { text } from '../engine';
import { choices, contactFor, type FlowContext, personName, YES_NO } from '../fields';

export const rueckruf = (_context: FlowContext): FlowDefinition => ({
  id: 'rueckruf',
  office: 'rathaus',
  title: 'Rückruf oder schriftliche Antwort der Verwaltung anfordern',
  starters: ['Rückruf anfordern', 'Rückruf'],
  intro:
    'Gern meldet sich die Verwaltung bei Ihnen. Ich stelle Ihnen dazu ein paar Fragen. Mit „zurück“ gehen Sie einen Schritt zurück, mit „abbrechen“ beenden Sie die Anfrage.',
  fields: [
    {
      name: 'anliegen',
      label: 'Anliegen',
      prompt: 'Worum geht es? Bitte beschreiben Sie Ihr Anliegen in wenigen Sätzen.',
      schema: text('Ihr Anliegen', 5),
      freeText: true,
      help: 'Schreiben Sie kurz, worum es geht, damit die richtige Stelle Sie zurückruft. Persönliche Details brauchen wir hier nicht.',
    },
    {
      name: 'name',
      label: 'Name',
      prompt: 'Wie heißen Sie? Die Verwaltung braucht Ihren Namen, um Sie zurückzurufen.',
      schema: personName(),
      holder: true,
      help: 'Vor- und Nachname genügen.',
    },
    {
      name: 'kontaktweg',
      label: 'Kontaktweg',
      prompt: 'Wie sollen wir Sie erreichen?',
      ...choices(['Telefon', 'E-Mail']),
      help: 'Wählen Sie, ob die Verwaltung Sie anrufen oder Ihnen schreiben soll.',
    },
    {
      name: 'kontakt',
      label: 'Kontakt',
      prompt: 'Unter welcher Telefonnummer oder E-Mail-Adresse erreichen wir Sie? Wir brauchen sie nur, um Ihnen zu antworten.',
      schema: (answers) => contactFor(answers.kontaktweg),
      help: 'Geben Sie die Telefonnummer oder E-Mail-Adresse an, die zu Ihrem gewählten Kontaktweg passt.',
    },
    {
      name: 'erreichbarkeit',
      label: 'Erreichbarkeit',
      prompt: 'Wann erreichen wir Sie am besten (z. B. „vormittags“)?',
      schema: text('Ihre Erreichbarkeit', 2, 200),
      help: 'Nennen Sie Tage oder Uhrzeiten, zu denen Sie gut erreichbar sind.',
    },
    {
      name: 'einwilligung',
      label: 'Einwilligung',
      prompt: 'Dürfen wir Ihre Kontaktdaten für die Antwort auf dieses Anliegen speichern? Sie werden danach gelöscht.',
      ...choices(YES_NO),
      stopsWith: (v) =>
        v === 'Nein'
          ? 'Ohne Ihre Einwilligung können wir Sie leider nicht zurückrufen. Ich habe die Anfrage beendet; nichts wurde gespeichert. Sie erreichen das Rathaus auch direkt.'
          : undefined,
      help: 'Ohne Ihre Einwilligung dürfen wir Ihre Kontaktdaten nicht speichern und Sie daher nicht zurückrufen.',
    },
  ],
});
