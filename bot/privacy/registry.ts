// The one place every feature declares the personal data it holds, so that
// "Meine Daten anzeigen" (Art. 15) and "Meine Daten löschen" (Art. 17) cover all of it.

/** Identifies whose data is meant: one conversation of one user on one channel. */
export interface DataSubject {
  channelId: string;
  conversationId: string;
  userId: string;
}

export interface PersonalDataHolder {
  name: string;
  export(subject: DataSubject): Promise<unknown>;
  /** note: e.g. "bereits an das Rathaus übermittelt" for data that left our hands. */
  erase(subject: DataSubject): Promise<{ deleted: number; note?: string }>;
}

export class PersonalDataRegistry {
  private readonly holders = new Map<string, PersonalDataHolder>();

  register(holder: PersonalDataHolder): void {
    if (this.holders.has(holder.name)) throw new Error(`personal data holder registered twice: ${holder.name}`);
    this.holders.set(holder.name, holder);
  }

  /** All data of the subject, keyed by holder name. */
  async exportAll(subject: DataSubject): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const holder of this.holders.values()) result[holder.name] = await holder.export(subject);
    return result;
  }

  /** Erases in every holder; one failing holder does not stop the others (the error is reported per holder). */
  async eraseAll(subject: DataSubject): Promise<Array<{ name: string; deleted: number; note?: string; failed?: boolean }>> {
    const results = [];
    for (const holder of this.holders.values()) {
      try {
        results.push({ name: holder.name, ...(await holder.erase(subject)) });
      } catch {
        results.push({ name: holder.name, deleted: 0, failed: true });
      }
    }
    return results;
  }
}
