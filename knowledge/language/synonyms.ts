// Everyday words and official terms meet. Each group lists words that mean the same for a
// citizen's question; every member (after normalization) also yields the group's first word, on the
// knowledge side and on the question side alike. Topic-specific phrasings belong in the entries'
// `synonyms`; this lexicon is general German of the administration.
import { normalize } from './normalize';

const GROUPS: string[][] = [
  ['personalausweis', 'perso', 'personalausweises', 'ausweiskarte', 'idkarte'],
  ['reisepass', 'pass', 'reisepasse', 'passe'],
  ['gestohlen', 'geklaut', 'klauen', 'diebstahl', 'entwendet', 'stehlen'],
  ['verloren', 'verlegt', 'verschlampt', 'verlust', 'verlieren'],
  ['fischereischein', 'angelschein', 'angelkarte', 'angeln', 'angler'],
  ['kita', 'kindergarten', 'kinderkrippe', 'krippe', 'kinderbetreuung', 'kitaplatz', 'krippenplatz', 'kindertagesstatte', 'hort', 'kiga', 'kigaplatz'],
  ['heiraten', 'hochzeit', 'trauung', 'eheschliessung', 'verheiraten', 'standesamtlich'],
  ['sterbefall', 'todesfall', 'gestorben', 'verstorben', 'tod', 'sterben', 'verstirbt'],
  ['umzug', 'umziehen', 'umgezogen', 'ziehen', 'gezogen', 'zuzug', 'zugezogen', 'umziehe', 'umzieht', 'umziehn', 'ziehe', 'zieht', 'ziehn', 'zieh'],
  ['fahrzeug', 'auto', 'kfz', 'pkw', 'wagen', 'motorrad', 'anhanger'],
  ['wasserzahler', 'wasseruhr', 'zahlerstand', 'wasserzahlerstand'],
  ['defekt', 'kaputt', 'beschadigt', 'zerbrochen', 'abgebrochen', 'funktioniert'],
  ['strassenbeleuchtung', 'laterne', 'strassenlaterne', 'strassenlampe', 'lampe'],
  ['gebuhr', 'kosten', 'kostet', 'preis', 'teuer', 'gebuhren', 'bezahlen', 'zahlen'],
  ['mulltonne', 'tonne', 'restmulltonne', 'biotonne', 'papiertonne', 'abfalltonne', 'mullbehalter'],
  ['mull', 'abfall', 'abfalle', 'mulls'],
  ['genehmigung', 'erlaubnis', 'bewilligung', 'zulassig', 'erlaubt'],
  ['rathaus', 'gemeindeverwaltung', 'gemeindeamt', 'verwaltung'],
  ['gemeinde', 'markt', 'kommune', 'ort', 'ortsteil'],
  ['mitarbeiter', 'mitarbeiterin', 'sachbearbeiter', 'sachbearbeiterin', 'mensch', 'person', 'menschen'],
  ['ruckruf', 'zuruckrufen', 'zuruckruf', 'anrufen', 'ruft'],
  ['hund', 'hunde', 'welpe', 'welpen', 'hundes'],
  ['entlaufen', 'weggelaufen', 'ausgebuxt', 'ausgebuechst', 'abgehauen', 'weggerannt', 'entflogen', 'zugelaufen', 'vermisst'],
  ['gewerbe', 'gewerbeschein', 'selbststandig', 'selbstandig', 'selbstandigkeit', 'existenzgrundung'],
  ['geburtsurkunde', 'geburtsurkunden', 'geburtsschein'],
  ['veranstaltung', 'fest', 'feier', 'party', 'konzert', 'event', 'festival'],
  ['ausschank', 'ausschenken', 'schank', 'alkohol', 'bier', 'wein', 'getranke', 'gluhwein'],
  ['baum', 'baume', 'hecke', 'hecken', 'strauch', 'straucher', 'gehoelz', 'fallen', 'roden'],
  ['plakat', 'plakate', 'plakatieren', 'wahlplakat', 'werbeplakat', 'banner', 'poster'],
  ['feuerwehr', 'floriansjunger', 'feuerwehrler', 'feuerwehrmann', 'feuerwehrfrau'],
  ['oeffnungszeiten', 'offnungszeit', 'offen', 'offe', 'geoffnet', 'aufhaben', 'sprechzeiten'],
  ['lichtbild', 'foto', 'fotos', 'passbild', 'passbilder', 'passfoto', 'passfotos', 'bewerbungsfoto'],
  ['fuhrungszeugnis', 'polizeiliches', 'leumundszeugnis'],
  ['rente', 'altersrente', 'rentenversicherung', 'rentenkasse', 'pension'],
  ['steuer', 'steuern', 'abgabe', 'abgaben'],
  ['kirche', 'kirchlich', 'katholisch', 'evangelisch', 'kirchensteuer'],
];

/** Maps a normalized word to the canonical word of its group (undefined when it has none or is canonical). */
export class Synonyms {
  private readonly canonical = new Map<string, string>();

  constructor(groups: string[][] = GROUPS) {
    for (const group of groups) {
      const [head, ...rest] = group.map(normalize);
      for (const word of rest) if (word !== head && !this.canonical.has(word)) this.canonical.set(word, head!);
    }
  }

  canonicalOf(word: string): string | undefined {
    return this.canonical.get(word);
  }

  /** Every word with its canonical word (for the model's content hash). */
  pairs(): Array<[string, string]> {
    return [...this.canonical];
  }
}
