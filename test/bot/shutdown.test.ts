// SIGTERM as a load balancer sees it, with the assistant in its own process: first /readyz says 503
// while requests are still served (SHUTDOWN_DRAIN_MS), then the listener closes, idle keep-alive
// connections and event streams are ended, and requests in flight finish (SHUTDOWN_GRACE_MS).
import http from 'node:http';
import { isBotMessage, newToken, TestDirectLineClient } from '../helpers/directline';
import { startAssistantProcess } from '../helpers/process';
import { StaffClient, staffAccountsFile } from '../helpers/staff';

const PASSWORD = 'anna-sicheres-passwort';

interface Answer {
  status: number;
  body: string;
}

/** One request on the given agent; a network error (reset, refused) is returned, not thrown. */
function request(agent: http.Agent, port: number, method: string, path: string, body?: unknown): Promise<Answer | Error> {
  return new Promise((resolve) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: data === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += String(d)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', resolve);
      },
    );
    req.on('error', resolve);
    req.end(data);
  });
}

const message = (n: number) => ({
  type: 'message',
  text: 'Hallo',
  channelId: 'test',
  serviceUrl: 'http://127.0.0.1:1',
  deliveryMode: 'expectReplies',
  conversation: { id: `drain-${n}` },
  from: { id: `u${n}` },
  recipient: { id: 'bot' },
});

test('open event streams (staff console, Web Chat) do not hold SIGTERM: the process exits long before the grace period', async () => {
  const server = await startAssistantProcess({
    STAFF_ACCOUNTS_FILE: await staffAccountsFile({ anna: PASSWORD }),
    SHUTDOWN_DRAIN_MS: '200',
    SHUTDOWN_GRACE_MS: '20000',
  });
  const staff = new StaffClient(server.url);
  let chat: TestDirectLineClient | undefined;
  try {
    expect((await staff.login('anna', PASSWORD)).status).toBe(200);
    await staff.connect();
    const { token } = await newToken(server.url);
    chat = new TestDirectLineClient({ baseUrl: server.url, token, webSocket: true });
    await chat.waitFor(isBotMessage);

    const signalled = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(server.output()).toContain('assistant stopped');
  } finally {
    staff.disconnect();
    chat?.end();
    server.child.kill('SIGKILL');
  }
});

test('during the drain /readyz answers 503 while requests, also on kept-alive connections, are served; none is lost', async () => {
  const server = await startAssistantProcess({ SHUTDOWN_DRAIN_MS: '2500', SHUTDOWN_GRACE_MS: '5000' });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  try {
    // Connections kept alive from before the signal, as a load balancer or proxy keeps them.
    expect(await request(agent, server.port, 'GET', '/readyz')).toMatchObject({ status: 200 });
    expect(await request(agent, server.port, 'POST', '/api/messages', message(0))).toMatchObject({ status: 200 });

    server.child.kill('SIGTERM');
    for (let i = 0; i < 100 && !server.output().includes('draining'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const answers: Array<[string, Answer | Error]> = [];
    const until = Date.now() + 1_500;
    for (let n = 1; Date.now() < until; n++) {
      answers.push(['readyz', await request(agent, server.port, 'GET', '/readyz')]);
      answers.push(['turn', await request(agent, server.port, 'POST', '/api/messages', message(n))]);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const errors = answers.filter(([, a]) => a instanceof Error).map(([what, a]) => `${what}: ${(a as Error).message}`);
    expect(errors).toEqual([]);
    const readiness = answers.filter(([what]) => what === 'readyz').map(([, a]) => a as Answer);
    expect(readiness.length).toBeGreaterThan(5);
    for (const ready of readiness) {
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body)).toMatchObject({ reason: 'shutting down' });
    }
    for (const [, turn] of answers.filter(([what]) => what === 'turn')) {
      expect(turn).toMatchObject({ status: 200, body: expect.stringContaining('Markt Mömbris') });
    }
    expect(await server.exited).toBe(0);
  } finally {
    agent.destroy();
    server.child.kill('SIGKILL');
  }
});
