// A staff member of the console, over real HTTP: cookies, the CSRF token, and the event stream.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { StaffAccounts, type AccountOptions, type StaffRole } from '../../bot/staff/accounts';
import { MUNICIPALITY_FILE } from '../../knowledge/municipality';
import { tempDataDir } from './harness';

const ALL_DAY = [{ days: ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'], from: '00:00', to: '23:59' }];

/**
 * The weekday three days from now in the town's time ("so", "mo", …): a closed office's one open
 * minute lies then, never while a test runs (it had been Sunday 0:00, and a run at midnight found it open).
 */
function weekdayInThreeDays(): string {
  const weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', weekday: 'short' }).format(
    new Date(Date.now() + 3 * 86_400_000),
  );
  return ['so', 'mo', 'di', 'mi', 'do', 'fr', 'sa'][['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(weekday)]!;
}

/**
 * The town's profile with the Rathaus and every office of the Markt open all day, every day, so
 * that handoff tests do not depend on the clock; `closed` offices are open one minute a week.
 */
export function alwaysOpenMunicipality(closed: string[] = []): string {
  const town = parse(readFileSync(MUNICIPALITY_FILE, 'utf8'), { merge: true }) as {
    offices: Record<string, { hours?: unknown; external?: boolean }>;
    openOnPublicHolidays?: boolean;
  };
  // Also on a public holiday, whenever the tests run.
  town.openOnPublicHolidays = true;
  for (const [id, office] of Object.entries(town.offices)) {
    if (office.external) continue;
    office.hours = closed.includes(id) ? [{ days: [weekdayInThreeDays()], from: '00:00', to: '00:01' }] : ALL_DAY;
  }
  const file = path.join(tempDataDir(), 'municipality.yaml');
  writeFileSync(file, stringify(town));
  return file;
}

/** An accounts file with these name → password pairs (created as `npm run staff -- add` does); roles default to clerk. */
export async function staffAccountsFile(
  accounts: Record<string, string>,
  options: Record<string, StaffRole | AccountOptions> = {},
): Promise<string> {
  const file = path.join(tempDataDir(), 'staff-accounts.json');
  const store = new StaffAccounts(file);
  for (const [name, password] of Object.entries(accounts)) {
    const given = options[name];
    await store.add(name, password, typeof given === 'string' ? { role: given } : given);
  }
  return file;
}

export interface StaffResponse {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

export class StaffClient {
  readonly cookies = new Map<string, string>();
  csrf = '';
  readonly events: Array<Record<string, unknown>> = [];
  private stream?: AbortController;

  constructor(public baseUrl: string) {}

  async request(method: string, route: string, body?: unknown, headers: Record<string, string> = {}): Promise<StaffResponse> {
    const res = await fetch(`${this.baseUrl}/staff/api${route}`, {
      method,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': this.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (/Expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name!);
      else this.cookies.set(name!, value.join('='));
    }
    const parsed = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    return { status: res.status, body: parsed, headers: res.headers };
  }

  /** Fetches a CSRF token (GET /session), then logs in. */
  async login(name: string, password: string): Promise<StaffResponse> {
    const session = await this.request('GET', '/session');
    this.csrf = String(session.body.csrfToken);
    const res = await this.request('POST', '/login', { name, password });
    if (res.status === 200) this.csrf = String(res.body.csrfToken);
    return res;
  }

  /** Opens the console's event stream (the staff member is online while it is open). */
  async connect(): Promise<void> {
    this.stream = new AbortController();
    const res = await fetch(`${this.baseUrl}/staff/api/events`, {
      headers: { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      signal: this.stream.signal,
    });
    if (res.status !== 200 || !res.body) throw new Error(`events answered ${res.status}`);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const chunk = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = chunk.split('\n').find((l) => l.startsWith('data: '));
          if (data) this.events.push(JSON.parse(data.slice(6)) as Record<string, unknown>);
        }
      }
    })();
    await this.waitForEvent((e) => e.kind === 'queue');
  }

  disconnect(): void {
    this.stream?.abort();
  }

  async waitForEvent(match: (event: Record<string, unknown>) => boolean, timeoutMs = 10_000): Promise<Record<string, unknown>> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.events.find(match);
      if (hit) return hit;
      if (Date.now() > until) throw new Error(`no such event; got ${JSON.stringify(this.events)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** Polls until `check` returns a value that is not undefined/false. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
