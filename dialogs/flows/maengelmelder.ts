// Schaden oder Mangel melden (maengelmelder): kind, place, description, an optional photo and contact.
import { z } from 'zod';
import { text, type FlowDefinition } from '../engine';
import { button } from '../../knowledge/texts/commands';
import { anyContact, choices, type FlowContext, placeInTown, showOptional, skippable } from '../fields';

const CATEGORIES = ['Straßenbeleuchtung', 'Straßenschaden', 'Wilder Müll', 'Spielplatz', 'Verkehrszeichen', 'Sonstiges'] as const;

/** Words that name the kind of damage in a citizen's report, by category. */
const DAMAGE_WORDS: ReadonlyArray<readonly [(typeof CATEGORIES)[number], RegExp]> = [
  ['Straßenbeleuchtung', /laterne|straßenlampe|straßenbeleuchtung|beleuchtung/iu],
  ['Spielplatz', /spielplatz|schaukel|rutsche|sandkasten|klettergerüst/iu],
  ['Verkehrszeichen', /verkehrszeichen|verkehrsschild|straßenschild|ortsschild|schild|ampel/iu],
  ['Wilder Müll', /müll|abfall|abgeladen|entsorgt|sperrmüll/iu],
  ['Straßenschaden', /schlagloch|straßenschaden|gehweg|bürgersteig|asphalt|belag|fahrbahn|gully|kanaldeckel/iu],
];

/**
 * A sentence that says what is wrong, not only that the citizen wants to report something:
 * "Die Laterne … ist kaputt" is a description, "Ich möchte ein Schlagloch melden" is not.
 */
const DESCRIBES =
  /\b(ist|sind|war|liegt|liegen|steht|stehen|hängt|hängen|brennt|brennen|funktioniert|geht|fehlt|fehlen|seit|kaputt|defekt|beschädigt|umgefallen|umgeknickt|verstopft|abgebrochen|zerstört|gefährlich|riesig\w*|tief\w*|groß\w*)\b/iu;
const STREET = /\b(\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|platz|ring|allee|pfad|steig))(?:\s+(\d+\s?[a-z]?)\b)?/u;
const HOUSE_NUMBER = /\b(?:hausnummer|haus\s*nr\.?|nr\.?)\s*(\d+\s?[a-z]?)\b/iu;

/** "Hauptstraße 12, Schimborn" from a sentence that names a street and an Ortsteil; undefined otherwise. */
function placeFrom(said: string, ortsteile: readonly string[]): string | undefined {
  const ortsteil = ortsteile.find((o) => new RegExp(`\\b${o}\\b`, 'iu').test(said));
  const street = STREET.exec(said);
  if (!ortsteil || !street) return undefined;
  const number = (street[2] ?? HOUSE_NUMBER.exec(said)?.[1])?.trim();
  return `${street[1]}${number ? ` ${number}` : ''}, ${ortsteil}`;
}

export const maengelmelder = (context: FlowContext): FlowDefinition => {
  const ortsteile = context.municipality.ortsteile;
  return {
    id: 'maengelmelder',
    office: 'bauhof',
    title: 'Schaden oder Mangel melden',
    starters: ['Schaden melden', 'Mangel melden'],
    // "In der Hauptstraße in Schimborn vor Hausnummer 12 ist ein riesiges Schlagloch": category,
    // place and, in the citizen's own words, the description. "Ich möchte ein Schlagloch melden"
    // gives the category only; the description is asked.
    prefill: (said): Record<string, string> => {
      const kategorie = DAMAGE_WORDS.find(([, words]) => words.test(said))?.[0];
      if (!kategorie) return {};
      const ort = placeFrom(said, ortsteile);
      const described = DESCRIBES.test(said) && said.trim().split(/\s+/).length >= 4;
      return { kategorie, ...(ort ? { ort } : {}), ...(described ? { beschreibung: said.trim() } : {}) };
    },
    intro:
      'Danke, dass Sie uns einen Schaden melden. Ich frage kurz nach Art, Ort und Beschreibung. Mit „abbrechen“ beenden Sie die Meldung.',
    fields: [
      {
        name: 'kategorie',
        label: 'Kategorie',
        prompt: 'Was möchten Sie melden?',
        ...choices(CATEGORIES),
        help: 'Wählen Sie die passende Art. Wenn nichts passt, wählen Sie „Sonstiges“.',
      },
      {
        name: 'ort',
        label: 'Ort',
        prompt: 'Wo genau ist es? Bitte nennen Sie den Ortsteil und die Straße oder eine Beschreibung.',
        schema: placeInTown(context),
        help: `Nennen Sie einen Ortsteil (${ortsteile.join(', ')}) und die Straße, Hausnummer oder eine Beschreibung.`,
      },
      {
        name: 'beschreibung',
        label: 'Beschreibung',
        prompt: 'Bitte beschreiben Sie den Schaden kurz.',
        schema: text('den Schaden', 5),
        freeText: true,
        help: 'Was ist kaputt oder stört? Ein, zwei Sätze genügen.',
      },
      {
        name: 'foto',
        label: 'Foto',
        prompt: 'Möchten Sie ein Foto anhängen? Senden Sie es jetzt oder tippen Sie auf „überspringen“.',
        choices: [button('skip')],
        schema: skippable(z.string().refine(() => false, { message: 'Bitte senden Sie ein Bild oder tippen Sie auf „überspringen“.' })),
        acceptsImage: true,
        show: showOptional,
        help: 'Ein Foto hilft dem Bauhof, den Schaden einzuschätzen. Es ist freiwillig.',
      },
      {
        name: 'kontakt',
        label: 'Kontakt',
        prompt:
          'Für Rückfragen können Sie eine Telefonnummer oder E-Mail-Adresse angeben. Das ist freiwillig; tippen Sie sonst auf „überspringen“.',
        choices: [button('skip')],
        schema: skippable(anyContact),
        show: showOptional,
        help: 'Mit Ihrem Kontakt kann der Bauhof nachfragen. Wir nutzen ihn nur für diese Meldung.',
      },
    ],
  };
};
