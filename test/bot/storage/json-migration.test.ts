// An installation upgraded from the JSON-file store keeps every conversation, list, counter and
// eTag: the first start imports the files into SQLite and puts them aside, untouched.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../../bot/config';
import { createLogger } from '../../../bot/logger';
import Database from 'better-sqlite3';
import { ETagConflictError, openSqliteStore } from '../../../bot/storage';
import { DATABASE_FILE } from '../../../bot/storage/sqlite';
import { tempDataDir } from '../../helpers/harness';
import { writeJsonStore } from '../../helpers/json-store';

const DAY = 86_400;

function logSink(): { lines: Array<Record<string, unknown>>; logger: ReturnType<typeof createLogger> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(
        ...String(chunk)
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Record<string, unknown>),
      );
      done();
    },
  });
  return { lines, logger: createLogger('info', sink) };
}

test('the first start imports the JSON files with values, lists, counters, eTags and expiry, and keeps the files aside', async () => {
  const dataDir = tempDataDir();
  const now = Date.now();
  const eTags = writeJsonStore(dataDir, 'ba:', [
    { key: 'conversations/test/c1', value: { welcomed: true, topic: 'hundesteuer' }, expiresAt: now + 30 * DAY * 1000 },
    { key: 'outbound/test/c1', value: { channelId: 'test', conversation: { id: 'c1' } }, expiresAt: now + 600_000 },
    { key: 'handoff/queue/c1', value: { conversationId: 'c1', at: 1 } },
    {
      key: 'directline/activities/c1',
      value: [
        { id: 'a1', text: 'Hallo' },
        { id: 'a2', text: 'Hundesteuer' },
      ],
      expiresAt: now + 1_200_000,
    },
    { key: 'stats/2026-11-02', value: { messages: 12, 'topic:hundesteuer': 3 }, expiresAt: now + 1096 * DAY * 1000 },
    { key: 'staff/sessions/old', value: { staff: 'anna' }, expiresAt: now - 1000 },
  ]);
  const legacy = path.join(dataDir, 'store');
  writeFileSync(path.join(legacy, 'broken.json'), '{"key":');
  writeFileSync(path.join(legacy, 'abc.json.1234.tmp'), '{"key":"ba:half');
  const original = Object.fromEntries(readdirSync(legacy).map((name) => [name, readFileSync(path.join(legacy, name), 'utf8')]));

  const { lines, logger } = logSink();
  const config = loadConfig({ DATA_DIR: dataDir, CONVERSATION_RETENTION_DAYS: '30' });
  const store = await openSqliteStore(config, logger);
  try {
    // SDK state with its eTag: the old eTag still wins a compare-and-set, and only once.
    const state = (await store.read(['conversations/test/c1']))['conversations/test/c1'];
    expect(state).toEqual({ welcomed: true, topic: 'hundesteuer', eTag: eTags['conversations/test/c1'] });
    await store.write({ 'conversations/test/c1': { ...state, welcomed: false } });
    await expect(store.write({ 'conversations/test/c1': { ...state, topic: 'x' } })).rejects.toBeInstanceOf(ETagConflictError);

    expect(await store.get('outbound/test/c1')).toEqual({ channelId: 'test', conversation: { id: 'c1' } });
    // The remaining time, not a fresh default (generous: a loaded CI machine is slow between the steps).
    expect(await store.ttl('outbound/test/c1')).toBeGreaterThan(500);
    expect(await store.ttl('outbound/test/c1')).toBeLessThanOrEqual(600);
    expect(await store.get('handoff/queue/c1')).toEqual({ conversationId: 'c1', at: 1 });
    expect(await store.ttl('handoff/queue/c1')).toBeUndefined();
    expect(await store.claim('handoff/queue/c1', { conversationId: 'c1', at: 2 })).toBe(false);

    // A transcript goes on where it was (Direct Line watermarks stay valid).
    expect(await store.list('directline/activities/c1', 1)).toEqual([{ id: 'a2', text: 'Hundesteuer' }]);
    expect(await store.append('directline/activities/c1', { id: 'a3' })).toBe(3);
    expect(await store.ttl('directline/activities/c1')).toBeGreaterThan(1190);

    await store.increment('stats/2026-11-02', { messages: 1 });
    expect(await store.counters('stats/2026-11-02')).toEqual({ messages: 13, 'topic:hundesteuer': 3 });
    expect(await store.ttl('stats/2026-11-02')).toBeGreaterThan(1095 * DAY);

    expect(await store.get('staff/sessions/old')).toBeUndefined();
    expect(rowCount(dataDir)).toBe(5);
  } finally {
    await store.close();
  }

  // Every old file is kept, unchanged, in one folder beside the database.
  const aside = readdirSync(dataDir).filter((name) => name.startsWith('migrated-json-'));
  expect(aside).toHaveLength(1);
  expect(readdirSync(dataDir)).not.toContain('store');
  const moved = path.join(dataDir, aside[0]!);
  expect(Object.fromEntries(readdirSync(moved).map((name) => [name, readFileSync(path.join(moved, name), 'utf8')]))).toEqual(original);

  // One log line with the counts, and no key or content of a citizen in it.
  const migrated = lines.filter((line) => line.msg === 'JSON-file store migrated to SQLite');
  expect(migrated).toEqual([expect.objectContaining({ imported: 5, expired: 1, unreadable: 1, movedTo: moved })]);
  expect(JSON.stringify(migrated)).not.toMatch(/conversations|activities|Hallo|anna|hundesteuer/);

  // The next start does not import again and keeps what changed since.
  const again = logSink();
  const reopened = await openSqliteStore(config, again.logger);
  try {
    expect((await reopened.read(['conversations/test/c1']))['conversations/test/c1']).toMatchObject({ welcomed: false });
    expect(await reopened.list('directline/activities/c1')).toHaveLength(3);
  } finally {
    await reopened.close();
  }
  expect(again.lines.filter((line) => line.msg === 'JSON-file store migrated to SQLite')).toEqual([]);
});

/** The keys in the database that have not expired. */
function rowCount(dataDir: string): number {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare<[number], number>('SELECT count(*) FROM entries WHERE expires_at IS NULL OR expires_at > ?').pluck().get(Date.now())!;
  } finally {
    db.close();
  }
}
