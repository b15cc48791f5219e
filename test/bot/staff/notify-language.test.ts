// The citizen told of a closed request in the language the request was made in: a Leichte Sprache
// chat had been told in German (trial 31). The outbound channel records what it is given.
import { notifyCitizen, type CaseWork } from '../../../bot/casework';
import type { Case } from '../../../bot/cases';
import { createLogger } from '../../../bot/logger';
import type { AssistantServices } from '../../../bot/turn';

const sent: Array<{ text: string; locale: string }> = [];
const outbound = {
  reference: async () => ({ conversation: { id: 'c1' } }),
  send: async (_reference: unknown, activities: Array<{ text: string; locale: string }>) => void sent.push(...activities),
} as unknown as AssistantServices['outbound'];
const services = { outbound, logger: createLogger('silent') };

const item = (language?: Case['language']): Case => ({
  reference: 'MOE-2026-00011',
  flow: 'maengelmelder',
  office: 'bauhof',
  answers: {},
  createdAt: '2026-12-04T10:00:00.000Z',
  channelId: 'webchat',
  conversationId: 'c1',
  status: 'open',
  notify: true,
  ...(language ? { language } : {}),
});
const work = { status: 'done', reason: 'Die Lampe ist repariert.', history: [], notes: [], version: 2 } as unknown as CaseWork;

it('tells a closed request in Leichte Sprache, in English and in German, each as its chat was held', async () => {
  await notifyCitizen(services, item('ls'), work, 'Schaden melden');
  await notifyCitizen(services, item('en'), work, 'Report damage');
  await notifyCitizen(services, item(), work, 'Schaden oder Mangel melden');
  expect(sent.map((s) => s.locale)).toEqual(['de-DE', 'en-GB', 'de-DE']);
  expect(sent[0]!.text).toMatch(/^Es gibt Neues zu Ihrem Antrag\.\n/);
  expect(sent[1]!.text).toMatch(/^News about your request: .*MOE-2026-00011.*Report damage/);
  expect(sent[2]!.text).toMatch(/^Neues zu Ihrer Anfrage: Ihre Anfrage MOE-2026-00011 \(Schaden oder Mangel melden\) ist erledigt\./);
});
