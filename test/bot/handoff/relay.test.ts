// Citizen on instance A, staff on instance B, sharing Redis. The citizen side is driven through
// an own test channel ("testchat"), which shows the relay works for any channel with a stored reference;
// test/staff/console.test.ts and test/web/staff-console.test.ts run it over Direct Line and Web Chat.
import { Activity, type ConversationReference } from '@microsoft/agents-activity';
import { HandoffQueue, STAFF_CHANNEL } from '../../../bot/handoff/queue';
import { sendToCitizen } from '../../../bot/handoff/relay';
import { startTestAssistant, type TestAssistant } from '../../helpers/harness';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../../helpers/redis';

/** The replaceable citizen driver: sends text on instance A, collects what reaches the citizen. */
class CitizenDriver {
  readonly received: Activity[] = [];
  /** `also`: instances that deliver to this citizen too (the website channel relays between instances itself). */
  constructor(
    private readonly instance: TestAssistant,
    readonly conversationId: string,
    also: TestAssistant[] = [],
  ) {
    for (const each of [instance, ...also])
      each.app.adapters.own.register({
        channelId: 'testchat',
        deliver: async (_ref: Partial<ConversationReference>, activities: Activity[]) => void this.received.push(...activities),
      });
  }
  async say(text: string): Promise<string[]> {
    const before = this.received.length;
    await this.instance.app.runOwnChannelTurn(
      Activity.fromObject({
        type: 'message',
        text,
        channelId: 'testchat',
        serviceUrl: 'https://testchat.invalid',
        conversation: { id: this.conversationId },
        from: { id: 'citizen-1', role: 'user' },
        recipient: { id: 'bot' },
      }),
    );
    return this.received
      .slice(before)
      .filter((a) => a.type === 'message')
      .map((a) => a.text ?? '');
  }
}

describeWithRedis('handoff across two instances', () => {
  const env = { REDIS_URL, STORE_KEY_PREFIX: uniquePrefix('relay') };
  let a: TestAssistant;
  let b: TestAssistant;
  beforeAll(async () => {
    jest.useFakeTimers({
      doNotFake: [
        'nextTick',
        'setImmediate',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'clearImmediate',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    a = await startTestAssistant(env);
    b = await startTestAssistant(env);
  });
  afterAll(async () => {
    jest.useRealTimers();
    await a?.stop();
    await b?.stop();
  });

  it('offers a call-back when no staff member is online', async () => {
    jest.setSystemTime(new Date('2026-11-25T08:00:00Z')); // Wednesday 09:00 in Mömbris
    const citizen = new CitizenDriver(a, 'conv-offline');
    // Said as it is, with the call-back's questions right after (no person promised who is not there).
    expect((await citizen.say('Mitarbeiter')).join('\n')).toMatch(
      /Im Chat ist gerade niemand frei\.[\s\S]*Gern meldet sich die Verwaltung bei Ihnen\./,
    );
  });

  it('queues a wish for a person said in English in English, and tells staff the language (it had been German)', async () => {
    jest.setSystemTime(new Date('2026-11-25T08:00:00Z'));
    const staffQueue = new HandoffQueue(b.services.store);
    await staffQueue.heartbeat('anna');
    const citizen = new CitizenDriver(a, 'conv-english');
    try {
      expect((await citizen.say('Hello, I need to talk to a person please, my registration is urgent')).join('\n')).toMatch(
        /You are number 1 in the queue\./,
      );
      expect((await staffQueue.list()).find((e) => e.conversationId === 'conv-english')?.language).toBe('en');
    } finally {
      await staffQueue.cancel('conv-english');
    }
  });

  it('queues, lets staff on B take over, relays both ways and hands back', async () => {
    jest.setSystemTime(new Date('2026-11-25T08:00:00Z'));
    const staffQueue = new HandoffQueue(b.services.store);
    await staffQueue.heartbeat('anna');
    const citizen = new CitizenDriver(a, 'conv-live', [b]);
    expect((await citizen.say('Mit einem Menschen sprechen')).join('\n')).toMatch(/Platz 1 der Warteschlange/);

    // What the citizen writes while waiting reaches the queue on the other instance, and whoever takes it (trial 28: it had reached nobody).
    const urgent = 'Es ist dringend: mein Reisepass ist abgelaufen und ich fliege übermorgen!';
    // Said to be kept for the person, not left unheard (trial 30: the place in the queue alone).
    expect((await citizen.say(urgent)).join('\n')).toMatch(
      /^Danke\. Ihre Nachricht gebe ich weiter: Wer Ihr Gespräch übernimmt, sieht sie sofort\. Sie sind auf Platz 1 der Warteschlange/,
    );
    expect((await staffQueue.list()).find((e) => e.conversationId === 'conv-live')?.recent.at(-1)).toEqual({
      from: 'citizen',
      text: urgent,
    });

    const toStaff: unknown[] = [];
    const unsubscribe = await b.services.store.subscribe(STAFF_CHANNEL, (m) => void toStaff.push(m));
    expect(await staffQueue.take('conv-live', 'anna')).toBe(true);
    expect((await staffQueue.ownership('conv-live'))?.entry.recent.map((m) => m.text)).toEqual(['Mit einem Menschen sprechen', urgent]);
    expect(await new HandoffQueue(a.services.store).take('conv-live', 'ben')).toBe(false);

    expect(await citizen.say('Ich brauche Hilfe beim Antrag')).toEqual([]); // assistant stays silent
    const messages = () => toStaff.filter((m) => (m as { kind: string }).kind === 'message');
    for (let i = 0; i < 50 && messages().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(messages()).toEqual([
      expect.objectContaining({ conversationId: 'conv-live', staff: 'anna', text: 'Ich brauche Hilfe beim Antrag' }),
    ]);

    const target = { channelId: 'testchat', conversationId: 'conv-live' };
    // On a channel that does not show speakers (Telegram, Teams), the name leads the text.
    const anna = { name: 'Anna', office: 'Bürgerbüro' };
    const said = 'Anna (Bürgerbüro): Guten Tag, ich helfe Ihnen.';
    expect(await sendToCitizen(b.services, target, 'anna', anna, { type: 'message', text: 'Guten Tag, ich helfe Ihnen.' })).toBe(true);
    for (let i = 0; i < 50 && !citizen.received.some((x) => x.text === said); i++) await new Promise((r) => setTimeout(r, 20));
    expect(citizen.received.map((x) => x.text)).toContain(said);
    // It answers no activity the citizen's page has: with a replyToId, Web Chat holds it 5 s waiting for that activity (trial 37).
    expect(citizen.received.find((x) => x.text === said)?.replyToId).toBeUndefined();
    expect(await sendToCitizen(b.services, target, 'ben', { name: 'Ben', office: 'Rathaus' }, { type: 'message', text: 'fremd' })).toBe(
      false,
    );

    await staffQueue.release('conv-live', 'anna', 'handed-back');
    const back = await citizen.say('Wann hat das Rathaus geöffnet?');
    expect(back.join('\n')).toMatch(/Öffnungszeiten|geöffnet/); // the assistant answers again
    await unsubscribe();
    const audit = await staffQueue.auditLog();
    expect(audit.filter((e) => e.conversation === 'conv-live').map((e) => e.action)).toEqual(['queued', 'took', 'answered', 'handed-back']);
    expect(JSON.stringify(audit)).not.toMatch(/Hilfe|Guten Tag/);
  });

  it('tells a citizen still waiting that the last clerk has gone and offers the call-back, which leaves the queue (trial 37: the place in the queue stood on)', async () => {
    jest.setSystemTime(new Date('2026-11-25T08:00:00Z'));
    const staffQueue = new HandoffQueue(b.services.store);
    await staffQueue.heartbeat('zoe');
    const citizen = new CitizenDriver(a, 'conv-left-alone', [b]);
    expect((await citizen.say('Mitarbeiter')).join('\n')).toMatch(/Platz 1 der Warteschlange/);
    for (const staff of ['zoe', 'anna']) await staffQueue.disconnected(staff, 'default');
    const told = (await citizen.say('Hallo, ist da noch jemand?')).join('\n');
    expect(told).toMatch(
      /Gerade ist niemand mehr im Chat angemeldet\. Sie können warten oder einen Rückruf anfordern\. Sie sind auf Platz 1 der Warteschlange\.$/,
    );
    // No wait in minutes that nobody would keep (trial 39: "niemand angemeldet … etwa 30 Minuten").
    expect(told).not.toMatch(/Minuten/);
    expect(citizen.received.at(-1)?.suggestedActions?.actions.map((x) => x.title)).toContain('Rückruf anfordern');
    expect((await citizen.say('Rückruf anfordern')).join('\n')).toMatch(/Gern meldet sich die Verwaltung bei Ihnen\./);
    expect(await staffQueue.position('conv-left-alone')).toBeUndefined();
  });

  it('offers the call-back to a citizen still waiting when the office has closed (trial 37)', async () => {
    jest.setSystemTime(new Date('2026-11-25T08:00:00Z'));
    const staffQueue = new HandoffQueue(b.services.store);
    await staffQueue.heartbeat('zoe');
    const citizen = new CitizenDriver(a, 'conv-after-hours', [b]);
    expect((await citizen.say('Mitarbeiter')).join('\n')).toMatch(/Platz 1 der Warteschlange/);
    jest.setSystemTime(new Date('2026-11-25T19:00:00Z')); // 20:00 in Mömbris
    const told = (await citizen.say('Hallo?')).join('\n');
    expect(told).toMatch(/geschlossen[\s\S]*Gern meldet sich die Verwaltung bei Ihnen\./);
    expect(await staffQueue.position('conv-after-hours')).toBeUndefined();
    await staffQueue.disconnected('zoe', 'default');
  });
});
