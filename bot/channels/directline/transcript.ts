// A Direct Line conversation as stored: its activity list (watermark = index into it) and a
// marker that it exists. Everything lives in the Store, so a reload or another instance finds
// the same conversation; changes are announced over the Store's pub/sub to every instance.
import type { Store, Unsubscribe } from '../../storage';

export type StoredActivity = Record<string, unknown> & { id: string; type: string };

const activitiesKey = (conversationId: string) => `dl/${conversationId}/activities`;
const metaKey = (conversationId: string) => `dl/${conversationId}/meta`;
const changedChannel = (conversationId: string) => `dl/${conversationId}/changed`;

export class Transcripts {
  constructor(
    private readonly store: Store,
    private readonly ttlSeconds: number,
  ) {}

  /** Marks the conversation as started; true when this call started it. */
  create(conversationId: string, userId: string): Promise<boolean> {
    return this.store.claim(metaKey(conversationId), { userId, createdAt: new Date().toISOString() }, this.ttlSeconds);
  }

  async exists(conversationId: string): Promise<boolean> {
    return (await this.store.get(metaKey(conversationId))) !== undefined;
  }

  /** Appends in order and tells every listening instance. */
  async append(conversationId: string, activities: StoredActivity[]): Promise<void> {
    for (const activity of activities) await this.store.append(activitiesKey(conversationId), activity, this.ttlSeconds);
    // Keep the marker as long as the activities (retention counts from the last message).
    const meta = await this.store.get(metaKey(conversationId));
    if (meta !== undefined) await this.store.set(metaKey(conversationId), meta, this.ttlSeconds);
    await this.store.publish(changedChannel(conversationId), { at: Date.now() });
  }

  /** The activities after `watermark` and the new watermark. */
  async since(conversationId: string, watermark: number): Promise<{ activities: StoredActivity[]; watermark: number }> {
    const activities = await this.store.list<StoredActivity>(activitiesKey(conversationId), watermark);
    return { activities, watermark: watermark + activities.length };
  }

  /** Everything stored for the conversation (for "Meine Daten anzeigen"). */
  async export(conversationId: string): Promise<{ meta: unknown; activities: StoredActivity[] } | undefined> {
    const meta = await this.store.get(metaKey(conversationId));
    if (meta === undefined) return undefined;
    return { meta, activities: await this.store.list<StoredActivity>(activitiesKey(conversationId)) };
  }

  /**
   * Deletes the content of every activity (data deletion on request). The list keeps one empty
   * event per deleted activity, because the watermarks of an open chat window are indexes into
   * it: the confirmation that follows must still reach the window. Returns how many were deleted.
   */
  async erase(conversationId: string): Promise<number> {
    const activities = await this.store.list<StoredActivity>(activitiesKey(conversationId));
    await this.store.delete([activitiesKey(conversationId)]);
    for (const activity of activities) {
      await this.store.append(activitiesKey(conversationId), { id: activity.id, type: 'event', name: 'deleted' }, this.ttlSeconds);
    }
    return activities.length;
  }

  /** Calls `onChange` whenever activities were appended on any instance. */
  subscribe(conversationId: string, onChange: () => void): Promise<Unsubscribe> {
    return this.store.subscribe(changedChannel(conversationId), onChange);
  }
}
