// Stand einer Anfrage erfragen (vorgang-status, not a topic of the catalogue): started by bot/ when
// a citizen asks about a reference number their own conversation did not create. The surname is
// the proof; bot/ answers the same for an unknown number and a wrong name.
import type { FlowDefinition } from '../engine';
import { button } from '../../knowledge/texts/commands';
import { type FlowContext, personName, referenceAnswer, referenceShapedIn, skippable } from '../fields';

/** How a reference number looks, said in the citizen's language. */
const REFERENCE_SHAPE = {
  de: 'Die Vorgangsnummer sieht so aus: MOE-2026-00042.',
  en: 'A reference number looks like this: MOE-2026-00042.',
  ls: 'Die Vorgangs·nummer sieht so aus: MOE-2026-00042',
};

export const vorgangStatus = (context: FlowContext): FlowDefinition => ({
  id: 'vorgang-status',
  office: 'rathaus',
  title: 'Stand einer Anfrage erfragen',
  confirm: false,
  completion: 'case-status',
  starters: [],
  prefill: (said): Record<string, string> => {
    const reference = referenceShapedIn(said);
    return reference ? { vorgangsnummer: reference } : {};
  },
  intro: 'Gern sage ich Ihnen, wie weit Ihre Anfrage ist.',
  fields: [
    {
      name: 'vorgangsnummer',
      label: 'Vorgangsnummer',
      prompt: 'Wie lautet die Vorgangsnummer Ihrer Anfrage (z. B. MOE-2026-00042)?',
      schema: referenceAnswer(REFERENCE_SHAPE[context.language]),
      help: 'Die Vorgangsnummer stand in der Bestätigung Ihrer Anfrage.',
    },
    {
      name: 'name',
      label: 'Name',
      prompt:
        'Zur Sicherheit: Auf welchen Nachnamen haben Sie die Anfrage gestellt? Ohne Namen, etwa bei einer Schadensmeldung, tippen Sie auf „überspringen“.',
      // A request without a name (a damage report) needs none: bot/ tells its state by the number alone.
      choices: [button('skip')],
      schema: skippable(
        personName(
          true,
          context.language === 'de' ? 'Bitte nennen Sie den Namen aus Ihrer Anfrage, zum Beispiel „Weber“ oder „Anna Weber“.' : undefined,
        ),
      ),
      help: 'Der Name, den Sie in der Anfrage angegeben haben. So erfährt niemand etwas über fremde Anfragen.',
    },
  ],
  translations: {
    en: {
      title: 'Ask about the state of a request',
      intro: 'I will gladly tell you how far your request has got.',
      fields: {
        vorgangsnummer: {
          label: 'Reference number',
          prompt: 'What is the reference number of your request (for example MOE-2026-00042)?',
          help: 'The reference number was in the confirmation of your request.',
        },
        name: {
          label: 'Name',
          prompt: 'To be safe: under which surname did you make the request? Without a name, for example for a damage report, tap “skip”.',
          help: 'The name you gave in the request. This way nobody learns anything about other people’s requests.',
        },
      },
    },
    ls: {
      intro: 'Sie möchten wissen: Wie weit ist Ihr Antrag?\nDas sage ich Ihnen gern.',
      fields: {
        vorgangsnummer: {
          label: 'Vorgangs·nummer',
          prompt: 'Wie ist die Vorgangs·nummer von Ihrem Antrag?\nZum Beispiel: MOE-2026-00042',
          help: 'Die Vorgangs·nummer stand in der Nachricht zu Ihrem Antrag.',
        },
        name: {
          label: 'Name',
          prompt:
            'Wie ist Ihr Nach·name?\nSo erfährt niemand etwas über fremde Anträge.\nSie haben keinen Namen genannt?\nDann tippen Sie auf: Weiter ohne.',
          help: 'Schreiben Sie den Namen aus Ihrem Antrag.\nZum Beispiel: Weber',
        },
      },
    },
  },
});
