// Words that carry no topic in a citizen's question: function words, pronouns, auxiliaries and
// politeness. Stored in normalized (folded) form, compared after normalization.
import { normalize } from './normalize';

const WORDS = `
aber alle alles als also am an andere anderen auch auf aus bei beim bin bis bitte da dafur damit dann
darf das dass dem den denn der des dich die dies diese diesem dieser dir doch dort du durch ein eine einem
einen einer eines er es etwas euch euer eure fur gibt gibts geht ganz gern gerne gestern hab habe haben hast hat
hatte hatten heute hier ich ihm ihn ihr ihre im in ist ja jetzt kann kannst konnen konnt konnte man mein meine meinem
meinen meiner mich mir mit muss musst mussen nach nicht noch nun nur ob oder ohne schon sehr sein seine seit sich sie
sind so soll sollen sollte uber um und uns unser unsere unserem unseren unserer von vom vor war waren was weil welche
welcher welches wenn wer werde werden wie wieder will wir wird wo wobei woher wohin wollen wollte zu zum zur
eigentlich mal einfach ne nen bzw dazu davon daran darauf dabei geehrte geehrter damen herren
liebe lieber freundlichen grussen gruss mfg wollte mochte mochten hoflich bekomme bekommen krieg kriege
weiter weitere weiteren gut gute gutes guter morgen heute gestern abend tag tage tagen woche wochen monat monate jahr jahre jahren uhr
muss mussen dies jemand etwa brauche brauchen braucht benotige benotigt brauch
jahrig jahrige jahrigen jahriger
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean).map(normalize));

/**
 * Long words that join sentences and name nothing ("außerdem" is not "außerhalb des Hauses"), for
 * the notes a question names (answer.ts). Not among the stop words: those shape the model's features.
 */
export const CONNECTIVES: ReadonlySet<string> = new Set(
  ['außerdem', 'außerhalb', 'innerhalb', 'deshalb', 'deswegen', 'trotzdem', 'nachdem', 'allerdings', 'eigentlich', 'ebenfalls', 'vielleicht', 'natürlich', 'jedenfalls', 'nochmal'].map(
    normalize,
  ),
);

/**
 * Function words of dialect and everyday speech ("dat", "wat", "isch", "net", "ebbes", the modals without their "n": "müsse"): a question
 * made of them and a point ("wie lang dauert dat") names no matter, though "dat" begins "Daten".
 * Not among the stop words: those shape the model's features.
 */
export const DIALECT_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ['dat', 'wat', 'dit', 'dess', 'isch', 'mer', 'ma', 'net', 'nit', 'ned', 'ebbes', 'eppes', 'nix', 'halt', 'eich', 'aach', 'aa', 'uff', 'hald', 'mei', 'hot', 'müsse', 'misse', 'könne', 'wolle', 'solle', 'dürfe', 'derfe'].map(normalize),
);
