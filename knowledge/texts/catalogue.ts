// The shape every translation follows: what a citizen reads, taken from the German catalogue.
import type { de } from './de';

/** Every section of the German catalogue but the staff's, the office's and the terminal's. */
export type CitizenTexts = Omit<typeof de, 'report' | 'staff' | 'terminal' | 'backup' | 'officeMail' | 'knowledgeEditing'>;
