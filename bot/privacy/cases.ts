// Cases and their deliveries as personal data: "Meine Daten anzeigen" lists the conversation's
// cases; "Meine Daten löschen" deletes those not yet delivered (with their pending deliveries and
// booked slots) and names the delivered ones, which the town hall now keeps.
import { de } from '../../knowledge/texts/de';
import { releaseSlot } from '../appointments';
import { caseKey, casesOfKey, loadCase, runKey, type Case } from '../cases';
import type { CaseOutbox } from '../outbox';
import type { Store } from '../storage';
import type { Slot } from '../../dialogs/slots';
import type { PersonalDataHolder } from './registry';

export function casesHolder(store: Store, outbox: CaseOutbox): PersonalDataHolder {
  const casesOf = async (conversationId: string) => {
    const references = [...new Set(await store.list<string>(casesOfKey(conversationId)))];
    const cases = await Promise.all(references.map((reference) => loadCase(store, reference)));
    return cases.filter((c): c is Case => c !== undefined && c.conversationId === conversationId);
  };
  return {
    name: 'vorgaenge',
    export: async (s) =>
      Promise.all((await casesOf(s.conversationId)).map(async (c) => ({ ...c, zugestellt: await outbox.delivered(c.reference) }))),
    erase: async (s) => {
      const delivered: string[] = [];
      let deleted = 0;
      for (const item of await casesOf(s.conversationId)) {
        if (await outbox.delivered(item.reference)) {
          delivered.push(item.reference);
          continue;
        }
        await outbox.forget(item.reference);
        if (item.flow === 'termin-buchen') await releaseSlot(store, item.answers.zeitfenster as Slot, item.reference);
        await store.delete([caseKey(item.reference)]);
        deleted += 1;
      }
      const runs = await store.keys(runKey(`${s.conversationId}/`));
      await store.delete([...runs, ...(delivered.length ? [] : [casesOfKey(s.conversationId)])]);
      return { deleted, ...(delivered.length ? { note: de.cases.alreadyDelivered(delivered) } : {}) };
    },
  };
}
