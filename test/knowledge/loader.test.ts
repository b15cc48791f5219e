// A broken entry never takes the assistant down: it is reported with file and field and left out,
// and edited files are picked up without a restart.
import { appendFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { KnowledgeBase, readEntries } from '../../knowledge/loader';
import { dogEntry, entriesDir, passEntry, trainingDir, writeEntry } from './fixtures';

const nextReload = (kb: KnowledgeBase) => new Promise<void>((resolve) => kb.onReload(resolve));
/** A few examples (these tests are about loading files, not about language): training takes milliseconds. */
const smallCorpus = () => trainingDir({ reisepass: ['Neuer Pass für den Urlaub'], hundesteuer: ['Steuer für den Hund'] }, { allgemein: ['Wie wird das Wetter?'] });

describe('loading entries', () => {
  it('loads valid entries and reports a broken one with file and field, leaving it out', () => {
    const dir = entriesDir({
      'reisepass.yaml': passEntry,
      'kaputt.yaml': { ...dogEntry, id: 'kaputt', summary: 'kurz', reviewed: 'gestern' },
      'syntax.yaml': 'id: [nicht geschlossen\n',
    });
    const { entries, problems } = readEntries(dir);
    expect(entries.map((e) => e.entry.id)).toEqual(['reisepass']);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: path.join(dir, 'kaputt.yaml'), field: 'summary' }),
        expect.objectContaining({ file: path.join(dir, 'kaputt.yaml'), field: 'reviewed' }),
        expect.objectContaining({ file: path.join(dir, 'syntax.yaml'), message: expect.stringContaining('YAML') }),
      ]),
    );
  });

  it('keeps answering from the good entries when one is broken', () => {
    const reported: unknown[] = [];
    const kb = new KnowledgeBase({ dir: entriesDir({ 'reisepass.yaml': passEntry, 'kaputt.yaml': 'id: 5' }), trainingDir: smallCorpus(), onProblems: (p) => reported.push(...p) });
    expect(kb.router.decide('Wie beantrage ich einen Reisepass?').decision).toEqual({ kind: 'answer', id: 'reisepass' });
    expect(reported.length).toBeGreaterThan(0);
    kb.close();
  });

  it('reports a duplicate id and keeps the first', () => {
    const kb = new KnowledgeBase({ dir: entriesDir({ 'a.yaml': passEntry, 'b.yaml': { ...passEntry, title: 'Doppelt' } }), trainingDir: smallCorpus() });
    expect(kb.entry('reisepass')?.title).toBe('Reisepass beantragen');
    expect(kb.problems).toEqual([expect.objectContaining({ field: 'id', message: expect.stringContaining('duplicate') })]);
    kb.close();
  });
});

describe('hot reload', () => {
  it('picks up a new, an edited, a broken and a deleted file without a restart', async () => {
    const dir = entriesDir({ 'reisepass.yaml': passEntry });
    const kb = new KnowledgeBase({ dir, trainingDir: smallCorpus(), watch: true, debounceMs: 50 });
    try {
      expect(kb.entry('hundesteuer')).toBeUndefined();

      let reloaded = nextReload(kb);
      writeEntry(dir, 'hundesteuer.yaml', dogEntry);
      await reloaded;
      expect(kb.router.decide('Hundesteuer').decision?.id).toBe('hundesteuer');

      reloaded = nextReload(kb);
      writeEntry(dir, 'reisepass.yaml', { ...passEntry, details: { ...passEntry.details, fees: '75 Euro' } });
      await reloaded;
      expect(kb.entry('reisepass')?.details.fees).toBe('75 Euro');

      reloaded = nextReload(kb);
      writeEntry(dir, 'hundesteuer.yaml', 'id: hundesteuer\ntitle: [kaputt\n');
      await reloaded;
      expect(kb.entry('hundesteuer')).toBeUndefined();
      expect(kb.problems[0]).toMatchObject({ file: path.join(dir, 'hundesteuer.yaml') });
      expect(kb.entry('reisepass')).toBeDefined();

      reloaded = nextReload(kb);
      unlinkSync(path.join(dir, 'reisepass.yaml'));
      await reloaded;
      expect(kb.entry('reisepass')).toBeUndefined();
    } finally {
      kb.close();
    }
  });
});

describe('learning from new example questions', () => {
  it('decides a text asked again as before, and anew at once when an editor assigns it to a topic', () => {
    const training = trainingDir(
      { reisepass: ['Reisepass beantragen', 'Pass abgelaufen was tun'], hundesteuer: ['Was kostet die Hundesteuer?', 'Hundemarke verloren'] },
      { allgemein: ['Wie wird das Wetter?', 'Erzähl einen Witz', 'Was läuft im Kino?'] },
    );
    const kb = new KnowledgeBase({ dir: entriesDir({ 'reisepass.yaml': passEntry, 'hundesteuer.yaml': dogEntry }), trainingDir: training, intents: [] });
    try {
      const question = 'Was zahlt man für den Wauwau im Jahr?';
      const first = kb.router.decide(question);
      expect(first.decision?.id).not.toBe('hundesteuer');
      expect(kb.router.decide(question)).toEqual(first);
      // Kept decisions are shared by every caller: none may change them.
      expect(Object.isFrozen(first) && Object.isFrozen(first.candidates)).toBe(true);
      kb.learn([{ text: question, label: 'hundesteuer' }]);
      expect(kb.router.decide(question).decision?.id).toBe('hundesteuer');
    } finally {
      kb.close();
    }
  });

  it('routes a new way of asking after an editor adds it to the corpus, without a restart', async () => {
    const training = trainingDir(
      {
        reisepass: ['Ich brauche einen neuen Pass für den Urlaub', 'Reisepass beantragen', 'Wie lange dauert ein Pass?', 'Pass abgelaufen was tun'],
        hundesteuer: ['Was kostet die Hundesteuer?', 'Hundemarke verloren', 'Steuer für den Hund', 'Wann wird die Hundesteuer abgebucht?'],
      },
      { allgemein: ['Wie wird das Wetter?', 'Erzähl einen Witz', 'Wer wird Meister?', 'Was läuft im Kino?', 'Wo ist der nächste Bäcker?'] },
    );
    const kb = new KnowledgeBase({ dir: entriesDir({ 'reisepass.yaml': passEntry, 'hundesteuer.yaml': dogEntry }), trainingDir: training, watch: true, debounceMs: 50, intents: [] });
    try {
      const question = 'Was zahlt man für den Wauwau im Jahr?';
      expect(kb.router.decide(question).decision?.id).not.toBe('hundesteuer');
      const reloaded = nextReload(kb);
      appendFileSync(path.join(training, 'topics', 'hundesteuer.txt'), ['Wauwau Abgabe', 'Was kostet der Wauwau im Jahr?', 'Muss ich für den Wauwau zahlen?', 'Wauwau bei der Gemeinde melden und zahlen'].join('\n'));
      await reloaded;
      expect(kb.router.decide(question).decision?.id).toBe('hundesteuer');
    } finally {
      kb.close();
    }
  });
});
