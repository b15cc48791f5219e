// The editors' loop over unanswered questions: assign one to a topic (the router learns it), mark
// it "not ours" (learned as out of scope), or dismiss it. What is learned is kept in the store and
// announced to every instance, which applies it at once without a restart; a newly started
// instance loads all of it.
import { z } from 'zod';
import type { KnowledgeBase } from '../../knowledge/loader';
import { OUT_OF_SCOPE, type Example } from '../../knowledge/training';
import type { Store } from '../storage';
import type { UnansweredQuestions } from './unanswered';

const LEARNED = 'knowledge/learned';
const CHANNEL = 'knowledge-learned';
const learnedSchema = z.object({ text: z.string(), label: z.string(), by: z.string(), at: z.string() });

/** "Not ours" questions are learned as out of scope without a referral of their own. */
export const NOT_OURS = `${OUT_OF_SCOPE}allgemein`;

export class Curation {
  private unsubscribe?: () => Promise<void>;

  constructor(
    private readonly store: Store,
    private readonly knowledge: KnowledgeBase,
    private readonly unanswered: UnansweredQuestions,
  ) {}

  /** Applies everything learned so far and listens for what other instances learn. */
  async start(): Promise<void> {
    await this.apply();
    this.unsubscribe = await this.store.subscribe(CHANNEL, () => void this.apply());
  }

  async stop(): Promise<void> {
    await this.unsubscribe?.();
  }

  /**
   * Learns the questions as examples of `label` (a topic id or NOT_OURS) and removes them from the
   * list. A citizen's comment on an answer ("Es steht kein Betrag drin") is no question: never learned.
   */
  async learn(ids: readonly string[], label: string, by: string): Promise<number> {
    const items = (await this.unanswered.byIds(ids)).filter((item) => item.reason !== 'comment');
    const at = new Date().toISOString();
    for (const item of items) await this.store.append(LEARNED, { text: item.text, label, by, at });
    await this.unanswered.remove(items.map((i) => i.id));
    await this.apply();
    await this.store.publish(CHANNEL, { count: items.length });
    return items.length;
  }

  private async apply(): Promise<void> {
    const learned: Example[] = (await this.store.list(LEARNED)).flatMap((raw) => {
      const parsed = learnedSchema.safeParse(raw);
      return parsed.success ? [{ text: parsed.data.text, label: parsed.data.label }] : [];
    });
    this.knowledge.learn(learned);
  }
}
