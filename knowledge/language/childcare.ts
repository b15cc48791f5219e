// Childcare asked by its need, not by its name: "Isch geh im September widder schaffe, dann is mei
// Klaaner 14 Monat alt. Wer passt dann uff den uff?" is a Krippe or Kita place (SGB VIII § 24); the
// model knows "Kita" and "Krippe", not who minds a child while the parents work.

/** Who minds the child ("wer passt dann auf den auf", "wer guckt nach der Kleinen", "Betreuung für unseren Sohn"). */
const WHO_MINDS =
  /(?<!\p{L})(?:wer\s+(?:\p{L}+\s+){0,2}?(?:passt|bassd|basst)\s+(?:\p{L}+\s+){0,3}?(?:auf|uff|uf)|wer\s+(?:\p{L}+\s+){0,2}?(?:guckt|schaut)\s+(?:\p{L}+\s+){0,3}?nach|betreuung\s+(?:für|fuer)\s+(?:mein|unser)\p{L}*|(?:unterbringen|untergebracht|betreut)\s+(?:werden|wird|ist))(?!\p{L})/iu;
/** A small child: by its age in months or up to six years, or as "der Kleine", "die Kleene", "mei Bub". */
const SMALL_CHILD =
  /(?<!\p{L})(?:\d{1,2}\s+monat\p{L}*\s+alt|[0-6]\s+jahr\p{L}*\s+alt|(?:ein|eins|zwei|drei)\s+jahr\p{L}*\s+alt|kleine[nr]?|klaane[nr]?|kleene[nr]?|kloane[nr]?|baby|kind\p{L}*|kinner|bub|büble|tochter|sohn|enkel\p{L}*)(?!\p{L})/iu;

/** "Welche Kitas … die auch ganz Tags offen haben bis 16 Uhr": a nursery's hours, not the town hall's. */
const A_NURSERY = /(?<!\p{L})(?:kita\p{L}*|kindergärten|kindergarten\p{L}*|kiga\p{L}*|krippe\p{L}*|hort)(?!\p{L})/iu;
const ITS_HOURS = /(?<!\p{L})(?:offen|geöffnet|geoeffnet|öffnungszeit\p{L}*|oeffnungszeit\p{L}*|ganztag\p{L}*|ganz\s+tags|betreuungszeit\p{L}*|bis\s+\d{1,2}(?::\d{2})?\s*uhr)(?!\p{L})/iu;
export const asksNurseryHours = (text: string): boolean => A_NURSERY.test(text) && ITS_HOURS.test(text);

/** "gibts da auch ermäßigung wenn mer zwei kinner hat", "Geschwisterrabatt": the childcare fee for siblings (trial 44: the dog tax's discount). */
const SIBLINGS_DISCOUNT =
  /(?<!\p{L})(?:geschwister(?:kind|kinder|rabatt|ermäßigung|ermaessigung)\p{L}*|(?:ermäßigung|ermaessigung|rabatt|nachlass|günstiger|guenstiger)\p{L}*\s+(?:\p{L}+\s+){0,5}?(?:zwei|2|drei|3|mehrere)\s+(?:kinder|kinner|kids)|(?:zwei|2|drei|3|mehrere)\s+(?:kinder|kinner|kids)\s+(?:\p{L}+\s+){0,5}?(?:ermäßigung|ermaessigung|rabatt|nachlass|günstiger|guenstiger)\p{L}*)(?!\p{L})/iu;
export const asksSiblingsDiscount = (text: string): boolean => SIBLINGS_DISCOUNT.test(text);

/** Whether a message asks who minds a small child (a place in a Krippe or Kita). */
export const asksWhoMindsAChild = (text: string): boolean => WHO_MINDS.test(text) && SMALL_CHILD.test(text);

/** A child expected or just born ("bekomm im Juni ein Kind", "unser Baby kommt im März"). */
const A_CHILD_COMING =
  /(?<!\p{L})(?:schwanger\p{L}*|elternzeit|(?:bekomm|krieg|erwart)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:ein|en|e|unser\p{L}*|das)\s+(?:\p{L}+\s+)?(?:baby|kind)|(?:baby|kind)\s+(?:\p{L}+\s+){0,2}?(?:kommt|unterwegs|geboren|gekommen)|(?:monate|zeit)\s+nach\s+der\s+geburt|(?:tochter|sohn|kleine[nr]?)\s+(?:\p{L}+\s+){0,8}?geboren)(?!\p{L})/iu;
/** Money while one stays home with it ("Steht mir auch was zu, während ich nicht arbeiten kann?", "das Geld für die Monate, in denen ich nicht arbeite", "das Geld für die Zeit, in der ich zu Hause bin"), not the child benefit. */
const MONEY_WHILE_HOME =
  /(?<!\p{L})(?:steht\s+(?:mir|uns)\s+(?:\p{L}+\s+){0,3}?zu|(?:während|waehrend|wenn|in\s+denen|in\s+der|wo)\s+(?:ich|wir)\s+(?:\p{L}+\s+){0,2}?(?:nicht|net|nix)\s+(?:\p{L}+\s+)?arbeite\p{L}*|(?:zuhause|daheim|zu\s+hause)\s+(?:\p{L}+\s+){0,2}?bleib\p{L}*|geld\s+wenn\s+(?:ich|wir)\s+(?:\p{L}+\s+){0,4}?(?:zuhause|daheim|dahaam|zu\s+hause)\s+(?:bin|sind|bleibe|bleiben)|geld\s+(?:ich|wir)\s+(?:\p{L}+\s+){0,4}?(?:daheim|dahaam|dehaam|dahoam|zuhause|zu\s+hause)\s+(?:krieg\p{L}*|bekomm\p{L}*)|verdienstausfall|lohnersatz\p{L}*|geld\s+(?:\p{L}+\s+){0,3}?zeit\s*,?\s+(?:in\s+der|wo|während|waehrend)\s+(?:ich|wir)\s+(?:\p{L}+\s+)?(?:zu\s+hause|zuhause|daheim)\s+(?:bin|bleibe|sind|bleiben))(?!\p{L})/iu;
const OTHER_BENEFIT = /(?<!\p{L})(?:kindergeld\p{L}*|kinnergeld|mutterschaftsgeld|kinderzuschlag|unterhalt\p{L}*)(?!\p{L})/iu;
/** "Erziehungsgeld" (its name until 2006), "Kinderbetreuungsgeld" (Austria's): the parental allowance by another name. */
// ("des geld fürs daheimbleiben", "mir wolle uns die monate nach der geburt aufteilen": blind set 181.)
const ALLOWANCE_BY_OTHER_NAME = /(?<!\p{L})(?:(?:monate|zeit)\s+nach\s+der\s+geburt\s+(?:\p{L}+\s+){0,2}?aufteil\p{L}*|erziehungsgeld\p{L}*|kinderbetreuungsgeld\p{L}*|babygeld|geld\s+f(?:ü|ue|u)rs\s+(?:daheim|zuhause|zu\s*hause)\s*bleiben|geld\s+f(?:ü|ue|u)rs\s+babyjahr|geld\s+für\s+die\s+(?:babypause|elternzeit)|geld\s+fuer\s+die\s+(?:babypause|elternzeit))(?!\p{L})/iu;
export const namesParentalAllowanceOtherwise = (text: string): boolean => ALLOWANCE_BY_OTHER_NAME.test(text);
/** Whether a message asks for money while at home with a new child: the parental allowance (BEEG). */
// Another benefit named in the sentence that asks the money is that benefit's; told in another ("das Kindergeld hat mein Mann beantragt") it is not.
export const asksParentalAllowance = (text: string): boolean =>
  A_CHILD_COMING.test(text) && (text.match(/[^.!?]+[.!?]*/gu) ?? []).some((sentence) => MONEY_WHILE_HOME.test(sentence) && !OTHER_BENEFIT.test(sentence));

/** "Wir haben für September immer noch keine Zusage für unsere Tochter und ich muss wieder arbeiten", "immer noch kaan kindergarteplatz" (blind set 192): a childcare place still not promised. */
const NO_PLACE_YET =
  /(?<!\p{L})(?:keine|koa|kaa|noch\s+keine|immer\s+noch\s+keine)\s+(?:\p{L}+\s+)?(?:zusage|platzzusage|bestätigung|bestaetigung)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:tochter|sohn|kind|kleine[nr]?|kleinen|enkel\p{L}*)(?!\p{L})|(?<!\p{L})(?:kein|keinen|kaan|kaa|koan|koa|kan|ken|no)\s+(?:kita|kindergarte|kindergarten|kiga|krippe|krippen|betreuungs)-?platz(?!\p{L})/iu;
export const childcarePlaceNotPromised = (text: string): boolean => NO_PLACE_YET.test(text);
