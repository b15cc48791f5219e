// `npm run chat`: talk to the assistant in a terminal, without a browser. Connects to a running
// assistant (ASSISTANT_URL, default http://localhost:3978) or, if none answers, starts one in
// this process on a free port with the configured store.
import { de } from '../knowledge/texts/de';
import 'dotenv/config';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { startAssistant } from './runtime';
import { dataDirHolder, DataDirInUseError } from './data-lock';

const replySchema = z.object({
  activities: z
    .array(
      z.looseObject({
        type: z.string(),
        text: z.string().optional(),
        suggestedActions: z.object({ actions: z.array(z.object({ title: z.string() })) }).optional(),
      }),
    )
    .default([]),
});

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

/**
 * The assistant to talk to: the one at ASSISTANT_URL (default: this machine's PORT), else the one
 * that holds DATA_DIR; only when neither runs, one started in this process.
 */
async function connect(): Promise<{ url: string; stop?: () => Promise<void> }> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const configured = process.env.ASSISTANT_URL ?? `http://localhost:${config.PORT}`;
  if (await reachable(configured)) return { url: configured };
  const holder = config.REDIS_URL ? undefined : dataDirHolder(config.DATA_DIR);
  if (holder?.url && (await reachable(holder.url))) return { url: holder.url };
  if (holder) throw new DataDirInUseError(config.DATA_DIR, holder);
  const running = await startAssistant({ ...config, PORT: 0, HOST: '127.0.0.1' }, createLogger('silent'));
  process.stdout.write(`${de.terminal.startedOwn(config.REDIS_URL ? 'Redis' : config.DATA_DIR)}\n`);
  return running;
}

async function main(): Promise<void> {
  const { url, stop } = await connect();
  process.stdout.write(`${de.terminal.connected(url)}\n`);
  const conversation = { id: `chat-${randomUUID()}` };
  const user = { id: `terminal-${randomUUID().slice(0, 8)}`, role: 'user' };

  const send = async (activity: Record<string, unknown>) => {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: randomUUID(),
        channelId: 'terminal',
        serviceUrl: url,
        conversation,
        from: user,
        recipient: { id: 'assistant', role: 'bot' },
        deliveryMode: 'expectReplies',
        locale: 'de-DE',
        ...activity,
      }),
    });
    if (!res.ok) {
      process.stdout.write(`(Fehler ${res.status})\n`);
      return;
    }
    for (const reply of replySchema.parse(await res.json()).activities) {
      if (reply.type !== 'message') continue;
      process.stdout.write(`\nAssistent: ${reply.text ?? ''}\n`);
      const choices = reply.suggestedActions?.actions.map((a) => a.title) ?? [];
      if (choices.length) process.stdout.write(`  [${choices.join('] [')}]\n`);
    }
  };

  process.stdout.write(`${de.terminal.intro}\n`);
  await send({ type: 'conversationUpdate', membersAdded: [user] });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  rl.setPrompt(`\n${de.terminal.you} `);
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === 'exit') break;
    if (text) await send({ type: 'message', text });
    rl.prompt();
  }
  rl.close();
  await stop?.();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
