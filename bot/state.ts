// What the assistant remembers about one conversation. Parsed with zod when loaded from the
// store, so a corrupt or outdated record never reaches the turn logic.
import { z } from 'zod';
import type { StoreItem } from '@microsoft/agents-hosting';
import { flowStateSchema } from '../dialogs/engine';
import { languageSchema } from '../knowledge/texts/index';
import { DANGERS } from '../knowledge/language/urgent';
import { handoffReasonSchema, RECENT_MESSAGES } from './handoff/queue';
import { CREATE_ONLY, type Store, type WriteAlso } from './storage';

export const conversationDataSchema = z.object({
  /** The conversation's language (German, Leichte Sprache, English): every reply, prompt and button follows it. */
  language: languageSchema.default('de'),
  /** A message that looked like another language: kept until the citizen confirms the switch or not. */
  languageOffer: z.object({ language: languageSchema, text: z.string() }).optional(),
  /** The welcome (with the AI disclosure) has been shown. */
  welcomed: z.boolean().default(false),
  /** The conversation has been counted (analytics), and whether it has reached staff. */
  counted: z.boolean().default(false),
  countedWithStaff: z.boolean().default(false),
  /** Consecutive turns the assistant could not answer; drives the offer of a person. */
  fallbacksInARow: z.number().int().min(0).default(0),
  /** The topic of the last answer, for follow-up questions ("Und was kostet das?"). */
  lastTopic: z.string().optional(),
  /** The citizen's words the last answer answered (not a facet tapped): what a call-back right after it is about. */
  lastAsked: z.string().max(2000).optional(),
  /** What of lastTopic the last answer showed: a facet, or its summary. */
  lastShown: z.string().optional(),
  /**
   * "Meine Daten löschen" was asked: first each open request (not yet delivered) is asked about,
   * keep or withdraw (`asking`, then `open`), then the next "Ja" deletes.
   */
  deletion: z
    .object({
      asking: z.string().optional(),
      open: z.array(z.string()).default([]),
      keep: z.array(z.string()).default([]),
      withdraw: z.array(z.string()).default([]),
    })
    .optional(),
  /** The last knowledge answer, until the citizen rated it or moved on ("Hilfreich" / "Nicht hilfreich", then a reason). */
  feedback: z.object({ topic: z.string(), question: z.string(), asking: z.enum(['rating', 'reason', 'comment']) }).optional(),
  /** A "Meinten Sie …?" that the next message may take up; if it does not, the question counts as unanswered. */
  clarifying: z.object({ question: z.string(), candidates: z.array(z.string()) }).optional(),
  /** The request an answer offered as a button, and the question it answered: the button fills the form from it. */
  // `also`: other requests offered beside it that the same words fill (moving or cancelling the booking whose state was told).
  flowOffered: z.object({ flow: z.string(), question: z.string(), also: z.array(z.string()).optional() }).optional(),
  /** Another matter an answer offered as a button ("Sie haben auch nach … gefragt"), and the question that named it: its answer's request fills the form from that question. */
  alsoOffered: z.object({ topic: z.string(), question: z.string() }).optional(),
  /** The step-by-step request in progress (dialogs/engine.ts). */
  flow: flowStateSchema.optional(),
  /**
   * What the last reply offered with one button, for the next message only: the request cancelled
   * then, to take back up ("Weiter ausfüllen", "doch nicht"), or a request to start on a plain yes
   * (the call-back offered when nobody is there), or a person offered.
   */
  offer: z
    .union([
      z.object({ resume: flowStateSchema }),
      z.object({ start: z.string() }),
      // "Was möchten Sie ergänzen?" asked: the next message goes to this request (bot/conversation/case-addition.ts).
      z.object({ addTo: z.string() }),
      // "Soll ich Ihren Termin am … absagen?" asked in the chat that booked it (bot/conversation/appointment.ts).
      // (`checked`: the booker was checked by number, name and contact: a moved appointment's new one, asked from any chat.)
      z.object({ cancelOwn: z.string(), checked: z.boolean().optional() }),
      // A person offered (the assistant failed, or the topic needs advice): taken with the button or "ja".
      z.object({
        handoff: z.object({
          reason: handoffReasonSchema,
          flow: z.object({ id: z.string(), answers: z.record(z.string(), z.unknown()) }).optional(),
        }),
      }),
    ])
    .optional(),
  /**
   * The Ortsteil the citizen named last ("Hallo, ich wohne in Niedersteinbach"): notices for other Ortsteile are left out of
   * the welcome and the answers after it (trial 66: a Schimborn notice had been shown to one from Niedersteinbach).
   */
  ortsteil: z.string().max(60).optional(),
  /** The danger the last reply warned of, for the next message only: "Was soll ich machen?" after it gets the warning again. */
  warned: z.enum(DANGERS).optional(),
  /** The day and fingerprint of the conversation reference last saved (Outbound.referenceWrite): saved again when either changes. */
  referenceSaved: z.string().max(64).optional(),
  /** Waiting for or talking with a staff member; absent while the assistant answers. */
  handoff: z.object({ status: z.enum(['queued', 'live']), since: z.number() }).optional(),
});

export type ConversationData = z.infer<typeof conversationDataSchema>;

export function parseConversationData(raw: unknown): { data: ConversationData; valid: boolean } {
  const parsed = conversationDataSchema.safeParse(raw ?? {});
  return parsed.success ? { data: parsed.data, valid: true } : { data: conversationDataSchema.parse({}), valid: false };
}

/**
 * Loads and saves ConversationData with eTags. The SDK's ConversationState is not used because
 * its saveChanges always writes with eTag "*", which would let concurrent turns lose updates.
 */
export class ConversationStateStore {
  constructor(private readonly store: Store) {}

  /** Same key layout as the SDK: "<channel>/conversations/<conversation id>". */
  static keyOf(channelId: string, conversationId: string): string {
    return `${channelId}/conversations/${conversationId}`;
  }

  /**
   * The key of something else kept per conversation (its reference, its recent messages): beside the
   * state's key, so that the keys of one conversation sort together. In SQLite a new conversation's
   * keys then share one page of the key index instead of dirtying one page each in every commit
   * (a new conversation cost about 14 % less in the store, scratch benchmark of the store alone).
   */
  static besideKeyOf(channelId: string, conversationId: string, name: 'reference' | 'recent'): string {
    return `${ConversationStateStore.keyOf(channelId, conversationId)}/${name}`;
  }

  async load(key: string): Promise<LoadedState> {
    const item = (await this.store.read([key]))[key] as StoreItem | undefined;
    const { data, valid } = parseConversationData(item?.data);
    return { data, valid, eTag: item?.eTag ?? CREATE_ONLY };
  }

  /** Throws ETagConflictError when someone else saved since `loaded` was read; `also` is written only with the state. */
  async save(key: string, loaded: LoadedState, data: ConversationData, also?: WriteAlso): Promise<void> {
    await this.store.write({ [key]: { data, eTag: loaded.eTag } }, also);
  }
}

export interface LoadedState {
  data: ConversationData;
  valid: boolean;
  eTag: string;
}

/** How long each of the last messages kept for staff may be (how many: RECENT_MESSAGES). */
const RECENT_CHARS = 300;

const recentMessageSchema = z.object({ from: z.enum(['citizen', 'assistant']), text: z.string() });
export type RecentMessage = z.infer<typeof recentMessageSchema>;

/**
 * The last messages both ways, so that a staff member who takes over sees what was said. A list of
 * its own beside the conversation state, appended in the state's write: the state is read and
 * written on every turn, these messages are read only when a person takes over (in the state they
 * were most of its JSON and about a fifth of a turn's CPU with Redis).
 */
export class RecentMessages {
  constructor(
    private readonly store: Store,
    private readonly ttlSeconds: number,
  ) {}

  static keyOf(channelId: string, conversationId: string): string {
    return ConversationStateStore.besideKeyOf(channelId, conversationId, 'recent');
  }

  /** Where the messages were kept before they moved beside the state; read and erased until their retention ends. */
  private static legacyKeyOf(channelId: string, conversationId: string): string {
    return `recent/${channelId}/${conversationId}`;
  }

  /** What a turn adds (the citizen's message, then the replies), for the write that saves its state. */
  appendWrite(channelId: string, conversationId: string, citizen: string, replies: readonly string[]): ListAppend | undefined {
    const cut = (text: string) => (text.length > RECENT_CHARS ? `${text.slice(0, RECENT_CHARS - 1)}…` : text);
    const items: RecentMessage[] = [
      ...(citizen ? [{ from: 'citizen' as const, text: cut(citizen) }] : []),
      ...replies.filter(Boolean).map((text) => ({ from: 'assistant' as const, text: cut(text) })),
    ];
    if (!items.length) return undefined;
    return { key: RecentMessages.keyOf(channelId, conversationId), items, keep: RECENT_MESSAGES, ttlSeconds: this.ttlSeconds };
  }

  async read(channelId: string, conversationId: string): Promise<RecentMessage[]> {
    const [earlier, current] = await Promise.all([
      this.store.list(RecentMessages.legacyKeyOf(channelId, conversationId), -RECENT_MESSAGES),
      this.store.list(RecentMessages.keyOf(channelId, conversationId), -RECENT_MESSAGES),
    ]);
    return [...earlier, ...current].slice(-RECENT_MESSAGES).flatMap((item) => {
      const parsed = recentMessageSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Deletes the messages; returns how many there were. */
  async erase(channelId: string, conversationId: string): Promise<number> {
    const count = (await this.read(channelId, conversationId)).length;
    await this.store.delete([RecentMessages.keyOf(channelId, conversationId), RecentMessages.legacyKeyOf(channelId, conversationId)]);
    return count;
  }
}

type ListAppend = NonNullable<WriteAlso['append']>[number];
