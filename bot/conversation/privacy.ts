// The citizen's data-protection rights: deleting and showing everything the assistant keeps about
// a conversation. Imports nothing from steps/.
import { button } from '../../knowledge/texts/commands';
import { de } from '../../knowledge/texts/de';
import type { DataSubject } from '../privacy/registry';
import { plainMessage, type Turn } from '../turn';

/**
 * Deletes everything stored for this conversation and user after the citizen confirmed.
 * Called for the "daten-loeschen" intent; asks "Wirklich löschen?" first.
 */
export async function deleteMyData(turn: Turn, confirmed = false): Promise<void> {
  if (!confirmed) {
    turn.state.deletionPending = true;
    turn.reply(de.privacy.confirmDeletion, { suggestions: [button('yes'), button('no')] });
    return;
  }
  await erase(turn);
}

export async function erase(turn: Turn): Promise<void> {
  const results = await turn.services.privacy.eraseAll(subjectOf(turn));
  turn.discardState = true;
  const deleted = results.filter((r) => r.deleted > 0).length;
  const failed = results.filter((r) => r.failed);
  const notes = results.map((r) => r.note).filter((n): n is string => Boolean(n));
  turn.services.logger.info({ holders: results.length, deleted, failed: failed.length }, 'personal data erased on request');
  const lines = [failed.length === 0 ? de.privacy.deleted : de.privacy.partlyDeleted, ...notes, de.privacy.deliveredStays];
  turn.reply(lines.join('\n'));
}

export async function exportMyData(turn: Turn): Promise<void> {
  const data = await turn.services.privacy.exportAll(subjectOf(turn));
  const activity = plainMessage(de.privacy.export);
  activity.attachments = [
    { contentType: 'application/json', name: 'meine-daten.json', content: { erstelltAm: new Date().toISOString(), daten: data } },
  ];
  turn.send(activity);
}

function subjectOf(turn: Turn): DataSubject {
  return {
    channelId: turn.activity.channelId ?? 'unknown',
    conversationId: turn.conversationId,
    userId: turn.activity.from?.id ?? 'unknown',
  };
}
