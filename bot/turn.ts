// One turn of a conversation as the pipeline steps see it. Steps never send directly: they add
// replies to the turn, which are sent only after the conversation state has been saved. A turn
// that loses an eTag race is run again from fresh state, and its first replies are dropped, so
// nothing is lost and nothing is sent twice.
import { Activity, ActivityTypes, type Attachment, type CardAction } from '@microsoft/agents-activity';
import type { FileStore } from './channels/files';
import type { Outbound } from './channels/outbound';
import type { TownSettings } from './town';
import type { Config } from './config';
import type { CaseOutbox } from './outbox';
import type { Analytics, AnalyticsEvent } from './analytics/events';
import type { Curation } from './analytics/curation';
import type { KnowledgeEdits } from './knowledge-edits';
import type { UnansweredQuestions } from './analytics/unanswered';
import type { RateLimits } from './limits';
import type { Logger } from './logger';
import type { PersonalDataRegistry } from './privacy/registry';
import type { ConversationData } from './state';
import type { Store } from './storage';
import type { FlowState } from '../dialogs/engine';
import type { KnowledgeBase } from '../knowledge/loader';
import { ortsteilNamedIn } from '../knowledge/notices';
import type { Municipality } from '../knowledge/schema';
import { CATALOGUES, inLanguage, LOCALES, type Language } from '../knowledge/texts/index';
import type { CitizenTexts } from '../knowledge/texts/catalogue';
import type { Command } from '../knowledge/texts/commands';

/** What every step may use: the services of the running assistant. */
export interface AssistantServices {
  config: Config;
  logger: Logger;
  store: Store;
  /** The town's profile with the editors' opening hours and single days (changes between turns). */
  readonly municipality: Municipality;
  /** Hours, closures and notices as the editors set them in the console. */
  town: TownSettings;
  /** Proactive messages to any channel through stored conversation references. */
  outbound: Outbound;
  /** Uploaded files (photos), checked by content. */
  files: FileStore;
  /** Rate limits (shared across instances with Redis). */
  limits: RateLimits;
  /** The knowledge entries and the router (reloaded when an entry file changes). */
  knowledge: KnowledgeBase;
  /** Every holder of personal data, for "Meine Daten anzeigen" and "Meine Daten löschen". */
  privacy: PersonalDataRegistry;
  /** Delivery of new cases to the town hall (webhook). */
  outbox: CaseOutbox;
  /** Usage counters without personal data, for the report. */
  analytics: Analytics;
  /** Questions the assistant could not answer (redacted), for the editors. */
  unanswered: UnansweredQuestions;
  /** The editors' loop: unanswered questions learned by the router on every instance. */
  curation: Curation;
  /** The entries editors changed in the console (they win over the files). */
  knowledgeEdits: KnowledgeEdits;
}

/**
 * A message from the assistant as plain text: channels must not render it as markdown or HTML
 * (Web Chat would render a message without a format as markdown, and replies may repeat what a
 * citizen wrote).
 */
export const plainMessage = (text: string): Activity =>
  // Built directly rather than with Activity.fromObject, whose schema check (for data from outside)
  // costs more than the rest of building a reply; the SDK checks every activity it sends anyway.
  Object.assign(new Activity(ActivityTypes.Message), { text, locale: 'de-DE', textFormat: 'plain' as const });

export interface ReplyOptions {
  /** Offered as buttons (suggested actions); a click sends the button's text. */
  suggestions?: string[];
  /** Shorter words shown on the buttons, by position (a click still sends the suggestion). */
  titles?: string[];
  /** Extra protocol data (e.g. `prompt` for flows). */
  channelData?: Record<string, unknown>;
  /** Cards (only for channels that show them, see channels/capabilities.ts). */
  attachments?: Attachment[];
}

export class Turn {
  readonly replies: Activity[] = [];
  /** Set after the citizen's data was deleted: the turn must not save (re-create) the state. */
  discardState = false;
  /** A flow whose question the citizen interrupted with a question of their own: asked again after the answer. */
  interruptedFlow?: FlowState;
  /** What the last reply offered with one button (ConversationData.offer), for this message only. */
  offer?: ConversationData['offer'];
  /** The danger the last reply warned of (ConversationData.warned), for this message only. */
  warned?: ConversationData['warned'];
  /** What happened in this turn, counted once its state is saved (analytics/events.ts). */
  readonly events: AnalyticsEvent[] = [];

  constructor(
    readonly activity: Activity,
    public state: ConversationData,
    readonly services: AssistantServices,
  ) {}

  /** The texts in the conversation's language (read at each use: a switch in the turn applies at once). */
  get t(): CitizenTexts {
    return CATALOGUES[this.state.language];
  }

  /** The conversation's language (read at each use, like `t`). */
  get language(): Language {
    return this.state.language;
  }

  /** The router's language for this conversation (Leichte Sprache is German). */
  get routerLanguage(): 'de' | 'en' {
    return this.state.language === 'en' ? 'en' : 'de';
  }

  /** A command's button in the conversation's language. */
  button(command: Command): string {
    return this.t.commands[command].button;
  }

  /** Runs synchronous code below the turn (form engine, answer builder) in the conversation's language. */
  speak<T>(work: () => T): T {
    return inLanguage(this.state.language, work);
  }

  /** The conversation's id (every activity the channels pass on has one). */
  get conversationId(): string {
    return this.activity.conversation?.id ?? 'unknown';
  }

  /** The words a request was started from in this turn (a move's day wish goes on to the new booking). */
  flowStartedFrom?: string;

  /** The conversation's first message from the citizen (nothing said before it that a language switch could lose). */
  firstMessage = false;

  /** The notices the welcome of this turn listed: not said a second time in the answer below it (trial 61). */
  noticesWelcomed: readonly string[] = [];

  /** Set when the turn answers a message kept from before (the one that made the assistant ask about the language). */
  textInstead?: string;

  /** The Ortsteil this message names, else the one named before in the conversation (kept in the state). */
  ortsteilNamed(): string | undefined {
    const { ortsteile, shortName } = this.services.municipality;
    const named = ortsteilNamedIn(this.text, ortsteile, shortName);
    if (named) this.state.ortsteil = named;
    return this.state.ortsteil;
  }

  /** The citizen's text, trimmed; empty for non-text activities. */
  get text(): string {
    return (this.textInstead ?? this.activity.text ?? '').trim();
  }

  reply(text: string, options: ReplyOptions = {}): void {
    const activity = plainMessage(text);
    // The conversation's language, as Web Chat and the channels read it (Leichte Sprache is German).
    activity.locale = LOCALES[this.state.language];
    if (options.suggestions?.length) {
      const actions: CardAction[] = options.suggestions.map(
        (value, i) => ({ type: 'imBack', title: options.titles?.[i] ?? value, value }) as CardAction,
      );
      activity.suggestedActions = { actions, to: [] };
    }
    if (options.channelData) activity.channelData = options.channelData;
    if (options.attachments?.length) activity.attachments = options.attachments;
    this.replies.push(activity);
  }

  /** Counts an event of this turn (no personal data; see analytics/events.ts). */
  count(event: AnalyticsEvent): void {
    this.events.push(event);
  }

  /**
   * The turn's decision counted again as no answer: an answer found that has nothing on the point asked ("Dazu steht …
   * nichts Genaueres") answered nothing, and the council's report must not count it as answered (trial 51).
   */
  countAsUnanswered(): void {
    const at = this.events.findIndex((event) => event.kind === 'decision');
    if (at >= 0) this.events[at] = { kind: 'decision', decision: 'none' };
  }

  /** Adds a fully built activity (cards, attachments). */
  send(activity: Activity): void {
    this.replies.push(activity);
  }
}

/** A step either handles the turn (the pipeline stops) or passes it on. */
type StepResult = 'handled' | 'next';
export interface TurnStep {
  readonly name: string;
  run(turn: Turn): Promise<StepResult>;
}
