// The clerks' part of the console: the requests with filters (office, request, status, period,
// reference), one request with its answers, photo, status, assignment, internal notes and history,
// the changes to them, and the filtered list as CSV. Every query and body is parsed with zod (bad
// input gets 4xx with a reason, never 5xx); every route needs a signed-in clerk, editor or admin.
import { normalize } from '../../knowledge/language/normalize';
import express, { type Response, type Router } from 'express';
import { z } from 'zod';
import { shownAnswers } from '../../dialogs/engine';
import { REFERENCE } from '../../dialogs/fields';
import { flowsOf, workingOffices } from '../../dialogs/flows';
import { slotLabel } from '../../dialogs/slots';
import { telUri } from '../../knowledge/answer';
import { berlinWallClock } from '../../knowledge/hours';
import { de } from '../../knowledge/texts/de';
import { CATALOGUES } from '../../knowledge/texts/index';
import { spreadsheetCsv } from '../analytics/export';
import { caseFiles, caseKey, caseRetentionSeconds, caseSchema, loadCase, type Case } from '../cases';
import { bookedSlot, releaseSlot, reserveSlot } from '../appointments';
import { CHANNEL_ID as DIRECT_LINE_CHANNEL } from '../channels/directline/protocol';
import { HandoffQueue } from '../handoff/queue';
import {
  allWork,
  applyChange,
  CASE_STATUSES,
  forwarded,
  isClosed,
  loadWork,
  notifyCitizen,
  REASON_MAX,
  UNTOUCHED_WORK,
  updateWork,
  withNote,
  withUntold,
  type CaseWork,
  type WorkResult,
} from '../casework';
import type { AssistantServices } from '../turn';
import { accountsFile, StaffAccounts } from './accounts';
import { staffOf, type StaffAuth } from './auth';

/** Rows shown at once; the filters (and the CSV) reach the others. */
const SHOWN = 200;
const NOTE_MAX = 2000;

/**
 * The statuses a clerk reads and filters by: the work's, and "abgesagt" for an appointment the
 * citizen cancelled in the chat (its work is done, but "erledigt" would tell the clerk it took place).
 */
const SHOWN_STATUSES = [...CASE_STATUSES, 'cancelled'] as const;
type ShownStatus = (typeof SHOWN_STATUSES)[number];
const shownStatus = (item: Case, work: CaseWork): ShownStatus => (item.status === 'cancelled' ? 'cancelled' : work.status);

const referenceSchema = z.string().regex(REFERENCE, de.staff.badReference);
const blankIsAbsent = (value: unknown): unknown => (value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsAbsent, schema.optional());
const day = z.iso.date();
const filterSchema = z
  .strictObject({
    office: optional(z.string().max(60)),
    flow: optional(z.string().max(60)),
    status: optional(z.enum(SHOWN_STATUSES)),
    from: optional(day),
    to: optional(day),
    /** A reference number or a part of it ("00042"), or words of the answers (a name, a street). */
    q: optional(z.string().trim().max(60)),
    /** The clerk's own requests ("me") or those nobody has taken yet ("nobody"). */
    assignee: optional(z.enum(['me', 'nobody'])),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: de.staff.datesReversed });
type Filter = z.infer<typeof filterSchema>;

/** The version the clerk saw: a change of anything newer is refused (409). */
const versionSchema = z.number(de.staff.badRequest).int(de.staff.badRequest).min(0, de.staff.badRequest).max(999_999, de.staff.badRequest);
const changeBodySchema = z.strictObject(
  {
    version: versionSchema,
    status: z.enum(CASE_STATUSES, de.staff.badRequest).optional(),
    reason: z.string(de.staff.badRequest).trim().max(REASON_MAX, de.staff.reasonTooLong(REASON_MAX)).optional(),
    assignee: z.string(de.staff.unknownStaff).max(40, de.staff.unknownStaff).nullable().optional(),
  },
  de.staff.badRequest,
);
const forwardBodySchema = z.strictObject(
  {
    version: versionSchema,
    office: z.string(de.staff.unknownOffice).max(40, de.staff.unknownOffice),
  },
  de.staff.badRequest,
);
const noteBodySchema = z.strictObject(
  { text: z.string(de.staff.emptyNote).trim().min(1, de.staff.emptyNote).max(NOTE_MAX, de.staff.noteTooLong(NOTE_MAX)) },
  de.staff.badRequest,
);
const fileParamsSchema = z.object({ reference: referenceSchema, fileId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) });

/** An e-mail address checked as the flows check it (zod's), nothing else in the value. */
const emailSchema = z.email();
/** A contact the clerk uses with one click: a telephone number dials (a softphone on the desk), an e-mail address opens a mail. */
const contactLink = (value: string): string | undefined =>
  telUri(value) ?? (emailSchema.safeParse(value).success ? `mailto:${value}` : undefined);

/** A cell a spreadsheet would run as a formula (=, +, -, @ first) is kept as text: citizens write the answers. */
/** A text as searched: folded (normalize), without apostrophes, a hyphen as a space. */
const searchable = (text: string): string => normalize(text.replace(/['’`´]/g, '').replace(/-/g, ' '));
const asText = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/**
 * A telephone number as its national digits, however it is written: "0171 2345678" finds the stored
 * "+49 171 2345678". Undefined for text that is not a number (at least five digits).
 */
function phoneDigits(text: string): string | undefined {
  if (!/^[\d\s+()/.-]+$/u.test(text.trim())) return undefined;
  const digits = text.replace(/^\s*(?:\+|00)49\s*(?:\(0\))?/u, '0').replace(/\D/g, '');
  return digits.length >= 5 ? digits : undefined;
}

export function caseRoutes(services: AssistantServices, auth: StaffAuth): Router {
  const api = express.Router();
  api.use(auth.requireRole('clerk', 'editor', 'admin'));
  const { store, municipality, outbox, knowledge, config } = services;
  const accounts = new StaffAccounts(accountsFile(config));
  const flows = flowsOf(municipality);
  // The flows that end in a case (not cancelling an appointment, not asking a status).
  const caseFlows = Object.values(flows).filter((f) => f.confirm !== false);
  // A request goes to its flow's office, or to the office of the matter it names (a call-back about a Bauantrag: the Bauamt):
  // any of the Markt's own offices may be filtered by.
  const offices = workingOffices(municipality).map(([id]) => id);
  const titleOf = (flow: string): string => knowledge.title(flow) ?? flows[flow]?.title ?? flow;
  const officeOf = (office: string): string => municipality.offices[office]?.name ?? office;
  const nameOf = (staff: string | undefined): string | null => (staff ? accounts.speakerOf(staff, '').name : null);
  /** The office id an account is limited to (accounts name their office as the town does), if it is limited. */
  const scopeOf = (staff: string): string | undefined => {
    const office = accounts.officeScopeOf(staff);
    if (office === undefined) return undefined;
    // An office the town no longer has matches no request: the account sees none rather than all.
    return Object.keys(municipality.offices).find((id) => municipality.offices[id]!.name === office) ?? office;
  };
  /** Whether a request lies in a scope: every request without one, else those of its office. */
  const inScope = (scope: string | undefined, item: Case): boolean => scope === undefined || item.office === scope;
  /** Whether the account may see and handle a request (its scope read from the accounts file once). */
  const mayHandle = (staff: string, item: Case): boolean => inScope(scopeOf(staff), item);

  /** Every stored case with its work, newest first. */
  async function everything(): Promise<Array<{ item: Case; work: CaseWork }>> {
    const [raw, work] = await Promise.all([Promise.all((await store.keys('cases/')).map((key) => store.get(key))), allWork(store)]);
    return raw
      .flatMap((value) => {
        const parsed = caseSchema.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((item) => ({ item, work: work.get(item.reference) ?? UNTOUCHED_WORK }));
  }

  const matches = (filter: Filter, staff: string) => (row: { item: Case; work: CaseWork }) => {
    const received = berlinWallClock(new Date(row.item.createdAt)).date;
    const assignee = row.work.assignee;
    return (
      (filter.assignee !== 'me' || assignee === staff) &&
      (filter.assignee !== 'nobody' || assignee === undefined) &&
      (!filter.office || row.item.office === filter.office) &&
      (!filter.flow || row.item.flow === filter.flow) &&
      (!filter.status || shownStatus(row.item, row.work) === filter.status) &&
      (!filter.from || received >= filter.from) &&
      (!filter.to || received <= filter.to) &&
      (!filter.q || found(row.item, filter.q))
    );
  };
  /**
   * Citizens phone in with their name or street, not the number: both are searched, regardless of
   * case and of how an umlaut or ß is spelt ("baecker" finds Bäcker, "schulstrasse" the Schulstraße),
   * of apostrophes ("oconnor" finds O'Connor) and of a hyphen said as a space ("müller lüdenscheidt").
   */
  const found = (item: Case, q: string): boolean => {
    const wanted = searchable(q);
    const number = phoneDigits(q);
    return (
      item.reference.includes(q.toUpperCase()) ||
      // "Hund" finds the dog registrations: the kind of request is searched too.
      searchable(titleOf(item.flow)).includes(wanted) ||
      Object.values(item.answers).some(
        (value) =>
          typeof value === 'string' &&
          (searchable(value).includes(wanted) || (number !== undefined && phoneDigits(value)?.includes(number))),
      )
    );
  };

  /** The filtered cases, or undefined (and a 400 with the reason) for filters that make no sense. */
  async function filtered(query: unknown, res: Response): Promise<Array<{ item: Case; work: CaseWork }> | undefined> {
    const filter = filterSchema.safeParse(query);
    if (
      !filter.success ||
      (filter.data.office && !offices.includes(filter.data.office)) ||
      (filter.data.flow && !caseFlows.some((f) => f.id === filter.data.flow))
    ) {
      res
        .status(400)
        .json({ error: (!filter.success && filter.error.issues.find((i) => i.code === 'custom')?.message) || de.staff.badFilter });
      return undefined;
    }
    const staff = staffOf(res);
    // The scope once per request: the accounts file is read on every look-up.
    const scope = scopeOf(staff);
    return (await everything()).filter((row) => inScope(scope, row.item)).filter(matches(filter.data, staff));
  }

  /** Where the request stands on its way to the office. */
  async function delivery(item: Case): Promise<string> {
    if (item.status === 'cancelled') return de.staff.statuses.cancelled;
    if (!outbox.enabled) return de.staff.caseStoredOnly;
    return (await outbox.delivered(item.reference)) ? de.staff.caseDelivered : de.staff.caseDelivering;
  }

  /** Why an open request needs a look first ("Dringend: Glätte"), or null. */
  const urgentOf = (item: Case): string | null => {
    const reason = item.status === 'open' ? flows[item.flow]?.urgent?.(item.answers) : undefined;
    return reason === undefined ? null : de.staff.urgent[reason];
  };

  /** A row of the list: what the table shows (and the photo, served only to signed-in staff below). */
  async function row(item: Case, work: CaseWork) {
    return {
      reference: item.reference,
      flow: item.flow,
      title: titleOf(item.flow),
      callBack: item.flow === 'rueckruf',
      urgent: urgentOf(item),
      office: officeOf(item.office),
      createdAt: item.createdAt,
      state: await delivery(item),
      status: work.status,
      // An appointment the citizen cancelled in the chat: "abgesagt" to the clerk, not the "erledigt" its work says.
      cancelled: item.status === 'cancelled',
      reason: work.reason ?? null,
      assignee: work.assignee ?? null,
      assigneeName: nameOf(work.assignee),
      notify: item.notify === true,
      language: de.staff.languages[item.language ?? 'de'],
      notes: work.notes.length,
      version: work.version,
      answers: shownAnswers(flows[item.flow], item.answers).map((a) => {
        const link = contactLink(a.value);
        return link ? { ...a, link } : a;
      }),
      files: caseFiles(item).map(({ field, fileId }) => ({
        field: flows[item.flow]?.fields.find((f) => f.name === field)?.label ?? field,
        url: `/staff/api/cases/${item.reference}/files/${fileId}`,
      })),
    };
  }

  /** One request in full: its row with the notes and the history (names instead of account names). */
  async function detail(item: Case, work: CaseWork) {
    return {
      ...(await row(item, work)),
      notes: work.notes.map((n) => ({ at: n.at, staff: nameOf(n.staff), text: n.text })),
      history: work.history.map((h) => ({
        ...h,
        staff: nameOf(h.staff),
        ...(h.change === 'assignee' ? { from: nameOf(h.from), to: nameOf(h.to) } : {}),
        // The citizen's cancelling closed its work as done; its history says "abgesagt", as its row does (trial 38: "neu → erledigt").
        ...(item.status === 'cancelled' && h.change === 'status' && h.to === 'done' && h.staff === de.staff.assistantAsStaff
          ? { to: 'cancelled' }
          : {}),
      })),
    };
  }

  /** The case of the path, or undefined after answering 400 (malformed) or 404 (unknown). */
  async function caseOf(reference: unknown, res: Response): Promise<Case | undefined> {
    const parsed = referenceSchema.safeParse(reference);
    if (!parsed.success) return void res.status(400).json({ error: de.staff.badReference });
    const item = await loadCase(store, parsed.data);
    if (!item) return void res.status(404).json({ error: de.staff.caseNotFound });
    // Another office's request, asked for by its number: said so, nothing of it shown.
    if (!mayHandle(staffOf(res), item)) return void res.status(403).json({ error: de.staff.otherOffice });
    return item;
  }

  /** Answers a change: 200 with the request, 409 when someone else changed it first, 400 when refused. */
  async function answer(res: Response, item: Case, result: WorkResult, extra: Record<string, unknown> = {}): Promise<void> {
    if ('conflict' in result) return void res.status(409).json({ error: de.staff.caseChanged });
    if ('refused' in result) return void res.status(400).json({ error: result.refused });
    res.set('Cache-Control', 'no-store').json({ case: await detail(item, result.work), ...extra });
  }

  api.get('/', async (req, res) => {
    const rows = await filtered(req.query, res);
    if (!rows) return;
    const scope = scopeOf(staffOf(res));
    res.set('Cache-Control', 'no-store').json({
      total: rows.length,
      cases: await Promise.all(rows.slice(0, SHOWN).map(({ item, work }) => row(item, work))),
      options: {
        offices: offices.filter((id) => scope === undefined || id === scope).map((id) => ({ id, name: officeOf(id) })),
        // Any office may be forwarded to, also one outside the clerk's own.
        forwardTo: offices.map((id) => ({ id, name: officeOf(id) })),
        flows: caseFlows.map((f) => ({ id: f.id, title: titleOf(f.id) })),
        statuses: SHOWN_STATUSES.map((id) => ({ id, label: de.staff.statuses[id] })),
        staff: accounts.list().map((a) => ({ name: a.name, displayName: nameOf(a.name) })),
      },
    });
  });

  api.get('/export.csv', async (req, res) => {
    const rows = await filtered(req.query, res);
    if (!rows) return;
    const c = de.staff.caseColumns;
    const lines = await Promise.all(
      rows.map(async ({ item, work }) =>
        [
          item.reference,
          titleOf(item.flow),
          officeOf(item.office),
          new Date(item.createdAt).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' }),
          de.staff.statuses[shownStatus(item, work)],
          work.reason ?? '',
          nameOf(work.assignee) ?? '',
          await delivery(item),
          item.notify ? de.staff.yes : de.staff.no,
          de.staff.languages[item.language ?? 'de'],
          shownAnswers(flows[item.flow], item.answers)
            .map((a) => `${a.field}: ${a.value}`)
            .join(' | '),
        ].map(asText),
      ),
    );
    const header = [
      c.reference,
      c.request,
      c.office,
      c.created,
      c.status,
      c.reason,
      c.assignee,
      c.delivery,
      c.notify,
      c.language,
      c.answers,
    ];
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="anfragen-${berlinWallClock(new Date()).date}.csv"`,
      'Cache-Control': 'no-store',
    });
    res.send(spreadsheetCsv([header, ...lines]));
  });

  api.get('/:reference', async (req, res) => {
    const item = await caseOf(req.params.reference, res);
    if (item) res.set('Cache-Control', 'no-store').json({ case: await detail(item, await loadWork(store, item.reference)) });
  });

  // Status and assignment: a change of the version the clerk saw, atomic across instances.
  api.patch('/:reference', async (req, res) => {
    const item = await caseOf(req.params.reference, res);
    if (!item) return;
    const body = changeBodySchema.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: body.error.issues[0]?.message ?? de.staff.badRequest });
    const { version, ...change } = body.data;
    if (change.status === undefined && change.assignee === undefined) return void res.status(400).json({ error: de.staff.nothingToChange });
    if (change.assignee && !accounts.list().some((a) => a.name === change.assignee))
      return void res.status(400).json({ error: de.staff.unknownStaff });
    if (change.assignee && !mayHandle(change.assignee, item)) return void res.status(400).json({ error: de.staff.assigneeOtherOffice });
    const staff = staffOf(res);
    const reopened = change.status !== undefined && !isClosed(change.status);
    // A cancelled appointment's time went back to other citizens when it was cancelled: it stays closed.
    if (reopened && item.status === 'cancelled') return void res.status(409).json({ error: de.staff.cancelledStaysClosed });
    // A rejected appointment reopened needs its time again, unless someone booked it meanwhile.
    const wasClosed = reopened && isClosed((await loadWork(store, item.reference)).status);
    const slotAgain = wasClosed ? bookedSlot(item.answers) : undefined;
    if (slotAgain && !(await reserveSlot(store, slotAgain, item.reference, new Date(), config.APPOINTMENT_SLOT_MINUTES)))
      return void res.status(409).json({ error: de.staff.slotTakenMeanwhile });
    const result = await updateWork(store, config, item.reference, version, (work) => applyChange(work, change, staff));
    if (slotAgain && !('work' in result)) await releaseSlot(store, slotAgain, item.reference, config.APPOINTMENT_SLOT_MINUTES);
    // A rejected appointment gives its time back to other citizens (a cancelled one did when it was cancelled).
    const slot = 'work' in result && change.status === 'rejected' ? bookedSlot(item.answers) : undefined;
    if (slot) await releaseSlot(store, slot, item.reference, config.APPOINTMENT_SLOT_MINUTES);
    // A rejected appointment is told even unasked: the citizen would come for it otherwise.
    const tell = item.notify || slot !== undefined;
    // Reopened after the citizen was told it was closed: told that it is worked on again (trial 44: they still believed it done).
    const news = 'work' in result && (isClosed(result.work.status) || wasClosed);
    if (!('work' in result) || !change.status || !news || !tell || item.status === 'cancelled') return answer(res, item, result);
    // Closed, and the citizen is to be told: once, by the instance whose change was stored, in the
    // language the request was made in (a Leichte Sprache chat had been told in German).
    const language = item.language ?? 'de';
    const off = slot && CATALOGUES[language].caseStatus.appointmentOff(slotLabel(slot, language));
    const title = flowsOf(municipality, language)[item.flow]?.title ?? titleOf(item.flow);
    // A website chat with no open connection (a closed tab) keeps the message, but nobody reads it now: the clerk is told to inform
    // the citizen otherwise (trial 39: "wurde im Chat benachrichtigt" for a tab closed long before).
    const notified =
      (await notifyCitizen(services, item, result.work, title, off)) &&
      (item.channelId !== DIRECT_LINE_CHANNEL || (await new HandoffQueue(store).citizenOnline(item.conversationId)));
    services.logger.info({ reference: item.reference, notified }, 'citizen told of the closed case');
    if (notified) return answer(res, item, result, { notified });
    // Kept in the request's history, so that whoever opens it later sees that the citizen still has to be told.
    const untold = await updateWork(store, config, item.reference, undefined, (work) => withUntold(work, staff));
    return answer(res, item, 'work' in untold ? untold : result, { notified });
  });

  // Forwarded to another office: the request leaves this office's list for the other's (trial 53: it could not be passed on).
  // (The office's mailbox is not written to again: the console is where it is seen.)
  api.post('/:reference/office', async (req, res) => {
    const item = await caseOf(req.params.reference, res);
    if (!item) return;
    const body = forwardBodySchema.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: body.error.issues[0]?.message ?? de.staff.badRequest });
    const { version, office } = body.data;
    if (!offices.includes(office)) return void res.status(400).json({ error: de.staff.unknownOffice });
    if (office === item.office) return void res.status(400).json({ error: de.staff.sameOffice });
    if (item.status === 'cancelled') return void res.status(409).json({ error: de.staff.cancelledNotForwarded });
    const result = await updateWork(store, config, item.reference, version, (work) =>
      forwarded(work, officeOf(item.office), officeOf(office), staffOf(res)),
    );
    const moved = { ...item, office };
    if ('work' in result) {
      const key = caseKey(item.reference);
      await store.set(key, moved, (await store.ttl(key)) ?? caseRetentionSeconds(config));
      services.logger.info({ reference: item.reference, office }, 'case forwarded');
    }
    await answer(res, 'work' in result ? moved : item, result);
  });

  // Internal notes: only ever shown in the console; added to the latest version (no conflict to resolve).
  api.post('/:reference/notes', async (req, res) => {
    const item = await caseOf(req.params.reference, res);
    if (!item) return;
    const body = noteBodySchema.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: body.error.issues[0]?.message ?? de.staff.badRequest });
    const staff = staffOf(res);
    await answer(res, item, await updateWork(store, config, item.reference, undefined, (work) => withNote(work, body.data.text, staff)));
  });

  api.get('/:reference/files/:fileId', async (req, res) => {
    const params = fileParamsSchema.safeParse(req.params);
    const found = params.success ? await loadCase(store, params.data.reference) : undefined;
    const item = found && mayHandle(staffOf(res), found) ? found : undefined;
    // Only a file of this case (and of the account's office): a staff member cannot fetch arbitrary uploads by id.
    const file =
      item && caseFiles(item).some((f) => f.fileId === params.data?.fileId) ? await services.files.load(params.data!.fileId) : undefined;
    if (!file) return void res.status(404).json({ error: de.staff.fileGone });
    res.set({
      'Content-Type': file.contentType,
      'Content-Disposition': `inline; filename="${encodeURIComponent(file.name)}"`,
      'Cache-Control': 'private, no-store',
    });
    res.send(file.data);
  });

  return api;
}
