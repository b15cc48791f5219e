// Message length and rate limits per conversation, through the real assistant over HTTP.
import { startTestAssistant, allText, tempDataDir, type TestAssistant } from '../../helpers/harness';
import { RateLimits } from '../../../bot/limits';
import { SqliteStore } from '../../../bot/storage/sqlite';

let assistant: TestAssistant;
beforeAll(async () => {
  assistant = await startTestAssistant({ MAX_MESSAGE_CHARS: '50', RATE_LIMIT_MESSAGES_PER_MINUTE: '5' });
});
afterAll(() => assistant.stop());

test('a message over MAX_MESSAGE_CHARS gets a polite request to shorten it; emoji count as one character', async () => {
  const chat = assistant.conversation();
  await chat.say('Hallo');
  expect(allText(await chat.say('a'.repeat(51)))).toBe(
    'Ihre Nachricht ist zu lang. Bitte fassen Sie Ihr Anliegen in höchstens 50 Zeichen zusammen.',
  );
  // 50 emoji are 100 UTF-16 units but 50 characters: not too long.
  expect(allText(await chat.say('🙂'.repeat(50)))).not.toMatch(/zu lang/);
});

test('more than RATE_LIMIT_MESSAGES_PER_MINUTE messages get a polite request to wait; other conversations are not affected', async () => {
  const chat = assistant.conversation();
  const answers: string[] = [];
  for (let i = 0; i < 6; i++) answers.push(allText(await chat.say('Öffnungszeiten')));
  for (const answer of answers.slice(0, 5)) expect(answer).not.toMatch(/warten Sie/);
  expect(answers[5]).toMatch(/^Sie haben sehr viele Nachrichten in kurzer Zeit geschickt\. Bitte warten Sie \d+ Sekunden/);
  expect(allText(await assistant.conversation().say('Öffnungszeiten'))).toBe(answers[0]);
});

test('without Redis, the per-conversation limit keeps a bounded number of conversations: a flood of new ones pushes out the oldest', async () => {
  const store = SqliteStore.open(tempDataDir(), { prefix: 'ba:', defaultTtlSeconds: 0 });
  try {
    const limiter = new RateLimits(store).limiter('messages', { points: 1, durationSeconds: 60 }, { perConversation: true });
    expect(await limiter.consume('first')).toEqual({ allowed: true });
    const refused = await limiter.consume('first');
    expect(refused.allowed).toBe(false);
    expect(!refused.allowed && refused.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    await limiter.refund('first');
    expect(await limiter.consume('first')).toEqual({ allowed: true });
    for (let i = 0; i < 10_000; i++) await limiter.consume(`flood-${i}`);
    // Forgotten, not kept for the whole minute: memory stays bounded whatever the flood.
    expect(await limiter.consume('first')).toEqual({ allowed: true });
  } finally {
    await store.close();
  }
});
