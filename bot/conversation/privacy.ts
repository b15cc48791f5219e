// The citizen's data-protection rights: deleting and showing everything the assistant keeps about
// a conversation. Before deleting, each open request (not yet at the Rathaus) is named and the
// citizen decides whether it still goes to the Rathaus or is withdrawn; nothing is withdrawn
// silently. Imports nothing from steps/.
import { saysPlainYes } from '../../knowledge/language/yes-no';
import { isCommand } from '../../knowledge/texts/commands';
import { flowsOf } from './flows';
import { caseFiles } from '../cases';
import { bookedSlot } from '../appointments';
import { slotLabel } from '../../dialogs/slots';
import { casesByDelivery, openCasesOf } from '../privacy/cases';
import type { DataSubject } from '../privacy/registry';
import type { ConversationData } from '../state';
import { plainMessage, type Turn } from '../turn';
import { downloadable, offersFiles } from '../channels/capabilities';

type Deletion = NonNullable<ConversationData['deletion']>;

/** "Meine Daten löschen": asks about each open request first, then "Wirklich löschen?". */
export async function deleteMyData(turn: Turn): Promise<void> {
  const open = await openCasesOf(turn.services.store, turn.services.outbox, turn.conversationId);
  await askNext(turn, { open: open.map((c) => c.reference), keep: [], withdraw: [] });
}

async function askNext(turn: Turn, deletion: Deletion): Promise<void> {
  const [next, ...rest] = deletion.open;
  if (!next) {
    turn.state.deletion = { ...deletion, asking: undefined, open: [] };
    turn.reply(turn.t.privacy.confirmDeletion, { suggestions: [turn.button('yes'), turn.button('no')] });
    return;
  }
  const open = await openCasesOf(turn.services.store, turn.services.outbox, turn.conversationId);
  const item = open.find((c) => c.reference === next);
  // Delivered meanwhile: nothing to decide; the result names it as being at the Rathaus.
  if (!item) return askNext(turn, { ...deletion, open: rest });
  const title = flowsOf(turn)[item.flow]?.title ?? item.flow;
  const slot = bookedSlot(item.answers);
  turn.state.deletion = { ...deletion, asking: next, open: rest };
  turn.reply(slot ? turn.t.privacy.askAboutAppointment(next, slotLabel(slot, turn.language)) : turn.t.privacy.askAboutOpen(next, title), {
    suggestions: [turn.button('keepRequest'), turn.button('withdrawRequest'), turn.button('keepEverything')],
  });
}

/**
 * The citizen's answer while a deletion is being decided. Returns false when the message is not
 * an answer to it (the deletion is dropped and the message handled as usual).
 */
export async function continueDeletion(turn: Turn, deletion: Deletion): Promise<boolean> {
  const said = turn.text;
  turn.state.deletion = undefined;
  if (isCommand(said, 'no') || isCommand(said, 'keepEverything')) {
    turn.reply(turn.t.privacy.deletionCancelled);
    return true;
  }
  if (deletion.asking) {
    const keep = isCommand(said, 'keepRequest');
    if (!keep && !isCommand(said, 'withdrawRequest')) {
      // A reply that says neither ("Ja", "vielleicht") is asked again; something else ("Wie ist der
      // Stand meiner Meldung?") drops the deletion and is answered.
      const aReply = saysPlainYes(said) || (!said.includes('?') && said.trim().split(/\s+/).length <= 2);
      if (!aReply) {
        turn.reply(turn.t.privacy.deletionCancelled);
        return false;
      }
      turn.state.deletion = deletion;
      turn.reply(turn.t.privacy.chooseKeepOrWithdraw, {
        suggestions: [turn.button('keepRequest'), turn.button('withdrawRequest'), turn.button('keepEverything')],
      });
      return true;
    }
    const decided = keep ? { keep: [...deletion.keep, deletion.asking] } : { withdraw: [...deletion.withdraw, deletion.asking] };
    await askNext(turn, { ...deletion, ...decided, asking: undefined });
    return true;
  }
  if (isCommand(said, 'yes')) {
    await erase(turn, deletion.keep);
    return true;
  }
  return false;
}

async function erase(turn: Turn, keep: readonly string[]): Promise<void> {
  // Requests already at the Rathaus stay there: said only when there are any.
  const { open, delivered } = await casesByDelivery(turn.services.store, turn.services.outbox, turn.conversationId);
  const keepFiles = open.filter((c) => keep.includes(c.reference)).flatMap((c) => caseFiles(c).map((f) => f.fileId));
  const results = await turn.services.privacy.eraseAll(subjectOf(turn), { keep, keepFiles, texts: turn.t });
  // A request withdrawn this way was none the office had to handle: the report counts it as taken back (trial 40: still counted).
  for (const withdrawn of open.filter((c) => !keep.includes(c.reference) && c.status !== 'cancelled'))
    turn.count({ kind: 'case', flow: withdrawn.flow, event: 'cancelled' });
  turn.discardState = true;
  const deleted = results.filter((r) => r.deleted > 0).length;
  const failed = results.filter((r) => r.failed);
  const notes = results.flatMap((r) => r.notes ?? []);
  turn.services.logger.info(
    { holders: results.length, deleted, failed: failed.length, kept: keep.length },
    'personal data erased on request',
  );
  const lines = [
    failed.length === 0 ? turn.t.privacy.deleted : turn.t.privacy.partlyDeleted,
    ...notes,
    ...(delivered.length ? [turn.t.privacy.deliveredStays] : []),
  ];
  // The page takes the conversation off the screen (a shared computer's next user must not read it; trial 41).
  turn.reply(lines.join('\n'), { channelData: { erased: true } });
}

export async function exportMyData(turn: Turn): Promise<void> {
  const data = await turn.services.privacy.exportAll(subjectOf(turn));
  const document = { erstelltAm: new Date().toISOString(), daten: data };
  const held = turn.services.privacy.describe(data, turn.t);
  // One line break before the file's sentence: Web Chat shows each line as a paragraph already, a blank line had left a wide gap (trial 44).
  const overview = held.length ? `${turn.t.privacy.held.heading}\n${held.map((line) => `• ${line}`).join('\n')}\n` : '';
  const activity = plainMessage(overview + turn.t.privacy.export);
  // Web Chat renders no JSON content (the citizen had seen an empty bubble): where a channel offers
  // files for download, the export is one, as the appointment's calendar file is.
  activity.attachments = [
    offersFiles(turn.activity.channelId)
      ? downloadable(EXPORT_TYPE, EXPORT_NAME, JSON.stringify(document, null, 2))
      : { contentType: EXPORT_TYPE, name: EXPORT_NAME, content: document },
  ];
  turn.send(activity);
}

const EXPORT_TYPE = 'application/json';
const EXPORT_NAME = 'meine-daten.json';

function subjectOf(turn: Turn): DataSubject {
  return {
    channelId: turn.activity.channelId ?? 'unknown',
    conversationId: turn.conversationId,
    userId: turn.activity.from?.id ?? 'unknown',
  };
}
