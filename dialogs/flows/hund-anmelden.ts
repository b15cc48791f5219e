// Hund zur Hundesteuer anmelden (hund-anmelden).
import { text, type FlowDefinition } from '../engine';
import { addressInTown, choices, type FlowContext, pastDate, personName, showDate, YES_NO } from '../fields';

export const hundAnmelden = (context: FlowContext): FlowDefinition => {
  const past = pastDate(context);
  return {
    id: 'hund-anmelden',
    office: 'steueramt',
    title: 'Hund zur Hundesteuer anmelden',
    starters: ['Hund anmelden'],
    intro: 'Ich nehme die Anmeldung Ihres Hundes zur Hundesteuer auf. Mit „abbrechen“ beenden Sie die Anmeldung.',
    next: 'Das Steueramt schickt Ihnen den Steuerbescheid und die Hundemarke. Die Hundemarke muss der Hund außerhalb des Hauses tragen.',
    fields: [
      {
        name: 'halter',
        label: 'Halter',
        prompt: 'Wie heißt die Halterin oder der Halter? Das Steueramt braucht den Namen für den Steuerbescheid.',
        schema: personName(),
        holder: true,
        help: 'Vor- und Nachname der Person, die den Hund hält.',
      },
      {
        name: 'anschrift',
        label: 'Anschrift',
        prompt: 'Wie lautet Ihre Anschrift? Sie ist für den Bescheid nötig.',
        schema: addressInTown(context),
        help: `Straße, Hausnummer und Ortsteil (${context.municipality.ortsteile.join(', ')}).`,
      },
      {
        name: 'rasse',
        label: 'Rasse',
        prompt: 'Welche Rasse hat der Hund (oder „Mischling“)?',
        schema: text('die Rasse', 3, 100),
        help: 'Bei Mischlingen genügt „Mischling“.',
      },
      {
        name: 'geburtsdatum',
        echo: true,
        label: 'Geburtsdatum',
        prompt: 'Wann wurde der Hund geboren? Ungefähr genügt, z. B. „März 2024“.',
        schema: past('„14.3.2024“ oder „März 2024“'),
        show: showDate,
        help: 'Das Geburtsdatum steht im Heimtierausweis. Wenn Sie es nicht genau wissen, genügen Monat und Jahr.',
      },
      {
        name: 'haltungsbeginn',
        echo: true,
        label: 'Haltungsbeginn',
        prompt: 'Seit wann halten Sie den Hund (Datum)?',
        schema: past('„1.3.2026“ oder „heute“'),
        show: showDate,
        help: 'Das Datum, an dem der Hund zu Ihnen kam, z. B. 1.3.2026.',
      },
      {
        name: 'listenhund',
        label: 'Listenhund',
        prompt: 'Ist es ein Listenhund (Kampfhund)?',
        ...choices(YES_NO),
        note: (v) => (v === 'Ja' ? 'Für Kampfhunde gilt ein höherer Steuersatz. Die Höhe nennt Ihnen das Steueramt.' : undefined),
        help: 'Listenhunde sind in Bayern in einer Verordnung aufgezählt; im Zweifel „Ja“.',
      },
      {
        name: 'ermaessigung',
        label: 'Ermäßigung',
        prompt: 'Beantragen Sie eine Ermäßigung?',
        ...choices(['Keine', 'Blindenführhund', 'Rettungshund', 'Sonstiger Grund']),
        note: (v) =>
          v === 'Keine' ? undefined : 'Für die Ermäßigung brauchen Sie einen Nachweis. Bitte reichen Sie ihn beim Steueramt ein.',
        help: 'Nachweise reichen Sie bitte beim Steueramt ein.',
      },
    ],
  };
};
