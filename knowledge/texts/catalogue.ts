// The shape every translation follows: what a citizen reads, taken from the German catalogue.
import type { de } from './de';

/**
 * Sections for staff, offices and the terminal: German only (the administration works in German);
 * and the site's pages beside the chat, German like the town's website.
 */
export const GERMAN_ONLY_SECTIONS = ['pages', 'report', 'staff', 'terminal', 'backup', 'officeMail', 'knowledgeEditing'] as const;

/** Every section of the German catalogue but the German-only ones. */
export type CitizenTexts = Omit<typeof de, (typeof GERMAN_ONLY_SECTIONS)[number]>;
