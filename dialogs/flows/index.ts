// The step-by-step requests, one file each. The ids of the catalogue's flow topics
// (knowledge/intents.yaml) and their titles are the same here (a test ties them together).
import { staffedOffices } from '../../knowledge/municipality';
import type { Municipality, Office } from '../../knowledge/schema';
import { inLanguage, type Language } from '../../knowledge/texts/index';
import { localize, type FlowDefinition } from '../engine';
import type { FlowContext } from '../fields';
import { hundAnmelden } from './hund-anmelden';
import { maengelmelder } from './maengelmelder';
import { rueckruf } from './rueckruf';
import { terminAbsagen } from './termin-absagen';
import { terminBuchen } from './termin-buchen';
import { terminVerschieben } from './termin-verschieben';
import { veranstaltungAnzeigen } from './veranstaltung-anzeigen';
import { vorgangStatus } from './vorgang-status';

/** In this order: moving and cancelling first, so that their start patterns win over booking's ("Ich möchte einen Termin absagen"). */
const DEFINITIONS = [
  rueckruf,
  maengelmelder,
  veranstaltungAnzeigen,
  hundAnmelden,
  terminVerschieben,
  terminAbsagen,
  terminBuchen,
  vorgangStatus,
];

/** The flows as a citizen reads them in `language` (German by default: the office's view). */
export function defineFlows(
  municipality: Municipality,
  options: { clock?: () => Date; language?: Language } = {},
): Record<string, FlowDefinition> {
  const language = options.language ?? 'de';
  const context: FlowContext = { municipality, clock: options.clock ?? (() => new Date()), language };
  // Built in the language, so that buttons named in a definition ("überspringen") are in it too.
  return inLanguage(language, () =>
    Object.fromEntries(DEFINITIONS.map((define) => localize(define(context), language)).map((flow) => [flow.id, flow])),
  );
}

const defined = new WeakMap<Municipality, Map<Language, Record<string, FlowDefinition>>>();

/** The flows of a town, built once per profile and language (a new profile when the editors change hours or closures). */
export function flowsOf(municipality: Municipality, language: Language = 'de'): Record<string, FlowDefinition> {
  let byLanguage = defined.get(municipality);
  if (!byLanguage) defined.set(municipality, (byLanguage = new Map()));
  let flows = byLanguage.get(language);
  if (!flows) byLanguage.set(language, (flows = defineFlows(municipality, { language })));
  return flows;
}

/**
 * The Markt's own offices staff work in: those with an address of their own, and those requests go to (the Bauhof takes
 * the damage reports though it has no counter; trial 51: no account could be limited to it).
 */
export function workingOffices(municipality: Municipality): Array<[string, Office]> {
  const keys = new Set(staffedOffices(municipality).map(([key]) => key));
  for (const flow of Object.values(flowsOf(municipality))) if (flow.confirm !== false) keys.add(flow.office);
  return [...keys].flatMap((key) => {
    const office = municipality.offices[key];
    return office && !office.external ? [[key, office] as [string, Office]] : [];
  });
}
