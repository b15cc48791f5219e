// The Telegram channel, served directly (no Azure): a webhook that turns updates into
// Activities for the assistant, and a connector that delivers the replies through the Bot API.
// It translates only; what to answer is decided by the assistant like on every other channel.
import { SerialQueues } from '../../serial';
import { button } from '../../../knowledge/texts/commands';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { Activity, type ConversationReference } from '@microsoft/agents-activity';
import express, { Router } from 'express';
import { retentionSeconds } from '../../config';
import type { AssistantServices } from '../../turn';
import { boundedJson, logRefused, reasonsOf } from '../boundary';
import { FILE_PATH, FileRejectedError, MAX_FILE_BYTES } from '../files';
import type { OwnChannelAdapter } from '../own-adapter';
import { ADAPTIVE_CARD } from '../capabilities';
import { cardForTelegram, escapeHtml, splitMessage } from './format';
import { BotApi, updateSchema, type TelegramMessage, type TelegramUpdate } from './protocol';

const CHANNEL_ID = 'telegram';
export const WEBHOOK_PATH = '/api/telegram';
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const BOT = { id: 'assistant', role: 'bot' } as const;
/** Telegram allows at most 64 bytes of callback_data per button. */
const MAX_CALLBACK_BYTES = 64;

type RunTurn = (activity: Activity) => Promise<void>;

export class TelegramChannel {
  readonly router = Router();
  private readonly api: BotApi;
  /** Updates of one chat run one after the other, in the order Telegram sent them. */
  /** The updates of one chat are handled in order. */
  private readonly queues = new SerialQueues();

  constructor(
    private readonly services: AssistantServices,
    own: OwnChannelAdapter,
    private readonly runTurn: RunTurn,
  ) {
    const { config } = services;
    this.api = new BotApi({ baseUrl: config.TELEGRAM_API_URL, token: config.TELEGRAM_BOT_TOKEN ?? '' });
    own.register({ channelId: CHANNEL_ID, deliver: (reference, activities) => this.deliver(reference, activities) });
    this.router.post(WEBHOOK_PATH, express.json({ limit: '256kb' }), (req, res) => {
      if (!this.authorized(req.get(SECRET_HEADER))) {
        res.status(401).json({ error: 'wrong or missing secret token' });
        return;
      }
      const parsed = boundedJson(updateSchema).safeParse(req.body);
      if (!parsed.success) {
        const reasons = reasonsOf(parsed.error.issues);
        logRefused(this.services.logger, CHANNEL_ID, reasons);
        res.status(400).json({ error: 'invalid update', issues: reasons });
        return;
      }
      // Answer at once: Telegram waits for the response before it sends the chat's next update.
      res.json({ ok: true });
      this.enqueue(parsed.data);
    });
  }

  /** Resolves when every update received so far has been processed (shutdown, tests). */
  async idle(): Promise<void> {
    await this.queues.idle();
  }

  private authorized(header: string | undefined): boolean {
    const secret = Buffer.from(this.services.config.TELEGRAM_WEBHOOK_SECRET ?? '');
    const given = Buffer.from(header ?? '');
    return secret.length > 0 && given.length === secret.length && timingSafeEqual(given, secret);
  }

  private enqueue(update: TelegramUpdate): void {
    const chatId = update.message?.chat.id ?? update.callback_query?.message?.chat.id;
    if (chatId === undefined) return; // updates we did not ask for (allowed_updates) or without a chat
    const key = String(chatId);
    void this.queues
      .run(key, () => this.handle(update, key))
      .catch((err: unknown) => this.services.logger.error({ err, update: update.update_id }, 'telegram update failed'));
  }

  private async handle(update: TelegramUpdate, chatId: string): Promise<void> {
    const base = {
      id: String(update.update_id),
      channelId: CHANNEL_ID,
      serviceUrl: this.services.config.TELEGRAM_API_URL,
      conversation: { id: chatId },
      recipient: { ...BOT },
      // The citizen's app language: an English Telegram is welcomed in English (the citizen may switch).
      locale: (update.message?.from ?? update.callback_query?.from)?.language_code ?? 'de-DE',
      timestamp: new Date().toISOString(),
    };
    const query = update.callback_query;
    if (query) {
      await this.api.call('answerCallbackQuery', { callback_query_id: query.id }).catch(() => undefined);
      const value = await this.buttonValue(query.data);
      if (value === undefined) return; // an expired button
      await this.runTurn(Activity.fromObject({ ...base, type: 'message', from: { id: String(query.from.id), role: 'user' }, text: value }));
      return;
    }
    const message = update.message!;
    const from = { id: String(message.from?.id ?? chatId), role: 'user' };
    const command = /^\/(\w+)(?:@\w+)?\s*$/.exec(message.text ?? '')?.[1];
    if (command === 'start') {
      await this.runTurn(Activity.fromObject({ ...base, type: 'conversationUpdate', from, membersAdded: [{ id: from.id }] }));
      return;
    }
    const text = command === 'loeschen' ? button('deleteData') : (message.text ?? message.caption);
    const attachments = await this.photo(message, chatId);
    if (attachments === 'rejected') return;
    await this.runTurn(Activity.fromObject({ ...base, type: 'message', from, text, attachments }));
  }

  /** Saves the largest size of a photo in the FileStore; tells the citizen if it is refused. */
  private async photo(message: TelegramMessage, chatId: string): Promise<object[] | 'rejected' | undefined> {
    const largest = message.photo?.at(-1);
    if (!largest) return undefined;
    try {
      const { data, name } = await this.api.download(largest.file_id, MAX_FILE_BYTES);
      const file = await this.services.files.save(chatId, name, data);
      return [{ contentType: file.contentType, contentUrl: `${FILE_PATH}${file.id}`, name: file.name }];
    } catch (err) {
      if (!(err instanceof FileRejectedError)) throw err;
      await this.api.call('sendMessage', { chat_id: chatId, text: err.message });
      return 'rejected';
    }
  }

  private async deliver(reference: Partial<ConversationReference>, activities: Activity[]): Promise<void> {
    const chatId = reference.conversation?.id;
    if (!chatId) throw new Error('reference without conversation');
    for (const activity of activities) {
      // A staff member typing shows as "… schreibt" in Telegram (it lasts about five seconds).
      if (activity.type === 'typing') await this.api.call('sendChatAction', { chat_id: chatId, action: 'typing' });
      if (activity.type !== 'message') continue;
      const cards = (activity.attachments ?? [])
        .flatMap((a) => (a.contentType === ADAPTIVE_CARD ? [cardForTelegram(a.content)] : []))
        .filter((c) => c !== undefined);
      const parts = splitMessage(activity.text ?? '');
      const keyboard = await this.keyboard(
        activity,
        cards.flatMap((c) => c.urls),
      );
      for (const [i, part] of parts.entries()) {
        const last = i === parts.length - 1;
        // The card follows the text in the last message (it is short: facts, links, date).
        const html = [escapeHtml(part), ...(last ? cards.map((c) => c.html) : [])].filter(Boolean).join('\n\n');
        await this.api.call('sendMessage', {
          chat_id: chatId,
          text: html,
          parse_mode: 'HTML',
          ...(last && keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {}),
        });
      }
    }
  }

  /** Links of a card and suggested actions as an inline keyboard, one button per row (long German titles). */
  private async keyboard(
    activity: Activity,
    urls: Array<{ text: string; url: string }>,
  ): Promise<Array<Array<{ text: string; callback_data: string } | { text: string; url: string }>> | undefined> {
    const actions = activity.suggestedActions?.actions ?? [];
    if (!actions.length && !urls.length) return undefined;
    const callbacks = await Promise.all(
      actions.map(async (action) => [
        { text: action.title ?? String(action.value), callback_data: await this.callbackData(String(action.value ?? action.title)) },
      ]),
    );
    return [...urls.map((u) => [u]), ...callbacks];
  }

  /** Short values travel in the button itself ("v:"); longer ones are kept in the Store ("k:"). */
  private async callbackData(value: string): Promise<string> {
    if (Buffer.byteLength(`v:${value}`) <= MAX_CALLBACK_BYTES) return `v:${value}`;
    const id = randomUUID();
    await this.services.store.set(`telegram-buttons/${id}`, value, retentionSeconds(this.services.config));
    return `k:${id}`;
  }

  private async buttonValue(data: string | undefined): Promise<string | undefined> {
    if (data?.startsWith('v:')) return data.slice(2);
    if (data?.startsWith('k:')) {
      const value = await this.services.store.get(`telegram-buttons/${data.slice(2)}`);
      return typeof value === 'string' ? value : undefined;
    }
    return undefined;
  }
}
