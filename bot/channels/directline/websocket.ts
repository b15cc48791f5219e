// The Direct Line stream (streamUrl): one WebSocket per open chat. On connect it sends what
// came after the client's watermark, then every change of the transcript — whichever instance
// appended it (Store pub/sub). Each socket re-reads from its own watermark, so nothing is sent
// twice or skipped, however notifications interleave.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { HandoffQueue, PRESENCE_TTL_SECONDS } from '../../handoff/queue';
import type { DirectLineDeps } from './deps';
import { forClient, watermarkSchema } from './protocol';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;
const KEEPALIVE_MS = 30_000;

export class DirectLineStreams {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly keepalive: NodeJS.Timeout;

  constructor(private readonly deps: DirectLineDeps) {
    // Proxies drop idle connections; a ping keeps them open and finds dead clients.
    this.keepalive = setInterval(() => {
      for (const client of this.wss.clients) client.ping();
    }, KEEPALIVE_MS).unref();
  }

  attach(server: Server): void {
    server.on('upgrade', (req, socket, head) => {
      void this.upgrade(req, socket, head).catch((error) => {
        this.deps.services.logger.error({ err: error }, 'websocket upgrade failed');
        reject(socket, 500, 'Internal Server Error');
      });
    });
  }

  close(): void {
    clearInterval(this.keepalive);
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const { tokens, transcripts, services } = this.deps;
    const origin = this.deps.publicOrigin(req.headers.host);
    const url = new URL(req.url ?? '/', origin);
    const conversationId = STREAM_PATH.exec(url.pathname)?.[1];
    if (!conversationId) return reject(socket, 404, 'Not Found');
    // Browsers send Origin on WebSockets: only our page and the configured websites may connect.
    const from = req.headers.origin;
    if (from && !this.deps.isOwnOrigin(from) && !services.config.DIRECTLINE_CORS_ORIGINS.includes(from))
      return reject(socket, 403, 'Forbidden');
    let claims;
    try {
      claims = await tokens.verify(url.searchParams.get('t') ?? undefined);
    } catch {
      return reject(socket, 403, 'Forbidden');
    }
    if (claims.conversationId !== decodeURIComponent(conversationId)) return reject(socket, 403, 'Forbidden');
    if (!(await transcripts.exists(claims.conversationId))) return reject(socket, 404, 'Not Found');
    const watermark = watermarkSchema.safeParse(url.searchParams.get('watermark') ?? undefined);
    if (!watermark.success) return reject(socket, 400, 'Bad Request');

    this.wss.handleUpgrade(req, socket, head, (ws) => void this.serve(ws, claims.conversationId, watermark.data, origin));
  }

  private async serve(ws: WebSocket, conversationId: string, startAt: number, origin: string): Promise<void> {
    const { transcripts, tokens, services } = this.deps;
    let watermark = startAt;
    let pumping = Promise.resolve();
    const pump = () => {
      pumping = pumping
        .then(async () => {
          if (ws.readyState !== ws.OPEN) return;
          const page = await transcripts.since(conversationId, watermark);
          if (page.activities.length === 0) return;
          watermark = page.watermark;
          const activities = page.activities.map((a) => forClient(a, origin, (id) => tokens.fileLinks.sign(id)));
          ws.send(JSON.stringify({ activities, watermark: String(watermark) }));
        })
        .catch((error) => services.logger.error({ err: error }, 'websocket delivery failed'));
    };
    const subscription = transcripts.subscribe(conversationId, pump);
    // The chat is open while its stream is: renewed well within its lifetime, dropped when it closes (watchdog.ts).
    const queue = new HandoffQueue(services.store);
    const connection = randomUUID();
    const present = () => void queue.citizenConnected(conversationId, connection).catch(() => undefined);
    const presence = setInterval(present, (PRESENCE_TTL_SECONDS * 1000) / 3);
    present();
    ws.on('close', () => {
      clearInterval(presence);
      void queue.citizenDisconnected(conversationId, connection).catch(() => undefined);
      void subscription.then((unsubscribe) => unsubscribe()).catch(() => undefined);
    });
    // The client's keep-alive messages are empty strings; nothing else is expected.
    ws.on('message', () => undefined);
    ws.on('error', () => ws.terminate());
    await subscription;
    pump();
  }
}

function reject(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
