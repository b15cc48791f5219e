// "Kann mich jemand anrufen? Ich schreibe nicht gern.": a wish to be called is the call-back
// request, also right after an answer, where "anrufen" would otherwise ask for that answer's phone number.

/** "(ich möchte) zurückgerufen werden": the wish in the passive. */
const CALLED = String.raw`(?:zurückgerufen|zurueckgerufen|angerufen)\s+werden`;
/** "ich möchte", "wir würden" before a passive wish ("… zurückgerufen werden"). */
const WISHING = String.raw`(?:ich|wir)\s+(?:möchte|moechte|möchten|moechten|will|wollen|würde|wuerde|würden|wuerden|hätte|haette)`;

/** "Kann mich jemand zurückrufen?"; "kann mich morgen zwische 12 un 13 uhr jemand anrufe" with the hours between (blind set 216). */
const CALL_ME = new RegExp(
  String.raw`(?<!\p{L})(?:(?:kann|könnte|koennte|kannst|können|koennen|würde|wuerde|soll|sollte)\s+(?:mich|uns)\s+(?:[\p{L}\d]+\s+){0,7}(?:an|zurück|zurueck|aa|a|oa)rufe?n?|(?:ruf|rufen)\s+(?:sie\s+|ihr\s+)?(?:mich|uns)\s+(?:\p{L}+\s+){0,2}(?:an|zurück|zurueck)(?!\p{L})|${CALLED}|rückruf\p{L}*|rueckruf\p{L}*|call\s+me\s+back|call\s+me)(?!\p{L})`,
  'iu',
);

/** Whether a message asks to be called (back). */
export const asksToBeCalled = (text: string): boolean => CALL_ME.test(text);

/**
 * A wish to be called back said as a request ("Ich hätte gern einen Rückruf wegen meiner
 * Grundsteuer", "Bitte um Rückruf zur Hundesteuer", "Können Sie mich zurückrufen? Es geht um …", "Ich möchte
 * zurückgerufen werden"),
 * which starts the call-back whatever topic it names; not a question about one ("Wann ruft ihr zurück?").
 */
const CALL_BACK_WISH = new RegExp(
  [
    // ("ich möcht en Rückruf wege meiner Grundsteuer": the region's clipped verbs, trial 45.)
    String.raw`(?:ich|wir)\s+(?:hätte|haette|hätt|haett|hätten|haetten|möchte|moechte|möcht|moecht|möchten|moechten|bräuchte|braeuchte|bräucht|braeucht|brauch|brauche|brauchen|will|wollen|würde|wuerde|würd|wuerd|bitte|bitten)\s+(?:\p{L}+\s+){0,3}?(?:rückruf|rueckruf)`,
    // ("Dann hätte ich gern einen Rückruf vom Standesamt wegen unserer Trauung": the verb first, trial 49.)
    String.raw`(?:hätte|haette|hätt|haett|hätten|haetten|möchte|moechte|möcht|moecht|bräuchte|braeuchte|will|würde|wuerde)\s+(?:ich|wir|mer)\s+(?:\p{L}+\s+){0,3}?(?:rückruf|rueckruf)`,
    String.raw`bitte\s+(?:um\s+)?(?:einen\s+|nen\s+)?(?:rückruf|rueckruf)`,
    // ("Rückruf bitte wegen meinem Bauantrag", trial 47's check: answered with the permit's article.)
    String.raw`^\W*(?:einen\s+)?(?:rückruf|rueckruf)\s+(?:bitte\W+|erwünscht\W+|erwuenscht\W+|gewünscht\W+|gewuenscht\W+)?(?:wegen|zu|zur|zum|bezüglich|bezueglich|bzgl\.?|für|fuer|betreffend)(?!\p{L})`,
    String.raw`^\W*(?:einen\s+)?(?:rückruf|rueckruf)\s+(?:bitte|erwünscht|erwuenscht|gewünscht|gewuenscht)(?!\p{L})`,
    String.raw`(?:können|koennen|könnten|koennten|würden|wuerden)\s+sie\s+mich\s+(?:\p{L}+\s+){0,2}?(?:zurück|zurueck|an)rufen?(?!\p{L})`,
    // "Kann mich bitte jemand vom Bauamt zurückrufen?" (trial 36).
    // ("… zurückrufe wege meim Bauantrag": the region's infinitive, trial 44.)
    String.raw`(?:kann|könnte|koennte)\s+mich\s+(?:bitte\s+)?(?:mal\s+)?(?:jemand|wer|einer)\s+(?:\p{L}+\s+){0,3}?(?:zurück|zurueck|an)rufen?(?!\p{L})`,
    String.raw`(?:rufen\s+sie|ruft)\s+mich\s+(?:\p{L}+\s+){0,2}?(?:zurück|zurueck|an)(?!\p{L})`,
    String.raw`${WISHING}\s+(?:\p{L}+\s+){0,6}?${CALLED}`,
    // ("Ich möchte, dass sich jemand bei mir meldet", trial 65: the registration of a residence had been asked back.)
    String.raw`${WISHING}\s*,?\s+(?:dass|das)\s+sich\s+(?:bitte\s+)?(?:jemand|wer|einer|eine|ein\s+mitarbeiter\p{L}*)\s+(?:\p{L}+\s+){0,4}?(?:bei\s+(?:mir|uns)\s+)?meldet(?!\p{L})`,
    // "Could someone from the building department call me back about my garage permit?" (trial 38: answered with the permit's article).
    String.raw`(?:can|could|would|will)\s+(?:someone|somebody|anyone|anybody|you)\s+(?:\p{L}+\s+){0,5}?(?:call|ring|phone)\s+(?:me|us)(?:\s+back)?(?!\p{L})`,
    String.raw`(?:please\s+)?(?:call|ring)\s+(?:me|us)\s+back`,
    String.raw`(?:i'?d|i\s+would|we'?d|we\s+would)\s+like\s+(?:a\s+)?(?:call\s*-?\s*back|phone\s+call)`,
  ].join('|'),
  'iu',
);
/** A question about a call-back already asked for, or about call-backs in general. */
const ABOUT_A_CALL_BACK = /(?<!\p{L})(?:wann|warum|wieso|weshalb|wie\s+lange|noch\s+(?:nicht|immer)|immer\s+noch|schon|when|why|how\s+long|still\s+not|not\s+yet|already)(?!\p{L})/iu;

/** Whether a message asks for a call-back as a request. */
export const wishesCallBack = (text: string): boolean => CALL_BACK_WISH.test(text) && !ABOUT_A_CALL_BACK.test(text);

/**
 * Words around the wish that name no matter ("Hallo, ich hätte gern einen Rückruf. Danke!", "Please have Bernd call me back";
 * "… einen Rückruf vom Rathaus", "from the town hall", trial 66: stored as the matter, the matter told next refused as a name).
 */
const NO_MATTER = /(?<!\p{L})(?:(?:vom|von\s+der|von\s+dem|aus\s+dem|from\s+the|by\s+the)\s+(?:rathaus|gemeinde|verwaltung|markt(?:\s+mömbris)?|town\s+hall|town|council|administration)|hallo|guten\s+(?:tag|morgen|abend)|grüß\s+gott|gruess\s+gott|servus|moin|danke\p{L}*|bitte|gern|gerne|mal|doch|eben|kurz|schnell|dringend|möglichst|moeglichst|sie|mich|uns|ich|wir|einen|nen|please|hello|hi|thanks|thank|you|have|get|someone|somebody|could|can|would|kindly|asap)(?!\p{L})/giu;

/** The words of a wish to be called that may have the matter between them ("ich möchte … zurückgerufen werden"). */
const CALLED_INSIDE = new RegExp(String.raw`(?<!\p{L})(?:${WISHING}|${CALLED})(?!\p{L})`, 'giu');

/**
 * "es geht um eine Ummeldung", "wegen meinem Bauantrag", "about my dog": a matter named outright, where
 * the call-back follows a wish for a person ("Ich hätte gern einen Mitarbeiter, es geht um …", trial 37:
 * asked "Worum geht es?" again).
 */
// ("Ich hab e Frag zum Friedhof, mei Mann sei Grab läuft ab", trial 62: the call-back had gone to the Rathaus.)
const MATTER_NAMED =
  /(?<!\p{L})(?:es\s+geht\s+um|geht\s+um|wegen|bezüglich|bezueglich|betrifft|betreffend|about|regarding|concerning|fra(?:g|ge|gen)\s+(?:zu[mr]?|über|ueber|wege))\s+(?:\p{L}+\s+){0,3}?\p{L}{3,}/iu;

/** A call-back's verb after its matter ("… wegen meinem Bauantrag zurückrufen?"), which would make the call-back the topic. */
const CALL_BACK_AFTER = new RegExp(String.raw`(?<!\p{L})(?:(?:zurück|zurueck|an)rufen?|${CALLED})(?!\p{L})[^.!?]*`, 'giu');

/**
 * The words from where a message names its matter, without a call-back's verb after it ("Können Sie mich bitte
 * wegen meinem Bauantrag zurückrufen?" → "wegen meinem Bauantrag"; trial 44: it had gone to the Rathaus, not the
 * Bauamt); else the whole message.
 */
export function matterPart(text: string): string {
  const named = MATTER_NAMED.exec(text);
  return named ? text.slice(named.index).replace(CALL_BACK_AFTER, ' ').trim() : text;
}

/** What the wish says it is about, without the wish itself: undefined when it names nothing ("Ich hätte gern einen Rückruf."). */
export function matterOfCallBack(text: string): string | undefined {
  if (!CALL_BACK_WISH.test(text)) return MATTER_NAMED.test(text) ? text.trim() : undefined;
  // "Ich möchte wegen meiner Grundsteuer zurückgerufen werden": the matter stands inside the wish.
  const rest = text.replace(CALLED_INSIDE, ' ').replace(CALL_BACK_WISH, ' ').replace(NO_MATTER, ' ');
  return (rest.match(/\p{L}{3,}/gu) ?? []).length >= 2 ? text.trim() : undefined;
}

/** "Ich habe dreimal angerufen und niemand geht ran", "komme telefonisch nie durch": the phone not answered, for which a call-back is the help ("blicke nicht mehr durch" is not understanding). */
const NOBODY_ANSWERS =
  /(?<!\p{L})(?:(?:niemand|keiner|kein\s+mensch|nie\s+jemand)\s+(?:geht|nimmt)\s+(?:\p{L}+\s+)?(?:ran|ab)|(?<!(?:blicke|blick|blickt|blicken|steige|steig|steigt)\s+)(?:nie|nicht|keinen)\s+(?:\p{L}+\s+){0,2}?(?:erreicht|erreiche|erreichbar|durchgekommen|durch)|immer\s+(?:nur\s+)?besetzt)(?!\p{L})/iu;
/** "Gibt es da noch eine andere Nummer?": the contact's numbers are what is asked. */
const ANOTHER_NUMBER = /(?<!\p{L})(?:(?:andere|weitere|direkte)\p{L}*\s+(?:telefon)?(?:nummer|durchwahl)|durchwahl\p{L}*|e-?mail\p{L}*)(?!\p{L})/iu;
const BY_PHONE = /(?<!\p{L})(?:angerufen|anrufe\p{L}*|telefon\p{L}*|telefonisch|durchwahl|besetzt)(?!\p{L})/iu;

/** Whether a message tells that the town hall's phone is not answered. */
export const cannotGetThrough = (text: string): boolean => NOBODY_ANSWERS.test(text) && BY_PHONE.test(text) && !ANOTHER_NUMBER.test(text);

/** "Können Sie mich zurückrufen, wenn es repariert ist?", "Sagen Sie mir Bescheid, sobald es erledigt ist?": to be told when the request is done. */
const TOLD_WHEN_DONE =
  /(?<!\p{L})(?:zurückruf\p{L}*|zurueckruf\p{L}*|anruf\p{L}*|bescheid|informier\p{L}*|benachrichtig\p{L}*|rückmeldung|rueckmeldung|melden\s+sie\s+sich|meldet\s+ihr\s+euch)[^.!?]{0,40}?(?<!\p{L})(?:wenn|sobald)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:repariert|erledigt|fertig|behoben|gemacht|beseitigt|geklärt|geklaert|weg)(?!\p{L})/iu;

/** Whether a message asks to be told when the request is done (the notification at the summary), not for a call-back instead. */
export const wantsToBeToldWhenDone = (text: string): boolean => TOLD_WHEN_DONE.test(text);

/** "An wen wende ich mich da?", "Wer ist dafür zuständig?", "wen kann ich da fragen": who is responsible for a matter. */
const WHOM_TO_TURN_TO =
  /(?<!\p{L})(?:an\s+wen\s+(?:\p{L}+\s+){0,3}?(?:wende|wenden|melde|richte)|wer\s+(?:\p{L}+\s+){0,2}?(?:zuständig|zustaendig|kümmert|kuemmert)|wen\s+(?:\p{L}+\s+){0,2}?(?:fragen|ansprechen|anrufen))(?!\p{L})/iu;
/** Whether a message asks who is responsible (for a matter it names, which then is the answer: each says its office). */
export const asksWhomToTurnTo = (text: string): boolean => WHOM_TO_TURN_TO.test(text);
/** "weiß nicht welche abteilung ich anrufen soll, kasse oder steueramt" (blind set 218): whom to call, the contacts' answer, not a call-back wished. */
const WHICH_TO_CALL =
  /(?<!\p{L})(?:welche[ns]?\s+(?:abteilung|stelle|nummer|durchwahl|sachbearbeiter\p{L}*|amt|büro|buero))\s+(?:\p{L}+\s+){0,3}?(?:anrufen|anrufe|anruf)(?!\p{L})/iu;
export const asksWhichToCall = (text: string): boolean => WHICH_TO_CALL.test(text) && !asksToBeCalled(text);

/**
 * "wie lang dauert des bis des gricht wird?", "Wann wird das repariert?", "wie lange dauert das?":
 * how long the request takes, asked alone in the middle of one (a description with it, "Die Laterne
 * ist seit Wochen aus, wie lange dauert das noch?", is the description).
 */
const HOW_LONG_IT_TAKES =
  /^\W*(?:und\s+|aber\s+|ok\W+|gut\W+)?(?:wie\s*lang(?:e)?\s+(?:dauert|brauch(?:t|en))\s+(?:es|das|des|dess|sowas|so\s+was|ihr|sie|der\s+bauhof)(?:\s+(?:denn|dann|noch|ungefähr|ungefaehr|etwa|so|eigentlich|normalerweise|bei\s+euch|bei\s+ihnen)){0,3}(?:\s*,?\s*bis\s+[^.!?]{1,60})?|wann\s+(?:wird|werd|is|ist)\s+(?:das|des|es|der\s+schaden|die\s+\p{L}+|der\s+\p{L}+|das\s+\p{L}+)\s+(?:\p{L}+\s+){0,2}?(?:repariert|gerichtet|gricht|gemacht|erledigt|behoben|bearbeitet|beseitigt|weg|fertig)|bis\s+wann\s+(?:wird|werd|is|ist)\s+[^.!?]{1,60})\W*$/iu;
/** Whether a message only asks how long the running request takes to be handled. */
export const asksHowLongItTakes = (text: string): boolean => HOW_LONG_IT_TAKES.test(text.trim());

/** "Ich hätte die Auskunft gern schriftlich per Post", "meine Frage gern schriftlich beantwortet": an answer wanted in writing, which the call-back form takes. */
const IN_WRITING =
  /(?<!\p{L})(?:auskunft|antwort|bescheid|rückmeldung|rueckmeldung)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:schriftlich|per\s+post|per\s+brief|per\s+e-?mail|per\s+mail)(?!\p{L})|(?<!\p{L})(?:schriftlich|per\s+post|per\s+brief)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:auskunft|antwort|rückmeldung|rueckmeldung|beantwortet|beantworten)(?!\p{L})|(?<!\p{L})(?:frage|fragen)\s+(?:\p{L}+\s+){0,3}?(?:schriftlich|per\s+post|per\s+brief)\s+(?:\p{L}+\s+)?(?:beantwortet|beantworten)(?!\p{L})/iu;
export const wantsAnswerInWriting = (text: string): boolean => IN_WRITING.test(text);

/** "bitte jemand meldet sich bei mir morgen", "Melden Sie sich bitte bei mir": to be contacted later, the call-back's request. */
const GET_BACK_TO_ME = /(?<!\p{L})(?:bitte\s+(?:\p{L}+\s+){0,2}?bei\s+mir\s+melden|(?:jemand|einer|wer)\s+(?:\p{L}+\s+)?(?:meldet|melden|meld)\s+sich\s+(?:\p{L}+\s+)?bei\s+(?:mir|uns)|melden\s+sie\s+sich\s+(?:\p{L}+\s+){0,2}?bei\s+(?:mir|uns))(?!\p{L})/iu;
export const wantsToBeContacted = (text: string): boolean => GET_BACK_TO_ME.test(text);

/**
 * "wer ruft mich denn an?", "wer kümmert sich jetzt darum?", "who will call me?": who of the administration gets back (trial 46: a second
 * call-back form); "und was passiert jetzt, wie lang dauert das …" (trial 51: it had been the privacy notice); "und wie lang dauert des bis
 * ihr des richtet?" after a report (trial 53: the building permit's answer), "und wann krieg ich die Hundemarke?" after the dog's
 * registration (trial 53: how to deregister a dog), which no one here can say: the office that has it.
 */
// ("how long until it's fixed?", "wie lang dauert die Genehmigung?", Leichte Sprache "Wann kommt jemand?": trial 54.)
const WHO_GETS_BACK =
  /(?<!\p{L})(?:how\s+long\s+(?:until|till|before)\s+(?:it'?s|it\s+is|it\s+gets|they\s+(?:fix|repair))\b|wie\s+lang\p{L}*\s+dauert\s+(?:die|des|das)\s+(?:genehmigung|bearbeitung|bestätigung|bestaetigung)(?!\p{L})|wann\s+kommt\s+(?:jemand|einer|wer)(?!\p{L})|wann\s+(?:krieg|kriege|kriegen|bekomm|bekomme|bekommen|kommt)\s+(?:ich\s+|mer\s+|wir\s+)?(?:\p{L}+\s+){0,2}?(?:hundemarke|marke|steuerbescheid|bescheid|antwort|rückmeldung|rueckmeldung)(?!\p{L})|when\s+(?:will|do|would)\s+(?:i|we)\s+(?:get|receive)\s+(?:\p{L}+\s+){0,2}?(?:tag|notice|answer|reply)\b|wie\s+lang\p{L}*\s+dauert\s+(?:\p{L}+\s+){0,2}?bis\s+(?:\p{L}+\s+){0,4}?(?:gerichtet|richtet|repariert|repariere|reparieren|geflickt|flickt|gemacht|erledigt|behoben|beseitigt|weg)(?!\p{L})|how\s+long\s+(?:will|does|would)\s+it\s+take\s+(?:to|until|till|before)\s+(?:\p{L}+\s+){0,3}?(?:fix|fixed|repair|repaired)\b|was\s+passiert\s+(?:jetzt|nun|damit|als\s+n(?:ä|ae)chstes)|wie\s+geht(?:'?s|\s+es)\s+(?:jetzt\s+|nun\s+|damit\s+)?weiter|what\s+happens\s+(?:now|next)|wer\s+(?:ruft|meldet)\s+(?:mich|uns|sich)\b|wer\s+(?:kümmert|kuemmert)\s+sich\s+(?:\p{L}+\s+)?(?:darum|drum|drumm)|who\s+(?:will\s+|is\s+going\s+to\s+)?(?:call|calls|contact|contacts)\s+(?:me|us)\b|who\s+(?:will\s+)?(?:take\s+care\s+of|handle)s?\s+(?:it|this)\b)/iu;
export const asksWhoGetsBack = (text: string): boolean => WHO_GETS_BACK.test(text);
