// The mechanical Leichte-Sprache rules: each rule refuses a text that breaks it and lets pass the
// same content written by the rules, and kb:check names the file, field and rule.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { answerView } from '../../knowledge/answer';
import { checkTranslations } from '../../knowledge/check';
import { checkLeichteSprache, sentences, type LeichteSpracheRule } from '../../knowledge/language/leichte-sprache';
import { readTranslations } from '../../knowledge/translations';
import { readEntries } from '../../knowledge/loader';
import { loadMunicipality } from '../../knowledge/municipality';
import { dogEntry, entriesDir } from './fixtures';

const rules = (text: string): LeichteSpracheRule[] => checkLeichteSprache(text).map((v) => v.rule);

describe('the Leichte-Sprache rules', () => {
  it.each<[LeichteSpracheRule, string, string]>([
    ['words', 'Den neuen Personal·ausweis können Sie im Bürger·büro im Rathaus von Markt Mömbris am Montag·vormittag um 9 Uhr beantragen.', 'Sie beantragen den Personal·ausweis im Bürger·büro.'],
    ['length', 'Sie·brauchen·Personal·ausweis·Reise·pass·Geburts·urkunde·Heirats·urkunde·Melde·bescheinigung·Führungs·zeugnis·Aufenthalts·titel·Lebens·bescheinigung.', 'Sie brauchen Ihren Personal·ausweis.'],
    ['one-statement', 'Bringen Sie das Foto mit, das Sie beim Fotografen gemacht haben.', 'Bringen Sie das Foto vom Fotografen mit.'],
    ['one-statement', 'Sie brauchen eine Bescheinigung, die das Rathaus ausstellt.', 'Sie brauchen frühere Adressen, den Familien·stand und die Staats·angehörigkeit.'],
    ['one-statement', 'Sie melden den Hund an, wenn Sie ihn bekommen.', 'Sie bekommen einen Hund? Dann melden Sie ihn an.'],
    ['one-statement', 'Wenn Sie einen Hund bekommen, melden Sie ihn an.', 'Sie bekommen einen Hund? Dann melden Sie ihn an.'],
    ['one-statement', 'Sie zahlen die Gebühr, und Sie bekommen eine Quittung.', 'Sie zahlen die Gebühr. Sie bekommen eine Quittung.'],
    ['one-statement', 'Sie zahlen die Gebühr; Sie bekommen eine Quittung.', 'Sie bekommen Papiere, Fotos und Formulare.'],
    ['abbreviation', 'Sie brauchen z. B. Ihren Pass.', 'Sie brauchen zum Beispiel Ihren Pass.'],
    ['abbreviation', 'Das kostet ca. 10 Euro.', 'Das kostet ungefähr 10 Euro.'],
    ['abbreviation', 'Das steht im BMG.', 'Das steht im Bundes·melde·gesetz.'],
    ['abbreviation', 'Das steht in § 17.', 'Das steht im Gesetz in Paragraf 17.'],
    ['passive', 'Der Ausweis wird nach Hause geschickt.', 'Die Post bringt Ihnen den Ausweis nach Hause.'],
    ['passive', 'Der Antrag wird vom Amt bearbeitet.', 'Das Amt bearbeitet den Antrag.'],
    ['passive', 'Der Antrag ist geprüft worden.', 'Das Amt hat den Antrag geprüft.'],
    ['number-word', 'Das dauert drei Wochen.', 'Das dauert 3 Wochen.'],
    ['decimal', 'Für Kinder kostet er 27,60 Euro.', 'Für Kinder kostet er 27 Euro und 60 Cent.'],
    ['brackets', 'Bringen Sie ein Foto (biometrisch) mit.', 'Bringen Sie ein biometrisches Foto mit.'],
    ['genitive', 'Sie brauchen eine Kopie des Ausweises.', 'Sie brauchen eine Kopie vom Ausweis.'],
    ['long-word', 'Sie brauchen eine Aufenthaltsbescheinigung.', 'Sie brauchen eine Aufenthalts·bescheinigung.'],
  ])('%s: refuses "%s" and passes "%s"', (rule, bad, good) => {
    expect(rules(bad)).toContain(rule);
    expect(checkLeichteSprache(good)).toEqual([]);
  });

  it('names the sentence and says what to write instead', () => {
    const [violation] = checkLeichteSprache('Das Bürger·büro ist zu. Sie kommen bzw. rufen an.');
    expect(violation).toEqual({ rule: 'abbreviation', text: 'Sie kommen bzw. rufen an.', message: expect.stringMatching(/"Sie kommen bzw\. rufen an\." uses the abbreviation bzw\. \(write "oder"/) });
  });

  it('reads dates, times, amounts and web addresses as parts of one sentence', () => {
    expect(sentences('Seit dem 7. Februar 2026 kostet er 46,00 Euro. Das Rathaus ist ab 8:00 Uhr offen. Mehr steht auf www.bayern.de im Netz.')).toEqual([
      'Seit dem 7. Februar 2026 kostet er 46,00 Euro.',
      'Das Rathaus ist ab 8:00 Uhr offen.',
      'Mehr steht auf www.bayern.de im Netz.',
    ]);
    expect(sentences('Die Nummer ist 06029 705-0. Rufen Sie an: Wir helfen.')).toEqual(['Die Nummer ist 06029 705-0.', 'Rufen Sie an:', 'Wir helfen.']);
  });

  it('lets pass the everyday letter words a reader knows and a list of things', () => {
    expect(checkLeichteSprache('Sie bekommen einen Brief mit Ihrer PIN. Bringen Sie Ihre IBAN mit.')).toEqual([]);
    expect(checkLeichteSprache('Sie brauchen den Pass, ein Foto und 2 Formulare.')).toEqual([]);
  });
});

describe('kb:check of Leichte Sprache', () => {
  it('reports each rule violation of an ls text with its file and field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ba-ls-'));
    mkdirSync(path.join(dir, 'ls'));
    const translation = {
      id: 'hundesteuer',
      title: 'Hunde·steuer',
      summary: 'Für einen Hund zahlen Sie Steuer.',
      details: { fees: 'Die Steuer wird jedes Jahr bezahlt.', procedure: ['Melden Sie den Hund an.', 'Sie bekommen eine Marke, die der Hund trägt.'] },
      basedOn: '2026-11-30',
      reviewed: '2026-11-30',
    };
    writeFileSync(path.join(dir, 'ls', 'hundesteuer.yaml'), stringify(translation));
    const { problems } = checkTranslations({ entriesDir: entriesDir({ 'hundesteuer.yaml': { ...dogEntry, details: { fees: '75 Euro im Jahr.', procedure: ['Anmelden.', 'Marke abholen.'] } } }), translationsDir: dir });
    expect(problems.map((p) => `${path.basename(p.file)}: ${p.field}: ${p.message}`)).toEqual([
      'hundesteuer.yaml: details.fees: Leichte Sprache, passive: "Die Steuer wird jedes Jahr bezahlt." is passive ("wird … bezahlt"): say who does it',
      'hundesteuer.yaml: details.procedure.1: Leichte Sprache, one-statement: "Sie bekommen eine Marke, die der Hund trägt." starts a second clause with "die": one statement per sentence',
    ]);
  });

  it('finds every entry of this repository in Leichte Sprache, by the rules and complete', () => {
    const ls = readTranslations().byLanguage.get('ls');
    expect([...(ls?.keys() ?? [])].sort()).toEqual(readEntries().entries.map((e) => e.entry.id).sort());
    const { problems, warnings } = checkTranslations();
    expect(problems.filter((p) => p.file.includes(`${path.sep}ls${path.sep}`))).toEqual([]);
    expect(warnings.filter((w) => w.includes('/ls/'))).toEqual([]);
  });
});

describe('the Leichte-Sprache short answers', () => {
  it('fit whole into a first reply, so no fact of the short answer is cut off', () => {
    const town = loadMunicipality();
    const ls = readTranslations().byLanguage.get('ls');
    const cut = readEntries()
      .entries.map(({ entry }) => ({ entry, translation: ls?.get(entry.id) }))
      .filter(({ entry, translation }) => translation && answerView({ ...entry, title: translation.title, summary: translation.summary }, town).text.includes(' …'))
      .map(({ entry }) => entry.id);
    expect(cut).toEqual([]);
  });
});
