// The personal data the assistant itself keeps per conversation, declared to the registry.
// Features that keep more (cases, appointments) register their own holder next to these.
import { CHANNEL_ID } from '../channels/directline/protocol';
import { Transcripts } from '../channels/directline/transcript';
import type { FileStore } from '../channels/files';
import type { Outbound } from '../channels/outbound';
import { HandoffQueue } from '../handoff/queue';
import { LiveChatLog } from '../handoff/relay';
import { ConversationStateStore, parseConversationData, RecentMessages } from '../state';
import type { Store } from '../storage';
import { PersonalDataRegistry } from './registry';

const DIRECTLINE_CHANNEL = CHANNEL_ID;

/** `titleOf`: a request's title by its flow id, for the overview of a started request. */
export function personalDataRegistry(
  store: Store,
  outbound: Outbound,
  files: FileStore,
  ttlSeconds: number,
  titleOf: (flow: string) => string | undefined = () => undefined,
): PersonalDataRegistry {
  const registry = new PersonalDataRegistry();
  const stateKey = (s: { channelId: string; conversationId: string }) => ConversationStateStore.keyOf(s.channelId, s.conversationId);
  registry.register({
    name: 'gespraechszustand',
    export: async (s) => (await store.read([stateKey(s)]))[stateKey(s)]?.data ?? null,
    describe: (data, texts) => {
      const flow = parseConversationData(data).data.flow?.flow;
      return flow === undefined ? texts.privacy.held.state : texts.privacy.held.form(titleOf(flow) ?? flow);
    },
    erase: async (s) => {
      const existed = (await store.read([stateKey(s)]))[stateKey(s)] !== undefined;
      await store.delete([stateKey(s)]);
      return { deleted: existed ? 1 : 0 };
    },
  });
  // The last messages both ways, for a staff member who takes the conversation over.
  const recent = new RecentMessages(store, ttlSeconds);
  registry.register({
    name: 'letzte-nachrichten',
    export: async (s) => {
      const messages = await recent.read(s.channelId, s.conversationId);
      return messages.length ? messages : null;
    },
    describe: (messages, texts) => texts.privacy.held.recent(messages.length),
    erase: async (s) => ({ deleted: await recent.erase(s.channelId, s.conversationId) }),
  });
  registry.register({
    name: 'gespraechsadresse',
    export: async (s) => (await outbound.reference(s.channelId, s.conversationId)) ?? null,
    describe: (_reference, texts) => texts.privacy.held.address,
    erase: async (s) => {
      const existed = (await outbound.reference(s.channelId, s.conversationId)) !== undefined;
      await outbound.forget(s.channelId, s.conversationId);
      return { deleted: existed ? 1 : 0 };
    },
  });
  registry.register({
    name: 'dateien',
    export: (s) => files.describeConversation(s.conversationId),
    describe: (described, texts) => texts.privacy.held.files(described.length),
    erase: async (s, { keepFiles = [] }) => ({ deleted: await files.deleteConversation(s.conversationId, keepFiles) }),
  });
  // The website chat keeps the messages themselves so that a reload shows the conversation.
  const transcripts = new Transcripts(store, ttlSeconds);
  registry.register({
    name: 'chatverlauf',
    export: async (s) => (s.channelId === DIRECTLINE_CHANNEL ? ((await transcripts.export(s.conversationId)) ?? null) : null),
    describe: (transcript, texts) => {
      const messages = transcript.activities.filter((a) => a.type === 'message').length;
      return messages ? texts.privacy.held.transcript(messages) : undefined;
    },
    erase: async (s) => ({ deleted: s.channelId === DIRECTLINE_CHANNEL ? await transcripts.erase(s.conversationId) : 0 }),
  });
  // Waiting for a person or talking with one: the queue entry (with its summary of the
  // conversation) and who has it. The audit log has no content.
  const queue = new HandoffQueue(store);
  registry.register({
    name: 'warteschlange',
    export: async (s) =>
      (await queue.list()).find((entry) => entry.conversationId === s.conversationId) ??
      (await queue.ownership(s.conversationId))?.entry ??
      null,
    describe: (_entry, texts) => texts.privacy.held.queue,
    erase: async (s) => {
      const held = (await queue.position(s.conversationId)) !== undefined || (await queue.owner(s.conversationId)) !== undefined;
      await queue.forgetConversation(s.conversationId);
      return { deleted: held ? 1 : 0 };
    },
  });
  // The live chat with staff (both ways), kept so that a reconnecting console shows it.
  const liveChat = new LiveChatLog(store, ttlSeconds);
  registry.register({
    name: 'mitarbeiterchat',
    export: async (s) => {
      const lines = await liveChat.lines(s.conversationId);
      return lines.length ? lines : null;
    },
    describe: (lines, texts) => texts.privacy.held.liveChat(lines.length),
    erase: async (s) => ({ deleted: await liveChat.erase(s.conversationId) }),
  });
  return registry;
}
