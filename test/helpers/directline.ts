// botframework-directlinejs, unmodified, in Node: it needs a WebSocket global (Node 20 has none)
// and an ajax service (it uses XMLHttpRequest in browsers). The ajax below is fetch wrapped in
// the client's own rxjs 5 Observable, answering like rxjs' AjaxResponse / AjaxError.
import { DirectLine, type ConnectionStatus, type Activity, type Message } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable';
import WebSocket from 'ws';

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

interface AjaxRequest {
  method?: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  responseType?: string;
}

function fetchAjax(request: AjaxRequest): Observable<unknown> {
  return Observable.create((subscriber: { next(v: unknown): void; error(e: unknown): void; complete(): void }) => {
    const headers = { ...(request.headers ?? {}) };
    let body: BodyInit | undefined;
    if (request.body instanceof FormData) {
      body = request.body;
      delete headers['Content-Type'];
    } else if (request.body !== undefined) {
      body = JSON.stringify(request.body);
    }
    fetch(request.url, { method: request.method ?? 'GET', headers, body })
      .then(async (res) => {
        const raw = request.responseType === 'arraybuffer' ? await res.arrayBuffer() : await res.text();
        const response = typeof raw === 'string' && raw ? safeJson(raw) : raw;
        const xhr = { getResponseHeader: (name: string) => res.headers.get(name) };
        if (res.status >= 400) subscriber.error({ status: res.status, response, xhr });
        else {
          subscriber.next({ status: res.status, response, xhr });
          subscriber.complete();
        }
      })
      .catch((error: unknown) => subscriber.error({ status: 0, error }));
  });
}

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

export interface ClientOptions {
  baseUrl: string;
  token: string;
  webSocket: boolean;
  conversationId?: string;
  watermark?: string;
}

/** A Direct Line client as Web Chat uses it, collecting every activity it receives. */
export class TestDirectLineClient {
  readonly directLine: DirectLine;
  readonly received: Activity[] = [];
  private readonly subscription: { unsubscribe(): void };

  constructor(options: ClientOptions) {
    this.directLine = new DirectLine({
      token: options.token,
      domain: `${options.baseUrl}/v3/directline`,
      webSocket: options.webSocket,
      pollingInterval: 200,
      conversationId: options.conversationId,
      watermark: options.watermark,
      ajax: fetchAjax,
    } as ConstructorParameters<typeof DirectLine>[0]);
    this.subscription = this.directLine.activity$.subscribe((activity) => this.received.push(activity));
  }

  /** Resolves with the first received activity after `from` that matches; fails after `ms`. */
  async waitFor(match: (a: Activity) => boolean, from = 0, ms = 10_000): Promise<Activity> {
    const until = Date.now() + ms;
    for (;;) {
      const found = this.received.slice(from).find(match);
      if (found) return found;
      if (Date.now() > until)
        throw new Error(
          `no matching activity within ${ms} ms; received: ${JSON.stringify(this.received.map((a) => [a.type, a.from?.role, (a as Message).text?.slice(0, 40)]))}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  post(activity: Partial<Message>): Promise<string> {
    return new Promise((resolve, reject) => {
      this.directLine
        .postActivity({ type: 'message', from: { id: 'ignored-by-server', role: 'user' }, ...activity } as Message)
        .subscribe({ next: resolve, error: reject });
    });
  }

  get status(): ConnectionStatus {
    return (this.directLine.connectionStatus$ as unknown as { getValue(): ConnectionStatus }).getValue();
  }

  end(): void {
    this.subscription.unsubscribe();
    this.directLine.end();
  }
}

export const isBotMessage = (a: Activity): boolean => a.type === 'message' && a.from.role === 'bot';
export const isCitizenMessage = (a: Activity): boolean => a.type === 'message' && a.from.role === 'user';

/** POST /api/directline/token as the citizen page does. */
export async function newToken(baseUrl: string): Promise<{ token: string; conversationId: string; userId: string; expires_in: number }> {
  const res = await fetch(`${baseUrl}/api/directline/token`, { method: 'POST' });
  if (res.status !== 200) throw new Error(`token endpoint answered ${res.status}`);
  return (await res.json()) as { token: string; conversationId: string; userId: string; expires_in: number };
}
