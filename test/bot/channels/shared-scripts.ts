// The same conversations on every channel: each channel gets a driver that speaks its protocol,
// and the scripts below run over all of them. Replies are compared as a citizen sees them
// (text and buttons). To add a channel, implement ChannelDriver and add it to the list in
// shared.test.ts.
import { randomUUID } from 'node:crypto';
import nock from 'nock';
import { de } from '../../../knowledge/texts/de';
import { button } from '../../../knowledge/texts/commands';
import { SECRET_HEADER } from '../../../bot/channels/telegram/channel';
import type { Municipality } from '../../../knowledge/schema';
import { azureActivity, postToMessages, type AzureMock } from '../../helpers/azure';

export interface Reply {
  text: string;
  buttons: string[];
}

export interface ChannelDriver {
  readonly name: string;
  /** Opens the conversation the way the channel does (join, /start, new token); returns the replies. */
  start(): Promise<Reply[]>;
  say(text: string): Promise<Reply[]>;
  /** Clicks the button with this title among the latest replies. */
  click(title: string): Promise<Reply[]>;
  /** Every reply of this conversation so far. */
  readonly replies: Reply[];
}

export interface Script {
  name: string;
  run(driver: ChannelDriver, town: Municipality): Promise<void>;
}

export const scripts: Script[] = [
  {
    name: 'the welcome discloses the assistant is a program and offers the suggestions as buttons',
    async run(driver, town) {
      const replies = await driver.start();
      expect(replies[0]).toEqual({ text: de.conversation.welcome(town), buttons: de.conversation.welcomeSuggestions });
    },
  },
  {
    name: 'an unknown question gets the honest fallback',
    async run(driver, town) {
      await driver.start();
      const replies = await driver.say('Xylofonquartett Zwetschgendatschi Quantenschaum');
      expect(replies.map((r) => r.text)).toContain(de.conversation.fallback(town));
    },
  },
  {
    name: 'clicking a welcome button answers that topic',
    async run(driver, town) {
      await driver.start();
      const replies = await driver.click(de.conversation.welcomeSuggestions[0]!);
      expect(replies.length).toBeGreaterThan(0);
      expect(replies[0]!.text).not.toBe(de.conversation.fallback(town));
      expect(replies[0]!.text.length).toBeGreaterThan(20);
    },
  },
  {
    name: 'a step-by-step request asks its first question with the choices as buttons, and the citizen can cancel',
    async run(driver) {
      await driver.start();
      const asked = await driver.say('Schaden melden');
      const choices = asked.flatMap((r) => r.buttons);
      expect(choices).toEqual(expect.arrayContaining(['Straßenbeleuchtung', 'Straßenschaden', 'Sonstiges']));
      const chosen = await driver.click('Straßenbeleuchtung');
      expect(chosen.map((r) => r.text).join(' ')).toMatch(/Ortsteil|Ort/);
      const cancelled = await driver.say('abbrechen');
      expect(cancelled.map((r) => r.text).join(' ')).toMatch(/abgebrochen/i);
    },
  },
  {
    name: 'citizen text is normalized: invisible characters alone are no answer, bidi controls and wide letters are gone from the case',
    async run(driver, town) {
      await driver.start();
      await driver.say('Schaden melden');
      await driver.click('Straßenbeleuchtung');
      await driver.say(`${town.ortsteile[0]}, Hauptstraße 5`);
      // Six zero-width characters (space, non-joiner, joiner, word joiner, BOM, left-to-right mark).
      const invisible = await driver.say('\u200b\u200c\u200d\u2060\ufeff\u200e');
      expect(invisible.map((r) => r.text).join(' ')).toContain(de.flows.moreDetail('den Schaden'));
      // A right-to-left override would show "tkcalf" mirrored; full-width letters become plain ones (NFKC).
      await driver.say('Ｌａｔｅｒｎｅ \u202etkcalf\u202c seit Montag');
      await driver.say('überspringen');
      const summary = (await driver.say('überspringen')).map((r) => r.text).join(' ');
      expect(summary).toContain('Laterne tkcalf seit Montag');
      expect(summary).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/);
    },
  },
  {
    name: 'an answer can be rated: "Nicht hilfreich" asks why and offers a person; any other message just goes on',
    async run(driver) {
      await driver.start();
      const answer = await driver.say('Was kostet ein Reisepass?');
      expect(answer.flatMap((r) => r.buttons)).toEqual(expect.arrayContaining([button('helpful'), button('notHelpful')]));
      const why = await driver.click(button('notHelpful'));
      expect(why).toEqual([
        {
          text: de.feedback.whatWasWrong,
          buttons: [
            button('reasonWrong'),
            button('reasonOutdated'),
            button('reasonUnclear'),
            button('reasonNotMyQuestion'),
            button('person'),
          ],
        },
      ]);
      // What exactly is asked for, in a sentence (trial 63); a sentence then is kept for the editors.
      expect(await driver.click(button('reasonUnclear'))).toEqual([{ text: de.feedback.whatExactly, buttons: [button('person')] }]);
      expect(await driver.say('Die Gebühr für Kinder fehlt')).toEqual([{ text: de.feedback.noted, buttons: [button('person')] }]);
      // Rating is never in the way: a new question after an answer is simply answered.
      await driver.say('Was kostet ein Reisepass?');
      const next = await driver.say('Wann wird der Müll abgeholt?');
      expect(next[0]!.text).toMatch(/Müll|Abfall/);
    },
  },
];

abstract class BaseDriver implements ChannelDriver {
  abstract readonly name: string;
  readonly replies: Reply[] = [];
  protected abstract send(kind: 'start' | 'text', text?: string): Promise<Reply[]>;
  protected abstract press(title: string, latest: Reply[]): Promise<Reply[]>;
  private latest: Reply[] = [];

  private record(replies: Reply[]): Reply[] {
    this.replies.push(...replies);
    this.latest = replies;
    return replies;
  }

  async start(): Promise<Reply[]> {
    return this.record(await this.send('start'));
  }

  async say(text: string): Promise<Reply[]> {
    return this.record(await this.send('text', text));
  }

  async click(title: string): Promise<Reply[]> {
    if (!this.latest.some((r) => r.buttons.includes(title))) throw new Error(`no button "${title}" in the latest replies`);
    return this.record(await this.press(title, this.latest));
  }
}

/** Azure Bot Service (Teams, Facebook, …): signed POSTs to /api/messages, replies at the Connector. */
export class AzureDriver extends BaseDriver {
  readonly name = 'Azure Bot Service (/api/messages)';
  private readonly conversationId = `a:conv-${randomUUID()}`;

  constructor(
    private readonly baseUrl: string,
    private readonly azure: AzureMock,
  ) {
    super();
  }

  protected async send(kind: 'start' | 'text', text?: string): Promise<Reply[]> {
    const extra = kind === 'start' ? { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'teams-user-1' }] } : { text };
    const before = this.azure.posted.length;
    const status = await postToMessages(
      this.baseUrl,
      azureActivity({ conversation: { id: this.conversationId }, ...extra }),
      await this.azure.token(),
    );
    if (status !== 200) throw new Error(`/api/messages answered ${status}`);
    return this.azure.posted
      .slice(before)
      .filter((p) => p.body.conversation?.id === this.conversationId && p.body.type === 'message')
      .map((p) => ({ text: p.body.text ?? '', buttons: (p.body.suggestedActions?.actions ?? []).map((a) => a.title) }));
  }

  protected press(title: string, latest: Reply[]): Promise<Reply[]> {
    void latest; // an imBack button sends its value as the citizen's message
    return this.send('text', title);
  }
}

interface TelegramSent {
  chat_id: string;
  text: string;
  reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
}

/** Telegram: webhook updates to /api/telegram, replies through the (mocked) Bot API. */
export class TelegramDriver extends BaseDriver {
  readonly name = 'Telegram (/api/telegram)';
  private static nextId = 1;
  private readonly chatId = 700_000 + Math.floor(Math.random() * 100_000);
  private readonly sent: TelegramSent[];
  private readonly keyboards = new Map<string, string>();

  constructor(
    private readonly baseUrl: string,
    private readonly secret: string,
    sent: TelegramSent[],
    private readonly idle: () => Promise<void>,
  ) {
    super();
    this.sent = sent;
  }

  protected send(kind: 'start' | 'text', text?: string): Promise<Reply[]> {
    const message = {
      message_id: TelegramDriver.nextId,
      date: 0,
      chat: { id: this.chatId, type: 'private' },
      from: { id: this.chatId, is_bot: false, first_name: 'T' },
      text: kind === 'start' ? '/start' : text,
    };
    return this.update({ message });
  }

  protected press(title: string): Promise<Reply[]> {
    const data = this.keyboards.get(title)!;
    return this.update({
      callback_query: {
        id: `cb-${randomUUID()}`,
        from: { id: this.chatId },
        chat_instance: 'x',
        data,
        message: { message_id: 1, chat: { id: this.chatId } },
      },
    });
  }

  private async update(body: Record<string, unknown>): Promise<Reply[]> {
    const before = this.sent.length;
    const res = await fetch(`${this.baseUrl}/api/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SECRET_HEADER]: this.secret },
      body: JSON.stringify({ update_id: TelegramDriver.nextId++, ...body }),
    });
    if (res.status !== 200) throw new Error(`/api/telegram answered ${res.status}`);
    await this.idle();
    return this.sent
      .slice(before)
      .filter((s) => s.chat_id === String(this.chatId))
      .map((s) => {
        const buttons = (s.reply_markup?.inline_keyboard ?? []).flat();
        for (const b of buttons) this.keyboards.set(b.text, b.callback_data);
        return { text: unescapeHtml(s.text), buttons: buttons.map((b) => b.text) };
      });
  }
}

const unescapeHtml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A Bot API mock that records every sendMessage (for TelegramDriver). */
export function mockTelegram(apiUrl: string, token: string): TelegramSent[] {
  const sent: TelegramSent[] = [];
  nock(apiUrl)
    .persist()
    .post(`/bot${token}/sendMessage`)
    .reply(200, (_uri, body) => {
      sent.push(body as TelegramSent);
      return { ok: true, result: { message_id: sent.length } };
    })
    .post(`/bot${token}/answerCallbackQuery`)
    .reply(200, { ok: true, result: true });
  return sent;
}

interface DirectLineActivity {
  type: string;
  text?: string;
  from?: { role?: string };
  suggestedActions?: { actions?: Array<{ title: string }> };
}

/** The website: Direct Line 3.0 as Web Chat speaks it (token, conversation, activities with watermarks). */
export class DirectLineDriver extends BaseDriver {
  readonly name = 'Direct Line (website)';
  private token = '';
  private conversationId = '';
  private watermark = '0';

  constructor(private readonly baseUrl: string) {
    super();
  }

  protected async send(kind: 'start' | 'text', text?: string): Promise<Reply[]> {
    if (kind === 'start') {
      const issued = await fetch(`${this.baseUrl}/api/directline/token`, { method: 'POST' });
      this.token = ((await issued.json()) as { token: string }).token;
      const started = await this.call('POST', '/conversations');
      this.conversationId = ((await started.json()) as { conversationId: string }).conversationId;
    } else {
      // The POST answers after the turn has run, so every reply is stored by then.
      const posted = await this.call('POST', `/conversations/${this.conversationId}/activities`, {
        type: 'message',
        text,
        from: { id: 'citizen' },
      });
      if (posted.status !== 200) throw new Error(`POST activities answered ${posted.status}`);
    }
    const res = await this.call('GET', `/conversations/${this.conversationId}/activities?watermark=${this.watermark}`);
    const page = (await res.json()) as { activities: DirectLineActivity[]; watermark: string };
    this.watermark = page.watermark;
    return page.activities
      .filter((a) => a.type === 'message' && a.from?.role === 'bot')
      .map((a) => ({ text: a.text ?? '', buttons: (a.suggestedActions?.actions ?? []).map((b) => b.title) }));
  }

  protected press(title: string): Promise<Reply[]> {
    return this.send('text', title); // an imBack button sends its value as the citizen's message
  }

  private call(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (body) headers['content-type'] = 'application/json';
    return fetch(`${this.baseUrl}/v3/directline${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  }
}
