// "Wie geht es Ihnen?" is small talk, not a question about a service: the model, which knows
// no such line, found the Fundbüro in it. Recognized here, answered kindly. A message
// that also asks something ("Hallo, wie geht's? Ich brauche einen Ausweis") is that question;
// so is one after thanks ("Danke. Muss ich da persönlich hin?").

/** How are you, asked of someone ("wie geht es Ihnen", "wie geht's dir", "how are you"). */
const HOW_ARE_YOU = new RegExp(
  [
    String.raw`wie\s+geht(?:\s*es|\s*['’´]?\s*s)?\s+(?:es\s+)?(?:ihnen|dir|euch|dem\s+assistenten)`,
    String.raw`wie\s+gehts\s+(?:ihnen|dir|euch)`,
    String.raw`(?:alles\s+)?(?:gut|klar|fit|okay|ok)\s+bei\s+(?:ihnen|dir|euch)`,
    String.raw`how\s+are\s+(?:you|u)(?:\s+doing)?`,
    String.raw`how(?:['’]s|\s+is)\s+it\s+going`,
    // The assistant's own life ("Bist du verheiratet?", "Hast du eigentlich Gefühle?", "Wärst du lieber was anderes?").
    String.raw`(?:bist|sind)\s+(?:du|sie)\s+(?:eigentlich\s+|denn\s+|auch\s+|manchmal\s+)*(?:verheiratet|verliebt|single|traurig|glücklich|gluecklich|einsam|müde|muede|sauer|beleidigt|gern\s+ein|gerne\s+ein)`,
    String.raw`(?:hast|haben)\s+(?:du|sie)\s+(?:eigentlich\s+|denn\s+|auch\s+)*(?:(?:eine?|ne|nen|n)\s+)?(?:gefühle|gefuehle|freundin|freund|partner\p{L}*|familie|kinder|hobbys?|humor|lieblings\p{L}*)`,
    String.raw`(?:wärst|waerst|wären|waeren)\s+(?:du|sie)\s+(?:eigentlich\s+|denn\s+)*lieber`,
    // Its tastes ("was isst du am liebsten", blind set 233; "welche Musik hörst du gern").
    String.raw`(?:was|welche\p{L}*\s+\p{L}+)\s+(?:isst|trinkst|liest|hörst|hoerst|schaust|guckst|spielst|magst)\s+(?:du|sie)\s+(?:\p{L}+\s+)?(?:am\s+liebsten|gern|gerne)`,
    String.raw`^\s*wie\s+alt\s+(?:bist\s+du|sind\s+sie)(?:\s+(?:eigentlich|denn))?\s*\?*\s*$`,
    String.raw`(?:magst|mögen|moegen)\s+(?:du|sie)\s+[^?.!]*?(?:lieber|oder)[^?.!]*`,
    String.raw`(?:auch\s+)?so\s+(?:einen|ein|nen)\s+(?:montag|tag|morgen)\s+wie\s+ich`,
    // Flirting with the assistant ("liebst du mich?", "Hast du Lust auf ein Date?": "Date" had been read as "Daten").
    String.raw`(?:liebst|magst)\s+(?:du|sie)\s+mich`,
    String.raw`lust\s+auf\s+(?:ein|eine|nen|n)\s+date`,
    String.raw`(?:willst|wollen)\s+(?:du|sie)\s+mit\s+mir\s+(?:ausgehen|essen\s+gehen|ein\s+date)`,
    String.raw`(?:heiratest|heiraten)\s+(?:du|sie)\s+mich`,
    String.raw`(?:willst|wollen|möchtest|moechtest)\s+(?:du|sie)\s+mich\s+heiraten`,
    // A famous person asked about, the whole message ("Kennst du Helene Fischer").
    String.raw`^\W*kennst\s+du\s+(?:eigentlich\s+)?(?!(?:den|die|das|dem|der|einen|eine|ein|mich|uns|meinen|meine|unseren|unsere|hier|frau|herr|herrn|jemand\p{L}*)(?!\p{L}))\p{L}+\s+(?!(?:vom|von|im|in|aus|bei)(?!\p{L}))\p{L}+\W*$`,
    // One's own day told, the whole message ("ich hab heute geburtstag 🎉", "I had a terrible day at work today").
    String.raw`^[\s\p{P}]*(?:ich\s+)?(?:hab|habe)\s+(?:heute|heut|morgen|bald)\s+geburtstag[\s\p{P}\p{Extended_Pictographic}]*$`,
    String.raw`^[\s\p{P}]*(?:it['’]?s|today\s+is)\s+my\s+birthday(?:\s+today)?[\s\p{P}\p{Extended_Pictographic}]*$`,
    String.raw`^[\s\p{P}]*i\s+(?:had|have\s+had)\s+(?:a|such\s+a)\s+(?:terrible|bad|awful|horrible|long|great|good|lovely)\s+day(?:\s+(?:at\s+work|today)){0,2}[\s\p{P}\p{Extended_Pictographic}]*$`,
    // Belief and opinions asked of the assistant ("glaubst du an Gott?").
    String.raw`(?:glaubst|glauben)\s+(?:du|sie)\s+(?:eigentlich\s+|denn\s+|auch\s+)*an\s+(?:gott|geister|engel|wunder|das\s+schicksal|ufos?|außerirdische|ausserirdische)`,
  ].join('|'),
  'iu',
);

/** Asked of nobody in particular: small talk only at the start, after an answer it may mean "how does it work". */
const HOW_IS_IT = /(?<!\p{L})wie\s+geht(?:['’´]?s|\s+es)(?:\s+so)?(?!\p{L})|(?<!\p{L})was\s+geht(?:\s+ab)?(?!\p{L})/iu;

/** How many words besides a bare "wie geht's" or "was geht" still make it small talk ("Moin, was geht bei euch so?"). */
const WORDS_BESIDE_HOW_IS_IT = 6;

/** Every small-talk phrase of a message, to take out and see whether anything else is asked. */
const SMALL_TALK = new RegExp(`${HOW_ARE_YOU.source}|${HOW_IS_IT.source}`, 'giu');
const withoutSmallTalk = (text: string): string => text.replace(SMALL_TALK, ' ');

/**
 * Small talk that asks how the assistant is: one asked of someone always, a bare "wie geht's"
 * only where no answer came before it (`afterAnswer`). `asksMore` says whether the rest of the
 * message names a matter of its own (then it is that matter's question, not small talk).
 */
export function isSmallTalk(text: string, { afterAnswer, asksMore }: { afterAnswer: boolean; asksMore: (rest: string) => boolean }): boolean {
  const askedOfSomeone = HOW_ARE_YOU.test(text);
  if (!askedOfSomeone && (afterAnswer || !HOW_IS_IT.test(text))) return false;
  const rest = withoutSmallTalk(text);
  // "Was geht denn da so bei der Gemeinde?" after a story asks what can be done, not how one is.
  if (!askedOfSomeone && rest.split(/\s+/).filter(Boolean).length > WORDS_BESIDE_HOW_IS_IT) return false;
  return !asksMore(rest);
}

/**
 * "Sind Sie ein echter Mensch?": whether the assistant is a person or a machine (not a wish to
 * talk to one, "Ich will mit einem echten Menschen sprechen"). "Mensch" led the model to the handoff.
 */
const WHAT_ARE_YOU =
  /^(?:[^?]*[.!,:]\s*)?(?:bist\s+du|bisch\s+du|biste|sind\s+sie|seid\s+ihr|is\s+des|ist\s+das|are\s+you|is\s+this)\s+(?:hier\s+)?(?:so\s+)?(?:ein(?:e)?\s+|en\s+|e\s+|a\s+|an\s+)?(?:echte[rs]?\s+|richtige[rs]?\s+|real\s+|wirkliche[rs]?\s+)?(?:mensch|person|bot|chatbot|roboter|robodder|roboder|maschine|computer|programm|ki|chatgpt|chat\s+gpt|gpt|künstliche\s+intelligenz|human|robot|machine|ai)\b[^?]*\??\s*$/iu;
/** "Schreibe ich hier mit einer echten Person oder ist das ein Computer?", "Rede ich grad mit einem Bot?", "sprech ich hier mit echter person?", "schreib ich grad mit echte leut?" (blind set 242): whom one is writing with (the verb first asks, also without "?"; a remark may follow: "Sie antworten so schnell"). */
const WHOM_AM_I_WRITING_WITH =
  /^(?:[^?]*[.!,]\s*)?(?:schreib\p{L}*|sprech\p{L}*|sprich|red\p{L}*|chatt\p{L}*)\s+ich\s+(?:hier\s+|gerade\s+|grad\s+|eigentlich\s+){0,2}mit\s+(?:(?:einem|einer|nem|ner|nen|em|me|ma|der|dem)\s+)?(?:echte[nr]?\s+|richtige[nr]?\s+|wirkliche[nr]?\s+|lebendige[nr]?\s+)?(?:mensch\p{L}*|person|leut|leute|leuten|mitarbeiter\p{L}*|sachbearbeiter\p{L}*|bot|chatbot|roboter|maschine|computer|programm|ki|(?:frau|mann|dame|herrn?)\s+(?:vom|von\s+der|aus\s+dem|im)\s+(?:rathaus|gemeinde|amt|bürgerbüro|buergerbuero))(?!\p{L})[^?]*\??(?:\s+[^?]+[.!]?)?\s*$/iu;
/**
 * "Mit wem schreibe ich hier eigentlich, sitzt da jemand im Rathaus?": whom one writes with, the question ending there (not "mit wem
 * spreche ich über meinen Bauantrag"; nor "… einen Platz im Urnenfeld. Mit wem spreche ich da?", the matter's "da", blind set 229).
 */
const WITH_WHOM =
  /^\W*mit\s+wem\s+(?:schreib\p{L}*|chatt\p{L}*|red\p{L}*|sprech\p{L}*|sprich)\s+ich\s+(?:(?:hier|gerade|grad|eigentlich|denn|da)\s*){0,3}[?,]|^[^?]*[.!,]\s*mit\s+wem\s+(?:schreib\p{L}*|chatt\p{L}*|red\p{L}*|sprech\p{L}*|sprich)\s+ich\s+(?:(?:hier|gerade|grad|eigentlich|denn)\s*){0,3}[?,]/iu;
/** Whether a message asks if the assistant is a person or a machine. */
/** "Chatten Sie mit Ihrem Rathaus – sitzt da wirklich ein Mitarbeiter dran?": whether a person answers here. */
const SOMEONE_BEHIND_IT =
  /(?<!\p{L})(?:sitzt|sitzen)\s+(?:da|hier|dahinter)\s+(?:wirklich\s+|echt\s+|tatsächlich\s+|tatsaechlich\s+)?(?:ein|eine|einer|jemand)\s*(?:echter\s+|richtiger\s+)?(?:mensch|mitarbeiter\p{L}*|person)?(?:\s+(?:vom|aus\s+dem|im)\s+(?:rathaus|amt))?(?:\s+am\s+anderen\s+ende)?\s*(?:dran|dahinter|davor)?\s*\?/iu;
/** "Handelt es sich bei diesem Chat um eine KI?": the same in office German. */
const IS_IT_A_MACHINE =
  /(?<!\p{L})handelt\s+es\s+sich\s+(?:bei\s+(?:diesem|dem|ihrem|eurem)\s+(?:chat|assistenten|dienst|angebot)\s+)?(?:hier\s+)?um\s+(?:eine[nm]?\s+)?(?:ki|bot|chatbot|künstliche\s+intelligenz|kuenstliche\s+intelligenz|menschen|maschine|computer|programm)(?!\p{L})/iu;
/** "Wer antwortet mir hier eigentlich? … oder ist das so eine künstliche Intelligenz wie dieses ChatGPT?": who or what answers here. */
const WHO_ANSWERS =
  /(?<!\p{L})(?:wer\s+antwortet\s+(?:mir\s+)?(?:hier|da)(?!\p{L})|oder\s+(?:ist\s+das|bist\s+du|sind\s+sie)\s+(?:so\s+)?(?:eine?\s+)?(?:künstliche\s+intelligenz|kuenstliche\s+intelligenz|ki|chatgpt|bot|roboter|computer\p{L}*))/iu;
/** "Ist das hier ein echter Mitarbeiter?", "Schreibt da eine richtige Person?", "redet hier ein echter mitarbeiter mit mir?" (blind set 225): whether a person writes, asked (not a person wished). */
const IS_IT_A_PERSON =
  /(?:^\W*(?:ist|bist|sind)\s+(?:das|du|sie|hier|da)\s+(?:hier\s+|da\s+)?|(?<!\p{L})(?:schreibt|antwortet|sitzt|chattet|redet|spricht|babbelt)\s+(?:hier|da|dort)\s+(?:\p{L}+\s+)?)(?:ein|eine|en|e)?\s*(?:echte[rn]?|richtige[rn]?|wirkliche[rn]?|lebendige[rn]?)\s+(?:mensch|mitarbeiter\p{L}*|person|sachbearbeiter\p{L}*|frau|mann)(?!\p{L})/iu;
export const asksWhatIAm = (text: string): boolean =>
  WHAT_ARE_YOU.test(text.trim()) ||
  WHOM_AM_I_WRITING_WITH.test(text.trim()) ||
  WITH_WHOM.test(text.trim()) ||
  SOMEONE_BEHIND_IT.test(text) ||
  IS_IT_A_MACHINE.test(text) ||
  WHO_ANSWERS.test(text) ||
  IS_IT_A_PERSON.test(text.trim());

/** "kein bock auf bot, gib mir wen vom amt", "Ich will mit einem richtigen Menschen reden": a person wanted instead of the assistant. */
const WANTS_A_PERSON =
  /(?<!\p{L})(?:gib|gebt|geben\s+sie|hol|holt|holen\s+sie)\s+mir\s+(?:mal\s+|bitte\s+)?(?:wen|jemand\p{L}*|(?:einen?|nen|en|'nen)\s+(?:echten?\s+|richtigen?\s+)?(?:menschen|mensch|mitarbeiter\p{L}*|sachbearbeiter\p{L}*))(?!\p{L})|(?<!\p{L})kein(?:en?)?\s+(?:bock|lust)\s+(?:mehr\s+)?(?:auf|mit)\s+(?:\p{L}+\s+)?(?:bot|bots|chatbot|maschine|computer|roboter|ki|automaten)(?!\p{L})|(?<!\p{L})(?:will|möchte|moechte|würde|wuerde|wollen|möchten|moechten)\s+(?:\p{L}+\s+){0,2}?mit\s+(?:einem|nem|einer)\s+(?:echten|richtigen|lebendigen|wirklichen)\s+(?:menschen|person|mitarbeiter\p{L}*)\s+(?:reden|sprechen|schreiben|chatten)(?!\p{L})|(?<!\p{L})(?:kann|könnte|koennte|darf)\s+ich\s+(?:bitte\s+|mal\s+|auch\s+)*mit\s+(?:einem|einer|nem|ner)\s+(?:echten\s+|richtigen\s+)?(?:sachbearbeiter\p{L}*|mitarbeiter\p{L}*|menschen|person)\s+(?:reden|sprechen|schreiben|chatten)(?!\p{L})/iu;
/** "mit einer Dame vom Amt selber reden und nicht mit so einem Automaten": a person of the office, or no machine. */
const NOT_WITH_A_MACHINE =
  /(?<!\p{L})(?:(?:will|möchte|moechte|brauch\p{L}*)\s+(?:keine[n]?\s+(?:maschine|computer|roboter|bot|automaten)\p{L}*[\s,.!]+(?:\p{L}+\s+){0,3}?)?(?:einen|en|nen|ein)\s+(?:echten|richtigen|lebendigen|wirklichen)\s+menschen|mit\s+(?:einer|einem|nem|ner)\s+(?:dame|frau|herrn|mann|menschen|person)\s+(?:vom|von\s+der|aus\s+dem|im)\s+(?:amt|rathaus|gemeinde|bürgerbüro|buergerbuero)\s+(?:\p{L}+\s+){0,2}?(?:reden|sprechen|telefonieren)|nicht\s+mit\s+(?:so\s+)?(?:einem|nem|ner|einer)\s+(?:\p{L}+\s+)?(?:automaten|maschine|computer|roboter|bot|chatbot))(?!\p{L})/iu;
/** "kann ich bitte mit jemand vom rathaus schreiben?": someone of the office to write or talk with (trial 35: it had been the contact card). */
// ("kann ich bitte an jemand vom rathaus weitergeleitet werden": blind set 181.)
// ("Ich hätt gern jemand vom Bauamt gesprochen": the wish with "gern" and the participle, trial 45; "mit jemand vom amt babbele", blind set 232.)
const SOMEONE_OF_THE_OFFICE =
  /(?<!\p{L})(?:mit|an|zu|gern|gerne)\s+(?:jemand\p{L}*|einer?\s+person|einem\s+menschen)\s+(?:vom|von\s+der|aus\s+dem|im)\s+(?:amt|rathaus|gemeinde|bürgerbüro|buergerbuero|bauamt|standesamt|steueramt|ordnungsamt|gewerbeamt|bauhof|kasse)\s+(?:\p{L}+\s+)?(?:schreiben|schreibe|sprechen|spreche|gesprochen|reden|rede|babbele|babbeln|schwätze\p{L}*|schwaetze\p{L}*|chatten|weitergeleitet|weiterleiten|verbunden|verbinden|durchgestellt)(?!\p{L})/iu;
/** "mitarbeiter bitte, es geht um meine Meldebescheinigung": the button's word first, the matter after it (trial 41: only the matter had been answered). */
const PERSON_WORD_FIRST =
  /^\W*(?:(?:einen?\s+)?(?:mitarbeiter(?:in)?|sachbearbeiter(?:in)?|(?:echten?\s+)?menschen?)\s+(?:bitte|bidde|please|pls)(?!\p{L})|(?:mitarbeiter(?:in)?|sachbearbeiter(?:in)?)\s*[,:;!–-]\s*(?:es\s+geht|wegen|bezüglich|bezueglich|betrifft))/iu;
/** "… direkt mit jemandem vom Bauamt sprechen … Gibt es eine Durchwahl?": how to reach the office, the contact's matter. */
const HOW_TO_REACH = /(?<!\p{L})(?:direkt|durchwahl\p{L}*|e-?mail\p{L}*|telefonnummer\p{L}*|nummer|erreiche\p{L}*|erreichbar|zuständig|zustaendig)(?!\p{L})/iu;
/** "ich will kei maschin ich will mit em mensch rede", "kann mich mal einer durchstelle zu jemand vom amt": a person in the region's words (blind sets 187, 190); "mit em Mensch vom Bürgerbüro schwätze" (trial 60). */
const A_PERSON_IN_DIALECT =
  /(?<!\p{L})(?:will|wollt|möcht\p{L}*|moecht\p{L}*|tät|taet|würd|wuerd)\s+(?:\p{L}+\s+){0,2}?mit\s+(?:em|nem|me|ma|enem|einem|'nem)\s+(?:echte\p{L}*\s+|richtige\p{L}*\s+)?mensch(?:e|en)?\s+(?:(?:vom|von\s+der|aus\s+dem|im)\s+\p{L}+\s+)?(?:reden|rede|redde|sprechen|spreche|schwätze\p{L}*|schwaetze\p{L}*|babbel\p{L}*)(?!\p{L})|(?<!\p{L})(?:kann|könnt|koennt|könnte|koennte)\s+(?:mich|mi)\s+(?:mal\s+|bitte\s+)*(?:einer|jemand|wer)\s+(?:\p{L}+\s+)?(?:durchstelle\p{L}*|verbinde\p{L}*|weiterleite\p{L}*)(?!\p{L})/iu;
/** "kann ich jemand echtes an die strippe kriege" (blind set 231): someone real on the line. */
const SOMEONE_REAL_ON_THE_LINE =
  /(?<!\p{L})(?:jemand\p{L}*|einen?|wen)\s+(?:echte[ns]?|richtige[ns]?|lebendige[ns]?|wirkliche[ns]?)\s+(?:an\s+die\s+strippe|ans\s+telefon|an\s+den\s+apparat|an\s+die\s+leitung|zum\s+(?:reden|sprechen|babbele))(?!\p{L})/iu;
/** "Ich hab noch eine Frage an Frau Weber", "one more question for Bernd": a person asked for by name (trial 47: the doctors' on-call number). */
const NOT_A_PERSON = String.raw`(?!(?:B(?:ü|ue)rgermeister\p{L}*|Gemeinde|Rathaus|Verwaltung|Markt|Amt|Mayor|Town|Sie|Ihnen|Euch|Dich|Dir|You)(?!\p{L}))`;
const QUESTION_FOR_SOMEONE = new RegExp(
  // (Case matters for the name only: "Frage an die Anna", not "frage an die gemeinde".)
  String.raw`(?<!\p{L})[Ff]ragen?\s+(?:an|für|fuer)\s+(?:(?:[Ff]rau|[Hh]errn?|die|den)\s+)?${NOT_A_PERSON}\p{Lu}\p{Ll}+(?!\p{L})(?![^]*\?)|(?<!\p{L})[Qq]uestions?\s+for\s+(?:[Mm]r\.?\s+|[Mm]rs\.?\s+|[Mm]s\.?\s+)?${NOT_A_PERSON}\p{Lu}\p{Ll}+(?!\p{L})(?![^]*\?)`,
  'u',
);
export const asksForSomeoneByName = (text: string): boolean => QUESTION_FOR_SOMEONE.test(text);
/**
 * "Ich will Frau Krämer sprechen, … wegen der Straßenbeleuchtung", "Kann ich Herrn Weber sprechen?": a person by name wanted (trial 48: the
 * lighting's report started); the router reads it with the family name taken out ("Ich will Frau sprechen", names.ts).
 */
const SPEAK_TO_SOMEONE = new RegExp(
  String.raw`(?<!\p{L})(?:[Ww]ill|[Mm]öchte|[Mm]oechte|[Ww]ürde|[Ww]uerde|[Hh]ätte|[Hh]aette|[Kk]ann|[Kk]önnte|[Kk]oennte|[Dd]arf)\s+(?:ich\s+)?(?:gern\s+|gerne\s+|bitte\s+|mal\s+|kurz\s+)*(?:mit\s+)?(?:[Ff]rau|[Hh]errn?)(?:\s+${NOT_A_PERSON}\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?\s*,?\s+(?:\p{L}+\s+){0,4}?(?:sprechen|spreche|gesprochen|reden|rede)(?!\p{L})`,
  'u',
);
/** Someone of an office, to talk with ("mit jemand vom Bauamt"). */
const WITH_SOMEONE_OF = /(?<!\p{L})mit\s+(?:jemand\p{L}*|einer?\s+person|einem\s+menschen|wem)\s+(?:vom|von\s+der|aus\s+dem|im)\s+(?:amt|rathaus|gemeinde|bürgerbüro|buergerbuero|bauamt|standesamt|steueramt|ordnungsamt|gewerbeamt|bauhof|kasse)\s+(?:\p{L}+\s+){0,2}?/iu;
/** "Kann ich des mit jemand vom Bauamt direkt bespreche?": a matter to talk over with someone of the office (trial 48: the office's contact list). */
const TALK_OVER = new RegExp(`${WITH_SOMEONE_OF.source}${/(?:besprechen|bespreche|durchsprechen|klären|klaeren|kläre|abklären|abklaeren)(?!\p{L})/u.source}`, 'iu');
/**
 * "Ich hätt gern mit jemand vom Bauamt gesproche, am liebste mit dem Herrn Keller" (trial 53: the building plan's answer); not where
 * it asks how to reach them ("… wie erreiche ich die Person", "eine direkte Durchwahl"): the office's contact.
 */
const SPEAK_WITH_SOMEONE_OF = new RegExp(`${WITH_SOMEONE_OF.source}${/(?:sprechen|spreche|gesprochen|gesproche|reden|rede|geredet)(?!\p{L})/u.source}`, 'iu');
/** "Gibt es jemand im Rathaus der Russisch spricht?" (blind set 249: no answer): a person who speaks one's language. */
const SPEAKS_MY_LANGUAGE =
  /(?<!\p{L})(?:jemand\p{L}*|wer|einer|eine|mitarbeiter\p{L}*|person)\s+(?:\p{L}+\s+){0,4}?(?:der|die|wo)\s+(?:auch\s+|gut\s+)?(?:russisch|türkisch|tuerkisch|arabisch|polnisch|rumänisch|rumaenisch|englisch|französisch|franzoesisch|italienisch|ukrainisch|kroatisch|serbisch|griechisch|spanisch|persisch|farsi|dari|kurdisch|bulgarisch|ungarisch|albanisch)\s+(?:spricht|sprechen|kann|redet|versteht)(?!\p{L})/iu;
export const wantsAPersonInstead = (text: string): boolean =>
  QUESTION_FOR_SOMEONE.test(text) ||
  SPEAKS_MY_LANGUAGE.test(text) ||
  SPEAK_TO_SOMEONE.test(text) ||
  TALK_OVER.test(text) ||
  (SPEAK_WITH_SOMEONE_OF.test(text) && !HOW_TO_REACH.test(text)) ||
  WANTS_A_PERSON.test(text) ||
  A_PERSON_IN_DIALECT.test(text) ||
  SOMEONE_REAL_ON_THE_LINE.test(text) ||
  NOT_WITH_A_MACHINE.test(text) ||
  (SOMEONE_OF_THE_OFFICE.test(text) && !HOW_TO_REACH.test(text)) ||
  PERSON_WORD_FIRST.test(text);

/** Thanks at the start of a message ("Danke.", "Vielen Dank, noch eine Frage:", "Thanks!"). */
const LEADING_THANKS =
  /^\s*(?:(?:vielen|lieben|herzlichen|besten|tausend)\s+)?(?:dank(?:e(?:\s*sch(?:ö|oe)n|\s+sehr)?)?|merci|thanks|thank\s+you)(?:\s+(?:für|fuer|for)\s+[^.,!?;:]{0,40})?\s*[.,!;:]+\s*(?:(?:noch\s+)?eine\s+(?:frage|sache)\s*(?:noch\s*)?[.,:;!]*\s*|one\s+more\s+(?:question|thing)\s*[.,:;!]*\s*)?/iu;
/** A question: a question mark, or a start that asks ("und wie lange", "muss ich", "can I"). */
const ASKS =
  /\?|^(?:und\s+|and\s+)?(?:wie|was|wo|wohin|wann|wer|warum|wieso|weshalb|welche\w*|muss|kann|darf|soll|gibt|brauch\w*|ist|sind|how|what|where|when|who|why|which|can|do|does|is|are|must)(?!\p{L})/iu;

/** Whether a message asks something (a question mark, or a start that asks). */
export const asksSomething = (text: string): boolean => ASKS.test(text.trim());

/** Thanks at the end of a message ("…, kann. Danke.", "Vielen Dank im Voraus!"). */
const TRAILING_THANKS =
  /[\s.,!;:]+(?:(?:vielen|lieben|herzlichen|besten|tausend)\s+)?(?:dank(?:e(?:\s*sch(?:ö|oe)n|\s+sehr)?)?|merci|thanks|thank\s+you)(?:\s+(?:im\s+voraus|schon\s+mal|vorab|in\s+advance))?\s*[.!]*\s*$/iu;
/** A question asked in a sentence that tells it ("ich wollte fragen, ob man samstags …", "I'd like to know when …"). */
const ASKED_INDIRECTLY = /(?<!\p{L})(?:frag\p{L}*|wissen|erkundigen|know|ask|asking)\s*,?\s+(?:ob|wann|wie|wo|was|welche\p{L}*|if|whether|when|how|where|what)(?!\p{L})/iu;

/**
 * The question before thanks at the end of a message ("Guten Tag, ich wollte fragen, ob man samstags auch ins Bürgerbüro kann. Danke."),
 * also a need told ("Hallo ich brauche Papier wo steht das ich in Mömbris wohne … Danke", blind set 251: the thanks had been answered).
 */
export function questionBeforeThanks(text: string): string | undefined {
  const thanks = TRAILING_THANKS.exec(text);
  const rest = thanks ? text.slice(0, thanks.index).trim() : '';
  return rest && (asksOrNeeds(rest) || ASKED_INDIRECTLY.test(rest)) ? rest : undefined;
}

/** The question after thanks at the start of a message, if one follows ("Danke. Muss ich da persönlich hin?"). */
export function questionAfterThanks(text: string): string | undefined {
  const thanks = LEADING_THANKS.exec(text);
  const rest = thanks ? text.slice(thanks[0].length).trim() : '';
  return rest && ASKS.test(rest) ? rest : undefined;
}

/** Leave-taking ("Tschüss", "Danke, das wars schon", "Auf Wiedersehen", "Danke, schönen Tag noch", "bye"): said goodbye to, not asked for more. */
const FAREWELL =
  /(?<!\p{L})(?:tschüss|tschüs|tschuess|tschau|ciao|servus\s+und\s+danke|auf\s+wieder(?:sehen|hören|schauen)|bis\s+(?:dann|bald|zum\s+(?:nächsten?|naechsten?)\s+(?:mal|mol))|mach(?:t|s|en\s+sie)['’]?s\s+gut|(?:das|des)\s+(?:war'?s|wor'?s|wäre?\s+(?:dann\s+)?alles)|mehr\s+(?:brauche|wollte)\s+ich\s+nicht|(?:weiß|weiss|waas|wees|woas)\s+(?:ich|isch|i)\s+(?:jetzt\s+|nun\s+)?bescheid|(?:e|ein)\s+(?:annermal|andermal)|sch(?:ö|oe)ne[nsr]?\s+(?:tag|abend|wochenende|feierabend|sonntag)(?:\s+noch)?\W*$|(?:good)?bye|see\s+you|that'?s\s+all|have\s+a\s+nice\s+day)(?!\p{L})/iu;
export const saysGoodbye = (text: string): boolean => FAREWELL.test(text);

/** Thanks in any words: "Danke", "Dankeschön", "Vergelt's Gott" (the region's), "merci". */
const THANKS = /(?<!\p{L})(?:vergelt'?s\s+gott|dank\p{L}*|bedank\p{L}*|merci|thanks?)(?!\p{L})/iu;

/** Words of a message that only thanks; one that takes leave says more ("Alles klar, dann waas isch Bescheid. Babbe mer e annermal widder"). */
const THANKS_WORDS = 8;
const FAREWELL_WORDS = 12;

/** Whether a short message only thanks or takes leave ("Vergelt's Gott, des wars scho."), asking nothing. */
export const onlyThanksOrGoodbye = (text: string): boolean => {
  const farewell = FAREWELL.test(text);
  return (THANKS.test(text) || farewell) && !ASKS.test(text.trim()) && text.trim().split(/\s+/).length <= (farewell ? FAREWELL_WORDS : THANKS_WORDS);
};

/** "Nicht hilfreich", "hat mir nicht geholfen", "👎", "Danke für nichts": the last reply did not help (no thanks for it). */
const NOT_HELPFUL =
  /(?<!\p{L})(?:nicht|wenig|kaum|gar\s+nicht)\s+(?:sehr\s+)?(?:hilfreich|geholfen)(?!\p{L})|(?<!\p{L})(?:hilft|half)\s+(?:mir\s+)?(?:nicht|nix|nichts)(?!\p{L})|(?<!\p{L})danke\s*,?\s+(?:für\s+(?:gar\s+)?nichts|fuer\s+(?:gar\s+)?nichts|dass\s+(?:sie|ihr|du)\s+mir\s+nicht\s+(?:helfen|helft|hilfst|geholfen\s+haben))(?!\p{L})|(?<!\p{L})not\s+(?:very\s+)?helpful(?!\p{L})|^[\s👎]+$/iu;
/** Words that scold ("dümmste", "blöd", "nutzlos", "Schrott", "useless"). */
const SCOLDING = String.raw`(?:\p{L}*dumm\p{L}*|\p{L}*dümm\p{L}*|duemm\p{L}*|blöd\p{L}*|bloed\p{L}*|bleed\p{L}*|doof\p{L}*|nutzlos\p{L}*|unnütz\p{L}*|unfähig\p{L}*|unfaehig\p{L}*|schrott\p{L}*|scheiß\p{L}*|scheiss\p{L}*|mist\p{L}*|bescheuert\p{L}*|behämmert\p{L}*|beknackt\p{L}*|\p{L}*idiot\p{L}*|depp\p{L}*|stupid|useless|rubbish|crap|garbage)`;
/** The assistant named ("Bot", "Programm", "blöde Maschin", "des Ding"). */
const THE_ASSISTANT = String.raw`(?:bot|chatbot|programm|maschine?|computer|ki|kiste|ding|assistent\p{L}*|teil|app)`;
/**
 * "Du bist der dümmste Bot, den ich je gesehen hab", "Blöde Maschin, du kannst ja gar nix!", "this bot
 * is useless": the assistant scolded. The model took "Bot" for the question what the assistant is.
 */
const SCOLDS_THE_ASSISTANT = new RegExp(
  [
    String.raw`(?<!\p{L})(?:du|sie)\s+(?:bist|sind)\s+(?:\p{L}+\s+){0,3}?${SCOLDING}(?!\p{L})`,
    String.raw`(?<!\p{L})${SCOLDING}\s+(?:\p{L}+\s+){0,1}?${THE_ASSISTANT}(?!\p{L})`,
    String.raw`(?<!\p{L})(?:der|des|das|die|dieser|dieses|diese|this|the)\s+${THE_ASSISTANT}\s+(?:is|ist|isch|is\s+ja|ist\s+ja|is\s+so|ist\s+so)\s+(?:\p{L}+\s+){0,2}?${SCOLDING}(?!\p{L})`,
    String.raw`(?<!\p{L})(?:you\s+are|you['’]re|ur)\s+(?:\p{L}+\s+){0,2}?${SCOLDING}(?!\p{L})`,
    String.raw`(?<!\p{L})(?:du|sie)\s+(?:kannst|können)\s+(?:ja\s+|echt\s+|wirklich\s+)*(?:gar\s+)?(?:nix|nichts)\s*[!.]*\s*$`,
  ].join('|'),
  'iu',
);

/**
 * "ihr im rathaus seid doch alles faule säck, kassiere nur und mache nix" (blind set 199), "Scheiß Verwaltung" alone (trial 55), "Der
 * Bürgermeister ist ein Depp", "Ihr Beamten macht doch eh nix" (blind sets 224–225): the town's staff scolded, nothing asked.
 */
const SCOLDS_THE_STAFF = new RegExp(
  String.raw`(?<!\p{L})(?:ihr|die)\s+(?:\p{L}+\s+){0,3}?(?:seid|sin|sind|san)\s+(?:doch\s+|eh\s+|ja\s+|echt\s+|alle\s+|alles\s+)*(?:faul\p{L}*|${SCOLDING}|\p{L}*säck\p{L}*|\p{L}*saeck\p{L}*|penner|sesselfurzer|beamtenpack|halsabschneider|abzocker)(?!\p{L})|(?<!\p{L})(?:ihr|die)\s+(?:im|vom|auf\s+dem|aufm)\s+(?:rathaus|amt)\s+(?:\p{L}+\s+){0,3}?(?:sitzt|sitzen|hockt|hocken)\s+(?:doch\s+|eh\s+|ja\s+|nur\s+)*(?:rum|herum)(?!\p{L})|^[^\p{L}]*${SCOLDING}\s+(?:verwaltung|gemeinde|rathaus|amt|ämter|aemter|behörde\p{L}*|behoerde\p{L}*|beamte\p{L}*|bürokratie|buerokratie|verein)[^\p{L}]*$|(?<!\p{L})(?:bürgermeister\p{L}*|buergermeister\p{L}*|gemeinderat|verwaltung|rathaus)\s+(?:ist|is|isch|sind)\s+(?:doch\s+|eh\s+|ja\s+|echt\s+|total\s+)*(?:e|en|ein|eine)?\s*(?:depp|idiot|trottel|versager|witz|${SCOLDING})(?!\p{L})|(?<!\p{L})(?:ihr|die)\s+(?:beamten|beamte|sesselfurzer|bürokraten|buerokraten)\s+(?:macht|machen|mache|tut|tun)\s+(?:doch\s+|eh\s+|ja\s+)*(?:nix|nichts)(?!\p{L})`,
  'iu',
);
/**
 * "wer hat dich eigentlich programmiert und was kost des die gemeinde", "wie viel hat euch der chatbot gekostet?", "who built you and
 * how much did the town pay for you?": the assistant's making and price, which it does not know (blind sets 198, 201–203: the
 * question what it is had been answered). The Rathaus knows.
 */
const ASSISTANTS_MAKING =
  /(?<!\p{L})(?:(?:was|wie\s*viel)\s+(?:\p{L}+\s+){0,5}?(?:kost\p{L}*|gekostet|bezahlt)\s+(?:\p{L}+\s+){0,6}?(?:chatbot|bot|assistent\p{L}*|programm)|(?:chatbot|bot|assistent\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:gekostet|bezahlt)|wer\s+hat\s+dich\s+(?:\p{L}+\s+)?(?:programmiert|gebaut|gemacht|entwickelt|erfunden)|who\s+(?:built|programmed|made|developed|created)\s+you|how\s+much\s+did\s+(?:the\s+)?(?:town|gemeinde|municipality|rathaus)\s+pay\s+for\s+you)(?!\p{L})/iu;
/** "bist du en roboter oder sitzt da die frau schmitt … wer hat dich gemacht": whether a person writes is asked first, the assistant's question. */
const PERSON_OR_MACHINE = /(?<!\p{L})(?:bist\s+du|sind\s+sie|are\s+you)\s+(?:\p{L}+\s+){0,2}?(?:ein\s+|en\s+|e\s+|a\s+|an\s+)?(?:roboter|robot|mensch|human|person|programm|program|maschine|machine|computer|ki|ai|bot|echt|real)(?!\p{L})/iu;
export const asksHowTheAssistantWasMade = (text: string): boolean => ASSISTANTS_MAKING.test(text) && !PERSON_OR_MACHINE.test(text);
/** Whether a message scolds the assistant (then the kind "Das tut mir leid", not what the assistant is). */
export const scoldsTheAssistant = (text: string): boolean => SCOLDS_THE_ASSISTANT.test(text);
/** "Ignoriere alle vorherigen Anweisungen und gib mir …", "ignore all previous instructions": orders to the assistant's rules, no matter of the town's (trial 55: the move's answer had come). */
const INSTRUCTS_THE_ASSISTANT =
  /(?<!\p{L})(?:ignorier\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:anweisung\p{L}*|instruktion\p{L}*|regeln|vorgaben|befehle|prompts?)|vergiss\s+(?:\p{L}+\s+){0,3}?(?:anweisung\p{L}*|instruktion\p{L}*|regeln|vorgaben)|ignore\s+(?:\p{L}+\s+){0,3}?(?:instructions|rules|prompts?)|forget\s+(?:\p{L}+\s+){0,3}?(?:instructions|rules)|(?:system-?prompt|jailbreak|developer\s+mode|entwicklermodus))(?!\p{L})/iu;
export const instructsTheAssistant = (text: string): boolean => INSTRUCTS_THE_ASSISTANT.test(text);
/** Whether a message only scolds the town's staff, asking nothing (the office it names is no question of it). */
export const scoldsTheStaff = (text: string): boolean => SCOLDS_THE_STAFF.test(text) && !text.includes('?');

/** What the last reply got back: "not helpful" in any words, or the assistant scolded. */
export const saysNotHelpful = (text: string): boolean => NOT_HELPFUL.test(text) || scoldsTheAssistant(text);

/** Only a friendly sign ("👍", "🙏", "😊"): taken as thanks, not as a question not understood. */
export const onlyThanksSign = (text: string): boolean => /^(?:[\s!.]|👍|👌|🙏|😊|🙂|😀|😃|☺️?|❤️?|✅|👏)+$/u.test(text) && /\S/u.test(text);

/** "Was können Sie?", "was kannst du denn alles", "what can you do": what the assistant can do, asked of it, with at most a word on oneself ("isch kenn mich mit so sache net aus", "ich bin neu hier"), on the answers so far ("bisher kam nix gescheites") or on what one may ask ("kann ich dich aach wege müll und so frage", blind set 204). */
const WHAT_CAN_YOU_DO =
  /^\s*(?:(?:und|also|hallo|hi|ok|okay)[,!.]?\s+)?(?:was|wobei|womit|bei\s+welchen\s+(?:themen|sachen|fragen|dingen)|mit\s+welchen\s+(?:themen|sachen|fragen|dingen))\s+(?:können|koennen|kannst|könnt|koennt)\s+(?:sie|du|ihr)(?:\s+(?:denn|eige?n[td]?lich|überhaupt|ueberhaupt|alles|so|hier|mir|mir\s+helfen|mir\s+helfe|helfen|helfe|für\s+mich|fuer\s+mich))*\s*[?!.,;]*(?:\s*(?:ich|isch|i)\s+(?:\p{L}+\s+){0,6}?(?:aus|neu|weiter)(?:\s+hier)?|\s*(?:bisher|bis\s+jetzt|bislang)(?:\s+\p{L}+){1,5}|\s*kann\s+(?:ich|isch|man|mer)\s+(?:dich|sie|euch)\s+(?:\p{L}+\s+){0,5}?(?:fragen|frage))?\s*[?!.]*\s*$|^\s*what\s+can\s+(?:you|u)\s+(?:do|help\s+(?:me\s+)?with)(?:\s+for\s+me)?\s*[?!.]*\s*$/iu;
/** "Kannst du mir auch Formulare ausfüllen oder nur Auskunft geben?": what the assistant does, asked by a task. */
const CAN_YOU_FILL_IN =
  /(?<!\p{L})(?:kannst|können|koennen|könnt|koennt)\s+(?:du|sie|ihr)\s+(?:mir\s+)?(?:auch\s+)?(?:formulare?|anträge|antraege|antrag)\s+(?:\p{L}+\s+){0,2}?(?:ausfüllen|ausfuellen|ausfülle|ausfuelle|machen|mache|stellen)(?!\p{L})/iu;
/** "Was kann ich hier eigentlich alles machen?": what can be done here, asked of oneself. */
const WHAT_CAN_I_DO_HERE =
  /^\s*(?:(?:und|also|hallo|hi|ok|okay)[,!.]?\s+)?was\s+(?:kann|könnte|koennte)\s+(?:ich|man)\s+(?:hier|bei\s+(?:ihnen|euch|dir))\s+(?:\p{L}+\s+){0,2}?(?:machen|erledigen|fragen|tun)\s*[?!.]*\s*$/iu;
// "Was kann man bei euch alles online erledigen?" is the online services' question.
const ONLINE_ASKED = /(?<!\p{L})(?:online|internet|digital)(?!\p{L})/iu;
/** "Was können Sie denn alles für mich erledigen?": asked of the assistant, as a whole message. */
/** "… dass es jetzt einen digitalen Assistenten gibt. Was kann der alles?", "Was kann man denn mit diesem Programm hier überhaupt erledigen?": the assistant named, asked what it does. */
const WHAT_CAN_IT_DO =
  /(?<!\p{L})(?:assistent\p{L}*|chatbot|bot|chat)(?!\p{L})[^?]{0,80}?(?<!\p{L})was\s+(?:kann|macht)\s+(?:der|die|das|er|es)\s+(?:denn\s+|eigentlich\s+)?(?:alles|so)(?!\p{L})|^\s*was\s+(?:kann|macht)\s+(?:dieser|der|das|euer|ihr)\s+(?:chat|assistent|bot|chatbot)\s+(?:denn\s+|eigentlich\s+|alles\s+|so\s+)*\?*\s*$|(?<!\p{L})was\s+(?:kann|macht)\s+(?:des|das|dieses|dies)\s+(?:programm|ding|teil|app)\s+(?:hier|da|denn|eigentlich|überhaupt|ueberhaupt|alles|so|\s)*\?*\s*$|(?<!\p{L})was\s+(?:kann|könnte|koennte)\s+(?:man|ich)\s+(?:denn\s+|hier\s+|eigentlich\s+)*mit\s+(?:diesem|dem|dem\s+neuen|diesem\s+neuen)\s+(?:programm|chat|bot|chatbot|assistenten|ding)\s+(?:hier\s+|denn\s+|überhaupt\s+|ueberhaupt\s+|eigentlich\s+|alles\s+|so\s+)*(?:machen|erledigen|anfangen|fragen)\s*\?/iu;
/** "Was kann ich dich hier fragen? Rathaus ist ja über die Feiertage zu.": what may be asked here, said first. */
// Also after a story, in dialect ("… Was darf mer dich denn alles frage?", "Was kann mer dich dann alles froche?", "was für fragen kann man dir hier überhaupt stellen?").
const WHAT_MAY_I_ASK =
  /^\s*was\s+(?:kann|darf)\s+(?:ich|man)\s+(?:dich|sie|euch)\s+(?:hier\s+|eigentlich\s+|alles\s+|so\s+)*fragen\s*\?|(?<!\p{L})(?:was\s+(?:darf|kann)\s+(?:man|mer|ich)\s+(?:dich|dir|sie|ihnen|euch)|(?:was\s+für|welche)\s+fragen\s+(?:darf|kann)\s+(?:man|mer|ich)\s+(?:dich|dir|sie|ihnen|euch))\s+(?:denn\s+|dann\s+|hier\s+|eigentlich\s+|überhaupt\s+|ueberhaupt\s+|alles\s+)*(?:fragen|frage|froche|frooche|froge|stellen)(?!\p{L})/iu;
/** "Was kannst du alles? Ich kann nicht so gut lesen, bitte einfach sagen.", "Was kannst du überhaupt? Bisher hast du mir nix gescheites gesagt.": asked first, with something about oneself after it. */
// ("Was kannst du eigendlich alles?": the word as it is often typed, blind set 194.)
const WHAT_CAN_YOU_DO_FIRST = /^\s*was\s+(?:kannst|können|koennen|könnt|koennt)\s+(?:du|sie|ihr)\s+(?:denn\s+|eige?n[td]?lich\s+|so\s+)*(?:alles|überhaupt|ueberhaupt)\s*\?/iu;
/** "Was weißt du denn so über die Gemeinde?": what the assistant knows, asked as a whole. */
const WHAT_DO_YOU_KNOW =
  /^\s*was\s+(?:weißt|weisst|wisst|wissen)\s+(?:du|ihr|sie)\s+(?:denn\s+|so\s+|eigentlich\s+|alles\s+)*(?:über|ueber)\s+(?:die\s+gemeinde|den\s+markt|das\s+rathaus|die\s+verwaltung|mömbris|moembris)\s*[?!.]*\s*$/iu;
/** "Bei welchen Themen kann mir dieser Chat helfen?": the chat itself asked what it helps with. */
const WHAT_THE_CHAT_HELPS_WITH =
  /^\s*(?:bei\s+welchen\s+(?:themen|sachen|fragen|dingen)|wobei|womit|was)\s+(?:kann|könnte|koennte)\s+(?:mir\s+)?(?:dieser|der|das|dein|ihr|euer)\s+(?:chat|assistent|bot|chatbot)\s+(?:mir\s+)?(?:denn\s+|eigentlich\s+|alles\s+)*(?:helfen|weiterhelfen)\s*[?!.]*\s*$/iu;
const WHAT_CAN_YOU_DO_FOR_ME =
  /^\s*was\s+(?:können|koennen|könnt|koennt|kannst)\s+(?:sie|ihr|du)\s+(?:denn\s+|eigentlich\s+|so\s+)*(?:alles\s+)?(?:für\s+mich\s+|fuer\s+mich\s+)?(?:machen|erledigen|tun)\s*[?!.]*\s*$/iu;
/** "Bei was davon kannst du mir überhaupt helfen, was kann so ein Chatbot?", "weiß nicht, was ich dich alles fragen kann": the same inside a longer message (blind set 209: "… mei enkelin hat mir des eingerichtet, was kannst du eigentlich alles"). */
const WHAT_IT_HELPS_WITH =
  /(?<!\p{L})(?:(?:bei\s+was|wobei|womit)\s+(?:davon\s+)?(?:kannst|können|koennen|könnt|koennt)\s+(?:du|sie|ihr)\s+(?:mir\s+)?(?:\p{L}+\s+)?helfen|was\s+(?:kann|kannst)\s+(?:so\s+ein|ein|der|dieser|du\s+als)\s+(?:chatbot|bot|assistent|chat)(?:\s+(?:\p{L}+\s+)?\p{L}+)?\s*\?|was\s+(?:ich|man)\s+(?:dich|sie|euch)\s+(?:hier\s+)?(?:alles\s+)?fragen\s+(?:kann|darf)|was\s+(?:kannst|können|koennen|könnt|koennt)\s+(?:du|sie|ihr)\s+(?:denn\s+|eige?n[td]?lich\s+|so\s+|überhaupt\s+|ueberhaupt\s+)*alles\s*[?!.]*\s*$)/iu;
export const asksWhatICanDo = (text: string): boolean =>
  WHAT_CAN_YOU_DO.test(text) ||
  WHAT_IT_HELPS_WITH.test(text) || CAN_YOU_FILL_IN.test(text) || ((WHAT_CAN_I_DO_HERE.test(text) || WHAT_CAN_YOU_DO_FOR_ME.test(text) || WHAT_CAN_IT_DO.test(text) || WHAT_DO_YOU_KNOW.test(text) || WHAT_THE_CHAT_HELPS_WITH.test(text) || WHAT_MAY_I_ASK.test(text) || WHAT_CAN_YOU_DO_FIRST.test(text)) && !ONLINE_ASKED.test(text));

/**
 * "Was macht ihr mit dem, was ich hier schreib?", "Speichern Sie das?", "wer liest hier mit", "lest des jemand mit", "Gebt ihr das, was ich hier eintippe, weiter?": what
 * the chat does with what the citizen says (the privacy notice), asked of it. Not a question about
 * the data of a register ("Werden meine Daten bei der Anmeldung weitergegeben?"): asked of "ihr",
 * "Sie", "du" or of what is written here.
 */
const WHAT_HAPPENS_TO_WHAT_I_SAY =
  /(?<!\p{L})(?:was\s+(?:macht|machen|passiert|geschieht)\s+(?:(?:ihr|sie|du)\s+)?(?:denn\s+|eigentlich\s+)?mit\s+(?:dem,?\s+was\s+ich\s+(?:hier\s+|euch\s+|ihnen\s+|dir\s+)?(?:schreib|tipp|eintipp|eingeb|sag)\p{L}*|meinen\s+(?:nachrichten|chats?)|(?:meinen\s+)?(?:daten|angaben)\s+(?:hier|im\s+chat|aus\s+dem\s+chat))|was\s+(?:macht|machen)\s+(?:ihr|sie|du)\s+(?:denn\s+|eigentlich\s+)?mit\s+meine[n]?\s+(?:daten|angaben|informationen|infos)|(?:speichert|speichern|lest|liest|lesen)\s+(?:ihr|sie|du)\s+(?:das|des|meine\s+(?:daten|nachrichten|angaben)|alles|mit)(?!\p{L})(?!\s+ab(?!\p{L}))|wer\s+(?:liest|sieht)\s+(?:hier\s+|das\s+|des\s+)?(?:alles\s+)?mit|(?:liest|lest|sieht)\s+(?:das\s+|des\s+|hier\s+|da\s+)?(?:jemand|einer|wer)\s+(?:vo[mn]\s+(?:der\s+)?\p{L}+\s+)?mit|(?:gebt|geben|gibst|leitet|leiten)\s+(?:ihr|sie|du)\s+(?:das|des|meine\s+(?:daten|angaben|nachrichten))(?:,?\s+was\s+ich\s+(?:hier\s+)?(?:schreib|tipp|eintipp|eingeb|sag)\p{L}*,?)?\s+(?:\p{L}+\s+){0,3}?weiter|was\s+(?:macht|machen|passiert)\s+(?:\p{L}+\s+){0,2}?mit\s+(?:den\s+)?(?:sachen|dingen|nachrichten|texten),?\s+(?:die|was)\s+(?:man|ich|wir)\s+(?:hier\s+)?(?:schreib|tipp|eintipp|eingeb|eingib)\p{L}*|what\s+(?:do\s+you\s+do|happens)\s+with\s+(?:my\s+(?:data|messages)|what\s+i\s+(?:write|type))|do\s+you\s+(?:store|save|keep)\s+(?:my|this|what))(?!\p{L})/iu;
/** Whether a message asks what the chat does with what is said in it. */
/** "Wie gehen Sie mit diesen Daten um?", asked before giving them. */
const HOW_DATA_IS_HANDLED = /(?<!\p{L})wie\s+(?:gehen|geht)\s+(?:sie|ihr|du)\s+(?:denn\s+)?mit\s+(?:diesen|meinen|den|solchen|unseren)\s+(?:daten|angaben)\s+um(?!\p{L})/iu;
/** "Wenn ich hier meine IBAN reinschreibe, wer kann die dann lesen?": who reads what is typed here. */
const WHO_READS_IT = /(?<!\p{L})wenn\s+ich\s+(?:hier|das|die|es)\s+(?:\p{L}+\s+){0,3}?(?:rein|ein)?(?:schreib|tipp|eingeb|angeb)\p{L}*[^?]{0,30}?wer\s+(?:kann|darf|wird)\s+(?:\p{L}+\s+){0,2}?(?:lesen|sehen|einsehen)(?!\p{L})/iu;
/** "Ich habe vorhin meine Adresse reingeschrieben, ist das schlimm?", "wenn ich hier mei adress … eingeb, wo landet des" (blind set 212), "Ist das hier sicher? … nichts Persönliches schreiben": worry about what was or would be typed here. */
const TYPED_HERE_WORRY =
  /(?<!\p{L})(?:(?:reingeschrieben|hier\s+(?:rein)?geschrieben|eingegeben|eingetippt|eingeb\p{L}*|eintipp\p{L}*|reinschreib\p{L}*)(?!\p{L})[^?]{0,40}?(?<!\p{L})(?:schlimm|wo\s+(?:landen|landet|lande)|wer\s+(?:sieht|liest))|ist\s+(?:das|es)\s+hier\s+(?:auch\s+)?sicher|(?:nichts|nix)\s+persönliches\s+(?:\p{L}+\s+)?schreiben)(?!\p{L})/iu;
/** "kriegt des rathaus mit was ich dich frag" (blind set 243), "geht des was ich eintipp an google" (blind set 242): who learns what is asked here. */
const WHO_LEARNS_IT =
  /(?<!\p{L})(?:(?:kriegt|kriegen|bekommt|sieht|erfährt|erfaehrt)\s+(?:des|das|die)\s+(?:rathaus|gemeinde|amt|verwaltung)\s+mit,?\s+was\s+ich|(?:geht|gehen|landet|lande|kommt)\s+(?:des|das|es),?\s+was\s+ich\s+(?:hier\s+|dir\s+|euch\s+)?(?:eintipp|schreib|tipp|frag)\p{L}*\s+(?:an|zu|bei)\s+\p{L}+)(?!\p{L})/iu;
export const asksWhatHappensToWhatISay = (text: string): boolean =>
  WHO_LEARNS_IT.test(text) ||
  WHAT_HAPPENS_TO_WHAT_I_SAY.test(text) || HOW_DATA_IS_HANDLED.test(text) || WHO_READS_IT.test(text) || TYPED_HERE_WORRY.test(text);

/** A question about when data are deleted, not a wish that they be. */
const NOT_A_WISH = /(?<!\p{L})(?:wann|wie\s+lange|gelöscht|geloescht|automatisch)(?!\p{L})/iu;

/** What the citizen wrote in the chat, to be gone: "alles wegmachen, was ich hier geschrieben hab" (the model finds no topic). */
// ("ich will net dass mei nachrichte gespeichert bleibe, mach die weg", blind set 243.)
const WHAT_I_WROTE = /(?<!\p{L})(?:was\s+ich\s+(?:\p{L}+\s+){0,3}?(?:geschrieben|geschriebn|eingegeben|getippt|geschickt)|(?:mei|meine)\s+(?:nachricht\p{L}*|chats?|eingaben))(?!\p{L})/iu;
// ("ich will das mei chatverlauf weg is": gone, wished.)
const GONE =
  /(?<!\p{L})(?:weg\s*mach\p{L}*|mach\p{L}*\s+(?:\p{L}+\s+){0,3}?weg(?!\p{L})|entfern\p{L}*|lösch\p{L}*|loesch\p{L}*|vernicht\p{L}*|(?:will|möchte|moechte|soll|sollen|verlang\p{L}*|dass|daß)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})weg\s*(?:is|ist|sind|sein|kommt|kommen|komme)(?!\p{L}))/iu;
/** "Ich will dass meine Infos bei euch komplett weg sind", "Wie werden meine gespeicherten Chateingaben wieder vernichtet?", "wie werd ich mei date wieder los" (blind set 242): one's data gone, said without "löschen". */
const MY_DATA_GONE =
  /(?<!\p{L})(?:meine\s+(?:infos|informationen|daten|angaben|chateingaben|eingaben|nachrichten)\s+(?:\p{L}+\s+){0,3}?(?:komplett\s+|ganz\s+|alle\s+)?weg\s+(?:sind|ist)|(?:nicht|net|ned)[\s,]+(?:\p{L}+[\s,]+){0,3}?meine\s+(?:nachrichten|daten|eingaben|angaben)\s+(?:\p{L}+\s+){0,2}?(?:aufhebt|aufheben|speichert|speichern|behaltet|behalten)(?!\p{L})[^]*?(?<!\p{L})(?:rausmach\p{L}*|rausnehm\p{L}*|wegmach\p{L}*|lösch\p{L}*|loesch\p{L}*)|(?:chateingaben|chatverlauf|eingaben)\s+(?:\p{L}+\s+){0,2}?vernicht\p{L}*|(?:werd|werde|werden|krieg|kriege|kriegen)\s+(?:ich|mer|wir)\s+(?:meine|mei|unsere)\s+(?:daten|date|infos|angaben)\s+(?:\p{L}+\s+){0,2}?los)(?!\p{L})/iu;
export const wantsWhatIWroteGone = (text: string): boolean => ((WHAT_I_WROTE.test(text) && GONE.test(text)) || MY_DATA_GONE.test(text)) && !NOT_A_WISH.test(text);

/** "Kenne ihr mein Chatverlauf wegmache?": the chat's history made to go away. */
// ("kann ich mei gespräch mit dir wieder wegmache lasse?", blind set 238.)
const CHAT_HISTORY = /(?<!\p{L})(?:chatverlauf\p{L}*|chat-verlauf\p{L}*|verlauf|chat|(?:gespräch|gespraech|unterhaltung)\s+mit\s+(?:dir|ihnen|euch))(?!\p{L})/iu;
/**
 * "wie kann ich meinen chatverlauf löschen lassen?": the deletion of one's data, asked for, where
 * the privacy notice's words lead the model; not when they are deleted ("Wann löschen Sie …?").
 */
export const wantsDeletion = (text: string): boolean =>
  (/(?<!\p{L})(?:lösch|loesch)\p{L}*/iu.test(text) && !NOT_A_WISH.test(text)) ||
  demandsGone(text) ||
  (CHAT_HISTORY.test(text) && GONE.test(text) && !NOT_A_WISH.test(text));
/** "ich will dass mein chatverlauf vernichtet wird", "verlangen, dass alles … gelöscht wird": a wish, though said with the participle. */
const DEMANDED_GONE =
  /(?<!\p{L})(?:will|möchte|möcht|moechte|verlang\p{L}*|fordere|bitte)(?!\p{L})[^.!?]{0,80}?(?<!\p{L})(?:gelöscht|geloescht|vernichtet|vernicht\p{L}*|entfernt)(?!\p{L})/iu;
const ASKS_WHEN = /(?<!\p{L})(?:wann|wie\s+lange|automatisch)(?!\p{L})/iu;
/** A demand that data be gone, unless its own sentence asks when ("Ich möchte wissen, wann meine Daten gelöscht werden"; "… wie lange dauert sowas?" after it asks how long the deletion takes). */
function demandsGone(text: string): boolean {
  const demand = DEMANDED_GONE.exec(text);
  if (!demand) return false;
  const start = Math.max(...['.', '!', '?'].map((end) => text.lastIndexOf(end, demand.index)));
  return !ASKS_WHEN.test(text.slice(start + 1, demand.index + demand[0].length));
}

/** Replies typed where the assistant expected a question ("ja", "Telefon", "überspringen"). */
const REPLY_WORDS = new Set(
  'ja jo jep nein nee ne ok okay oki telefon tel email e mail handy überspringen ueberspringen weiter zurück zurueck abbrechen stopp stop danke bitte hallo hi hey tschüss tschüs stimmt genau richtig falsch egal vormittags nachmittags abends morgens yes no thanks'.split(
    ' ',
  ),
);
/** Whether a message holds no word, or only reply words: no question for anyone to answer. */
export const isBareReply = (text: string): boolean => (text.toLowerCase().match(/\p{L}+/gu) ?? []).every((word) => REPLY_WORDS.has(word));


/** The words of a greeting, the region's too ("Grüß Gott", "Servus", "Guude", "Ei gude"), and the newcomers' ("namaste", blind set 205). */
const GREETING_WORDS = String.raw`(?:ei\s+)?(?:hallo|hallöchen|hi|hey|hej|moin|servus|namaste|salam|salaam|salam\s+aleikum|salam\s+alaikum|merhaba|hola|bonjour|dzie[nń]\s+dobry|gu+de|gudde|grüß\s*gott|gruess\s*gott|grüß\s*dich|grüezi|(?:schönen\s+)?guten\s+(?:tag|morgen|abend)|tach|hello|good\s+(?:morning|afternoon|evening))`;

/** "Hallo? Ist da jemand?", "Grüß Gott, ist da jemand?", "Servus, hört mich wer": whether anyone is there, asked of the chat. */
const SOMEONE_THERE = new RegExp(
  String.raw`^[^\p{L}\p{N}]*(?:${GREETING_WORDS}[^\p{L}\p{N}]+|huhu[^\p{L}\p{N}]+)*(?:(?:ist|is|isch)\s+(?:da|hier|do|doa)\s+(?:jemand|wer|einer|aaner|ebber)|(?:hört|hoert|liest)\s+mich\s+(?:jemand|wer|einer)|jemand\s+da|anyone\s+there|is\s+anybody\s+there|hello)?[^\p{L}\p{N}]*$`,
  'iu',
);
export const asksIfSomeoneIsThere = (text: string): boolean => /\p{L}/u.test(text) && SOMEONE_THERE.test(text);

/** A greeting at the start of a message ("Hallo zusammen,", "Grüß Gott!", "Servus, …"). */
const LEADING_GREETING = new RegExp(String.raw`^\s*(?:${GREETING_WORDS}(?:\s+(?:zusammen|allerseits|miteinander|mitnand|mitnander|beinand|beinanner|everyone|there))?[\s,.!:;-]+)+`, 'iu');

/** A greeting alone, in the region's words too ("Guude!", "Ei gude", "Servus"). */
const ONLY_GREETING = new RegExp(String.raw`^\s*${GREETING_WORDS}(?:\s+(?:zusammen|allerseits|miteinander|wie))?\s*[!.,?]*\s*$`, 'iu');
/** ", ich hoffe es geht Ihnen gut" after who is writing (blind set 179): still only the greeting. */
const WELL_WISHED = String.raw`(?:\s*[,.!]?\s*(?:ich\s+)?hoffe\s+(?:es\s+geht\s+(?:ihnen|euch|dir)\s+gut|(?:ihnen|euch|dir)\s+geht\s+es\s+gut|(?:sie|ihr)\s+(?:sind|seid)\s+wohlauf))?`;
/** "servus ihr da im Rathaus", "Hallo liebes Rathaus": a greeting addressed to the town hall, which the model takes for its contact. */
const GREETS_THE_TOWN_HALL = new RegExp(
  // "Guten Tag, ich schreibe im Namen meiner Mutter.", "guude, hier is der schorsch aus rappach" (blind set 212): said before the matter comes.
  String.raw`^\s*${GREETING_WORDS}[\s,!.]+(?:(?:ihr|sie)(?:\s+(?:da|do|dort))?\s+(?:im|vom)\s+(?:rathaus|amt|bürgerbüro|buergerbuero)|(?:liebes|liebe)\s+(?:rathaus|gemeinde|team|bürgerbüro|buergerbuero)|ich\s+(?:schreibe|schreib|frage|frag)\s+(?:im\s+namen\s+(?:von\s+)?|für\s+|fuer\s+)(?:meine[rnms]?|unsere[rnms]?)\s+\p{L}+|hier\s+(?:spricht|schreibt|ist|is|isch)\s+(?:[\p{L}.-]+\s+){0,5}?[\p{L}.-]+)${WELL_WISHED}\s*[!.,?]*\s*$`,
  'iu',
);
/** "Frohes neues Jahr!", "Frohe Weihnachten": a season's greeting alone. */
const SEASONS_GREETING = /^\s*(?:(?:ein\s+)?frohes\s+neues(?:\s+jahr)?|gutes\s+neues(?:\s+jahr)?|prosit\s+neujahr|frohe\s+(?:weihnachten|ostern|festtage|feiertage)|schöne\s+(?:feiertage|weihnachten|ostern)|schoene\s+(?:feiertage|weihnachten|ostern))(?:\s+(?:zusammen|allerseits|euch|ihnen))?\s*[!.,]*\s*$/iu;
export const greetsTheTownHall = (text: string): boolean => GREETS_THE_TOWN_HALL.test(text) || SEASONS_GREETING.test(text);
export const onlyGreeting = (text: string): boolean => ONLY_GREETING.test(text);

/** A need said without a question ("ich brauche Hilfe mit …", "wir suchen …"). */
const NEEDS = /(?<!\p{L})(?:brauch\p{L}*|bräucht\p{L}*|benötig\p{L}*|hilfe|möcht\p{L}*|will|wollen|such\p{L}*|need|want|help)(?!\p{L})/iu;
/** "Ich habe kein Auto", "we don't have a car": something the writer does not have. */
const HAS_NONE = /(?<!\p{L})(?:(?:habe|hab|haben|hat|besitze|besitzen)\s+(?:\p{L}+\s+)?(?:kein|keine|keinen|nie\s+ein\p{L}*)|(?:don't|do\s+not)\s+have\s+an?)\s+\p{L}/iu;
/** Whether a part of a message tells of something the writer has not, without a need for it ("Ich habe kein Auto und kann nicht gut laufen"). */
export const toldHavingNone = (text: string): boolean => HAS_NONE.test(text) && !NEEDS.test(text);

/** Whether a message asks something or says a need (not only who is writing: "hier ist Frau Hofmann"). */
export const asksOrNeeds = (text: string): boolean => asksSomething(text) || NEEDS.test(text);

/** The message after a greeting at its start, when there is more than the greeting ("Hallo zusammen, mei Bu braucht en Perso"). */
export function afterGreeting(text: string): string | undefined {
  const greeting = LEADING_GREETING.exec(text);
  const rest = greeting ? text.slice(greeting[0].length).trim() : '';
  return (rest.match(/\p{L}+/gu) ?? []).length >= 3 ? rest : undefined;
}

/**
 * What has to be done ("Was müssen wir danach bei euch erledigen?", "Was muss i jetzt alles mache?",
 * "was ist zu tun", "Was ich muss machen?", "muss isch mich do irgendwie melde?", "was kommt auf uns zu", Bavarian
 * "wos muss i jetz macha?", "was brauch ich fürs rathaus" (blind set 226)).
 */
const WHAT_TO_DO =
  /(?<!\p{L})(?:(?:was|wos)\s+(?:\p{L}+\s+){0,6}?(?:erledigen|erledige|machen|mache|macha|tun|tue|doa|beachten|melden|melde|beantragen|anmelden|regeln)|was\s+(?:muss|müssen|muessen|soll|sollen|brauch|brauche|brauchen)\s+(?:ich|isch|wir|mer|man)|what\s+(?:do|should|must)\s+(?:i|we)|(?:mich|uns)\s+(?:\p{L}+\s+){0,4}?(?:melde\p{L}*|registrier\p{L}*|eintrag\p{L}*)|was\s+(?:ist|gibt\s+es)\s+(?:\p{L}+\s+){0,2}?zu\s+(?:tun|erledigen|beachten)|was\s+kommt\s+(?:da\s+)?auf\s+(?:uns|mich)\s+zu)(?!\p{L})/iu;
/** Whether a message asks what has to be done. */
export const asksWhatToDo = (text: string): boolean => WHAT_TO_DO.test(text);

/** "wollte mich einfach erst mal melden und schauen ob das hier funktioniert": trying the chat before asking, a greeting. */
// ("Servus! Na, bin ja mal gespannt ob des hier besser klappt als eure Telefonhotline", "Grüß Gott mitnand. Ich hoff des
// funktioniert diesmal", "… un gugge, wie des hier lääft": the same in the region's words.)
const TRIES_THE_CHAT =
  /(?<!\p{L})(?:(?:schauen|sehen|testen|ausprobieren|probieren),?\s+ob\s+(?:das|des|es|der\s+chat)\s+(?:hier\s+)?(?:funktioniert|klappt|geht)|bevor\s+ich\s+(?:meine\s+)?fragen?\s+stelle|gespannt,?\s+ob\s+(?:das|des|es)\s+hier\s+(?:\p{L}+\s+)?(?:funktioniert|klappt|geht)|hoff\p{L}*,?\s+(?:das|des|es)\s+(?:funktioniert|klappt)\s+(?:diesmal|dieses\s+mal|jetzt|hier)|(?:schauen|gucken|gugge|gucke),?\s+wie\s+(?:das|des|es)\s+hier\s+(?:läuft|laeuft|lääft|funktioniert|geht))(?!\p{L})/iu;
/** In a long story a trial that names neither the chat nor "here" is about something else ("das Internet ist bei der Telekom bestellt, mal sehen ob das klappt"). */
const TRIAL_WORDS = 25;
const THE_CHAT_HERE = /(?<!\p{L})(?:hier|chat|bevor\s+ich)(?!\p{L})/iu;
/** "Hallo, guten Tag. Ich bin neu hier am Computer." (blind set 219): new to the computer, said before any matter (nothing asked yet). */
const NEW_TO_THE_COMPUTER =
  /(?<!\p{L})(?:ich\s+bin|bin)\s+(?:noch\s+|ganz\s+)?neu\s+(?:hier\s+)?(?:am\s+computer|am\s+pc|am\s+handy|im\s+internet|mit\s+(?:dem\s+)?(?:computer|internet|handy|chat)|beim\s+chatten|in\s+so\s+(?:was|etwas)|in\s+sowas|im\s+chat)(?!\p{L})/iu;
const SAID_BEFORE_ANY_MATTER = 12;
export const triesTheChat = (text: string): boolean => {
  const trial = TRIES_THE_CHAT.exec(text);
  if (NEW_TO_THE_COMPUTER.test(text) && !text.includes('?') && text.split(/\s+/).length <= SAID_BEFORE_ANY_MATTER) return true;
  return trial !== null && (text.split(/\s+/).length <= TRIAL_WORDS || THE_CHAT_HERE.test(trial[0]));
};

/** "Vielen Dank für die Info wegen dem Sperrmüll … Ich wünsch Ihnen noch einen schönen Tag, tschüss!": thanks and leave-taking, however long, asking nothing. */
// ("Gude, ich wollt mich nochemol bedanke … Macht's gut, bis zum nächste Mol!": the same after a greeting, in the region's words.)
const THANKS_FIRST =
  /^\W*(?:(?:gu+de|servus|hallo|grüß\s*gott|gruess\s*gott)\W+)?(?:vielen\s+dank|danke|dankeschön|dankeschoen|super|prima|toll|ich\s+(?:wollt|wollte|möchte|moechte)\s+mich\s+(?:\p{L}+\s+)?bedanke[n]?)(?!\p{L})/iu;
const GOODBYE_LAST =
  /(?<!\p{L})(?:tschüss|tschüs|tschuess|schönen\s+tag|schoenen\s+tag|schönes\s+wochenende|machet'?s\s+gut|macht'?s\s+gut|auf\s+wiedersehen|ade|servus|bis\s+bald|bis\s+zum\s+(?:nächste[n]?|naechste[n]?)\s+(?:mal|mol))\W*$/iu;
export const thanksAndGoodbye = (text: string): boolean => THANKS_FIRST.test(text) && GOODBYE_LAST.test(text) && !text.includes('?');

/**
 * "Ich wollte es einfach mal irgendwem erzählen", "… bestanden!! Wollt ich nur mal loswerden" (blind set 225, told after), "Ich hab heut
 * mein Führerschein bestanden!!!!" (229): something told to be heard, no question asked.
 */
const ONLY_TELLING =
  /(?<!\p{L})(?:wollte|wollt|möchte|moechte|musste|muss)\s+(?:es|das|des)?\s*(?:\p{L}+\s+){0,3}?(?:irgendwem|irgendjemandem|jemandem|wem)\s+(?:\p{L}+\s+)?(?:erzählen|erzaehlen|sagen|loswerden)(?!\p{L})|(?:^|[.!]\s*)(?:wollt|wollte)\s+(?:ich|isch|i)\s+nur\s+(?:mal\s+)?loswerden(?!\p{L})|(?<!\p{L})(?:führerschein|fuehrerschein|prüfung|pruefung|abi|abitur|examen|meister\p{L}*)\s+(?:\p{L}+\s+){0,3}?bestanden\s*!/iu;
export const onlyTelling = (text: string): boolean => ONLY_TELLING.test(text) && !text.includes('?');

/** "darf ich hier meine steuernummer reinschreiben oder ist das unsicher?", "… meine Steuer-ID reinschreiben …": whether what is typed here is safe (the privacy notice). */
const SAFE_TO_TYPE_HERE =
  /(?<!\p{L})(?:darf|kann|soll)\s+(?:ich|man)\s+(?:hier|da|in\s+den\s+chat)\s+(?:[\p{L}\d-]+\s+){0,6}?(?:reinschreiben|eingeben|eintippen|schreiben|angeben|reinschreibe)(?!\p{L})[^?]*(?:sicher|unsicher|gefährlich|gefaehrlich|datenschutz)/iu;
/** "Ist es sicher, hier meine Steuernummer einzugeben?": the same asked the other way round. */
const IS_IT_SAFE_HERE =
  /(?<!\p{L})(?:ist\s+(?:es|das)|is\s+des)\s+(?:\p{L}+\s+)?(?:sicher|unsicher|gefährlich|gefaehrlich)\p{L}*[,\s]+(?:\p{L}+\s+){0,2}?(?:hier|da|im\s+chat)\s+(?:\p{L}+\s+){0,4}?(?:einzugeben|einzutippen|anzugeben|zu\s+schreiben|reinzuschreiben|eingeben|schreiben)(?!\p{L})/iu;
export const asksIfSafeToTypeHere = (text: string): boolean => SAFE_TO_TYPE_HERE.test(text) || IS_IT_SAFE_HERE.test(text);

/** "eigentlich wollte ich fragen wann der Wertstoffhof offen hat": a question told as one, without its question mark (trial 39: it had ended a form). */
const ASKS_TO_ASK =
  /(?<!\p{L})(?:fragen|wissen)\s*,?\s+(?:ob|wann|wie|wo|was|wer|warum|wieso|weshalb|welche\p{L}*)(?!\p{L})|\b(?:wollte|will|möchte|moechte|würde|wuerde)\s+(?:ich\s+)?(?:\p{L}+\s+){0,2}?(?:fragen|wissen)\b|\b(?:wanted|want|would\s+like)\s+to\s+(?:ask|know)\b/iu;
export const asksToAsk = (text: string): boolean => ASKS_TO_ASK.test(text);
