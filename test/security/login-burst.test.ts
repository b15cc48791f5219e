// The lock-out counts an attempt before the password is checked: a burst of wrong passwords sent
// at once cannot slip the right one through while the wrong ones are still being checked, on one
// instance or spread over two that share Redis.
import { startTestAssistant } from '../helpers/harness';
import { startAssistantProcess } from '../helpers/process';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../helpers/redis';
import { StaffClient, staffAccountsFile, type StaffResponse } from '../helpers/staff';

const PASSWORD = 'anna-sicheres-passwort';
const ATTEMPTS = 5;

/** 98 wrong passwords at once, spread over the instances; the right one while they are under way. */
async function burst(instances: Array<{ url: string }>): Promise<{ right: StaffResponse; wrong: StaffResponse[] }> {
  const clients = await Promise.all(
    instances.map(async ({ url }) => {
      const client = new StaffClient(url);
      client.csrf = String((await client.request('GET', '/session')).body.csrfToken);
      return client;
    }),
  );
  const login = (i: number, password: string) => clients[i % clients.length]!.request('POST', '/login', { name: 'anna', password });
  const wrong = Array.from({ length: 98 }, (_, i) => login(i, `falsches-passwort-${i}`));
  // The right one goes out once the first wrong one is answered, whatever the machine's speed: a
  // lock-out counted before the password check answers the surplus at once (429), while a count
  // after the check (scrypt, about 300 ms, four at a time) would let the right one through.
  await Promise.race(wrong);
  const right = await login(0, PASSWORD);
  return { right, wrong: await Promise.all(wrong) };
}

function expectLockedOut({ right, wrong }: { right: StaffResponse; wrong: StaffResponse[] }): void {
  expect(right.status).toBe(429);
  expect(right.body.error).toMatch(/Zu viele fehlgeschlagene Anmeldungen/);
  // Only as many passwords as the limit allows were checked at all.
  expect(wrong.filter((r) => r.status === 401)).toHaveLength(ATTEMPTS);
  expect(wrong.filter((r) => r.status === 429)).toHaveLength(wrong.length - ATTEMPTS);
}

test('a concurrent burst of wrong passwords locks the account before the right one is checked', async () => {
  const env = { STAFF_ACCOUNTS_FILE: await staffAccountsFile({ anna: PASSWORD }), STAFF_LOGIN_ATTEMPTS: String(ATTEMPTS) };
  // Its own process, so that the password checks do not slow down the requests of this test.
  const assistant = await startAssistantProcess(env);
  try {
    expectLockedOut(await burst([assistant]));
  } finally {
    await assistant.stop();
  }
});

test('only failed logins count: many staff members logging in from one office address are not locked out', async () => {
  // One failure per account, four per address; six successful logins from the same address.
  const env = { STAFF_ACCOUNTS_FILE: await staffAccountsFile({ anna: PASSWORD }), STAFF_LOGIN_ATTEMPTS: '1' };
  const assistant = await startTestAssistant(env);
  try {
    for (let i = 0; i < 6; i++) expect((await new StaffClient(assistant.url).login('anna', PASSWORD)).status).toBe(200);
    expect((await new StaffClient(assistant.url).login('anna', 'falsches-passwort')).status).toBe(401);
    expect((await new StaffClient(assistant.url).login('anna', PASSWORD)).status).toBe(429);
  } finally {
    await assistant.stop();
  }
});

describeWithRedis('with two instances on Redis', () => {
  test('a burst spread over both instances locks the account before the right one is checked', async () => {
    const env = {
      REDIS_URL,
      STORE_KEY_PREFIX: uniquePrefix('login-burst'),
      STAFF_ACCOUNTS_FILE: await staffAccountsFile({ anna: PASSWORD }),
      STAFF_LOGIN_ATTEMPTS: String(ATTEMPTS),
      STAFF_SESSION_SECRET: 'login-burst-session-secret-0123456789',
    };
    const instances = [await startTestAssistant(env), await startTestAssistant(env)];
    try {
      expectLockedOut(await burst(instances));
    } finally {
      await Promise.all(instances.map((i) => i.stop()));
    }
  });
});
