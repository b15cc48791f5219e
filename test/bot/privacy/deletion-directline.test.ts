// "Meine Daten löschen" in the website chat: the stored messages are gone, the confirmation
// still reaches the open chat window, and a reload shows no content of the conversation.
import { ConversationStateStore } from '../../../bot/state';
import { isBotMessage, newToken, TestDirectLineClient } from '../../helpers/directline';
import { startTestAssistant, type TestAssistant } from '../../helpers/harness';

let assistant: TestAssistant;
beforeAll(async () => {
  assistant = await startTestAssistant();
});
afterAll(() => assistant.stop());

test('deletion over Direct Line erases the transcript content and the state', async () => {
  const { token, conversationId } = await newToken(assistant.url);
  const client = new TestDirectLineClient({ baseUrl: assistant.url, token, webSocket: false });
  try {
    const textOf = (a: unknown) => (a as { text?: string }).text ?? '';
    await client.post({ text: 'Mein Name ist Erika Mustermann' });
    await client.waitFor((a) => isBotMessage(a));
    let from = client.received.length;
    await client.post({ text: 'Meine Daten löschen' });
    await client.waitFor((a) => isBotMessage(a) && textOf(a).includes('Wirklich löschen?'), from);
    from = client.received.length;
    await client.post({ text: 'Ja' });
    await client.waitFor((a) => isBotMessage(a) && textOf(a).includes('sind gelöscht'), from);

    const stored = JSON.stringify(await assistant.services.store.list(`dl/${conversationId}/activities`));
    expect(stored).not.toContain('Erika');
    expect(stored).not.toContain('Wirklich löschen?');
    const key = ConversationStateStore.keyOf('directline', conversationId);
    expect((await assistant.services.store.read([key]))[key]).toBeUndefined();
    expect(await assistant.services.outbound.reference('directline', conversationId)).toBeUndefined();
  } finally {
    client.end();
  }
});
