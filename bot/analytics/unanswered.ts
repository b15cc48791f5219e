// Questions the assistant could not answer, kept for the editors so that the knowledge grows where
// citizens need it: the router found nothing, a clarification was not taken up, or the citizen
// said the answer was not for their question. Kept redacted like the logs, for
// UNANSWERED_RETENTION_DAYS, and deleted with "Meine Daten löschen".
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { containment, fingerprint, type Fingerprint } from '../../knowledge/near-duplicate';
import { isOnlyAName } from '../../knowledge/language/names';
import { isBareReply } from '../../knowledge/language/small-talk';
import { redactText } from '../privacy/redact';
import type { PersonalDataHolder } from '../privacy/registry';
import type { Store } from '../storage';

/** "rated": the question of an answer rated wrong, outdated or unclear (trial 63: such ratings had reached the editors nowhere). */
const UNANSWERED_REASONS = ['none', 'clarify', 'not-my-question', 'rated', 'comment'] as const;

const itemSchema = z.object({
  id: z.string(),
  text: z.string(),
  reason: z.enum(UNANSWERED_REASONS),
  /** The topics the router had in mind (best first), as a hint for the editor. */
  topics: z.array(z.string()).default([]),
  at: z.string(),
  conversationId: z.string(),
});
export type UnansweredQuestion = z.infer<typeof itemSchema>;

/** Similar questions together, newest first: what the editor works through. */
export interface UnansweredGroup {
  ids: string[];
  text: string;
  count: number;
  reasons: Array<(typeof UNANSWERED_REASONS)[number]>;
  topics: string[];
  last: string;
}

/** Share of the shorter question's word trigrams the other must contain to be the same question. */
const SAME_QUESTION = 0.6;

const PREFIX = 'unanswered/';
const itemKey = (id: string) => `${PREFIX}${id}`;
const ofConversation = (conversationId: string) => `unanswered-of/${conversationId}`;

/**
 * Nothing an editor could answer: no word at all ("???", "👍", a redacted number alone), only
 * reply words ("ja", "Telefon"), or a person's name alone ("Stefan Roth", typed where a form had asked
 * it; trial 44: kept unmasked for the editors). Such messages would bury the real questions.
 */
const asksNothing = (text: string): boolean => isBareReply(text.replace(/\[[a-z]+\]/g, ' ')) || isOnlyAName(text);

export class UnansweredQuestions {
  constructor(
    private readonly store: Store,
    private readonly retentionSeconds: number,
  ) {}

  /**
   * Keeps a question (redacted). `messageId` makes it idempotent: a turn that runs again after a
   * conflict keeps the same question once.
   */
  async keep(question: Omit<UnansweredQuestion, 'id' | 'at' | 'text'> & { text: string; messageId: string }): Promise<void> {
    const text = redactText(question.text).trim().slice(0, 500);
    if (asksNothing(text)) return;
    const id = createHash('sha256')
      .update(`${question.conversationId}\u0000${question.messageId}\u0000${question.reason}`)
      .digest('hex')
      .slice(0, 20);
    const item: UnansweredQuestion = {
      id,
      text,
      reason: question.reason,
      topics: question.topics,
      at: new Date().toISOString(),
      conversationId: question.conversationId,
    };
    if (!(await this.store.claim(itemKey(id), item, this.retentionSeconds))) return;
    await this.store.append(ofConversation(question.conversationId), id, this.retentionSeconds);
  }

  async all(): Promise<UnansweredQuestion[]> {
    const raw = await Promise.all((await this.store.keys(PREFIX)).map((key) => this.store.get(key)));
    return raw.flatMap((r) => {
      const parsed = itemSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async byIds(ids: readonly string[]): Promise<UnansweredQuestion[]> {
    const all = await Promise.all(ids.map((id) => this.store.get(itemKey(id))));
    return all.flatMap((r) => {
      const parsed = itemSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /**
   * Groups the same question asked in different words: one contains most of the other's word
   * trigrams (a short question inside a long story counts). The largest and newest groups first.
   */
  async groups(): Promise<UnansweredGroup[]> {
    const items = (await this.all()).sort((a, b) => b.at.localeCompare(a.at));
    const groups: Array<UnansweredGroup & { print: Fingerprint }> = [];
    for (const item of items) {
      const print = fingerprint(item.text);
      const group = groups.find((g) => containment(print, g.print) >= SAME_QUESTION);
      if (group) {
        group.ids.push(item.id);
        group.count += 1;
        if (!group.reasons.includes(item.reason)) group.reasons.push(item.reason);
        for (const topic of item.topics) if (!group.topics.includes(topic)) group.topics.push(topic);
      } else {
        groups.push({ print, ids: [item.id], text: item.text, count: 1, reasons: [item.reason], topics: [...item.topics], last: item.at });
      }
    }
    return groups.map(({ print: _print, ...group }) => group).sort((a, b) => b.count - a.count || b.last.localeCompare(a.last));
  }

  async remove(ids: readonly string[]): Promise<void> {
    await this.store.delete(ids.map(itemKey));
  }

  /** For "Meine Daten anzeigen" and "Meine Daten löschen". */
  holder(): PersonalDataHolder<Array<Pick<UnansweredQuestion, 'text' | 'reason' | 'at'>>> {
    const ofSubject = async (conversationId: string) => this.byIds(await this.store.list<string>(ofConversation(conversationId)));
    return {
      name: 'unbeantwortete-fragen',
      export: async (s) => (await ofSubject(s.conversationId)).map(({ text, reason, at }) => ({ text, reason, at })),
      describe: (questions, texts) => texts.privacy.held.unanswered(questions.length),
      erase: async (s) => {
        const items = await ofSubject(s.conversationId);
        await this.store.delete([...items.map((i) => itemKey(i.id)), ofConversation(s.conversationId)]);
        return { deleted: items.length };
      },
    };
  }
}
