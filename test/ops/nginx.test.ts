// Production operation as README's "Betrieb mit mehreren Instanzen" describes it: Debian's nginx,
// configured by deploy/nginx/buerger-assistent.conf (only ports and paths replaced), with TLS in
// front of two assistant processes that share Redis (TRUST_PROXY, PUBLIC_URL, NODE_ENV=production).
// Through nginx a citizen chats in Web Chat (its WebSocket through the proxy) while a staff member
// works in the console (its event stream through the proxy); then both instances are restarted
// one after the other with SIGTERM, as a rolling update does, and the chat, the live chat with
// staff and the staff session carry on. One of the two stops always hits the instance holding
// the WebSocket, so Web Chat must reconnect.
import type { Page, WebSocket } from 'playwright-core';
import { MAX_FILE_BYTES } from '../../bot/channels/files';
import { describeWithBrowser, launchBrowser, watchedPage, type WatchedPage } from '../helpers/browser';
import { describeWithNginx, freePorts, send, startNginx, type RunningNginx } from '../helpers/nginx';
import { startAssistantProcess, type AssistantProcess } from '../helpers/process';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../helpers/redis';
import { alwaysOpenMunicipality, eventually, staffAccountsFile } from '../helpers/staff';
import { botBubbles, SEND_BOX, waitForBotMessages, waitForUserMessage } from '../helpers/webchat';

jest.setTimeout(300_000);

const PASSWORD = 'anna-sicheres-passwort';
/** The largest body the assistant takes (3 files of 5 MB plus the form; UPLOAD_BODY_LIMIT in routes.ts). */
const APP_UPLOAD_LIMIT = 3 * MAX_FILE_BYTES + 64 * 1024;
const MiB = 1024 * 1024;

const botSays = (page: Page, text: string | RegExp) =>
  page.locator('.webchat__bubble:not(.webchat__bubble--from-user)', { hasText: text }).first().waitFor({ timeout: 60_000 });

describeWithNginx('nginx in front of two assistants (deploy/nginx/buerger-assistent.conf)', () => {
  describeWithRedis('sharing Redis', () => {
    let proxy: RunningNginx;
    let ports: { a: number; b: number };
    let env: Record<string, string>;
    const instances = new Map<number, AssistantProcess>();

    const start = async (port: number) => {
      instances.set(port, await startAssistantProcess({ ...env, PORT: String(port) }));
    };
    /** SIGTERM, as systemd stops a unit: the instance must exit cleanly. */
    const stop = async (port: number) => {
      const instance = instances.get(port)!;
      instances.delete(port);
      const code = await instance.stop();
      expect({ code, output: code === 0 ? '' : instance.output() }).toEqual({ code: 0, output: '' });
    };
    const get = (route: string) => send(`${proxy.url}${route}`, { ca: proxy.ca });
    const upstreamPort = (upstream: string) => Number(upstream.split(':').at(-1));
    /** Asks for /healthz through nginx until an instance on `port` answered one (nginx retries a failed instance after fail_timeout). */
    const servedBy = async (port: number) => {
      const before = proxy.accessLog().length;
      await eventually(async () => {
        expect((await get('/healthz')).status).toBe(200);
        return proxy
          .accessLog()
          .slice(before)
          .some((line) => line.path === '/healthz' && line.status === 200 && upstreamPort(line.upstreams.at(-1)!) === port);
      }, 60_000);
    };

    beforeAll(async () => {
      const [a, b, httpPort, httpsPort] = await freePorts(4);
      ports = { a: a!, b: b! };
      proxy = await startNginx({ httpPort: httpPort!, httpsPort: httpsPort!, upstreams: [a!, b!] });
      env = {
        NODE_ENV: 'production',
        REDIS_URL,
        STORE_KEY_PREFIX: uniquePrefix('nginx'),
        TRUST_PROXY: 'true',
        PUBLIC_URL: proxy.url,
        // Fixtures, not secrets; production refuses short or placeholder ones.
        DIRECTLINE_TOKEN_SECRET: 'nginx-test-directline-secret-0123456789abcdef',
        STAFF_SESSION_SECRET: 'nginx-test-staff-session-secret-0123456789abcdef',
        // Production needs a delivery channel for requests; none is submitted here.
        CASE_WEBHOOK_URL: 'http://127.0.0.1:9/cases',
        CASE_WEBHOOK_SECRET: 'nginx-test-webhook-secret',
        // No Azure app registration: the website needs none (and /api/messages then refuses).
        MICROSOFT_APP_ID: '',
        MUNICIPALITY_FILE: alwaysOpenMunicipality(),
        STAFF_ACCOUNTS_FILE: await staffAccountsFile({ anna: PASSWORD }, { anna: { displayName: 'Anna', office: 'Bürgerbüro' } }),
        DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '1000',
        // Short drain and grace keep the rolling restart short.
        SHUTDOWN_DRAIN_MS: '1000',
        SHUTDOWN_GRACE_MS: '4000',
      };
      await Promise.all([start(ports.a), start(ports.b)]);
      await servedBy(ports.a);
      await servedBy(ports.b);
    });
    afterAll(async () => {
      await Promise.all([...instances.values()].map((instance) => instance.stop()));
      await proxy?.stop();
    });

    it('redirects to https, hides its version, limits bodies as the assistant does and hands it the public scheme and host', async () => {
      const plain = await send(`${proxy.httpUrl}/staff?x=1`);
      expect(plain.status).toBe(301);
      expect(plain.headers.location).toBe('https://127.0.0.1/staff?x=1');
      expect(plain.headers.server).toBe('nginx');

      const health = await get('/healthz');
      expect([health.status, JSON.parse(health.body)]).toEqual([200, { status: 'ok' }]);
      expect(health.headers.server).toBe('nginx');
      // The assistant's own HSTS header, once (nginx adds none).
      expect(health.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');

      // The page's own origin is PUBLIC_URL, the https one of the proxy; a forged Host header
      // changes nothing (it is never echoed into links or trusted as an origin).
      const origin = encodeURIComponent(proxy.url);
      expect(JSON.parse((await get(`/embed/check?origin=${origin}`)).body)).toMatchObject({ allowed: true });
      const forged = await send(`http://127.0.0.1:${ports.a}/embed/check?origin=${encodeURIComponent('http://evil.example')}`, {
        headers: { host: 'evil.example' },
      });
      expect(JSON.parse(forged.body)).toMatchObject({ allowed: false });
      expect(
        (
          await send(`${proxy.url}/api/messages`, {
            ca: proxy.ca,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: Buffer.from('{}'),
          })
        ).status,
      ).toBe(401);

      // An upload as large as the assistant takes passes nginx (the assistant answers: no token);
      // a larger one, and a large body anywhere else, nginx refuses itself.
      const upload = (bytes: number, route = '/v3/directline/conversations/c1/upload') =>
        send(`${proxy.url}${route}`, {
          ca: proxy.ca,
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': bytes },
          body: Buffer.alloc(bytes),
        });
      const allowed = await upload(APP_UPLOAD_LIMIT);
      expect([allowed.status, JSON.parse(allowed.body)]).toEqual([401, { error: expect.objectContaining({ code: 'MissingToken' }) }]);
      const tooLarge = await upload(16 * MiB + 1);
      expect([tooLarge.status, tooLarge.headers.server]).toEqual([413, 'nginx']);
      const largeMessage = await upload(MiB + 1, '/v3/directline/conversations/c1/activities');
      expect([largeMessage.status, largeMessage.headers.server]).toEqual([413, 'nginx']);
    });

    describeWithBrowser('in Chromium', () => {
      const watched: WatchedPage[] = [];
      afterEach(() => {
        for (const w of watched.splice(0)) {
          expect(w.foreignRequests).toEqual([]);
          expect(w.problems).toEqual([]);
        }
      });

      it('keeps a Web Chat conversation and a staff session through a rolling restart of both instances', async () => {
        const browser = await launchBrowser();
        try {
          // The certificate is self-signed: Chromium accepts it only because it is told to.
          const options = { locale: 'de-DE', ignoreHTTPSErrors: true };
          const citizenWatch = await watchedPage(await browser.newContext(options));
          const staffWatch = await watchedPage(await browser.newContext(options));
          watched.push(citizenWatch, staffWatch);
          const citizen = citizenWatch.page;
          const console_ = staffWatch.page;
          const sockets: Array<{ url: string; closed: boolean; frames: number }> = [];
          citizen.on('websocket', (ws: WebSocket) => {
            const socket = { url: ws.url(), closed: false, frames: 0 };
            sockets.push(socket);
            ws.on('framereceived', () => socket.frames++);
            ws.on('close', () => (socket.closed = true));
          });
          // The console's event streams, in order: the instance nginx gave each to (X-Test-Upstream)
          // and whether the console has heard from it (the stream's first event makes it load
          // the overview; the server sends that event once the staff member counts as online).
          const streams: Array<{ url: string; port: number; live: boolean }> = [];
          console_.on('response', (response) => {
            if (!response.url().endsWith('/staff/api/events')) return;
            streams.push({ url: response.url(), port: upstreamPort(response.headers()['x-test-upstream'] ?? ''), live: false });
          });
          console_.on('request', (request) => {
            if (request.url().endsWith('/staff/api/overview') && streams.length > 0) streams.at(-1)!.live = true;
          });
          /**
           * After an instance stopped: if it held the console's stream, waits until the console
           * reconnected (EventSource does that by itself after about 3 s). In between the staff
           * member counts as offline, and the console does not fetch the live messages it missed.
           */
          const consoleReconnected = async (stopped: number) => {
            if (streams.at(-1)!.port !== stopped) return;
            await eventually(async () => streams.at(-1)!.port !== stopped && streams.at(-1)!.live, 60_000);
          };

          await console_.goto(`${proxy.url}/staff`);
          await console_.locator('#login-name').fill('anna');
          await console_.locator('#login-password').fill(PASSWORD);
          await console_.keyboard.press('Enter');
          await console_.getByText(/^Angemeldet: Anna \(/).waitFor({ timeout: 30_000 });
          await console_.getByText('Niemand wartet.').waitFor({ timeout: 30_000 });
          await console_.getByText('Sie sind im Live-Chat erreichbar.').waitFor({ timeout: 30_000 });

          /** The citizen writes; resolves when a new message on the assistant's side matches. */
          const ask = async (text: string, answer: RegExp) => {
            const before = (await botBubbles(citizen)).length;
            await citizen.locator(SEND_BOX).fill(text);
            await citizen.keyboard.press('Enter');
            try {
              await eventually(async () => (await botBubbles(citizen)).slice(before).some((bubble) => answer.test(bubble)), 60_000);
            } catch {
              // What the citizen saw instead, for a failure that is rare (once in many CI runs).
              const seen = (await botBubbles(citizen)).slice(before);
              throw new Error(
                `No answer matching ${answer} to "${text}"; the assistant said: ${JSON.stringify(seen)}; console streams: ${JSON.stringify(streams)}`,
              );
            }
          };

          await citizen.goto(`${proxy.url}/`);
          await waitForBotMessages(citizen, 0);
          await eventually(async () => sockets.length > 0, 30_000);
          await ask('Wann hat das Rathaus geöffnet?', /Öffnungszeiten|geöffnet/);

          // Instance A stops mid-conversation; the assistant answers from B.
          await stop(ports.a);
          await consoleReconnected(ports.a);
          await ask('Was kostet ein Reisepass?', /Reisepass/);

          // A live chat with staff, taken over in the console (its POSTs carry the CSRF token of
          // the session, checked by whichever instance gets them).
          await ask('Ich möchte mit einem Menschen sprechen', /Platz 1 der Warteschlange/);
          await console_.locator('#queue > li').first().waitFor({ timeout: 60_000 });
          await console_.getByRole('button', { name: 'Übernehmen' }).first().click();
          await botSays(citizen, /Sie schreiben jetzt mit Anna \(Bürgerbüro\)/);

          /** Citizen → staff and staff → citizen, each through nginx. */
          const exchange = async (round: number) => {
            await citizen.locator(SEND_BOX).fill(`Meine Frage Nummer ${round}`);
            await citizen.keyboard.press('Enter');
            await waitForUserMessage(citizen, `Meine Frage Nummer ${round}`);
            await console_.locator('#chat-log p', { hasText: `Meine Frage Nummer ${round}` }).waitFor({ timeout: 60_000 });
            await console_.locator('#chat-text').fill(`Die Antwort Nummer ${round}`);
            await console_.locator('#chat-text').press('Control+Enter');
            await botSays(citizen, `Die Antwort Nummer ${round}`);
          };
          await exchange(1);

          // A comes back on its port; once nginx sends it requests again, B stops.
          await start(ports.a);
          await servedBy(ports.a);
          await stop(ports.b);
          await consoleReconnected(ports.b);
          await exchange(2);

          // Both instances were stopped, and one of them held the WebSocket: Web Chat opened
          // another one, again through nginx. The console's event stream reconnected too, and the
          // staff member is still logged in.
          expect(sockets.length).toBeGreaterThanOrEqual(2);
          expect(sockets.filter((s) => s.closed).length).toBeGreaterThanOrEqual(1);
          // The replies came over the open one (activities, not only keep-alives).
          expect(sockets.at(-1)!.closed).toBe(false);
          expect(sockets.at(-1)!.frames).toBeGreaterThan(0);
          for (const socket of sockets)
            expect(socket.url).toMatch(
              new RegExp(`^wss://127\\.0\\.0\\.1:${new URL(proxy.url).port}/v3/directline/conversations/[^/]+/stream\\?`),
            );
          expect(streams.length).toBeGreaterThanOrEqual(2);
          for (const stream of streams) expect(stream.url).toBe(`${proxy.url}/staff/api/events`);
          expect(await console_.getByText(/^Angemeldet: Anna \(/).isVisible()).toBe(true);

          // nginx logged every WebSocket that ended, with the instance that had served it.
          const served = proxy
            .accessLog()
            .filter((line) => line.path.endsWith('/stream') && line.status === 101)
            .map((line) => upstreamPort(line.upstreams.at(-1)!));
          expect(served.length).toBe(sockets.filter((s) => s.closed).length);
          for (const port of served) expect([ports.a, ports.b]).toContain(port);
        } catch (error) {
          // nginx's error log names refused instances and timeouts: most failures here show there.
          throw new Error(`${String(error)}\n\nnginx:\n${proxy.output()}`, { cause: error });
        } finally {
          await browser.close();
        }
      });
    });
  });
});
