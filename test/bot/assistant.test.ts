// The Assistant through the real adapter and pipeline, over HTTP on loopback.
import { Activity } from '@microsoft/agents-activity';
import { OwnChannelAdapter } from '../../bot/channels/own-adapter';
import { Assistant } from '../../bot/assistant';
import { ConversationStateStore } from '../../bot/state';
import type { TurnStep } from '../../bot/turn';
import { de } from '../../knowledge/texts/de';
import { startTestAssistant, allText, allButtons, type TestAssistant } from '../helpers/harness';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../helpers/redis';

const NONSENSE = 'xqzvbr plimm';

describe('the assistant on the SQLite store', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant();
  });
  afterAll(() => assistant.stop());

  test('a new conversation is greeted once, with the AI disclosure, a person and data protection', async () => {
    const chat = assistant.conversation();
    const greeting = await chat.join();
    expect(greeting).toHaveLength(1);
    const text = allText(greeting);
    expect(text).toContain('Markt Mömbris');
    expect(text).toMatch(/automatisches Programm, kein Mensch/);
    expect(text).toMatch(/Menschen/);
    expect(text).toMatch(/Datenschutz/);
    expect(allButtons(greeting)).toContain('Datenschutz');

    const next = await chat.say(NONSENSE);
    expect(allText(next)).not.toContain(de.conversation.welcome(assistant.services.municipality));
  });

  test('a channel without a join event still gets the welcome before the first answer, in brief with the AI disclosure (trial 55: the answer was pushed down)', async () => {
    const replies = await assistant.conversation().say(NONSENSE);
    const brief = de.conversation.welcome(assistant.services.municipality, [], true);
    expect(replies[0]!.text).toBe(brief);
    expect(brief).toMatch(/automatisches Programm, kein Mensch/);
    expect(brief).toMatch(/„Mitarbeiter“.*„Datenschutz“/);
    expect(brief.length).toBeLessThan(de.conversation.welcome(assistant.services.municipality).length * 0.6);
    expect(replies.length).toBeGreaterThanOrEqual(2);
    // A greeting first gets the whole welcome: it says what the assistant does.
    const greeted = await assistant.conversation().say('Hallo');
    expect(greeted[0]!.text).toBe(de.conversation.welcome(assistant.services.municipality));
  });

  test('a message it cannot handle gets an honest fallback with the Rathaus contact', async () => {
    const chat = assistant.conversation();
    await chat.join();
    const replies = await chat.say(NONSENSE);
    expect(allText(replies)).toBe(de.conversation.fallback(assistant.services.municipality));
    expect(allText(replies)).toContain('06029 705-0');
  });

  test('a message without text gets a polite German answer', async () => {
    const chat = assistant.conversation();
    await chat.join();
    const replies = await chat.say('   ');
    expect(allText(replies)).toMatch(/Bitte schreiben Sie/);
  });

  test('concurrent messages in one conversation: one welcome in all, every message answered', async () => {
    const chat = assistant.conversation();
    const results = await Promise.all(Array.from({ length: 6 }, () => chat.say(NONSENSE)));
    const welcome = de.conversation.welcome(assistant.services.municipality, [], true);
    expect(results.flat().filter((r) => r.text === welcome)).toHaveLength(1);
    for (const replies of results) expect(replies.filter((r) => r.text !== welcome).length).toBeGreaterThanOrEqual(1);
  });

  test('the way back to a conversation (for staff replies) is saved with its first message and again only when it changes or a day has passed', async () => {
    const chat = assistant.conversation();
    const { store, outbound } = assistant.services;
    const referenceKey = ConversationStateStore.besideKeyOf('test', chat.id, 'reference');
    const savedReference: boolean[] = [];
    const write = store.write;
    store.write = (changes, also) => {
      if (Object.keys(changes).some((key) => key.includes(chat.id)))
        savedReference.push((also?.set ?? []).some((set) => set.key === referenceKey));
      return write.call(store, changes, also);
    };
    try {
      await chat.say('Hallo');
      await chat.say('Was kostet ein Personalausweis?');
      await chat.say('Danke');
      // The channel now reaches the conversation at another address.
      await chat.post({ type: 'message', text: 'Wann hat das Bürgerbüro geöffnet?', serviceUrl: 'http://127.0.0.1:2' });
    } finally {
      store.write = write;
    }
    expect(savedReference).toEqual([true, false, false, true]);
    expect((await outbound.reference('test', chat.id))?.serviceUrl).toBe('http://127.0.0.1:2');
    // A day later it is saved again, so that it lives as long as the conversation.
    const incoming = Activity.fromObject({
      type: 'message',
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:2',
      conversation: { id: chat.id },
      from: { id: chat.userId },
      recipient: { id: 'assistant' },
    });
    const today = outbound.referenceWrite(incoming, undefined);
    expect(outbound.referenceWrite(incoming, today.stamp).write).toBeUndefined();
    expect(outbound.referenceWrite(incoming, today.stamp, Date.now() + 86_400_000).write?.key).toBe(referenceKey);
  });
});

describe('turns that race for the same conversation state', () => {
  test("two instances answering one conversation at once lose no update and never send a lost race's replies", async () => {
    const running = await startTestAssistant();
    // A step that counts in the conversation state and answers with the count it saw. It waits
    // a moment like any step doing I/O, so all eight turns read the same state before one saves.
    const counting: TurnStep = {
      name: 'count',
      run: async (turn) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        turn.state.fallbacksInARow += 1;
        turn.reply(`Zähler ${turn.state.fallbacksInARow}`);
        return 'handled';
      },
    };
    // Two Assistants on one store behave like two instances sharing Redis.
    const instances = [new Assistant(running.services, [counting]), new Assistant(running.services, [counting])];
    const adapter = new OwnChannelAdapter();
    const sent: string[] = [];
    adapter.register({ channelId: 'race', deliver: async (_ref, activities) => void sent.push(...activities.map((a) => a.text ?? '')) });
    const activity = (n: number) =>
      Activity.fromObject({
        type: 'message',
        id: `m${n}`,
        text: 'Hallo',
        channelId: 'race',
        conversation: { id: 'c1' },
        from: { id: 'u' },
        recipient: { id: 'bot' },
      });

    try {
      await Promise.all(
        Array.from({ length: 8 }, (_, n) => {
          const incoming = activity(n);
          return instances[n % 2]!.handle(incoming, (replies) => adapter.deliver(incoming, replies));
        }),
      );
      // Read before stopping: a stopped assistant has closed its store.
      const { data } = await new ConversationStateStore(running.services.store).load(ConversationStateStore.keyOf('race', 'c1'));
      expect(data.fallbacksInARow).toBe(8);
    } finally {
      await running.stop();
    }

    const counts = sent.filter((t) => t.startsWith('Zähler')).sort((x, y) => Number(x.slice(7)) - Number(y.slice(7)));
    expect(counts).toEqual(Array.from({ length: 8 }, (_, i) => `Zähler ${i + 1}`));
    expect(sent.filter((t) => t === de.conversation.welcome(running.services.municipality))).toHaveLength(1);
    expect(running.logs.some((line) => line.includes('running the turn again'))).toBe(true);
  });
});

describeWithRedis('the assistant on Redis', () => {
  test('a conversation continues on a second instance sharing Redis', async () => {
    const env = { REDIS_URL, STORE_KEY_PREFIX: uniquePrefix('assistant') };
    const a = await startTestAssistant(env);
    const b = await startTestAssistant(env);
    try {
      const chat = a.conversation();
      await chat.join();
      const onB = b.conversation(chat.id);
      const replies = await onB.say(NONSENSE);
      expect(allText(replies)).not.toContain(de.conversation.welcome(a.services.municipality));
      expect(allText(replies)).toBe(de.conversation.fallback(a.services.municipality));
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
