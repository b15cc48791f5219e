// A turn may run twice (after an eTag conflict, assistant.ts): confirming the same flow run again
// must return the first case, not create a second one or deliver it twice.
import { Activity } from '@microsoft/agents-activity';
import { caseKey, createCase, createCaseOnce } from '../../../bot/cases';
import { parseConversationData, type ConversationData } from '../../../bot/state';
import { continueFlow } from '../../../bot/steps/flow';
import { Turn } from '../../../bot/turn';
import { loadMunicipality } from '../../../knowledge/municipality';
import { startTestAssistant, type TestAssistant } from '../../helpers/harness';

const ortsteil = loadMunicipality().ortsteile[0]!;

describe('case creation is idempotent per flow run', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant();
  });
  afterAll(async () => {
    await assistant.stop();
  });

  /** Runs the flow step for one message on a copy of `state`, as the assistant does for each attempt of a turn. */
  async function runStep(state: ConversationData, text: string, conversationId: string): Promise<{ turn: Turn; state: ConversationData }> {
    const activity = Activity.fromObject({
      type: 'message',
      text,
      channelId: 'test',
      conversation: { id: conversationId },
      from: { id: 'u1' },
      recipient: { id: 'bot' },
    });
    const turn = new Turn(activity, structuredClone(state), assistant.services);
    await continueFlow.run(turn);
    return { turn, state: turn.state };
  }

  it('the same confirmation run twice on the same state gives one case with one reference', async () => {
    const conversationId = `conv-rerun-${Date.now()}`;
    let state = parseConversationData({}).data;
    for (const text of [
      'Schaden melden',
      'Straßenschaden',
      `${ortsteil}, Bachstraße 3`,
      'Schlagloch am Gully',
      'überspringen',
      'überspringen',
    ]) {
      state = (await runStep(state, text, conversationId)).state;
    }
    expect(state.flow?.field).toBe('bestaetigung');
    const before = (await assistant.services.store.keys('cases/')).length;
    const first = await runStep(state, 'Absenden', conversationId);
    const second = await runStep(state, 'Absenden', conversationId);
    const reference = (t: Turn) => /MOE-\d{4}-\d{5}/.exec(t.replies.map((r) => r.text).join(' '))?.[0];
    expect(reference(first.turn)).toMatch(/^MOE-/);
    expect(reference(second.turn)).toBe(reference(first.turn));
    expect((await assistant.services.store.keys('cases/')).length).toBe(before + 1);
  });

  it('two concurrent creations for one run store one case', async () => {
    const { store, config } = assistant.services;
    const data = { flow: 'rueckruf', office: 'rathaus', answers: { anliegen: 'Test' }, channelId: 'test', conversationId: 'c-concurrent' };
    const before = (await store.keys('cases/')).length;
    const [a, b] = await Promise.all([
      createCaseOnce(store, config, data, 'c-concurrent/run-1'),
      createCaseOnce(store, config, data, 'c-concurrent/run-1'),
    ]);
    expect(a.case.reference).toBe(b.case.reference);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    expect((await store.keys('cases/')).length).toBe(before + 1);
    // A different run of the same conversation is a new case.
    const other = await createCaseOnce(store, config, data, 'c-concurrent/run-2');
    expect(other.case.reference).not.toBe(a.case.reference);
  });

  it('a reference is never given again, also not after its case was withdrawn and deleted', async () => {
    const { store, config } = assistant.services;
    const data = { flow: 'rueckruf', office: 'rathaus', answers: {}, channelId: 'test', conversationId: 'c-withdrawn' };
    const when = new Date('2032-03-01T10:00:00Z');
    const first = await createCase(store, config, data, when);
    const withdrawn = await createCase(store, config, data, when);
    await store.delete([caseKey(withdrawn.reference)]);
    const next = await createCase(store, config, data, when);
    expect([first.reference, withdrawn.reference, next.reference]).toEqual(['MOE-2032-00001', 'MOE-2032-00002', 'MOE-2032-00003']);
  });

  it('numbers by the year in Mömbris: 23:30 UTC on 31 December is already the new year', async () => {
    const { store, config } = assistant.services;
    const data = { flow: 'rueckruf', office: 'rathaus', answers: {}, channelId: 'test', conversationId: 'c-new-year' };
    expect((await createCase(store, config, data, new Date('2030-12-31T23:30:00Z'))).reference).toBe('MOE-2031-00001');
  });
});
