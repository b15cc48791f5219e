// The one place every feature declares the personal data it holds, so that
// "Meine Daten anzeigen" (Art. 15) and "Meine Daten löschen" (Art. 17) cover all of it.
import type { CitizenTexts } from '../../knowledge/texts/catalogue';

/** Identifies whose data is meant: one conversation of one user on one channel. */
export interface DataSubject {
  channelId: string;
  conversationId: string;
  userId: string;
}

/** What the citizen decided before deleting: open requests (reference numbers) that still go to the Rathaus. */
export interface EraseOptions {
  keep?: readonly string[];
  /** The citizen's texts, for the notes (default German; trial 40: an English chat had ended in German). */
  texts?: CitizenTexts;
  /** Files (ids) of those requests, e.g. a photo of a kept damage report. */
  keepFiles?: readonly string[];
}

export interface PersonalDataHolder<T = unknown> {
  name: string;
  export(subject: DataSubject): Promise<T>;
  /** One line for the citizen, in their language, on what the export holds (undefined: nothing worth a line). */
  describe?(data: NonNullable<T>, texts: CitizenTexts): string | undefined;
  /** notes: e.g. which requests were withdrawn, kept, or had already reached the Rathaus. */
  erase(subject: DataSubject, options: EraseOptions): Promise<{ deleted: number; notes?: string[] }>;
}

export class PersonalDataRegistry {
  private readonly holders = new Map<string, PersonalDataHolder>();

  register<T>(holder: PersonalDataHolder<T>): void {
    if (this.holders.has(holder.name)) throw new Error(`personal data holder registered twice: ${holder.name}`);
    this.holders.set(holder.name, holder as PersonalDataHolder);
  }

  /** All data of the subject, keyed by holder name. */
  async exportAll(subject: DataSubject): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const holder of this.holders.values()) result[holder.name] = await holder.export(subject);
    return result;
  }

  /** What an export (exportAll's) holds, a line per holder with something in it, in the citizen's language. */
  describe(data: Readonly<Record<string, unknown>>, texts: CitizenTexts): string[] {
    const lines: string[] = [];
    for (const holder of this.holders.values()) {
      const held = data[holder.name];
      const line =
        held === null || held === undefined || (Array.isArray(held) && !held.length) ? undefined : holder.describe?.(held, texts);
      if (line) lines.push(line);
    }
    return lines;
  }

  /** Erases in every holder; one failing holder does not stop the others (the error is reported per holder). */
  async eraseAll(
    subject: DataSubject,
    options: EraseOptions = {},
  ): Promise<Array<{ name: string; deleted: number; notes?: string[]; failed?: boolean }>> {
    const results = [];
    for (const holder of this.holders.values()) {
      try {
        results.push({ name: holder.name, ...(await holder.erase(subject, options)) });
      } catch {
        results.push({ name: holder.name, deleted: 0, failed: true });
      }
    }
    return results;
  }
}
