// The report as tables, and those tables as CSV (for a spreadsheet) and PDF (for a
// Sitzungsvorlage). One table model, so that both files say the same; German labels come from the
// text catalogue, numbers are formatted the German way.
import { stringify } from 'csv-stringify/sync';
import { de } from '../../knowledge/texts/de';
import { FEEDBACK_REASONS } from './events';
import type { Report } from './report';

export interface ReportTable {
  heading: string;
  columns: string[];
  rows: Array<Array<string | number>>;
}

const t = de.report;
const number = (n: number): string => n.toLocaleString('de-DE');
const percent = (share: number | null): string => (share === null ? t.none : `${Math.round(share * 100)} %`);
const germanDate = (iso: string): string => iso.split('-').reverse().join('.');

/** Titles for topic and flow ids (the knowledge base's), and channel names. */
export type TitleOf = (id: string) => string | undefined;

/** The topics a printed report lists; the CSV lists them all (the console says so). */
const PRINTED_TOPICS = 15;

export function reportTables(report: Report, titleOf: TitleOf, topicRows = PRINTED_TOPICS): ReportTable[] {
  const f = t.figures;
  const c = t.columns;
  const figures = (heading: string, rows: Array<[string, string | number]>): ReportTable => ({
    heading,
    columns: [c.figure, c.value],
    rows,
  });
  return [
    figures(t.sections.usage, [
      [f.conversations, number(report.conversations)],
      [f.messages, number(report.messages)],
      [f.questions, number(report.questions)],
      [f.answered, number(report.answered)],
      [f.clarified, number(report.clarified)],
      [f.unanswered, number(report.unanswered)],
      [f.referred, number(report.referred)],
      [f.withoutStaff, percent(report.withoutStaffShare)],
      [f.clarificationRate, percent(report.clarificationRate)],
      [f.noAnswerRate, percent(report.noAnswerRate)],
    ]),
    {
      heading: t.sections.saved,
      columns: [c.figure, c.value],
      rows: [
        [t.savedAnswers, number(report.saved.answers)],
        [t.savedRequests, number(report.saved.requests)],
        [t.savedHours, number(report.saved.hours)],
        [t.savedEuros, number(report.saved.euros)],
        [
          t.formula(
            report.saved.answers,
            report.saved.minutesPerAnswer,
            report.saved.requests,
            report.saved.minutesPerRequest,
            report.saved.hourlyRate,
          ),
          '',
        ],
      ],
    },
    figures(t.sections.handoffs, [
      [f.queued, number(report.handoffs.queued)],
      [f.taken, number(report.handoffs.taken)],
      [f.returned, number(report.handoffs.returned)],
      [f.callBacks, number(report.handoffs.callBacks)],
      [f.medianWait, report.handoffs.medianWaitMinutes === null ? t.none : number(report.handoffs.medianWaitMinutes)],
    ]),
    {
      heading: t.sections.requests,
      columns: [c.request, c.created, c.delivered, c.moved, c.cancelled],
      rows: [
        ...report.requests.map((r) => [
          titleOf(r.flow) ?? r.flow,
          number(r.created),
          number(r.delivered),
          number(r.moved),
          number(r.cancelled),
        ]),
        [f.requestsTotal, number(report.requestsTotal), '', '', ''],
        [f.booked, number(report.appointments.booked), '', number(report.appointments.moved), number(report.appointments.cancelled)],
        // "zugestellt 0" in every row reads as "nothing arrived" (trial 43): said where no request went out by mail or interface.
        ...(report.requestsTotal > 0 && report.requests.every((r) => r.delivered === 0) ? [[t.noneDelivered, '', '', '', '']] : []),
      ],
    },
    {
      heading: t.sections.channels,
      columns: [c.channel, c.conversations, c.messages, c.requests],
      rows: report.channels.map((ch) => [ch.label, number(ch.conversations), number(ch.messages), number(ch.requests)]),
    },
    {
      heading: t.sections.topics,
      columns: [c.topic, c.answers, c.helpful, c.notHelpful],
      rows: report.topics
        .slice(0, topicRows)
        .map((tp) => [titleOf(tp.topic) ?? tp.topic, number(tp.answers), number(tp.helpful), number(tp.notHelpful)]),
    },
    {
      heading: t.sections.feedback,
      columns: [c.reason, c.count],
      rows: [
        [f.helpful, number(report.feedback.helpful)],
        [f.notHelpful, number(report.feedback.notHelpful)],
        ...FEEDBACK_REASONS.map((r) => [`– ${t.reasons[r]}`, number(report.feedback.reasons[r])]),
      ],
    },
    {
      heading: t.sections.days,
      columns: [c.date, c.conversations, c.messages],
      rows: report.days.map((d) => [germanDate(d.date), number(d.conversations), number(d.messages)]),
    },
  ];
}

/** Semicolon-separated with a byte order mark: what a German spreadsheet opens correctly. */
export const spreadsheetCsv = (rows: Array<Array<string | number>>): string => `\uFEFF${stringify(rows, { delimiter: ';' })}`;

export function reportCsv(report: Report, titleOf: TitleOf): string {
  const rows: Array<Array<string | number>> = [[t.title], [t.period(germanDate(report.period.from), germanDate(report.period.to))], []];
  // Every topic (trial 45: the console promised them all in the CSV, which had the first 15).
  for (const table of reportTables(report, titleOf, Infinity)) rows.push([table.heading], table.columns, ...table.rows, []);
  return spreadsheetCsv(rows);
}

/** An A4 PDF with the town's name, the period, every table and the formula. */
export async function reportPdf(report: Report, town: string, titleOf: TitleOf, createdAt = new Date()): Promise<Buffer> {
  // Loaded when a report is asked for: pdfkit and its fonts are 7 MB of memory the turns never need.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${t.title} ${town}`, Author: town },
    lang: 'de-DE',
    tagged: true,
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 100;

  doc.font('Helvetica-Bold').fontSize(18).text(t.title);
  doc.font('Helvetica').fontSize(11).text(t.subtitle(town));
  doc.text(t.period(germanDate(report.period.from), germanDate(report.period.to)));
  doc
    .fontSize(9)
    .fillColor('#444444')
    .text(t.created(createdAt.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' })));
  doc.fillColor('#000000');
  for (const table of reportTables(report, titleOf)) {
    if (doc.y > doc.page.height - 150) doc.addPage();
    doc.moveDown(1).font('Helvetica-Bold').fontSize(12).text(table.heading, 50);
    doc.moveDown(0.3);
    const first = table.columns.length === 2 ? width * 0.75 : width * 0.46;
    const rest = (width - first) / Math.max(1, table.columns.length - 1);
    const row = (cells: Array<string | number>, bold: boolean) => {
      if (doc.y > doc.page.height - 70) doc.addPage();
      const y = doc.y;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
      // A long first cell (the formula) takes the whole width.
      const full = cells.slice(1).every((cell) => cell === '');
      let bottom = y;
      cells.forEach((cell, i) => {
        const x = 50 + (i === 0 ? 0 : first + (i - 1) * rest);
        const w = full && i === 0 ? width : i === 0 ? first - 8 : rest;
        if (full && i > 0) return;
        doc.text(String(cell), x, y, { width: w, align: i === 0 ? 'left' : 'right' });
        bottom = Math.max(bottom, doc.y);
      });
      doc.y = bottom + 2;
    };
    row(table.columns, true);
    for (const cells of table.rows) row(cells, false);
  }
  doc.end();
  return done;
}
