// The step-by-step requests of the catalogue (shared/topics.yaml, kind: flow).
import { z } from 'zod';
import type { Municipality } from '../knowledge/schema';
import { berlinWallClock } from '../knowledge/hours';
import { berlinInstant, parseGermanDateTime, showInstant } from './dates';
import { choice, text, type FlowDefinition } from './engine';
import { parseSlot, slotLabel, type Slot } from './slots';

const phone = /^\+?[0-9][0-9 /()-]{5,20}$/;
const email = z.email({ message: 'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.' });
const SKIP = ['überspringen', 'ueberspringen', 'nein', 'keine', 'kein'];
const skippable = <T>(inner: z.ZodType<T, string>): z.ZodType<T | null, string> =>
  z.string().transform((value, ctx) => {
    if (SKIP.includes(value.trim().toLowerCase())) return null;
    const parsed = inner.safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'Das habe ich nicht verstanden.' });
    return z.NEVER;
  });
const contactSchema = (way: unknown): z.ZodType<string, string> =>
  way === 'Telefon'
    ? z.string().trim().regex(phone, { message: 'Bitte geben Sie eine gültige Telefonnummer an, zum Beispiel 06029 1234.' })
    : email;
const anyContact: z.ZodType<string, string> = z.string().trim().refine((v) => phone.test(v) || email.safeParse(v).success, {
  message: 'Bitte geben Sie eine Telefonnummer oder E-Mail-Adresse an.',
});
const showOptional = (value: unknown): string =>
  value === null ? '—' : typeof value === 'object' && value && 'name' in value ? `Foto (${String((value as { name: unknown }).name)})` : String(value);

/** "01.03.2026", or "03/2024" for an approximate date. */
const showDate = (value: unknown): string => {
  const [y, m, d] = String(value).split('-');
  return d ? `${d}.${m}.${y}` : `${m}/${y}`;
};
const showDateTime = (value: unknown): string => showInstant(new Date(String(value)));
const WEEK_MS = 7 * 24 * 3600 * 1000;

export interface FlowOptions {
  /** The current time; tests pass a fixed one. */
  clock?: () => Date;
}

/** A word that names an event a club or a citizen holds ("Sommerfest", "Konzert", "Flohmarkt"). */
const EVENT = /\p{L}*(fest|feier|konzert|turnier|flohmarkt|weihnachtsmarkt|party|fasching|kerb|kirchweih|umzug|veranstaltung)\b/iu;

/** Words that name the kind of damage in a citizen's report, by category of the Mängelmelder. */
const DAMAGE_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Straßenbeleuchtung', /laterne|straßenlampe|straßenbeleuchtung|beleuchtung/iu],
  ['Spielplatz', /spielplatz|schaukel|rutsche|sandkasten|klettergerüst/iu],
  ['Verkehrszeichen', /verkehrszeichen|verkehrsschild|straßenschild|ortsschild|schild|ampel/iu],
  ['Wilder Müll', /müll|abfall|abgeladen|entsorgt|sperrmüll/iu],
  ['Straßenschaden', /schlagloch|straßenschaden|gehweg|bürgersteig|asphalt|belag|fahrbahn|gully|kanaldeckel/iu],
];

const defined = new WeakMap<Municipality, Record<string, FlowDefinition>>();

/** The flows of a town, built once: the definitions depend only on its profile, which does not change while running. */
export function flowsOf(municipality: Municipality): Record<string, FlowDefinition> {
  let flows = defined.get(municipality);
  if (!flows) defined.set(municipality, (flows = defineFlows(municipality)));
  return flows;
}

export function defineFlows(municipality: Municipality, options: FlowOptions = {}): Record<string, FlowDefinition> {
  const clock = options.clock ?? (() => new Date());
  /** A past day ("YYYY-MM-DD", or "YYYY-MM" when only month and year are known). */
  const pastDate = (example: string): z.ZodType<string, string> =>
    z.string().transform((value, ctx) => {
      const parsed = parseGermanDateTime(value, clock(), 'past');
      const today = berlinWallClock(clock()).date;
      if (parsed?.date && parsed.date <= today) return parsed.approximate ? parsed.date.slice(0, 7) : parsed.date;
      ctx.addIssue({ code: 'custom', message: parsed?.date ? 'Das Datum liegt in der Zukunft. Bitte prüfen Sie es.' : `Bitte nennen Sie ein Datum, z. B. ${example}.` });
      return z.NEVER;
    });
  /** A future date and time (an ISO instant); with `after`, a time alone means that day. */
  const futureDateTime = (after?: string): z.ZodType<string, string> =>
    z.string().transform((value, ctx) => {
      const parsed = parseGermanDateTime(value, clock());
      const date = parsed?.date ?? (after && !parsed?.approximate ? berlinWallClock(new Date(after)).date : undefined);
      if (!date || !parsed?.time || parsed.approximate) {
        ctx.addIssue({ code: 'custom', message: 'Bitte nennen Sie Datum und Uhrzeit, z. B. „12.7. 14 Uhr“ oder „nächsten Samstag halb drei“.' });
        return z.NEVER;
      }
      const at = berlinInstant(date, parsed.time);
      if (at <= clock()) ctx.addIssue({ code: 'custom', message: 'Dieser Zeitpunkt liegt in der Vergangenheit. Bitte nennen Sie einen späteren.' });
      else if (after && at <= new Date(after)) ctx.addIssue({ code: 'custom', message: `Das Ende muss nach dem Beginn liegen (${showDateTime(after)}).` });
      else return at.toISOString();
      return z.NEVER;
    });
  const ortsteile = municipality.ortsteile;
  const ort: z.ZodType<string, string> = z.string().trim().refine(
    (v) => v.length >= 5 && ortsteile.some((o) => v.toLowerCase().includes(o.toLowerCase())),
    { message: `Bitte nennen Sie den Ortsteil (${ortsteile.join(', ')}) und die Straße oder eine Beschreibung.` },
  );

  const rueckruf: FlowDefinition = {
    id: 'rueckruf', office: 'rathaus', title: 'Rückruf anfordern',
    starters: ['Rückruf anfordern', 'Rückruf', 'Rückruf oder schriftliche Antwort der Verwaltung anfordern'],
    intro: 'Gern meldet sich die Verwaltung bei Ihnen. Ich stelle Ihnen dazu ein paar Fragen. Mit „zurück“ gehen Sie einen Schritt zurück, mit „abbrechen“ beenden Sie die Anfrage.',
    fields: [
      { name: 'anliegen', label: 'Anliegen', prompt: 'Worum geht es? Bitte beschreiben Sie Ihr Anliegen in wenigen Sätzen.', schema: text('Ihr Anliegen', 5), freeText: true,
        help: 'Schreiben Sie kurz, worum es geht, damit die richtige Stelle Sie zurückruft. Persönliche Details brauchen wir hier nicht.' },
      { name: 'kontaktweg', label: 'Kontaktweg', prompt: 'Wie sollen wir Sie erreichen?', choices: ['Telefon', 'E-Mail'], schema: choice(['Telefon', 'E-Mail']),
        help: 'Wählen Sie, ob die Verwaltung Sie anrufen oder Ihnen schreiben soll.' },
      { name: 'kontakt', label: 'Kontakt', prompt: 'Unter welcher Telefonnummer oder E-Mail-Adresse erreichen wir Sie? Wir brauchen sie nur, um Ihnen zu antworten.',
        schema: (answers) => contactSchema(answers.kontaktweg), help: 'Geben Sie die Telefonnummer oder E-Mail-Adresse an, die zu Ihrem gewählten Kontaktweg passt.' },
      { name: 'erreichbarkeit', label: 'Erreichbarkeit', prompt: 'Wann erreichen wir Sie am besten (z. B. „vormittags“)?', schema: text('Ihre Erreichbarkeit', 2, 200), freeText: true,
        help: 'Nennen Sie Tage oder Uhrzeiten, zu denen Sie gut erreichbar sind.' },
      { name: 'einwilligung', label: 'Einwilligung', prompt: 'Dürfen wir Ihre Kontaktdaten für die Antwort auf dieses Anliegen speichern? Sie werden danach gelöscht.',
        choices: ['Ja', 'Nein'], schema: choice(['Ja', 'Nein']),
        stopsWith: (v) => (v === 'Nein' ? 'Ohne Ihre Einwilligung können wir Sie leider nicht zurückrufen. Ich habe die Anfrage beendet; nichts wurde gespeichert. Sie erreichen das Rathaus auch direkt.' : undefined),
        help: 'Ohne Ihre Einwilligung dürfen wir Ihre Kontaktdaten nicht speichern und Sie daher nicht zurückrufen.' },
    ],
  };
  const maengelmelder: FlowDefinition = {
    id: 'maengelmelder', office: 'bauhof', title: 'Schaden melden',
    starters: ['Schaden melden', 'Mangel melden', 'Schaden oder Mangel melden'],
    // "Die Laterne vor Hausnummer 5 in Schimborn ist kaputt": that is the category and the description.
    prefill: (said): Record<string, string> => {
      const kategorie = DAMAGE_WORDS.find(([, words]) => words.test(said))?.[0];
      return kategorie && said.trim().split(/\s+/).length >= 4 ? { kategorie, beschreibung: said.trim() } : {};
    },
    intro: 'Danke, dass Sie uns einen Schaden melden. Ich frage kurz nach Art, Ort und Beschreibung. Mit „abbrechen“ beenden Sie die Meldung.',
    fields: [
      { name: 'kategorie', label: 'Kategorie', prompt: 'Was möchten Sie melden?',
        choices: ['Straßenbeleuchtung', 'Straßenschaden', 'Wilder Müll', 'Spielplatz', 'Verkehrszeichen', 'Sonstiges'],
        schema: choice(['Straßenbeleuchtung', 'Straßenschaden', 'Wilder Müll', 'Spielplatz', 'Verkehrszeichen', 'Sonstiges']),
        help: 'Wählen Sie die passende Art. Wenn nichts passt, wählen Sie „Sonstiges“.' },
      { name: 'ort', label: 'Ort', prompt: `Wo genau ist es? Bitte nennen Sie den Ortsteil und die Straße oder eine Beschreibung.`, schema: ort, freeText: true,
        help: `Nennen Sie einen Ortsteil (${ortsteile.join(', ')}) und die Straße, Hausnummer oder eine Beschreibung.` },
      { name: 'beschreibung', label: 'Beschreibung', prompt: 'Bitte beschreiben Sie den Schaden kurz.', schema: text('den Schaden', 5), freeText: true,
        help: 'Was ist kaputt oder stört? Ein, zwei Sätze genügen.' },
      { name: 'foto', label: 'Foto', prompt: 'Möchten Sie ein Foto anhängen? Senden Sie es jetzt oder tippen Sie auf „überspringen“.', choices: ['überspringen'],
        schema: skippable(z.string().refine(() => false, { message: 'Bitte senden Sie ein Bild oder tippen Sie auf „überspringen“.' })),
        acceptsImage: true, show: showOptional, help: 'Ein Foto hilft dem Bauhof, den Schaden einzuschätzen. Es ist freiwillig.' },
      { name: 'kontakt', label: 'Kontakt', prompt: 'Für Rückfragen können Sie eine Telefonnummer oder E-Mail-Adresse angeben. Das ist freiwillig; tippen Sie sonst auf „überspringen“.',
        choices: ['überspringen'], schema: skippable(anyContact), show: showOptional,
        help: 'Mit Ihrem Kontakt kann der Bauhof nachfragen. Wir nutzen ihn nur für diese Meldung.' },
    ],
  };
  const yesNo = choice(['Ja', 'Nein']);
  const veranstaltung: FlowDefinition = {
    id: 'veranstaltung-anzeigen', office: 'ordnungsamt', title: 'Veranstaltung anzeigen',
    starters: ['Veranstaltung anzeigen', 'Veranstaltung anmelden', 'Veranstaltung anzeigen (Vereine)'],
    // "Wir möchten im Juli ein Sommerfest auf dem Sportplatz machen" (a plan, not a question).
    startsOn: new RegExp(`^(?!.*\\?)(?=.*\\b(wir|ich)\\b)(?=.*${EVENT.source})(?=.*\\b(machen|veranstalten|ausrichten|feiern|planen|anmelden|anzeigen|durchführen)\\b)`, 'iu'),
    prefill: (said): Record<string, string> => {
      const event = EVENT.exec(said)?.[0];
      return event ? { art: event.charAt(0).toUpperCase() + event.slice(1) } : {};
    },
    intro: 'Ich nehme die Anzeige Ihrer Veranstaltung für das Ordnungsamt auf. Mit „abbrechen“ beenden Sie die Anzeige.',
    next: 'Das Ordnungsamt prüft die Anzeige und meldet sich bei Rückfragen über den angegebenen Kontakt.',
    fields: [
      { name: 'veranstalter', label: 'Veranstalter', prompt: 'Wer veranstaltet (z. B. Verein)?', schema: text('den Veranstalter', 2, 200), freeText: true,
        help: 'Nennen Sie den Verein oder die Gruppe, die einlädt.' },
      { name: 'verantwortlicher', label: 'Verantwortliche Person', prompt: 'Wer ist verantwortlich? Das Ordnungsamt braucht den Namen für Rückfragen und die Genehmigung.',
        schema: text('die verantwortliche Person', 3, 200), freeText: true, help: 'Vor- und Nachname der Person, die vor Ort verantwortlich ist.' },
      { name: 'art', label: 'Art', prompt: 'Was für eine Veranstaltung ist es (z. B. Sommerfest, Konzert)?', schema: text('die Art', 3, 200), freeText: true,
        help: 'Eine kurze Bezeichnung genügt.' },
      { name: 'ort', label: 'Ort', prompt: 'Wo findet sie statt?', schema: text('den Ort', 3, 300), freeText: true, help: 'Adresse oder Gelände, z. B. „Festplatz Mömbris“.' },
      { name: 'beginn', label: 'Beginn', prompt: 'Wann beginnt sie (Datum und Uhrzeit, z. B. „12.7. 14 Uhr“)?', schema: futureDateTime(), show: showDateTime,
        invalidates: ['ende'],
        note: (v) => (new Date(String(v)).getTime() - clock().getTime() < WEEK_MS
          ? 'Hinweis: Veranstaltungen sind mindestens eine Woche vorher anzuzeigen (Art. 19 LStVG). Die Anzeige kann dafür zu spät sein; bitte rufen Sie zusätzlich das Ordnungsamt an.'
          : undefined),
        help: 'Nennen Sie Datum und Uhrzeit, z. B. „12.7. 14 Uhr“ oder „nächsten Samstag halb drei“.' },
      { name: 'ende', label: 'Ende', prompt: 'Wann endet sie (z. B. „22 Uhr“ oder „13.7. 1 Uhr“)?', schema: (answers) => futureDateTime(typeof answers.beginn === 'string' ? answers.beginn : undefined), show: showDateTime,
        help: 'Eine Uhrzeit genügt, wenn die Veranstaltung am selben Tag endet; sonst Datum und Uhrzeit.' },
      { name: 'besucher', label: 'Besucherzahl', prompt: 'Mit wie vielen Besuchern rechnen Sie?',
        schema: z.string().trim().regex(/^\d{1,6}$/, { message: 'Bitte geben Sie eine Zahl an, z. B. 150.' }).transform(Number), help: 'Eine Schätzung genügt.' },
      { name: 'alkohol', label: 'Alkoholausschank', prompt: 'Wird Alkohol ausgeschenkt?', choices: ['Ja', 'Nein'], schema: yesNo,
        note: (v) => (v === 'Ja' ? 'Für den Ausschank brauchen Sie zusätzlich eine Gestattung nach dem Gaststättengesetz. Das Ordnungsamt sendet Ihnen das Formular.' : undefined),
        help: 'Auch bei Ausschank gegen Spende ist eine Gestattung nötig.' },
      { name: 'musik', label: 'Musik', prompt: 'Gibt es Musik (live oder vom Band)?', choices: ['Ja', 'Nein'], schema: yesNo, help: 'Wichtig für Lärmschutz und Sperrzeit.' },
      { name: 'kontakt', label: 'Kontakt', prompt: 'Unter welcher Telefonnummer oder E-Mail-Adresse erreicht das Ordnungsamt Sie? Wir brauchen sie für Rückfragen zur Anzeige.',
        schema: anyContact, help: 'Telefonnummer oder E-Mail-Adresse der verantwortlichen Person.' },
    ],
  };
  const hund: FlowDefinition = {
    id: 'hund-anmelden', office: 'steueramt', title: 'Hund anmelden',
    starters: ['Hund anmelden', 'Hund zur Hundesteuer anmelden'],
    intro: 'Ich nehme die Anmeldung Ihres Hundes zur Hundesteuer auf. Mit „abbrechen“ beenden Sie die Anmeldung.',
    next: 'Das Steueramt schickt Ihnen den Steuerbescheid und die Hundemarke. Die Hundemarke muss der Hund außerhalb des Hauses tragen.',
    fields: [
      { name: 'halter', label: 'Halter', prompt: 'Wie heißt die Halterin oder der Halter? Das Steueramt braucht den Namen für den Steuerbescheid.',
        schema: text('den Namen', 3, 200), freeText: true, help: 'Vor- und Nachname der Person, die den Hund hält.' },
      { name: 'anschrift', label: 'Anschrift', prompt: 'Wie lautet Ihre Anschrift? Sie ist für den Bescheid nötig.', schema: ort, freeText: true,
        help: `Straße, Hausnummer und Ortsteil (${ortsteile.join(', ')}).` },
      { name: 'rasse', label: 'Rasse', prompt: 'Welche Rasse hat der Hund (oder „Mischling“)?', schema: text('die Rasse', 3, 100), freeText: true, help: 'Bei Mischlingen genügt „Mischling“.' },
      { name: 'geburtsdatum', label: 'Geburtsdatum', prompt: 'Wann wurde der Hund geboren? Ungefähr genügt, z. B. „März 2024“.', schema: pastDate('„14.3.2024“ oder „März 2024“'), show: showDate,
        help: 'Das Geburtsdatum steht im Heimtierausweis. Wenn Sie es nicht genau wissen, genügen Monat und Jahr.' },
      { name: 'haltungsbeginn', label: 'Haltungsbeginn', prompt: 'Seit wann halten Sie den Hund (Datum)?', schema: pastDate('„1.3.2026“ oder „heute“'), show: showDate,
        help: 'Das Datum, an dem der Hund zu Ihnen kam, z. B. 1.3.2026.' },
      { name: 'listenhund', label: 'Listenhund', prompt: 'Ist es ein Listenhund (Kampfhund)?', choices: ['Ja', 'Nein'], schema: yesNo, note: (v) => (v === 'Ja' ? 'Für Kampfhunde gilt ein höherer Steuersatz. Die Höhe nennt Ihnen das Steueramt.' : undefined),
        help: 'Listenhunde sind in Bayern in einer Verordnung aufgezählt; im Zweifel „Ja“.' },
      { name: 'ermaessigung', label: 'Ermäßigung', prompt: 'Beantragen Sie eine Ermäßigung?', choices: ['Keine', 'Blindenführhund', 'Rettungshund', 'Sonstiger Grund'],
        schema: choice(['Keine', 'Blindenführhund', 'Rettungshund', 'Sonstiger Grund']),
        note: (v) => (v === 'Keine' ? undefined : 'Für die Ermäßigung brauchen Sie einen Nachweis. Bitte reichen Sie ihn beim Steueramt ein.'), help: 'Nachweise reichen Sie bitte beim Steueramt ein.' },
    ],
  };
  const services = municipality.offices.buergerbuero?.services?.length ? municipality.offices.buergerbuero.services : ['Sonstiges'];
  const termin: FlowDefinition = {
    id: 'termin-buchen', office: 'buergerbuero', title: 'Termin vereinbaren',
    starters: ['Termin vereinbaren', 'Termin buchen', 'Termin im Bürgerbüro vereinbaren'],
    // "Ich brauche einen Termin für einen neuen Reisepass" (a wish, not "Brauche ich einen Termin?").
    startsOn: /\b(ich|wir)\s+(brauche|brauchen|bräuchte|bräuchten|benötige|benötigen|möchte|möchten|hätte gern|hätten gern|will|wollen|würde gern|würden gern)\s+((gern|gerne|bitte|dringend|noch|schnell)\s+)?(einen|ein|nen)\s+((neuen|freien)\s+)?termin\b/iu,
    // The service named in that message ("… für einen neuen Reisepass") is not asked again.
    prefill: (said): Record<string, string> => {
      const text = said.toLowerCase();
      const named = services.find((s) => s !== 'Sonstiges' && s.split(' oder ').some((part) => text.includes(part.toLowerCase())));
      return named ? { anliegen: named } : {};
    },
    intro: 'Gern vereinbare ich einen Termin im Bürgerbüro für Sie. Mit „abbrechen“ beenden Sie die Buchung. Einen gebuchten Termin sagen Sie mit „Termin absagen“ ab.',
    fields: [
      { name: 'anliegen', label: 'Anliegen', prompt: 'Worum geht es bei Ihrem Termin?', choices: services, schema: choice(services),
        help: 'Wählen Sie, was Sie im Bürgerbüro erledigen möchten. Wenn nichts passt, wählen Sie „Sonstiges“.' },
      { name: 'zeitfenster', label: 'Termin', prompt: 'Welcher Termin passt Ihnen? Das sind die nächsten freien Termine.', runtimeChoices: true,
        schema: (_answers, offered) => z.string().transform((value, ctx): Slot => {
          const slot = parseSlot(value, clock());
          if (slot && offered.includes(slotLabel(slot))) return slot;
          ctx.addIssue({ code: 'custom', message: 'Bitte wählen Sie einen der angebotenen freien Termine.' });
          return z.NEVER;
        }),
        show: (v) => slotLabel(v as Slot),
        help: 'Tippen Sie auf einen der Termine. Passt keiner, rufen Sie bitte das Bürgerbüro an.' },
      { name: 'name', label: 'Name', prompt: 'Auf welchen Namen soll der Termin laufen? Das Bürgerbüro braucht ihn, um Sie aufzurufen.',
        schema: text('Ihren Namen', 3, 200), freeText: true, help: 'Vor- und Nachname genügen.' },
      { name: 'kontakt', label: 'Kontakt', prompt: 'Unter welcher Telefonnummer oder E-Mail-Adresse erreichen wir Sie, falls sich am Termin etwas ändert?',
        schema: anyContact, help: 'Wir nutzen Ihren Kontakt nur für diesen Termin.' },
    ],
  };
  const terminAbsagen: FlowDefinition = {
    id: 'termin-absagen', office: 'buergerbuero', title: 'Termin absagen', confirm: false,
    starters: ['Termin absagen', 'Termin stornieren'],
    prefill: (said): Record<string, string> => {
      const reference = /\b[A-Z]{2,6}-\d{4}-\d{5}\b/i.exec(said)?.[0];
      return reference ? { vorgangsnummer: reference } : {};
    },
    // "Ich kann meinen Termin nicht wahrnehmen", "Termin MOE-2026-00012 stornieren", "Termin verschieben".
    startsOn: /\btermin\b.*\b(absag\w*|abzusagen|stornier\w*|nicht (wahrnehmen|kommen|einhalten)|verschieb\w*|verlegen|canceln)\b|\b(absag\w*|stornier\w*)\b.*\btermin/iu,
    intro: 'Gern sage ich Ihren Termin im Bürgerbüro ab.',
    fields: [
      { name: 'vorgangsnummer', label: 'Vorgangsnummer', prompt: 'Wie lautet die Vorgangsnummer Ihres Termins (z. B. MOE-2026-00042)?',
        schema: z.string().trim().toUpperCase().regex(/^[A-Z]{2,6}-\d{4}-\d{5}$/, { message: 'Die Vorgangsnummer sieht so aus: MOE-2026-00042.' }),
        help: 'Die Vorgangsnummer stand in der Bestätigung Ihrer Buchung.' },
      { name: 'name', label: 'Name', prompt: 'Zur Sicherheit: Auf welchen Namen ist der Termin gebucht?', schema: text('den Namen', 3, 200), freeText: true,
        help: 'Der Name, den Sie bei der Buchung angegeben haben. So kann niemand fremde Termine absagen.' },
    ],
  };
  return {
    rueckruf, maengelmelder, 'veranstaltung-anzeigen': veranstaltung, 'hund-anmelden': hund,
    // Cancelling first: its start pattern wins over booking's ("Ich möchte einen Termin absagen").
    'termin-absagen': terminAbsagen, 'termin-buchen': termin,
  };
}

