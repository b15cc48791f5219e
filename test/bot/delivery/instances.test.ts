// Case delivery with several instances on one Redis: every instance resumes pending deliveries
// after a restart, but a delivery has one owner at a time (a lease in the store), so the town
// hall's system gets each case once. A real webhook server on loopback counts what it accepts.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { reportDamage } from '../../helpers/cases';
import { startTestAssistant } from '../../helpers/harness';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../../helpers/redis';

const SECRET = 'test-webhook-secret-0123456789';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The town hall's system: refuses while `failing`, then accepts (slowly, so that attempts overlap). */
async function townHall() {
  const state = { failing: true, refused: 0, accepted: new Map<string, number>() };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const key = String(req.headers['idempotency-key']);
      if (state.failing) {
        state.refused++;
        return void res.writeHead(503).end();
      }
      state.accepted.set(key, (state.accepted.get(key) ?? 0) + 1);
      setTimeout(() => res.writeHead(200).end(), 1000);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cases`;
  return { state, url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describeWithRedis('case delivery with two instances on one Redis', () => {
  it('delivers every case exactly once when one instance restarts while the webhook fails', async () => {
    const hall = await townHall();
    const env = {
      REDIS_URL,
      STORE_KEY_PREFIX: uniquePrefix('outbox-instances'),
      CASE_WEBHOOK_URL: hall.url,
      CASE_WEBHOOK_SECRET: SECRET,
      CASE_WEBHOOK_RETRY_BASE_MS: '40',
    };
    const a = await startTestAssistant(env);
    let b = await startTestAssistant(env);
    try {
      const references = [
        await reportDamage(a, 'Hauptstraße 1'),
        await reportDamage(b, 'Hauptstraße 2'),
        await reportDamage(a, 'Hauptstraße 3'),
        await reportDamage(b, 'Hauptstraße 4'),
      ];
      for (let i = 0; i < 100 && hall.state.refused < 4; i++) await sleep(20);
      // B restarts and resumes every pending delivery, also those A is working on.
      await b.stop();
      b = await startTestAssistant(env);
      await sleep(300);
      hall.state.failing = false;
      for (let i = 0; i < 300 && references.some((r) => !hall.state.accepted.has(r)); i++) await sleep(20);
      // Long enough for the next retries of both instances (backoff up to a few seconds here).
      await sleep(5000);
      expect(Object.fromEntries(references.map((r) => [r, hall.state.accepted.get(r) ?? 0]))).toEqual(
        Object.fromEntries(references.map((r) => [r, 1])),
      );
      for (const r of references) expect(await a.services.outbox.delivered(r)).toBe(true);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await hall.close();
    }
  }, 60_000);
});
