// Knowledge entries edited in the staff console. Every change of an entry is a new version
// `knowledge/edits/<id>/<n>` taken with a claim (of two editors who change the version they saw,
// one wins, the other gets a conflict), so the versions are the entry's history and a revert is one
// more version. The latest version of an entry wins over its file in knowledge/entries/ (null
// retires it); every instance applies the versions when one is announced, and the router reindexes.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { KnowledgeBase } from '../knowledge/loader';
import { entrySchema, type Entry } from '../knowledge/schema';
import type { Logger } from './logger';
import type { Store } from './storage';

const PREFIX = 'knowledge/edits/';
const CHANNEL = 'knowledge-edits';
const AUDIT_KEY = 'audit/knowledge';
// Zero-padded, so that the keys of one entry sort in the order of their versions.
const versionKey = (id: string, version: number): string => `${PREFIX}${id}/${String(version).padStart(6, '0')}`;

const editActions = ['created', 'edited', 'retired', 'reverted', 'imported'] as const;

const versionSchema = z.object({
  version: z.number().int().min(1),
  action: z.enum(editActions),
  /** The entry as saved; null: retired. */
  entry: entrySchema.nullable(),
  by: z.string(),
  at: z.string(),
  /** A revert names the version it restored (0: the file). */
  revertedTo: z.number().int().min(0).optional(),
});
export type EntryVersion = z.infer<typeof versionSchema>;

/** One change of a field between two versions: a text's before and after, a list's added and removed items. */
export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
  added?: string[];
  removed?: string[];
}

export type EditResult = { version: number } | { conflict: true };

/** An entry's fields as texts or lists of texts, by path ("details.fees"), for the history's diff. */
function fields(entry: Entry | null): Map<string, string | string[]> {
  const result = new Map<string, string | string[]>();
  if (!entry) return result;
  const put = (field: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value))
      result.set(
        field,
        value.map((v: unknown) =>
          typeof v === 'object' && v ? `${(v as { title: string }).title} | ${(v as { url: string }).url}` : String(v),
        ),
      );
    else if (typeof value === 'object') {
      const link = value as { title: string; url: string };
      result.set(field, `${link.title} | ${link.url}`);
    } else result.set(field, String(value));
  };
  for (const [key, value] of Object.entries(entry)) if (key !== 'details') put(key, value);
  for (const [key, value] of Object.entries(entry.details)) put(`details.${key}`, value);
  return result;
}

/** What changed from one version of an entry to the next. */
export function changesBetween(before: Entry | null, after: Entry | null): FieldChange[] {
  const a = fields(before);
  const b = fields(after);
  const changes: FieldChange[] = [];
  for (const field of new Set([...a.keys(), ...b.keys()])) {
    const old = a.get(field);
    const now = b.get(field);
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    if (Array.isArray(old) || Array.isArray(now)) {
      const was = Array.isArray(old) ? old : [];
      const is = Array.isArray(now) ? now : [];
      changes.push({ field, added: is.filter((x) => !was.includes(x)), removed: was.filter((x) => !is.includes(x)) });
    } else changes.push({ field, ...(old === undefined ? {} : { before: old }), ...(now === undefined ? {} : { after: now }) });
  }
  return changes;
}

export class KnowledgeEdits {
  private unsubscribe?: () => Promise<void>;
  private readonly instance = randomUUID();

  constructor(
    private readonly store: Store,
    private readonly knowledge: KnowledgeBase,
    private readonly logger: Logger,
  ) {}

  /** Applies the stored edits (the router answers with them when this resolves) and listens for those of other instances. */
  async start(): Promise<void> {
    // This instance applied its own edits before announcing them.
    this.unsubscribe = await this.store.subscribe(CHANNEL, (message) => {
      if ((message as { from?: unknown } | null)?.from !== this.instance) this.applyInBackground();
    });
    if ((await this.store.keys(PREFIX)).length) await this.apply();
  }

  async stop(): Promise<void> {
    await this.unsubscribe?.();
  }

  /** Every stored version of one entry, oldest first. */
  async history(id: string): Promise<EntryVersion[]> {
    return (await this.read((await this.store.keys(`${PREFIX}${id}/`)).sort())).map((v) => v.version);
  }

  /** The latest version of every edited entry, by id. */
  async latest(): Promise<Map<string, EntryVersion>> {
    const newest = new Map<string, string>();
    for (const key of await this.store.keys(PREFIX)) {
      const id = key.slice(PREFIX.length, key.lastIndexOf('/'));
      const known = newest.get(id);
      if (!known || key > known) newest.set(id, key);
    }
    return new Map((await this.read([...newest.values()])).map((v) => [v.id, v.version]));
  }

  /**
   * Stores `entry` (null: retire) as the next version of entry `id` if its latest version is still
   * `seen` (without `seen`: after whatever is latest), then announces it to every instance.
   */
  async save(
    id: string,
    entry: Entry | null,
    change: { action: EntryVersion['action']; by: string; seen?: number; revertedTo?: number },
  ): Promise<EditResult> {
    const result = await this.store1(id, entry, change);
    if ('version' in result) await this.announce();
    return result;
  }

  /** Stores several entries as the next version of each (an import), then announces them once. */
  async saveAll(entries: readonly Entry[], by: string): Promise<void> {
    for (const entry of entries) await this.store1(entry.id, entry, { action: 'imported', by });
    await this.announce();
  }

  private async store1(
    id: string,
    entry: Entry | null,
    change: { action: EntryVersion['action']; by: string; seen?: number; revertedTo?: number },
  ): Promise<EditResult> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = (await this.store.keys(`${PREFIX}${id}/`)).length;
      if (change.seen !== undefined && current !== change.seen) return { conflict: true };
      const version: EntryVersion = {
        version: current + 1,
        action: change.action,
        entry,
        by: change.by,
        at: new Date().toISOString(),
        ...(change.revertedTo === undefined ? {} : { revertedTo: change.revertedTo }),
      };
      if (await this.store.claim(versionKey(id, version.version), version)) {
        await this.store.append(AUDIT_KEY, {
          at: version.at,
          staff: change.by,
          action: change.action,
          entry: id,
          version: version.version,
        });
        return { version: version.version };
      }
      if (change.seen !== undefined) return { conflict: true };
    }
    return { conflict: true };
  }

  /**
   * Every instance (this one too) applies the stored edits; the router answers with them once its
   * model has learned them, a few seconds later, without holding up the editor's request.
   */
  private async announce(): Promise<void> {
    this.applyInBackground();
    await this.store.publish(CHANNEL, { from: this.instance });
  }

  private applyInBackground(): void {
    this.apply().catch((error: unknown) => this.logger.error({ err: error }, 'applying the knowledge edits failed'));
  }

  private async apply(): Promise<void> {
    const overlays = new Map<string, Entry | null>([...(await this.latest())].map(([id, v]) => [id, v.entry]));
    await this.knowledge.overlay(overlays);
  }

  private async read(keys: string[]): Promise<Array<{ id: string; version: EntryVersion }>> {
    const values = await Promise.all(keys.map(async (key) => ({ key, value: await this.store.get(key) })));
    return values.flatMap(({ key, value }) => {
      const parsed = versionSchema.safeParse(value);
      return parsed.success ? [{ id: key.slice(PREFIX.length, key.lastIndexOf('/')), version: parsed.data }] : [];
    });
  }
}
