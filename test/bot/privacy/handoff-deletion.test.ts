// "Meine Daten löschen" also takes the citizen out of the queue for a person.
import { HandoffQueue } from '../../../bot/handoff/queue';
import { liveChatLog, relayFromCitizen } from '../../../bot/handoff/relay';
import { startTestAssistant } from '../../helpers/harness';

test('deleting a conversation removes its place in the staff queue, and the export shows it before', async () => {
  const assistant = await startTestAssistant();
  try {
    const queue = new HandoffQueue(assistant.services.store);
    const subject = { channelId: 'test', conversationId: 'queued-1', userId: 'u1' };
    await queue.enqueue({ channelId: 'test', conversationId: 'queued-1', topic: 'personalausweis' });
    await queue.enqueue({ channelId: 'test', conversationId: 'someone-else' });

    const exported = await assistant.services.privacy.exportAll(subject);
    expect(exported.warteschlange).toMatchObject({ conversationId: 'queued-1', topic: 'personalausweis' });

    const results = await assistant.services.privacy.eraseAll(subject);
    expect(results.find((r) => r.name === 'warteschlange')).toEqual({ name: 'warteschlange', deleted: 1 });
    expect(await queue.position('queued-1')).toBeUndefined();
    expect(await queue.position('someone-else')).toBe(1);
  } finally {
    await assistant.stop();
  }
});

test("deleting during a live chat removes the chat with staff and the staff member's hold on the conversation", async () => {
  const assistant = await startTestAssistant();
  try {
    const { services } = assistant;
    const queue = new HandoffQueue(services.store);
    const subject = { channelId: 'test', conversationId: 'live-1', userId: 'u1' };
    await queue.enqueue({ channelId: 'test', conversationId: 'live-1', recent: [{ from: 'citizen', text: 'Mitarbeiter' }] });
    expect(await queue.take('live-1', 'anna')).toBe(true);
    await relayFromCitizen(services, 'live-1', 'anna', 'Meine Telefonnummer ist 0171 2345678');

    const exported = await services.privacy.exportAll(subject);
    expect(exported.mitarbeiterchat).toEqual([expect.objectContaining({ from: 'citizen', text: 'Meine Telefonnummer ist 0171 2345678' })]);
    expect(exported.warteschlange).toMatchObject({ conversationId: 'live-1' });

    const results = await services.privacy.eraseAll(subject);
    expect(results.filter((r) => ['warteschlange', 'mitarbeiterchat'].includes(r.name))).toEqual([
      { name: 'warteschlange', deleted: 1 },
      { name: 'mitarbeiterchat', deleted: 1 },
    ]);
    expect(await queue.owner('live-1')).toBeUndefined();
    expect(await liveChatLog(services).lines('live-1')).toEqual([]);
  } finally {
    await assistant.stop();
  }
});
