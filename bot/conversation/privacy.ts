// The citizen's data-protection rights: deleting and showing everything the assistant keeps about
// a conversation. Imports nothing from steps/.
import { normalize } from '../../knowledge/language/normalize';
import type { DataSubject } from '../privacy/registry';
import { plainMessage, type Turn } from '../turn';

export const fold = (text: string) => normalize(text).replace(/[^\p{L}\p{N}/ ]/gu, '').replace(/\s+/g, ' ').trim();
export const DELETE_COMMANDS = new Set(['meine daten loschen', 'daten loschen', 'losche meine daten', '/loschen'].map(fold));
export const EXPORT_COMMANDS = new Set(['meine daten anzeigen', 'datenauskunft', '/auskunft'].map(fold));
export const YES = new Set(['ja', 'ja bitte', 'ja loschen'].map(fold));

export const confirmDeletionText = 'Wirklich löschen? Danach kennt der Assistent dieses Gespräch nicht mehr.';
export const deletionCancelledText = 'Gut, es wurde nichts gelöscht.';
export const exportText = 'Hier sind alle Daten, die der Assistent zu diesem Gespräch gespeichert hat (als JSON-Datei).';

/**
 * Deletes everything stored for this conversation and user after the citizen confirmed.
 * Called for the "daten-loeschen" intent; asks "Wirklich löschen?" first.
 */
export async function deleteMyData(turn: Turn, confirmed = false): Promise<void> {
  if (!confirmed) {
    turn.state.deletionPending = true;
    turn.reply(confirmDeletionText, { suggestions: ['Ja', 'Nein'] });
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
  const lines = [
    failed.length === 0
      ? 'Ihre Daten zu diesem Gespräch sind gelöscht: Gesprächsverlauf, Zustand, Dateien, noch nicht übermittelte Anfragen, der Chat mit dem Rathaus und die Adresse für Rückmeldungen.'
      : 'Ein Teil Ihrer Daten konnte nicht gelöscht werden. Bitte versuchen Sie es später noch einmal oder wenden Sie sich an das Rathaus.',
    ...notes,
    'Was bereits an das Rathaus übermittelt wurde, bearbeitet die Verwaltung nach ihren Aufbewahrungsfristen. Die Löschung dort können Sie beim Rathaus verlangen.',
  ];
  turn.reply(lines.join('\n'));
}

export async function exportMyData(turn: Turn): Promise<void> {
  const data = await turn.services.privacy.exportAll(subjectOf(turn));
  const activity = plainMessage(exportText);
  activity.attachments = [{ contentType: 'application/json', name: 'meine-daten.json', content: { erstelltAm: new Date().toISOString(), daten: data } }];
  turn.send(activity);
}

function subjectOf(turn: Turn): DataSubject {
  return {
    channelId: turn.activity.channelId ?? 'unknown',
    conversationId: turn.activity.conversation!.id,
    userId: turn.activity.from?.id ?? 'unknown',
  };
}
