// Drives the real assistant over real HTTP on loopback: POST /api/messages with
// deliveryMode "expectReplies", so the replies come back in the response body.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { startAssistant, type RunningAssistant } from '../../bot/runtime';
import { DEFAULT_MODEL_CACHE } from '../../knowledge/loader';

export interface ReplyActivity {
  type: string;
  text?: string;
  suggestedActions?: { actions: Array<{ title: string; value: unknown }> };
  channelData?: Record<string, unknown>;
  attachments?: unknown[];
  [key: string]: unknown;
}

export interface TestAssistant extends RunningAssistant {
  /** Every JSON line the assistant logged. */
  logs: string[];
  conversation(id?: string): TestConversation;
}

export const tempDataDir = (): string => mkdtempSync(path.join(tmpdir(), 'ba-test-'));

export async function startTestAssistant(env: Record<string, string> = {}): Promise<TestAssistant> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: tempDataDir(),
    LOG_LEVEL: 'info',
    NODE_ENV: 'test',
    // Every test assistant of a run shares the trained model instead of training its own.
    MODEL_CACHE_DIR: DEFAULT_MODEL_CACHE,
    // A fixture, not a secret: production configs must set their own (config.ts requires it).
    DIRECTLINE_TOKEN_SECRET: 'test-only-directline-secret-not-for-production',
    // Tests stop at once; the drain of a graceful stop has tests of its own (test/bot/shutdown.test.ts).
    SHUTDOWN_DRAIN_MS: '0',
    ...env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const running = await startAssistant(config, createLogger(config.LOG_LEVEL, sink));
  return { ...running, logs, conversation: (id) => new TestConversation(running.url, id) };
}

/**
 * fetch, once more on a reset before any reply: the server closed a kept-alive socket as idle just as the
 * request went out on it (the known race of reused sockets; seen once in CI under load, report.test.ts).
 */
async function fetchOnFreshSocketIfReset(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
    return fetch(url, init);
  }
}

export class TestConversation {
  readonly id: string;
  readonly userId = `user-${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly baseUrl: string,
    id?: string,
    private readonly channelId = 'test',
  ) {
    this.id = id ?? `conv-${randomUUID()}`;
  }

  /** Sends one activity and returns the assistant's replies (messages only by default). */
  async post(
    activity: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; replies: ReplyActivity[] }> {
    const res = await fetchOnFreshSocketIfReset(`${this.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        id: randomUUID(),
        channelId: this.channelId,
        serviceUrl: 'http://127.0.0.1:1',
        conversation: { id: this.id },
        from: { id: this.userId, role: 'user' },
        recipient: { id: 'assistant', role: 'bot' },
        deliveryMode: 'expectReplies',
        locale: 'de-DE',
        ...activity,
      }),
    });
    const body = res.status === 200 ? ((await res.json()) as { activities?: ReplyActivity[] }) : undefined;
    return { status: res.status, replies: (body?.activities ?? []).filter((a) => a.type === 'message') };
  }

  async say(text: string, extra: Record<string, unknown> = {}): Promise<ReplyActivity[]> {
    const { status, replies } = await this.post({ type: 'message', text, ...extra });
    if (status !== 200) throw new Error(`POST /api/messages answered ${status}`);
    return replies;
  }

  /** The channel's "a member joined" event, which makes the assistant greet. */
  async join(): Promise<ReplyActivity[]> {
    const { replies } = await this.post({ type: 'conversationUpdate', membersAdded: [{ id: this.userId }] });
    return replies;
  }
}

/** The buttons of all replies of a turn. */
export const allButtons = (replies: ReplyActivity[]): string[] =>
  replies.flatMap((r) => r.suggestedActions?.actions.map((a) => a.title) ?? []);

/** The text of the last reply (a new conversation starts with the welcome). */
export const lastText = (replies: ReplyActivity[]): string => replies.at(-1)?.text ?? '';
/** The texts of all replies of a turn, one per line. */
export const allText = (replies: ReplyActivity[]): string => replies.map((r) => r.text ?? '').join('\n');
/** The buttons (suggested actions) of the last reply. */
export const lastButtons = (replies: ReplyActivity[]): string[] => replies.at(-1)?.suggestedActions?.actions.map((a) => a.title) ?? [];
/** The question a flow asks in the last reply (channelData.prompt). */
export const promptOf = (replies: ReplyActivity[]): { flow: string; field: string; choices?: string[] } | undefined =>
  replies.at(-1)?.channelData?.prompt as { flow: string; field: string; choices?: string[] } | undefined;

/** The field a flow asks for in the last reply. */
export const fieldOf = (replies: ReplyActivity[]): string | undefined => promptOf(replies)?.field;

/** The first free appointment after the slot question: the first day offered, then its first time (the slot's label). */
export async function firstFreeSlot(c: TestConversation, asked: ReplyActivity[]): Promise<string> {
  const day = promptOf(asked)!.choices![0]!;
  return promptOf(await c.say(day))!.choices![0]!;
}
