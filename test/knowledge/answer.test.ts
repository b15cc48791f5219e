// Answers as a citizen reads them: short answer first, then what matters, the office with contact
// and hours, links and the review date; follow-up questions get the facet asked for.
import { formatHours, renderAnswer, renderFacet } from '../../knowledge/answer';
import { loadMunicipality } from '../../knowledge/municipality';
import { entrySchema, type Municipality } from '../../knowledge/schema';
import { dogEntry, passEntry } from './fixtures';

const town = loadMunicipality();
const pass = entrySchema.parse({ ...passEntry, links: [{ title: 'Online-Termin', url: 'https://example.org/termin' }] });

describe('rendering an entry', () => {
  const text = renderAnswer(pass, town);

  it('starts with the short answer and lists documents, fees and processing time', () => {
    expect(text.startsWith(pass.summary)).toBe(true);
    expect(text).toContain('• biometrisches Lichtbild');
    expect(text).toContain('Gebühren: 70 Euro');
    expect(text).toContain('Bearbeitungsdauer: etwa drei bis vier Wochen');
  });

  it('names the office with contact and opening hours from the town profile', () => {
    const office = town.offices.buergerbuero!;
    expect(text).toContain(`Zuständig: ${office.name}`);
    expect(text).toContain(`Telefon: ${office.phone}`);
    expect(text).toContain('Öffnungszeiten: Mo, Di 08:00–12:30');
  });

  it('ends with links and the review date', () => {
    expect(text).toContain('• Online-Termin: https://example.org/termin');
    expect(text.endsWith('Stand: 01.10.2026')).toBe(true);
  });

  it('refers to the Rathaus when the office has no confirmed contact', () => {
    const sparse: Municipality = { ...town, offices: { ...town.offices, steueramt: { name: 'Steueramt', external: false, address: null, phone: null, email: null, website: null, hours: [] } } };
    const answer = renderAnswer(entrySchema.parse(dogEntry), sparse);
    expect(answer).toContain('Zuständig: Steueramt');
    expect(answer).toContain(`Kontakt: bitte beim ${town.offices.rathaus!.name} erfragen`);
  });

  it('formats the first Thursday of the month with its note', () => {
    expect(formatHours([{ days: ['do'], from: '18:00', to: '20:00', note: 'jeden ersten Donnerstag im Monat' }])).toBe('Do 18:00–20:00 (jeden ersten Donnerstag im Monat)');
  });
});

describe('follow-up facets', () => {
  it('answers fees, duration and documents of the entry', () => {
    expect(renderFacet(pass, 'fees', town)).toContain('Gebühren: 70 Euro');
    expect(renderFacet(pass, 'duration', town)).toContain('Bearbeitungsdauer: etwa drei bis vier Wochen');
    expect(renderFacet(pass, 'documents', town)).toContain('• bisheriger Pass');
  });

  it('says honestly when the entry has no such information and names whom to ask', () => {
    const text = renderFacet(pass, 'appointment', town);
    expect(text).toContain('keine gesicherte Angabe');
    expect(text).toContain('Zuständig: Bürgerbüro');
  });
});
