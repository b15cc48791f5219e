// "Meine Daten löschen" also takes the citizen out of the queue for a person.
import { HandoffQueue } from '../../bot/handoff/queue';
import { startTestAssistant } from '../helpers/harness';

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
