// Veranstaltung anzeigen (veranstaltung-anzeigen): a club's event for the Ordnungsamt, with the
// one-week notice of Art. 19 LStVG and the Gestattung for serving alcohol.
import { text, type FlowDefinition } from '../engine';
import { anyContact, choices, count, type FlowContext, futureDateTime, personName, showDateTime, YES_NO } from '../fields';

/** A word that names an event a club or a citizen holds ("Sommerfest", "Konzert", "Flohmarkt"). */
const EVENT = /\p{L}*(fest|feier|konzert|turnier|flohmarkt|weihnachtsmarkt|party|fasching|kerb|kirchweih|umzug|veranstaltung)\b/iu;
const WEEK_MS = 7 * 24 * 3600 * 1000;

export const veranstaltungAnzeigen = (context: FlowContext): FlowDefinition => {
  const when = futureDateTime(context);
  return {
    id: 'veranstaltung-anzeigen',
    office: 'ordnungsamt',
    title: 'Veranstaltung anzeigen (Vereine)',
    starters: ['Veranstaltung anzeigen', 'Veranstaltung anmelden'],
    // "Wir möchten im Juli ein Sommerfest auf dem Sportplatz machen" (a plan, not a question).
    startsOn: new RegExp(
      `^(?!.*\\?)(?=.*\\b(wir|ich)\\b)(?=.*${EVENT.source})(?=.*\\b(machen|veranstalten|ausrichten|feiern|planen|anmelden|anzeigen|durchführen)\\b)`,
      'iu',
    ),
    prefill: (said): Record<string, string> => {
      const event = EVENT.exec(said)?.[0];
      // "Veranstaltung anzeigen" names no kind of event; "Sommerfest" or "Musikveranstaltung" does.
      return event && event.toLowerCase() !== 'veranstaltung' ? { art: event.charAt(0).toUpperCase() + event.slice(1) } : {};
    },
    intro: 'Ich nehme die Anzeige Ihrer Veranstaltung für das Ordnungsamt auf. Mit „abbrechen“ beenden Sie die Anzeige.',
    next: 'Das Ordnungsamt prüft die Anzeige und meldet sich bei Rückfragen über den angegebenen Kontakt.',
    fields: [
      {
        name: 'veranstalter',
        label: 'Veranstalter',
        prompt: 'Wer veranstaltet (z. B. Verein)?',
        schema: text('den Veranstalter', 2, 200),
        help: 'Nennen Sie den Verein oder die Gruppe, die einlädt.',
      },
      {
        name: 'verantwortlicher',
        label: 'Verantwortliche Person',
        prompt: 'Wer ist verantwortlich? Das Ordnungsamt braucht den Namen für Rückfragen und die Genehmigung.',
        schema: personName(),
        holder: true,
        help: 'Vor- und Nachname der Person, die vor Ort verantwortlich ist.',
      },
      {
        name: 'art',
        label: 'Art',
        prompt: 'Was für eine Veranstaltung ist es (z. B. Sommerfest, Konzert)?',
        schema: text('die Art', 3, 200),
        help: 'Eine kurze Bezeichnung genügt.',
      },
      {
        name: 'ort',
        label: 'Ort',
        prompt: 'Wo findet sie statt?',
        schema: text('den Ort', 3, 300),
        help: 'Adresse oder Gelände, z. B. „Festplatz Mömbris“.',
      },
      {
        name: 'beginn',
        echo: true,
        label: 'Beginn',
        prompt: 'Wann beginnt sie (Datum und Uhrzeit, z. B. „12.7. 14 Uhr“)?',
        schema: when(),
        show: showDateTime,
        invalidates: ['ende'],
        note: (v) =>
          new Date(String(v)).getTime() - context.clock().getTime() < WEEK_MS
            ? 'Hinweis: Veranstaltungen sind mindestens eine Woche vorher anzuzeigen (Art. 19 LStVG). Die Anzeige kann dafür zu spät sein; bitte rufen Sie zusätzlich das Ordnungsamt an.'
            : undefined,
        help: 'Nennen Sie Datum und Uhrzeit, z. B. „12.7. 14 Uhr“ oder „nächsten Samstag halb drei“.',
      },
      {
        name: 'ende',
        echo: true,
        label: 'Ende',
        prompt: 'Wann endet sie (z. B. „22 Uhr“ oder „13.7. 1 Uhr“)?',
        schema: (answers) => when(typeof answers.beginn === 'string' ? answers.beginn : undefined),
        show: showDateTime,
        help: 'Eine Uhrzeit genügt, wenn die Veranstaltung am selben Tag endet; sonst Datum und Uhrzeit.',
      },
      {
        name: 'besucher',
        echo: true,
        label: 'Besucherzahl',
        prompt: 'Mit wie vielen Besuchern rechnen Sie?',
        schema: count(),
        help: 'Eine Schätzung genügt.',
      },
      {
        name: 'alkohol',
        label: 'Alkoholausschank',
        prompt: 'Wird Alkohol ausgeschenkt?',
        ...choices(YES_NO),
        note: (v) =>
          v === 'Ja'
            ? 'Für den Ausschank brauchen Sie zusätzlich eine Gestattung nach dem Gaststättengesetz. Das Ordnungsamt sendet Ihnen das Formular.'
            : undefined,
        help: 'Auch bei Ausschank gegen Spende ist eine Gestattung nötig.',
      },
      {
        name: 'musik',
        label: 'Musik',
        prompt: 'Gibt es Musik (live oder vom Band)?',
        ...choices(YES_NO),
        help: 'Wichtig für Lärmschutz und Sperrzeit.',
      },
      {
        name: 'kontakt',
        label: 'Kontakt',
        prompt:
          'Unter welcher Telefonnummer oder E-Mail-Adresse erreicht das Ordnungsamt Sie? Wir brauchen sie für Rückfragen zur Anzeige.',
        schema: anyContact,
        help: 'Telefonnummer oder E-Mail-Adresse der verantwortlichen Person.',
      },
    ],
  };
};
