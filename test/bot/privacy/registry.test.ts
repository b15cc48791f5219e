import { PersonalDataRegistry } from '../../../bot/privacy/registry';

const subject = { channelId: 'webchat', conversationId: 'c1', userId: 'u1' };

test('erasure reaches every holder even if one fails, and export collects all', async () => {
  const data = new Map([
    ['a', 'x'],
    ['b', 'y'],
  ]);
  const registry = new PersonalDataRegistry();
  registry.register({
    name: 'broken',
    export: async () => null,
    erase: async () => {
      throw new Error('down');
    },
  });
  registry.register({ name: 'state', export: async () => data.get('a'), erase: async () => ({ deleted: Number(data.delete('a')) }) });
  expect(await registry.exportAll(subject)).toEqual({ broken: null, state: 'x' });
  const results = await registry.eraseAll(subject);
  expect(results).toEqual([
    { name: 'broken', deleted: 0, failed: true },
    { name: 'state', deleted: 1 },
  ]);
  expect(data.has('a')).toBe(false);
});
