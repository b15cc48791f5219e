// A confirmed request becomes a case: stored once per flow run, confirmed to the citizen with its
// reference number, and handed to the outbox for delivery to the office.
import { STAFF_CHANNEL } from '../handoff/queue';
import type { Attachment } from '@microsoft/agents-activity';
import { attachmentSchema, type FlowDefinition, type FlowState } from '../../dialogs/engine';
import { createCase, createCaseOnce, type Case } from '../cases';
import type { Turn } from '../turn';
import { matterPart } from '../../knowledge/language/call-back';
import { officeNamedIn } from '../../knowledge/answer';
import { reachesOnlyWhileOpen } from '../channels/capabilities';

/**
 * Stores the case of this flow run (the same one again when the turn is repeated). `notify`: the
 * citizen agreed to be told in this conversation when the request is closed.
 */
export async function openCase(
  turn: Turn,
  flow: FlowDefinition,
  state: FlowState,
  answers: Record<string, unknown>,
  notify = false,
): Promise<Case> {
  const { store, config } = turn.services;
  const conversationId = turn.conversationId;
  const data = {
    flow: flow.id,
    office: officeFor(turn, flow, answers),
    answers: await keepOwnFiles(turn, flow, answers, conversationId),
    channelId: turn.activity.channelId ?? 'unknown',
    conversationId,
    ...(notify && { notify: true }),
    language: turn.state.language,
  };
  // A state saved before runIds existed has none: such a run cannot be recognised again.
  if (!state.runId) return createCase(store, config, data);
  return (await createCaseOnce(store, config, data, `${conversationId}/${state.runId}`)).case;
}

/** The office of the Markt the request's matter names itself, else the Markt's own office of the topic it names (its local office where the topic is another body's), where the router answers it; else the flow's office. */
export function officeFor(turn: Turn, flow: FlowDefinition, answers: Record<string, unknown>): string {
  const matter = flow.officeByMatter === undefined ? undefined : answers[flow.officeByMatter];
  if (typeof matter !== 'string') return flow.office;
  const { knowledge, municipality } = turn.services;
  // "Kann mich mal jemand vom Bauamt zurückrufen wegen …": the office the citizen asks for (trial 55: the matter's topic had sent it to the Ordnungsamt).
  const named = officeNamedIn(matter, municipality);
  if (named !== undefined) return named;
  // "Rückruf wegen meinem Bauantrag": the words from "wegen" on, or the call-back wish would be the topic (trial 37).
  const routed = knowledge.router.decide(matterPart(matter), { language: turn.routerLanguage });
  const entry = routed.action === 'answer' && routed.decision?.kind === 'answer' ? knowledge.entry(routed.decision.id) : undefined;
  const office = entry?.localOffice ?? entry?.office;
  return office !== undefined && municipality.offices[office]?.external === false ? office : flow.office;
}

/**
 * A photo uploaded to our own file store (website chat, Telegram) is kept with the case by its
 * file id; the outbox attaches its content on delivery. Only files of this conversation count.
 */
async function keepOwnFiles(
  turn: Turn,
  flow: FlowDefinition,
  answers: Record<string, unknown>,
  conversationId: string,
): Promise<Record<string, unknown>> {
  const kept = { ...answers };
  for (const field of flow.fields.filter((f) => f.acceptsImage)) {
    const attachment = attachmentSchema.safeParse(answers[field.name]);
    if (!attachment.success) continue;
    const file = await turn.services.files.fromContentUrl(attachment.data.contentUrl);
    if (file?.conversationId === conversationId)
      kept[field.name] = { fileId: file.id, name: file.name, contentType: file.contentType, size: file.size };
  }
  return kept;
}

/** Tells the citizen the reference number and what happens next, and delivers the case. */
export async function confirmCase(
  turn: Turn,
  created: Case,
  next: string = turn.t.cases.next,
  attachments: Attachment[] = [],
): Promise<void> {
  const { config, logger, outbox } = turn.services;
  const received = turn.t.cases.received(created.reference, next, config.CASE_RETENTION_DAYS);
  turn.reply(
    created.notify
      ? turn.t.conversation.together(
          received,
          reachesOnlyWhileOpen(turn.activity.channelId) ? turn.t.cases.willNotifyWhileOpen : turn.t.cases.willNotify,
        )
      : received,
    {
      channelData: { case: { reference: created.reference, flow: created.flow } },
      attachments,
    },
  );
  logger.info({ reference: created.reference, flow: created.flow }, 'case created');
  turn.count({ kind: 'case', flow: created.flow, event: 'created', channel: turn.activity.channelId ?? 'unknown' });
  await outbox.enqueue(created);
  // The consoles open right now list it without a reload (a missed event costs only that).
  await turn.services.store.publish(STAFF_CHANNEL, { kind: 'case' }).catch(() => undefined);
}

/** Whether a request was sent without a telephone number or e-mail address (its optional contact skipped). */
export const withoutContact = (answers: Record<string, unknown>): boolean =>
  typeof answers.kontakt !== 'string' || answers.kontakt.trim() === '';

/** The usual completion of a flow: store, confirm (saying how to ask for its status later), deliver. */
export async function submitCase(
  turn: Turn,
  flow: FlowDefinition,
  state: FlowState,
  answers: Record<string, unknown>,
  notify = false,
): Promise<void> {
  const created = await openCase(turn, flow, state, answers, notify);
  // An optional contact skipped: nobody can get back to the citizen, so no "meldet sich bei Bedarf" (trial 62: an anonymous damage report).
  const anonymous = flow.fields.some((f) => f.name === 'kontakt') && withoutContact(answers);
  const next = flow.next ?? (anonymous ? turn.t.cases.nextWithoutContact : turn.t.cases.next);
  // Where the matter chose the office (a call-back), it is named: the request's questions promised it (trial 62: "Die zuständige Stelle" only);
  // so where the flow's own words name none (a defect report, trial 63: the console showed the Bauhof, the citizen read "Die zuständige Stelle").
  const office =
    flow.officeByMatter === undefined && flow.next !== undefined ? undefined : turn.services.municipality.offices[created.office]?.name;
  const said = [...(office ? [turn.t.cases.officeInCharge(office)] : []), next, turn.t.cases.askStatus(created.reference)];
  await confirmCase(turn, created, turn.t.conversation.together(...said));
}
