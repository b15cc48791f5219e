// Cases and their deliveries as personal data: "Meine Daten anzeigen" lists the conversation's
// cases; "Meine Daten löschen" withdraws the open ones (not yet delivered) the citizen did not
// choose to keep — with their pending deliveries and booked slots — and names the delivered
// ones, which the town hall now keeps.
import { de } from '../../knowledge/texts/de';
import { releaseSlot } from '../appointments';
import { caseKey, casesOfConversation, casesOfKey, runKey, type Case } from '../cases';
import { eraseWork, loadWork } from '../casework';
import type { CaseOutbox } from '../outbox';
import type { Store } from '../storage';
import type { Slot } from '../../dialogs/slots';
import type { PersonalDataHolder } from './registry';

/**
 * Whether a request has reached the Rathaus: delivered, or already worked on in the console (a status, an assignment,
 * a note). Trial 42: a dog registration the clerk had set "erledigt" was withdrawn and deleted as "not yet forwarded".
 */
const reachedTheRathaus = async (store: Store, outbox: CaseOutbox, reference: string): Promise<boolean> =>
  (await outbox.delivered(reference)) || (await loadWork(store, reference)).version > 0;

/**
 * The conversation's requests by where they are: open (not at the Rathaus yet: deleting would
 * withdraw them) and delivered (the Rathaus keeps them); cancelled ones are neither.
 */
export async function casesByDelivery(
  store: Store,
  outbox: CaseOutbox,
  conversationId: string,
): Promise<{ open: Case[]; delivered: Case[] }> {
  const open: Case[] = [];
  const delivered: Case[] = [];
  for (const item of await casesOfConversation(store, conversationId)) {
    if (item.status === 'cancelled') continue;
    if (await reachedTheRathaus(store, outbox, item.reference)) delivered.push(item);
    else open.push(item);
  }
  return { open, delivered };
}

/** The conversation's requests that have not reached the Rathaus yet (deleting would withdraw them). */
export const openCasesOf = async (store: Store, outbox: CaseOutbox, conversationId: string): Promise<Case[]> =>
  (await casesByDelivery(store, outbox, conversationId)).open;

/** `slotMinutes`: the appointment grid (APPOINTMENT_SLOT_MINUTES), to free a withdrawn booking's slot. */
export function casesHolder(
  store: Store,
  outbox: CaseOutbox,
  slotMinutes: number,
): PersonalDataHolder<Array<Case & { zugestellt: unknown }>> {
  return {
    name: 'vorgaenge',
    export: async (s) =>
      Promise.all(
        (await casesOfConversation(store, s.conversationId)).map(async (c) => ({ ...c, zugestellt: await outbox.delivered(c.reference) })),
      ),
    describe: (cases, texts) => texts.privacy.held.cases(cases.map((c) => c.reference)),
    erase: async (s, { keep = [], texts = de }) => {
      const delivered: string[] = [];
      const kept: string[] = [];
      const withdrawn: string[] = [];
      for (const item of await casesOfConversation(store, s.conversationId)) {
        if (await reachedTheRathaus(store, outbox, item.reference)) {
          delivered.push(item.reference);
          continue;
        }
        if (keep.includes(item.reference)) {
          kept.push(item.reference);
          continue;
        }
        await outbox.forget(item.reference);
        if (item.flow === 'termin-buchen') await releaseSlot(store, item.answers.zeitfenster as Slot, item.reference, slotMinutes);
        await store.delete([caseKey(item.reference)]);
        // Staff notes and status go with the case.
        await eraseWork(store, item.reference);
        if (item.status !== 'cancelled') withdrawn.push(item.reference);
      }
      const runs = await store.keys(runKey(`${s.conversationId}/`));
      const remaining = delivered.length + kept.length > 0;
      await store.delete([...runs, ...(remaining ? [] : [casesOfKey(s.conversationId)])]);
      const notes = [
        withdrawn.length ? texts.cases.withdrawn(withdrawn) : '',
        kept.length ? texts.cases.kept(kept) : '',
        delivered.length ? texts.cases.alreadyDelivered(delivered) : '',
      ].filter(Boolean);
      return { deleted: withdrawn.length, notes };
    },
  };
}
