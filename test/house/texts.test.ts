// Everything the assistant says on its own comes from the text catalogue (knowledge/texts/de.ts):
// no German sentence is written into the code, and a button is recognized by the same constant
// that shows it, however the citizen types it.
import { GERMAN_ONLY_SECTIONS } from '../../knowledge/texts/catalogue';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { button, foldCommand, isCommand, type Command } from '../../knowledge/texts/commands';
import { de } from '../../knowledge/texts/de';
import { CATALOGUES, inLanguage } from '../../knowledge/texts/index';
import { defineFlows } from '../../dialogs/flows';
import { loadMunicipality } from '../../knowledge/municipality';

/** Every key path of a catalogue, with the kind of value at it (texts, lists, functions). */
function shape(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return [`${at}: list`];
  if (typeof value === 'function') return [`${at}: function`];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => shape(v, `${at}.${k}`));
  return [`${at}: ${typeof value}`];
}
/** The empty texts of a catalogue (the German one has a single one on purpose: no fallback note in German). */
const emptyTexts = (value: unknown, at = ''): string[] =>
  typeof value === 'string'
    ? value.trim()
      ? []
      : [at]
    : typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.entries(value).flatMap(([k, v]) => emptyTexts(v, `${at}.${k}`))
      : [];

/** Code that must not contain German text: everything but the catalogue, the flow definitions (content, one file per flow) and word lists. */
const CODE = ['bot', 'dialogs', 'knowledge'];
const CONTENT = /^(dialogs\/flows|knowledge\/texts|knowledge\/language)\//;
const GERMAN =
  /[äöüÄÖÜß]|\b(der|die|das|den|dem|des|ein|eine|einen|und|oder|nicht|Sie|Ihr|Ihre|Ihnen|bitte|Bitte|ist|sind|wird|wurde|mit|für|zu|kein|keine|auf|von|wir|ich|haben|Aufruf|angelegt)\b/;

function germanStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … ');
    const isImport = node.parent !== undefined && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent));
    if (text !== undefined && !isImport && text.trim().split(/\s+/).length >= 2 && GERMAN.test(text)) {
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the text catalogue', () => {
  it('holds every German sentence: the code has none of its own', () => {
    const files = execFileSync('git', ['ls-files', ...CODE], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => f.endsWith('.ts') && !CONTENT.test(f));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(germanStrings)).toEqual([]);
  });

  it('would notice a German sentence in the code', () => {
    const file = require.resolve('./fixtures/inline-german.ts.txt');
    expect(germanStrings(file)).toHaveLength(1);
  });

  it('recognizes every button by its own label, typed in any case, with punctuation or umlauts spelled out', () => {
    for (const command of Object.keys(de.commands) as Command[]) {
      const label = button(command);
      expect(isCommand(label, command)).toBe(true);
      expect(isCommand(`${label.toUpperCase()}!`, command)).toBe(true);
      expect(isCommand(`${label.toLowerCase().replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/ä/g, 'ae')}?`, command)).toBe(true);
    }
    expect(isCommand('abbrechen?', 'cancel')).toBe(true);
    expect(isCommand('Hilfe?', 'help')).toBe(true);
    expect(isCommand('?', 'help')).toBe(true);
    expect(isCommand('Ich möchte abbrechen', 'cancel')).toBe(false);
    expect(foldCommand('  Zurück!  ')).toBe(foldCommand('zurueck'));
  });

  it('has a catalogue per language with every key of the German one and no empty text', () => {
    // Staff, office and terminal texts are German only (the office works in German).
    const german = shape(CATALOGUES.de)
      .filter((path) => !GERMAN_ONLY_SECTIONS.some((section) => path.startsWith(`.${section}.`)))
      .sort();
    for (const language of ['ls', 'en'] as const) {
      expect(shape(CATALOGUES[language]).sort()).toEqual(german);
      expect(emptyTexts(CATALOGUES[language])).toEqual([]);
    }
  });

  it('recognizes every button of every language in a conversation of any language', () => {
    for (const catalogue of Object.values(CATALOGUES))
      for (const command of Object.keys(de.commands) as Command[])
        for (const language of ['de', 'ls', 'en'] as const)
          expect(inLanguage(language, () => isCommand(catalogue.commands[command].button, command))).toBe(true);
  });

  it('translates every field of a flow that has translations, with as many choices as the German one', () => {
    const town = loadMunicipality();
    const german = defineFlows(town);
    const translated = Object.values(german).filter((flow) => flow.translations);
    expect(translated.map((f) => f.id)).toEqual(expect.arrayContaining(['hund-anmelden', 'maengelmelder']));
    for (const flow of translated) {
      for (const language of ['ls', 'en'] as const) {
        const fields = flow.translations![language]!.fields;
        expect(Object.keys(fields).sort()).toEqual(flow.fields.map((f) => f.name).sort());
        for (const field of flow.fields.filter((f) => fields[f.name]!.choices))
          expect(fields[field.name]!.choices).toHaveLength(field.choices!.length);
      }
    }
  });
});

describe('the queue position in Leichte Sprache (trial 35: "Vor Ihnen warten 0 Menschen")', () => {
  it('says who is next, one person and several people as a person would', () => {
    const { waiting, connectionLost } = CATALOGUES.ls.handoff;
    expect(waiting(1, 5)).toMatch(/^Sie sind als Nächstes dran\./);
    expect(waiting(2, 5)).toMatch(/^Vor Ihnen wartet 1 Mensch\./);
    expect(waiting(4, 15)).toMatch(/^Vor Ihnen warten 3 Menschen\./);
    expect(connectionLost(1)).not.toMatch(/0 Menschen/);
  });
});
