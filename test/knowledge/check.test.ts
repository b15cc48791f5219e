// kb:check names every problem with file and field.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { checkCorpus, checkFreshness, checkKnowledge, checkTranslations } from '../../knowledge/check';
import { dogEntry, entriesDir, passEntry } from './fixtures';

function catalogFile(topics: unknown[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ba-cat-')), 'topics.yaml');
  writeFileSync(file, stringify(topics));
  return file;
}

const today = new Date('2026-11-25T00:00:00Z');

describe('kb:check', () => {
  it('passes a consistent knowledge base', () => {
    const dir = entriesDir({ 'reisepass.yaml': passEntry });
    const catalog = catalogFile([{ id: 'reisepass', kind: 'answer', title: 'Reisepass' }]);
    expect(checkKnowledge({ entriesDir: dir, catalogFile: catalog, today })).toEqual([]);
  });

  it('reports schema errors, unknown offices, missing flows, a file named as the source, duplicates, stale reviews and catalogue gaps with file and field', () => {
    const dir = entriesDir({
      'reisepass.yaml': { ...passEntry, office: 'nirgendwo', reviewed: '2023-01-01' },
      'hundesteuer.yaml': { ...dogEntry, office: 'buergerbuero', flow: 'gibt-es-nicht', source: 'Profil (municipality.yaml)' },
      'kopie.yaml': { ...passEntry },
      'leer.yaml': { id: 'leer', title: 'Leer', office: 'buergerbuero', summary: 'Ein Eintrag ohne Datum.', source: 'Test' },
    });
    const catalog = catalogFile([
      { id: 'reisepass', kind: 'answer', title: 'Reisepass' },
      { id: 'hundesteuer', kind: 'answer', title: 'Hundesteuer' },
      { id: 'fundbuero', kind: 'answer', title: 'Fundbüro' },
    ]);
    const problems = checkKnowledge({ entriesDir: dir, catalogFile: catalog, today }).map((p) => `${path.basename(p.file)}: ${p.field}: ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^reisepass\.yaml: office: unbekannte Stelle „nirgendwo“/),
        expect.stringMatching(/^hundesteuer\.yaml: flow: die Anfrage „gibt-es-nicht“ gibt es nicht/),
        // The source stands under the answer: no file of ours in it.
        expect.stringMatching(/^hundesteuer\.yaml: source: die Quelle nennt die Datei „municipality\.yaml“/),
        expect.stringMatching(/: id: duplicate id "reisepass"/),
        expect.stringMatching(/^leer\.yaml: reviewed: /),
        expect.stringMatching(/^fundbuero\.yaml: : topic "fundbuero" of the catalogue has no entry/),
      ]),
    );
  });
});

describe('kb:check warnings', () => {
  it('names stale reviews (by a configurable age) and fees without a legal basis', () => {
    const dir = entriesDir({
      'reisepass.yaml': { ...passEntry, reviewed: '2025-06-01', legal: [] },
      'hundesteuer.yaml': { ...dogEntry, reviewed: '2026-10-01', legal: ['Hundesteuersatzung'], details: { fees: '75 Euro' } },
    });
    expect(checkFreshness({ entriesDir: dir, today })).toEqual([
      expect.stringMatching(/^reisepass\.yaml: reviewed: zuletzt geprüft am 2025-06-01/),
      expect.stringMatching(/^reisepass\.yaml: legal: Gebühren oder Fristen ohne Rechtsgrundlage/),
    ]);
    expect(checkFreshness({ entriesDir: dir, today, maxReviewMonths: 1 })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^hundesteuer\.yaml: reviewed: zuletzt geprüft am 2026-10-01, vor mehr als 1 Monaten/)]),
    );
  });
});

describe('kb:check of translations', () => {
  const translationsDir = (files: Record<string, unknown>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ba-tr-'));
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), stringify(content));
    }
    return dir;
  };

  it('names a missing translation, a translation of no entry, a text the entry lacks and a stale one', () => {
    const entries = entriesDir({ 'reisepass.yaml': passEntry, 'hundesteuer.yaml': dogEntry });
    const dir = translationsDir({
      'en/reisepass.yaml': { id: 'reisepass', title: 'Passport', summary: 'You apply in person.', details: { appointment: 'Book one.' }, basedOn: '2020-01-01', reviewed: '2026-11-30' },
      'en/ghost.yaml': { id: 'ghost', title: 'Ghost', summary: 'Nothing.', basedOn: '2026-11-30', reviewed: '2026-11-30' },
    });
    const { problems, warnings } = checkTranslations({ entriesDir: entries, translationsDir: dir });
    const named = problems.map((p) => `${path.basename(p.file)}: ${p.field}: ${p.message}`);
    expect(named).toEqual(
      expect.arrayContaining([
        'hundesteuer.yaml: : entry "hundesteuer" has no translation in "en"',
        'ghost.yaml: id: "ghost" is not an entry of the knowledge base',
        'reisepass.yaml: details.appointment: the German entry has no such text',
      ]),
    );
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/reisepass\.yaml: basedOn: follows the German entry of 2020-01-01/),
        expect.stringMatching(/reisepass\.yaml: details\.fees: not translated, the German text is shown/),
      ]),
    );
  });
});

describe('referrals and their example messages', () => {
  const referral = (key: string, extra: Record<string, unknown> = {}) => ({
    key,
    name: 'Auswärtiges Amt',
    matter: 'Ein Visum für eine Reise erteilt die Botschaft des Reiselands.',
    source: 'Auswärtiges Amt',
    reviewed: '2026-12-03',
    ...extra,
  });
  const referralsFile = (referrals: unknown[]): string => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ba-ref-')), 'referrals.yaml');
    writeFileSync(file, stringify(referrals));
    return file;
  };
  const problemsOf = (file: string) => checkCorpus({ referralsFile: file }).problems.filter((p) => p.file === file);

  it('asks for example messages of a learned referral, and for none of one that only a rule names', () => {
    // The repository's out-of-scope files each need their referral; only the new key is of interest here.
    const learned = problemsOf(referralsFile([referral('reise-visum')])).filter((p) => p.field === 'reise-visum');
    expect(learned.map((p) => p.message)).toEqual(['referral "reise-visum" has no example messages in out-of-scope/reise-visum.txt']);
    expect(problemsOf(referralsFile([referral('reise-visum', { byRule: true })])).filter((p) => p.field === 'reise-visum')).toEqual([]);
  });
});

describe('the knowledge base of this repository', () => {
  it('covers every topic of its catalogue and passes every check, corpus and translations included', () => {
    expect(checkKnowledge()).toEqual([]);
    expect(checkCorpus().problems).toEqual([]);
    expect(checkTranslations().problems).toEqual([]);
  });
});
