// The step-by-step requests, one file each. The ids of the catalogue's flow topics
// (knowledge/intents.yaml) and their titles are the same here (a test ties them together).
import type { Municipality } from '../../knowledge/schema';
import type { FlowDefinition } from '../engine';
import type { FlowContext } from '../fields';
import { hundAnmelden } from './hund-anmelden';
import { maengelmelder } from './maengelmelder';
import { rueckruf } from './rueckruf';
import { terminAbsagen } from './termin-absagen';
import { terminBuchen } from './termin-buchen';
import { veranstaltungAnzeigen } from './veranstaltung-anzeigen';
import { vorgangStatus } from './vorgang-status';

/** In this order: cancelling first, so that its start pattern wins over booking's ("Ich möchte einen Termin absagen"). */
const DEFINITIONS = [rueckruf, maengelmelder, veranstaltungAnzeigen, hundAnmelden, terminAbsagen, terminBuchen, vorgangStatus];

export function defineFlows(municipality: Municipality, options: { clock?: () => Date } = {}): Record<string, FlowDefinition> {
  const context: FlowContext = { municipality, clock: options.clock ?? (() => new Date()) };
  return Object.fromEntries(DEFINITIONS.map((define) => define(context)).map((flow) => [flow.id, flow]));
}

const defined = new WeakMap<Municipality, Record<string, FlowDefinition>>();

/** The flows of a town, built once per profile (a new one when the editors change hours or closures). */
export function flowsOf(municipality: Municipality): Record<string, FlowDefinition> {
  let flows = defined.get(municipality);
  if (!flows) defined.set(municipality, (flows = defineFlows(municipality)));
  return flows;
}
