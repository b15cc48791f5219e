import { HandoffQueue } from '../../../bot/handoff/queue';
import { RedisStore } from '../../../bot/storage/redis';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../../helpers/redis';

describeWithRedis('handoff queue shared through Redis', () => {
  const prefix = uniquePrefix('handoff');
  let a: RedisStore;
  let b: RedisStore;
  beforeAll(async () => {
    a = await RedisStore.open(REDIS_URL, { prefix, defaultTtlSeconds: 0 });
    b = await RedisStore.open(REDIS_URL, { prefix, defaultTtlSeconds: 0 });
  });
  afterAll(async () => {
    const left = await a.redisClient().keys(`${prefix}*`);
    if (left.length) await a.redisClient().del(left);
    await a.close();
    await b.close();
  });

  it('orders by arrival and reports each position, on every instance', async () => {
    const qa = new HandoffQueue(a);
    await qa.enqueue({ channelId: 'testchat', conversationId: 'c2' }, 2000);
    await qa.enqueue({ channelId: 'testchat', conversationId: 'c1' }, 1000);
    await qa.enqueue({ channelId: 'testchat', conversationId: 'c1' }, 3000); // asking again keeps the place
    const qb = new HandoffQueue(b);
    expect((await qb.list()).map((e) => e.conversationId)).toEqual(['c1', 'c2']);
    expect(await qb.position('c2')).toBe(2);
  });

  it('lets exactly one of many concurrent staff members take a conversation', async () => {
    const queues = [new HandoffQueue(a), new HandoffQueue(b)];
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => queues[i % 2]!.take('c1', `staff${i}`)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = `staff${results.indexOf(true)}`;
    expect(await queues[1]!.owner('c1')).toBe(winner);
    expect(await queues[0]!.position('c1')).toBeUndefined();
    expect(await queues[0]!.position('c2')).toBe(1);
  });

  it('expects a shorter wait when more staff members are online', async () => {
    const q = new HandoffQueue(a);
    await q.heartbeat('anna', 'tab-1');
    await q.heartbeat('anna', 'tab-2'); // two tabs are still one person
    expect(await new HandoffQueue(b).staffOnline()).toBe(1);
    expect(await q.expectedWaitMinutes(2)).toBe(10);
    await q.heartbeat('ben', 'tab-1');
    expect(await q.expectedWaitMinutes(2)).toBe(5);
    await Promise.all([q.disconnected('anna', 'tab-1'), q.disconnected('anna', 'tab-2'), q.disconnected('ben', 'tab-1')]);
    expect(await q.staffOnline()).toBe(0);
  });

  it('requeues on disconnect and audits without content', async () => {
    const q = new HandoffQueue(a);
    const owned = await q.ownership('c1');
    expect(owned?.entry.at).toBe(1000);
    // Two instances notice the same disconnect: it is requeued once.
    expect((await Promise.all([q.requeue(owned!), new HandoffQueue(b).requeue(owned!)])).filter(Boolean)).toHaveLength(1);
    expect(await q.position('c1')).toBe(1); // its original place, before c2
    expect(await q.owner('c1')).toBeUndefined();
    const log = await q.auditLog();
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['queued', 'took', 'requeued']));
    expect(log.filter((e) => e.action === 'requeued')).toHaveLength(1);
    expect(Object.keys(log[0]!).sort()).toEqual(['action', 'at', 'conversation', 'staff']);
    await q.forgetConversation('c1');
    expect(await q.position('c1')).toBeUndefined();
  });
});
