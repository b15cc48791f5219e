// One turn, from an incoming activity to the replies (design.md, "One turn"). The assistant reads
// the activity and hands its replies to the transport that brought it: the SDK's TurnContext for
// Azure Bot Service, or the lean paths of our own channels and of /api/messages' expectReplies.
import type { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import pLimit from 'p-limit';
import { HandoffQueue } from './handoff/queue';
import { relayCitizenTyping } from './handoff/relay';
import { messagePipeline, runPipeline } from './pipeline';
import { SerialQueues } from './serial';
import { ConversationStateStore, RecentMessages } from './state';
import { ETagConflictError } from './storage';
import type { Limiter, LimitResult } from './limits';
import { retentionSeconds } from './config';
import { CATALOGUES, languageSchema, type Language } from '../knowledge/texts/index';
import { channelLanguage, languageButton, switchLanguage, writtenLanguage } from './steps/language';
import { plainMessage, Turn, type AssistantServices, type TurnStep } from './turn';
import { dangerOf } from '../knowledge/language/urgent';
import { forAnotherPlace } from '../knowledge/notices';
import { otherLanguage } from '../knowledge/language/detect';
import { asksIfSomeoneIsThere, onlyGreeting } from '../knowledge/language/small-talk';

/** A turn that loses this many eTag races in a row gives up politely instead of looping. */
const MAX_TURN_ATTEMPTS = 8;

type TurnLogic = (turn: Turn) => Promise<void>;

/** Delivers a turn's replies to the conversation the activity came from. */
export type SendReplies = (replies: Activity[]) => Promise<unknown>;

export class Assistant {
  private readonly states: ConversationStateStore;
  private readonly recent: RecentMessages;
  /** Turns of one conversation run one after another in this process. */
  private readonly queues = new SerialQueues();
  /**
   * At most TURN_CONCURRENCY turns are computed at once (loaded, decided, saved); the rest wait in
   * line. Under a burst, hundreds of turns in the air keep each other's objects alive past the young
   * generation, and collecting them from the old one is dear: with 200 chats at once, a limit of 32
   * gave about a tenth more answers per second and a 99th percentile a third lower. The delivery of
   * the replies is outside: a slow messenger must not hold a place in the line.
   */
  private readonly computing: pLimit.Limit;
  /** Messages per conversation and minute: protects the service (and the staff) from floods. */
  private readonly messageLimit: Limiter;

  constructor(
    private readonly services: AssistantServices,
    private readonly steps: readonly TurnStep[] = messagePipeline,
  ) {
    this.states = new ConversationStateStore(services.store);
    this.recent = new RecentMessages(services.store, retentionSeconds(services.config));
    this.computing = pLimit(services.config.TURN_CONCURRENCY);
    this.messageLimit = services.limits.limiter(
      'messages',
      { points: services.config.RATE_LIMIT_MESSAGES_PER_MINUTE, durationSeconds: 60 },
      { perConversation: true },
    );
  }

  /** A turn brought by an SDK adapter (Azure Bot Service, proactive turns of our own channels). */
  run(context: TurnContext): Promise<void> {
    return this.handle(context.activity, (replies) => context.sendActivities(replies));
  }

  /** Runs one incoming activity; other activity types than these four are not for the assistant. */
  async handle(activity: Activity, send: SendReplies): Promise<void> {
    switch (activity.type) {
      case 'message':
        return this.onMessage(activity, send);
      case 'conversationUpdate': {
        const citizenJoined = (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id);
        if (citizenJoined) await this.runTurn(activity, send, async (turn) => this.welcome(turn));
        return;
      }
      case 'event': {
        // The page's language switch (Deutsch, Leichte Sprache, English) sends an event.
        const language = languageSchema.safeParse(activity.value);
        if (activity.name !== 'language' || !language.success) return;
        return this.runTurn(activity, send, async (turn) => {
          // Chosen before anything was said: the welcome itself is in that language.
          if (!turn.state.welcomed) this.welcome(turn, language.data);
          else if (turn.state.language !== language.data) {
            switchLanguage(turn, language.data);
            if (turn.state.handoff) await new HandoffQueue(this.services.store).languageChanged(turn.conversationId, language.data);
          }
        });
      }
      case 'typing':
        // Typing of a citizen who talks with a staff member is shown in the console.
        if (activity.conversation?.id) await relayCitizenTyping(this.services.store, activity.conversation.id);
        return;
    }
  }

  private onMessage(activity: Activity, send: SendReplies): Promise<void> {
    // Counted while the state loads (with Redis: in the same round trip), once per message even
    // when the turn runs again after an eTag conflict.
    const limit = this.countMessage(activity);
    return this.runTurn(activity, send, async (turn) => {
      turn.firstMessage = !turn.state.counted;
      turn.count({ kind: 'message', channel: turn.activity.channelId ?? 'unknown', first: turn.firstMessage });
      turn.state.counted = true;
      // "Gullydeckel weg, offenes Loch auf der Fahrbahn!" as the first message: what to do now comes first, the welcome
      // (with the AI disclosure) right after it, in the same turn.
      const dangerFirst = !turn.state.welcomed && dangerOf(turn.text) !== undefined;
      // "English" or "Leichte Sprache" as the first message (the welcome's button, before any welcome came): the welcome in it.
      // A matter first: the welcome in brief, so that its answer is not pushed down on a phone (trial 55); a greeting gets it whole.
      const chosen = languageButton(turn.text);
      if (dangerFirst) this.settleLanguage(turn);
      else
        this.welcome(
          turn,
          chosen,
          chosen === undefined && /\p{L}{2}/u.test(turn.text) && !onlyGreeting(turn.text) && !asksIfSomeoneIsThere(turn.text),
        );
      // Empty (also after the channel removed invisible characters): during a request the field
      // refuses it and asks again; otherwise the citizen learns that only text is read.
      if (!turn.text && !turn.activity.attachments?.length && !turn.state.flow) {
        turn.reply(turn.t.conversation.noText);
        return;
      }
      if (!(await this.refused(turn, limit))) await runPipeline(turn, this.steps);
      if (dangerFirst) this.welcome(turn);
    });
  }

  /** Code points, not UTF-16 units: an emoji counts as one character, as the citizen sees it. */
  private tooLong(text: string): boolean {
    const max = this.services.config.MAX_MESSAGE_CHARS;
    return text.length > max && [...text].length > max;
  }

  /** Counts a message against the rate limit, if it is one the limit applies to (text or files, not too long). */
  private countMessage(activity: Activity): Promise<LimitResult> | undefined {
    const text = (activity.text ?? '').trim();
    if ((!text && !activity.attachments?.length) || this.tooLong(text)) return undefined;
    const counted = this.messageLimit.consume(`${activity.channelId}/${activity.conversation?.id ?? 'unknown'}`);
    // Awaited by the turn; until then a failure (the store down) must not count as unhandled.
    counted.catch(() => undefined);
    return counted;
  }

  /** Answers too long or too many messages politely instead of running the pipeline. */
  private async refused(turn: Turn, counted: Promise<LimitResult> | undefined): Promise<boolean> {
    const { MAX_MESSAGE_CHARS } = turn.services.config;
    if (this.tooLong(turn.text)) {
      turn.reply(turn.t.conversation.tooLong(MAX_MESSAGE_CHARS));
      return true;
    }
    const limit = await counted;
    if (limit && !limit.allowed) {
      turn.services.logger.info({ retryAfterSeconds: limit.retryAfterSeconds }, 'conversation over the message rate limit');
      turn.reply(turn.t.conversation.tooMany(limit.retryAfterSeconds));
      return true;
    }
    return false;
  }

  /** Counts the turn's events; the report may miss them, the citizen never waits for them. */
  private async countEvents(turn: Turn): Promise<void> {
    try {
      await this.services.analytics.record(turn.events);
    } catch (error) {
      this.services.logger.warn({ err: error }, 'usage events not counted');
    }
  }

  /**
   * The conversation's language at its start: the language the page, the embed or the citizen's app asks for holds from
   * the welcome on; without one, a first message clearly in English is welcomed in English (its "Deutsch" button goes
   * back). (Read only where the channel asks for none: it asks the router about the message.)
   */
  private settleLanguage(turn: Turn, chosen?: Language): void {
    const channel = channelLanguage(turn.activity);
    // The first message's own language before the app's locale: "Hello, I need a new passport" from a phone set to German is
    // welcomed in English (trial 63: a German welcome, then "You wrote in English"); Leichte Sprache asked by the page stays for German.
    const written =
      turn.activity.type === 'message' ? writtenLanguage(turn, otherLanguage(turn.text, channel === 'en' ? 'en' : 'de')) : undefined;
    turn.state.language = chosen ?? written ?? channel ?? turn.state.language;
  }

  /** Shows the welcome (with the AI disclosure) once per conversation, in the language chosen if one was. */
  private welcome(turn: Turn, chosen?: Language, brief = false): void {
    if (turn.state.welcomed) return;
    turn.state.welcomed = true;
    this.settleLanguage(turn, chosen);
    const t = CATALOGUES[turn.state.language];
    const place = turn.ortsteilNamed();
    const active = turn.services.town.activeNotices().filter((n) => !forAnotherPlace(turn.text, n, place));
    turn.noticesWelcomed = active.map((n) => n.text);
    const notices = active.map((n) => t.conversation.noticeLine(n.text, n.ortsteile));
    turn.reply(t.conversation.welcome(turn.services.municipality, notices, brief), { suggestions: t.conversation.welcomeSuggestions });
  }

  /**
   * Loads the conversation state, runs the logic with replies held back, saves the state with
   * its eTag and only then sends the replies. On a conflict the turn runs again on fresh state.
   */
  private async runTurn(activity: Activity, send: SendReplies, logic: TurnLogic): Promise<void> {
    const { channelId, conversation } = activity;
    const key = ConversationStateStore.keyOf(channelId ?? 'unknown', conversation!.id);
    // Serializing here means a turn's side effects (a booked slot, a case) normally happen once;
    // the eTag retry below covers the rarer race between two instances.
    return this.queues.run(key, () => this.runSerializedTurn(activity, send, key, logic));
  }

  private async runSerializedTurn(activity: Activity, send: SendReplies, key: string, logic: TurnLogic): Promise<void> {
    const replies = await this.computing(() => this.computeTurn(activity, key, logic));
    if (replies.length) await send(replies);
  }

  /** The turn's replies, once its state is saved (none when the turn had nothing to say). */
  private async computeTurn(activity: Activity, key: string, logic: TurnLogic): Promise<Activity[]> {
    const { conversation } = activity;
    let language: Language = 'de';
    for (let attempt = 1; attempt <= MAX_TURN_ATTEMPTS; attempt++) {
      const loaded = await this.states.load(key);
      language = loaded.data.language;
      if (!loaded.valid) this.services.logger.warn({ conversation: conversation!.id }, 'conversation state was invalid and was reset');
      // How to reach the conversation later (staff replies), saved with the state when it is new or changed.
      const reference =
        activity.type === 'message' || activity.type === 'conversationUpdate'
          ? this.services.outbound.referenceWrite(activity, loaded.data.referenceSaved)
          : undefined;
      const turn = new Turn(activity, loaded.data, this.services);
      await logic(turn);
      if (reference) turn.state.referenceSaved = reference.stamp;
      // The welcome is the same for everyone (but for today's notices after it): staff need the rest.
      const { welcome } = CATALOGUES[turn.state.language].conversation;
      const welcomes = [welcome(this.services.municipality), welcome(this.services.municipality, [], true)];
      const said = turn.replies.map((reply) => reply.text ?? '').filter((text) => !welcomes.some((w) => text.startsWith(w)));
      const recent = this.recent.appendWrite(activity.channelId ?? 'unknown', conversation!.id, turn.text, said);
      try {
        // The state, the reference, the messages for staff and the turn's usage counters in one
        // write: counted only when saved.
        if (!turn.discardState) {
          await this.states.save(key, loaded, turn.state, {
            set: reference?.write ? [reference.write] : [],
            append: recent ? [recent] : [],
            increment: this.services.analytics.increments(turn.events),
          });
        }
      } catch (error) {
        if (!(error instanceof ETagConflictError)) throw error;
        this.services.logger.info({ attempt }, 'conversation state changed concurrently; running the turn again');
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        continue;
      }
      // A turn that erased the citizen's data saves nothing, but its events still count.
      if (turn.discardState) await this.countEvents(turn);
      return turn.replies;
    }
    return [plainMessage(CATALOGUES[language].conversation.busy)];
  }
}
