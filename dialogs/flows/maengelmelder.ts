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

export const maengelmelder = (context: FlowContext): FlowDefinition => {
  const ortsteile = context.municipality.ortsteile;
  return {
    id: 'maengelmelder',
    office: 'bauhof',
    title: 'Schaden oder Mangel melden',
    starters: ['Schaden melden', 'Mangel melden'],
    // "Die Laterne vor Hausnummer 5 in Schimborn ist kaputt": that is the category and the description.
    prefill: (said): Record<string, string> => {
      const kategorie = DAMAGE_WORDS.find(([, words]) => words.test(said))?.[0];
      return kategorie && said.trim().split(/\s+/).length >= 4 ? { kategorie, beschreibung: said.trim() } : {};
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
