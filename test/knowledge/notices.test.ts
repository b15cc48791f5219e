import { isAboutNotice } from '../../knowledge/notices';

const water = { text: 'Wasserrohrbruch in Schimborn – Versorgung bis 16 Uhr unterbrochen', ortsteile: ['Schimborn'] };
const closed = { text: 'Rathaus am 24.12. geschlossen', ortsteile: [] };

describe('whether a question is about a notice', () => {
  it('matches the matter in everyday words, a compound by its part and a day by its date', () => {
    expect(isAboutNotice('Wasser in Schimborn weg?', water)).toBe(true);
    expect(isAboutNotice('Kein Wasser in Schimborn', water)).toBe(true);
    expect(isAboutNotice('Ist das Rathaus am 24.12. offen?', closed)).toBe(true);
    // A fixed day by its name is its date ("an Heiligabend" had shared only "Rathaus" with the notice).
    expect(isAboutNotice('Hat das Rathaus an Heiligabend offen?', closed)).toBe(true);
    expect(isAboutNotice('Hat das Rathaus an Silvester offen?', closed)).toBe(false);
    // A day the notice names, asked alone or with "offen" (trial 32: "und am 31.12.?" had got the usual hours only).
    const both = { text: 'Das Rathaus ist am 24.12. und 31.12. geschlossen.', ortsteile: [] };
    expect(isAboutNotice('und am 31.12.?', both)).toBe(true);
    expect(isAboutNotice('Hat das Bürgerbüro am 24.12. offen?', both)).toBe(true);
    expect(isAboutNotice('Kann ich am 31.12. meinen Sperrmüll rausstellen?', both)).toBe(false);
  });

  it('matches the notice’s Ortsteil and a word of its matter in a long message in dialect (trial 43: the notice had been missed)', () => {
    expect(isAboutNotice('bei uns in schimborn kommt kaa wasser mehr aus der leitung, was is do los?', water)).toBe(true);
    // Another Ortsteil, or the Ortsteil alone in a long message, is not its matter.
    expect(isAboutNotice('bei uns in brücken kommt kaa wasser mehr aus der leitung, was is do los?', water)).toBe(false);
    expect(isAboutNotice('mir wohne in schimborn und brauche fir unser tochter en neie reisepass, wie geht des?', water)).toBe(false);
  });

  it('does not take one shared word for the matter', () => {
    expect(isAboutNotice('Wann hat das Rathaus offen?', closed)).toBe(false);
    expect(isAboutNotice('Ich wohne in Schimborn und brauche einen Reisepass', water)).toBe(false);
    expect(isAboutNotice('Was kostet ein Personalausweis?', water)).toBe(false);
    expect(isAboutNotice('', water)).toBe(false);
  });
});
