// "Unser Musikverein plant ein Open-Air-Konzert …": an event of a club is the club's notice
// (veranstaltung-anzeigen, a request), not the general answer about events (veranstaltung),
// which the model finds about as often. A question about it ("wie lange vorher?") still gets that
// answer first, with the notice one tap away.

/** A club or its officers: "Musikverein", "Sportverein", "e. V.", "Kerbburschen", "unser Vorstand". */
// ("Wir Landfrauen machen einen kleinen Adventsbasar": a club by its members' name.)
const CLUB =
  /(?<!\p{L})(?:\p{L}*verein\p{L}*|landfrauen|frauenbund|kolping\p{L}*|e\.\s?v\.|kerbburschen|kerweburschen|kerbjugend|vorstand\p{L}*|vorsitzende\p{L}*|schriftführer\p{L}*|schriftfuehrer\p{L}*|kassier|kassierer\p{L}*|kassiererin|kassenwart\p{L}*|karnevalverein\p{L}*|carnevalverein\p{L}*)(?!\p{L})/iu;
/** "Das ist kein Verein", "nicht als Verein", "Ein Verein sind wir nicht": a club named only to say it is none. */
const NOT_A_CLUB =
  /(?<!\p{L})(?:kein\p{L}*|kaa\p{L}*|ohne|(?:nicht|net|ned|nit)(?:\s+als|\s+von\s+einem|\s+vom)?)\s+(?:\p{L}+\s+)?\p{L}*verein|(?<!\p{L})(?:ein\s+)?verein\s+(?:sind|bin|san)\s+(?:wir|ich|mir)\s+(?:aber\s+|halt\s+|ja\s+)?(?:nicht|net|ned|keiner|keins)(?!\p{L})/iu;
/** An event a club holds ("einen festen Termin" is none): a fête, a concert, a tournament, a parade (the carnival's "Gaudiwurm", blind set 224), the Kerb, an exhibition, a hike, a play, a carnival session, a market ("Weihnachtsmarkt"; "der Markt" alone is the town). */
const EVENT =
  /(?<!\p{L})(?:\p{L}+fest|fest(?!e[nrms](?!\p{L}))|\p{L}*feier|\p{L}*konzert|\p{L}*turnier|tag\s+der\s+offenen\s+t(?:ü|ue|u)r|\p{L}+schießen|\p{L}+schiessen|\p{L}+schieße|\p{L}+schiesse|\p{L}*umzug|(?:faschings|fastnachts|karnevals|rosenmontags)zug|gaudiwurm|kerb|kerwe|\p{L}*ausstellung|veranstaltung|\p{L}*jubiläum|\p{L}*jubilaeum|\p{L}*treff|\p{L}*flohmarkt|\p{L}*schafkopf|\p{L}*skat|preiswatten|bingo\p{L}*|tombola|(?!einkaufs|super|getränke|getraenke|bau|drogerie|elektro|discount)\p{L}+markt|\p{L}+messe|gewerbeschau|leistungsschau|\p{L}*treffen|\p{L}*treffe|iftar\p{L}*|\p{L}*basar|\p{L}*party|festabend|lauf(?!en(?!\p{L})|t(?!\p{L}))|\p{L}*wanderung|\p{L}*aufführung|\p{L}*auffuehrung|(?:oster|sonnwend|sonnenwend|johannis|brauchtums|maien?|martins|kirchweih)feuer|\p{L}*(?:faschings|fastnachts|karnevals|prunk|damen)sitzung|(?:faschings|masken|kostüm|kostuem)ball|\p{L}*zirkus|\p{L}*circus|gastier\p{L}*|event|\p{L}*börse|\p{L}*boerse|\p{L}*(?:vortrags|spiele|heimat|film|kino|lese|tanz|grill|quiz|info|lieder|musik|kabarett|theater|bunter)abend|vortrag|\p{L}*(?:wein|bier|getränke|getraenke|punsch|verkaufs|weihnachts|grill|kuchen|waffel)stand)\p{L}{0,3}(?!\p{L})/iu;
/** "Konzert", "unser Sommerfest": the kind of an event said alone, no place (trial 58: "Ort: Konzert" had been taken). */
const ONLY_AN_EVENT = new RegExp(String.raw`^\W*(?:(?:ein|eine|einen|das|der|die|den|unser|unsere|unseren)\s+)?(?:${EVENT.source})\W*$`, 'iu');
export const namesOnlyAnEvent = (text: string): boolean => ONLY_AN_EVENT.test(text.trim());

/** Money for the club: the support for clubs, not the notice ("Beteiligt sich der Markt an den Kosten?"). */
// "Förderverein" is a club, not money asked for; "die Kuchen spenden die Mitglieder" is no money asked either.
const MONEY = /(?:gibt|geben|zahlt|zahlen)\s+(?:\p{L}+\s+){0,4}?(?:was|etwas)\s+dazu|zuschuss|zuschüss|förder(?!\p{L}*verein)|foerder(?!\p{L}*verein)|geld|finanz|unterstütz|unterstuetz|(?<!\p{L})spende(?!\p{L})|spenden\s+(?:von|vom|der\s+gemeinde|aus)|beihilfe|an\s+den\s+kosten|kosten(?:beteiligung|übernahme|uebernahme|zuschuss)/iu;

/** Making it known ("wie können wir das bekannt machen?", "ankündigen"): the club's notice, whatever hall it is held in. */
const MAKE_KNOWN = /(?<!\p{L})(?:bekannt\s*(?:machen|geben)|geben\s+(?:\p{L}+\s+){0,5}?bekannt|bekanntmach\p{L}*|bekanntgeb\p{L}*|ankündig\p{L}*|ankuendig\p{L}*|veröffentlich\p{L}*|veroeffentlich\p{L}*)(?!\p{L})/iu;
export const wantsItKnown = (text: string): boolean => MAKE_KNOWN.test(text);

/**
 * Words that ask about it rather than wish it done ("wie lange vorher?", "Was will die Gemeinde
 * sehen?", "Müssen wir das melden?"); "Können wir das gleich hier im Chat ausfüllen?" is a wish.
 */
const ASKS =
  /(?<!\p{L})(?:wie\s+lange|bis\s+wann|wann|welche\p{L}*|was\s+(?:\p{L}+\s+){0,3}?(?:brauch|müss|muess|muss|will|wollen|kostet|sehen)\p{L}*|frist\p{L}*|(?:muss|müssen|muessen)\s+(?:man|wir|ich|der\s+verein)|reicht|wie\s+(?:melden|zeigen|machen|bringen|läuft|laeuft|geht)|ob\s+wir)(?!\p{L})/iu;

/** Drinks served, the Gestattung's matter ("Bierausschank", "Wein", "Getränke verkaufen", "wir wollen wieder ausschenken"). */
const DRINKS = /(?<!\p{L})(?:\p{L}*ausschank|ausschenk\p{L}*|\p{L}*schank\p{L}*|\p{L}*bier\p{L}*|\p{L}*wein\p{L}*|\p{L}*woi|schoppe|sekt\p{L}*|alkohol\p{L}*|schnaps\p{L}*|cocktail\p{L}*|getränk\p{L}*|getraenk\p{L}*|gestattung\p{L}*|bewirtung\p{L}*|konzession\p{L}*|schankerlaubnis\p{L}*)(?!\p{L})/iu;
/** Whether a message about a club's event says nothing of drinks (so it is not the Gestattung's). */
/** "Bier gibts kaans", "ohne Alkohol", "getränke sind privat, nix wird verkauft": drinks said not to be sold; "Den Ausschank macht eine Brauerei": not by the club. */
const NO_DRINKS =
  /(?<!\p{L})(?:(?:kein\p{L}*|kaa\p{L}*)\s+(?:\p{L}+\s+)?(?:alkohol|bier|wein|ausschank|getränke|getraenke)\p{L}*|ohne\s+(?:alkohol|bier|wein|ausschank)\p{L}*|(?:alkohol|bier|wein)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:kein\p{L}*|kaa\p{L}*|nicht|net|ned)|(?:ausschank|bewirtung|getränke|getraenke)\s+(?:macht|machen|übernimmt|uebernimmt|übernehmen|uebernehmen)\s+(?:\p{L}+\s+){0,2}?(?:brauerei|wirt|wirtin|gastwirt\p{L}*|gastronom\p{L}*|caterer|catering|getränkehändler\p{L}*|getraenkehaendler\p{L}*)|(?:getränke|getraenke|bier|wein)\s+(?:sind|ist|gibt\s+es|gibts)\s+(?:\p{L}+\s+)?(?:privat|umsonst|gratis|kostenlos|frei)|(?:nix|nichts|nischt)\s+(?:wird\s+)?verkauft|(?:wird|werden)\s+(?:nix|nichts|nicht|net)\s+verkauft)(?!\p{L})/giu;
export const withoutDrinks = (text: string): boolean => !DRINKS.test(text.replace(NO_DRINKS, ' '));

/** A sports club by its initials before its place ("SV Hemsbach", "TSV Schimborn", "FC Mömbris"), written as clubs write them. */
// ("Die Feuerwehr Strötzbach macht ihr Grillfest": a village's fire brigade holds its fête as its club does.)
const CLUB_INITIALS = /(?<!\p{L})(?:T?SV|SSV|FSV|SpVgg|FC|SC|SG|TV|TuS|DJK|VfB|VfL|RSV|KSV|FFW|Feuerwehr)\s+\p{Lu}\p{Ll}/u;
/** A club by its initials in small letters after "vom" ("faschingsveranstaltung vom tv in der turnhalle"). */
const CLUB_INITIALS_TYPED = /(?<!\p{L})(?:vom|beim|dem)\s+(?:tsv|sv|ssv|fsv|fc|tv|tus|djk|sg|vfb|vfl|ffw)(?!\p{L})/iu;

/** Whether a message names a club as the one holding the event. */
export const namesAClub = (text: string): boolean => (CLUB.test(text) || CLUB_INITIALS.test(text) || CLUB_INITIALS_TYPED.test(text)) && !NOT_A_CLUB.test(text);
/** "Wie zeigen wir das als Verein bei der Gemeinde an?": the notice asked for, whatever the event is called ("Bunter Nachmittag"). */
// ("wo teilen wir des der gemeinde mit, gibts da ein formular?")
// ("muss die gemeinde des wisse?", blind set 236.)
// ("wie zeige mir des bei der gemeinde an, gibts da e formular", blind set 241: the dialect's "zeige", a comma after "an".)
const GIVES_NOTICE = /(?<!\p{L})(?:anzeigen|(?:gemeinde|rathaus|markt)\s+(?:das\s+|des\s+|es\s+|davon\s+|dovo\s+)?(?:wissen|wisse)|anzuzeigen|mitteilen|teil\p{L}*\s+(?:\p{L}+\s+){1,5}?mit(?=\s*[,?.!]|\s*$)|bekannt\s*(?:zu\s*)?geben|ankündig\p{L}*|ankuendig\p{L}*|anzukündigen|anzukuendigen|bei\s+(?:euch|ihnen)\s+(?:\p{L}+\s+)?(?:melden|melde)|melde\p{L}*\s+(?:\p{L}+\s+){0,5}?an(?=\s*[?.!]|\s*$)|mitzuteilen|(?:der\s+|bei\s+(?:der\s+)?)gemeinde\s+(?:\p{L}+\s+)?melden|irgendwo\s+(?:an)?melden|irgendwo\s+angeben|zeigen?\s+(?:\p{L}+\s+){1,7}?an(?=\s*[?.!,]|\s*$))(?!\p{L})/iu;

/** "osterfeuer anmelden wo", "e christbaumverbrenne" (blind sets 236, 237): a customary fire, an event to be notified or permitted. */
const BONFIRE = /(?<!\p{L})(?:(?:oster|oosder|ooster|johannis|sonnwend|sonnenwend|martins|funken|christbaum|knut)feuer\p{L}*|(?:christbaum|weihnachtsbaum|tannenbaum)\p{L}*verbrenn\p{L}*)(?!\p{L})/iu;
export const namesABonfire = (text: string): boolean => BONFIRE.test(text);

/** Money said not to be wanted ("keinen Zuschuss, wir wollen …", "Geld wollen wir keins"): still the notice. */
// ("e preisschafkopf … mit geldpreise": prizes and fees of the event itself are no money asked of the town; blind set 198.)
const NO_MONEY =
  /(?<!\p{L})(?:(?:kein\p{L}*|nicht\s+um)\s+(?:\p{L}+\s+)?(?:zuschuss|zuschüsse|geld|förderung|foerderung)|geld\s+(?:\p{L}+\s+){0,2}?kein\p{L}*|geldpreis\p{L}*|preisgeld\p{L}*|startgeld\p{L}*|eintrittsgeld\p{L}*)(?!\p{L})/giu;
/** "Gibt es dafür Geld von der Gemeinde?", "kriegen wir einen Zuschuss", "Kriegen wir da was von der Gemeinde dazu?": money asked of the town. */
const MONEY_ASKED =
  /(?<!\p{L})(?:(?:gibt|gibts|gibt's|geben|zahlt|zahlen|kriegen|kriege|bekommen|krieje)\s+(?:\p{L}+\s+){0,4}?(?:was|etwas|ebbes)\s+(?:\p{L}+\s+){0,4}?dazu|(?:geld|zuschuss|zuschüsse|zuschuesse|förderung|foerderung|unterstützung|unterstuetzung)\s+(?:\p{L}+\s+){0,2}?(?:von\s+der\s+gemeinde|vom\s+markt|von\s+euch|von\s+ihnen|von\s+der\s+verwaltung)|(?:gibt|gäbe|gaebe|kriegen|kriege|bekommen|bekommt|kriegt)\s+(?:es\s+|mer\s+|man\s+|wir\s+)?(?:\p{L}+\s+){0,2}?(?:geld|zuschuss|zuschüsse|zuschuesse|förderung|foerderung|unterstützung|unterstuetzung))(?!\p{L})/iu;
/** Whether a club's message is about holding an event, not about money for the club. */
export function clubEvent(text: string): boolean {
  const moneyNamed = text.replace(NO_MONEY, ' ');
  return namesAClub(text) && (EVENT.test(text) || BONFIRE.test(text) || GIVES_NOTICE.test(text)) && !MONEY.test(moneyNamed) && !MONEY_ASKED.test(moneyNamed);
}

/** Whether a club asks the town for money ("unser Heimatverein möchte das Backhaus renovieren … Gibt es dafür Geld von der Gemeinde?"). */
export const clubAsksForMoney = (text: string): boolean => namesAClub(text) && MONEY_ASKED.test(text.replace(NO_MONEY, ' '));
/** A run for a cause or for all ("Spendenlauf", "Benefizlauf", "Volkslauf"), not any "Ablauf"; a race ("Mountainbike-Rennen", "Seifenkistenrennen"). */
const A_RUN =
  /(?<!\p{L})\p{L}*(?:spenden|benefiz|sponsoren|volks|staffel|charity|stadt|dorf|firmen|nacht|kinder|schüler|schueler|silvester)lauf\p{L}{0,3}(?!\p{L})|(?<=-)rennen(?!\p{L})|(?<!\p{L})(?:seifenkisten|rad|fahrrad|radl|auto|kart|motorrad|pferde|enten|bobbycar|straßen|strassen|berg|kinder|mountainbike|cross|oldtimer|traktor|bulldog)rennen(?!\p{L})|(?<!\p{L})(?:ein|das|unser|unseres?|einem)\s+rennen(?!\p{L})/iu;
// ("darf ich uff meim grundstück e oldtimertreffe mache", blind set 233: the dialect's "mache".)
/** A permission asked for ("Welche Genehmigung brauchen wir?", "was muss beantragt werden?", "Muss man das genehmigen lassen?", "Brauchen wir eine Erlaubnis?", "Darf ich … einen Flohmarkt machen?", "Muss ich das irgendwo anmelden?", "Muss ich das irgendwo beantragen?", "wen muss ich da fragen", "was brauch ich dafür"). */
const PERMISSION = /(?<!\p{L})(?:was\s+(?:brauch|brauche|brauchen)\s+(?:ich|isch|wir|mer|man)\s+(?:da\s*für|dafür|dafuer|do\s*für)(?=\s*[?.!,]|\s*$)|was\s+(?:muss|müssen|muessen)\s+(?:ich|isch|wir|mer|man)\s+(?:da\s+|do\s+)?alles\s+(?:anmelden|anmelde|beantragen|beantrage)|was\s+(?:muss|müsste|muesste)\s+(?:da\s+|dafür\s+|dafuer\s+)?(?:alles\s+)?(?:beantragt|angemeldet|genehmigt)\s+werden|was\s+(?:muss|müssen|muessen)\s+(?:ich|wir)\s+(?:bei\s+(?:ihnen|euch|der\s+gemeinde)\s+)?beantragen|genehmig\p{L}*|erlaubnis\p{L}*|erlauben|erlaube|erlaubt|(?:darf|dürfen|duerfen|derf)\s+(?:ich|wir|man|mer)\s+(?:\p{L}+\s+){0,10}?(?:machen|mache|veranstalten|abhalten|ausrichten|organisieren|durchführen|durchfuehren|aufbauen)|(?:kann|können|koennen)\s+(?:ich|wir|man)\s+(?:\p{L}+\s+){0,8}?(?:einfach|so\s+ohne\s+weiteres)|(?:muss|müssen|muessen)\s+(?:ich|wir|man|mer|mir)\s+(?:das|des|den|die|es|so\s*was|sowas)\s+(?:\p{L}+\s+){0,3}?(?:anmelden|anmelde|anzeigen|melden|melde|beantragen|beantrage|genehmigen\s+lassen)|wen\s+(?:muss|müssen|muessen|soll|sollen)\s+(?:ich|wir|man)\s+(?:da\s+|dafür\s+|dafuer\s+)?(?:fragen|ansprechen)|(?:muss|müssen|muessen)\s+(?:das|des|der|die|es)\s+(?:\p{L}+\s+){0,2}?(?:angemeldet|angezeigt|genehmigt)\s+werden|(?:brauch\p{L}*|benötig\p{L}*|benoetig\p{L}*)\s+(?:ich|wir|man|mer)\s+(?:da\s+|dafür\s+|dafuer\s+)?(?:noch\s+)?(?:was|etwas|eine\s+genehmigung)\s+(?:von\s+der|vom|von)\s+(?:gemeinde|markt|rathaus|amt))(?!\p{L})/iu;

/** Whether a message asks the permission for an event held by others than a club ("Wir organisieren einen Spendenlauf … Welche Genehmigung brauchen wir?"). */
/** "für den umzug den sprinter auf den gehweg stellen": a removal (its van, its no-parking zone), not a parade. */
const A_REMOVAL = /(?<!\p{L})(?:sprinter|transporter|möbelwagen|moebelwagen|umzugswagen|umzugs-?lkw|halteverbot\p{L}*|umzugskarton\p{L}*)(?!\p{L})/iu;
export const asksEventPermission = (text: string): boolean =>
  (EVENT.test(text) || A_RUN.test(text)) && PERMISSION.test(text) && !namesAClub(text) && !(A_REMOVAL.test(text) && /(?<!\p{L})umzug(?!\p{L})/iu.test(text));

/** Whether a message about an event asks something (then the answer comes first). */
export const asksAboutIt = (text: string): boolean => ASKS.test(text);

/** "und feuerwerk derf mer des mache?": fireworks, which the spelling's correction had taken for the fire brigade. */
const FIREWORKS = /(?<!\p{L})(?:\p{L}*feuerwerk\p{L}*|böller\p{L}*|boeller\p{L}*|pyrotechni\p{L}*)(?!\p{L})/iu;
/** What fireworks did ("den Briefkasten mit einem Böller gesprengt", "die Katze ist seit Silvester verschwunden"): damage or a loss, not fireworks to be set off. */
const FIREWORKS_HARM =
  /(?<!\p{L})(?:gesprengt|zerstört|zerstoert|beschädigt|beschaedigt|kaputt\p{L}*|anzeige|strafanzeige|polizei|verschwunden|entlaufen|weggelaufen|vermisst|abgehauen)(?!\p{L})/iu;
/** "wo krieg ich noch böller her, de rewe is ausverkauft": fireworks to buy, a shop's matter (blind set 213). */
const FIREWORKS_BOUGHT = /(?<!\p{L})(?:ausverkauft|kaufen|kaufe|kauf|(?:krieg|kriege|bekomm|bekomme)\s+(?:ich|man|mer|mir)\s+(?:[\p{L}\d]+\s+){0,6}?her)(?!\p{L})/iu;
export const namesFireworks = (text: string): boolean => FIREWORKS.test(text) && !FIREWORKS_HARM.test(text) && !FIREWORKS_BOUGHT.test(text);

/** "die dorfstraß sperre fürn umzug", "die Hauptstraße sperren lassen": a street closed, which "Sperre" had made the Auskunftssperre. */
const CLOSES_A_STREET =
  /(?<!\p{L})(?:\p{L}*(?:straße|strasse|straß|gasse|weg|platz)|straßen|strassen)\s+(?:\p{L}+\s+){0,3}?(?:sperr\p{L}*|absperr\p{L}*|zumach\p{L}*)(?!\p{L})|(?<!\p{L})(?:straßen|strassen|\p{L}*straßen|\p{L}*strassen)sperr\p{L}*/iu;
/** "Parkplätze für den Umzugswagen freihalten", "Halteverbot für den Umzug": room kept free on the road, its special use (not the move's registration). */
const KEEPS_ROAD_FREE =
  /(?<!\p{L})(?:halteverbot\p{L}*|parkverbot\p{L}*|(?:parkpl(?:ätze|aetze|atz|ätz)|parkfläche\p{L}*|stellpl(?:ätze|aetze|atz))\s+(?:\p{L}+\s+){0,4}?(?:freihalten|frei\s+halten|absperren|reservieren|sperren)|(?:umzugswagen|umzugs-?lkw|möbelwagen|moebelwagen|container)\s+(?:\p{L}+\s+){0,4}?(?:vor\s+(?:dem|das|meinem|unserem)\s+haus|auf\s+der\s+straße|auf\s+die\s+straße|abstellen|parken|stellen))(?!\p{L})/iu;
export const closesAStreet = (text: string): boolean => CLOSES_A_STREET.test(text) || KEEPS_ROAD_FREE.test(text);
/** "ein paar Tische und Stühle draußen auf den Gehweg stellen", "einen Kundenstopper vor den Laden": the pavement used by a business (Sondernutzung). */
const ON_THE_PAVEMENT =
  /(?<!\p{L})(?:tische?|stühle|stuehle|bänke|baenke|sonnenschirm\p{L}*|aufsteller|kundenstopper|werbeschild\p{L}*|warenauslage\p{L}*|außengastronomie|aussengastronomie|freischankfläche\p{L}*|freischankflaeche\p{L}*)\s+(?:[\p{L},]+\s+){0,8}?(?:auf\s+(?:den|dem)\s+(?:gehweg|bürgersteig|buergersteig|gehsteig|platz)|vor\s+(?:den|dem|das|die|meinem|meinen|unserem|unseren|unser)\s+(?:laden|café|cafe|geschäft|geschaeft|eingang|lokal))(?!\p{L})/iu;
/** "mit einem Imbisswagen auf dem Parkplatz am Rathaus Essen verkaufen", "mit dem foodtruck wo darf ich mich hinstellen": a sales van on public ground (trial 42: the festival's Gestattung). */
const SALES_VAN =
  /(?<!\p{L})(?:imbisswagen|imbissstand|imbiss-stand|foodtruck\p{L}*|food-truck\p{L}*|food\s+truck\p{L}*|verkaufswagen|verkaufsstand|wurststand|wurstbude|crêpes?stand|crepes?stand|kaffeewagen|eiswagen)(?!\p{L})[^]{0,120}?(?<!\p{L})(?:verkaufen|verkaufe|hinstellen|hinstelle|aufstellen|stellen|stehen|parkplatz\p{L}*|marktplatz|dorfplatz|genehmigung\p{L}*|erlaubnis)(?!\p{L})/iu;
/**
 * (A sales van's trade registered is the trade's: "Foodtruck als Gewerbe anmelden"; its drinks at a festival the
 * Gestattung's, "Glühwein auf dem Weihnachtsmarkt verkaufen"; a festival of food trucks the event's, also a firm's open day "auf unserem parkplatz", blind set 189.)
 */
const VAN_ELSEWHERE =
  /(?<!\p{L})(?:gewerbe\p{L}*|anmeld\p{L}*|ummeld\p{L}*|abmeld\p{L}*|glühwein|gluehwein|alkohol\p{L}*|cocktails?|bier|wein|sekt|schnaps|ausschank|ausschenken|\p{L}*markt|festival|\p{L}*fest|kerb|kirchweih|veranstaltung\p{L}*|tag\s+der\s+offenen\s+t(?:ü|ue|u)r|(?:auf|vor)\s+unserem\s+(?:parkplatz|gelände|gelaende|firmengelände|firmengelaende|hof|grundstück|grundstueck))(?!\p{L})/iu;
export const usesThePavement = (text: string): boolean => ON_THE_PAVEMENT.test(text) || (SALES_VAN.test(text) && !VAN_ELSEWHERE.test(text));

/**
 * "würd gern zur jugendwehr", "beim löschzug schimborn mitmachen": the fire brigade in its own
 * short names, which the model does not know ("Löschzug" led it to deleting data). "sich zur Wehr
 * setzen" is defending oneself.
 */
const FIRE_BRIGADE =
  /(?<!\p{L})(?:ffw|einsätze\s+mitfahren|einsaetze\s+mitfahren|bei\s+einsätzen\s+mitfahren|jugendwehr\p{L}*|kinderwehr\p{L}*|ortswehr\p{L}*|löschzug\p{L}*|loeschzug\p{L}*|löschgruppe\p{L}*|loeschgruppe\p{L}*|(?:zur|bei\s+der|in\s+die|in\s+der)\s+(?:freiwilligen\s+)?wehr(?!\p{L})(?!\s+(?:\p{L}+\s+){0,2}setz))/iu;
/** "Erstattung des fortgezahlten Arbeitsentgelts … zu Feuerwehreinsätzen": an employer's refund for a volunteer's call-out (Art. 10 BayFwG). */
const CALL_OUT_REFUND = /(?<!\p{L})\p{L}*feuerwehr\p{L}*(?!\p{L})[^]*?(?<!\p{L})(?:erstatt\p{L}*|lohnfortzahlung\p{L}*|arbeitsentgelt\p{L}*|fortgezahlt\p{L}*|freistellung\p{L}*)(?!\p{L})|(?<!\p{L})(?:erstatt\p{L}*|lohnfortzahlung\p{L}*|arbeitsentgelt\p{L}*)(?!\p{L})[^]*?(?<!\p{L})\p{L}*feuerwehr\p{L}*(?!\p{L})/iu;
export const namesTheFireBrigade = (text: string): boolean => FIRE_BRIGADE.test(text) || CALL_OUT_REFUND.test(text);

/**
 * "bin seit 10 johr bei de feuerwehr, krieg isch do aach so e kart mit rabatte?": the card for
 * volunteers (Bayerische Ehrenamtskarte) by what it gives, asked by someone who volunteers.
 */
const CARD_WITH_DISCOUNTS =
  /(?<!\p{L})(?:kart\p{L}*|ausweis)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:rabatt\p{L}*|vergünstig\p{L}*|verguenstig\p{L}*|ermäßig\p{L}*|ermaessig\p{L}*|vorteil\p{L}*)|(?<!\p{L})(?:rabatt\p{L}*|vergünstig\p{L}*|verguenstig\p{L}*|ermäßig\p{L}*|ermaessig\p{L}*)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})kart\p{L}*/iu;
const VOLUNTEERS = /(?<!\p{L})(?:ehrenamt\p{L}*|\p{L}*feuerwehr\p{L}*|\p{L}*verein\p{L}*|freiwillig\p{L}*|engagier\p{L}*|thw|rotes\s+kreuz|brk|drk)(?!\p{L})/iu;
/** "steht mir die goldene Karte zu?": the golden volunteer card (25 years of service), named by its colour. */
// "diese blaue Karte für Ehrenamtliche": the blue one by its colour and its holders (the EU Blue Card is a residence permit).
const GOLDEN_CARD = /(?<!\p{L})(?:goldene[n]?\s+(?:ehrenamts)?karte|(?:diese|die|eine|so\s+eine)\s+karte\s+(?:für|fuer)\s+(?:freiwillige|ehrenamtliche)|blaue[n]?\s+(?:ehrenamts)?karte\s+(?:für|fuer)\s+(?:ehrenamtlich\p{L}*|pflegend\p{L}*|engagiert\p{L}*))(?!\p{L})/iu;
/** Whether a message names volunteering at all (a card asked beside it may be the volunteer card). */
export const namesVolunteering = (text: string): boolean => VOLUNTEERS.test(text);
export const asksVolunteerCard = (text: string): boolean => (CARD_WITH_DISCOUNTS.test(text) && VOLUNTEERS.test(text)) || GOLDEN_CARD.test(text);

/** The town's newsletter named ("Mitteilungsblatt", "Gemeindeblättchen", "Gemaablättche"): a notice in it is the newsletter's. */
const NEWSLETTER =
  /(?<!\p{L})(?:mitteilungsblatt\p{L}*|amtsblatt\p{L}*|gemeindeblatt\p{L}*|gemeindeblättche\p{L}*|gemeindeblaettche\p{L}*|blättche\p{L}*|blaettche\p{L}*|blättle|(?:gemaa|gmaa|gemää)bl(?:ä|ae)tt\p{L}*|gemeindezeitung|gemeinde-?heft\p{L}*|gemeinde-?zeitung|heft\s+(?:von|vom|der)\s+(?:der\s+)?gemeinde|mitteilungen\s+(?:von\s+der|der|vom)\s+(?:gemeinde|markt\p{L}*)|gemeindemitteilungen|zeitung\s+(?:von|vom|der)\s+(?:der\s+)?(?:gemeinde|rathaus|markt))(?!\p{L})/iu;
export const namesTheNewsletter = (text: string): boolean => NEWSLETTER.test(text);
/** "in dem Heft, das jede Woche an alle Haushalte geht, eine Anzeige … schalten": an ad in the town's newsletter. */
const AD_PLACED =
  /(?<!\p{L})(?:anzeige\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:schalten|schalte|aufgeben|aufgebe|uffgeben|uffgebe|setzen|setze)|anzeige\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:ins|in\s+(?:das|die|den|dem|unser\p{L}*))|inserat\p{L}*|inserieren)(?!\p{L})/iu;
const WEEKLY_TO_ALL = /(?<!\p{L})(?:jede\s+woche|wöchentlich|woechentlich|alle\s+haushalte|gemeindeblatt\p{L}*|amtsblatt\p{L}*)(?!\p{L})/iu;
export const placesAnAdInTheNewsletter = (text: string): boolean => AD_PLACED.test(text) && (WEEKLY_TO_ALL.test(text) || NEWSLETTER.test(text));
/** "Wie kommt unser Vereinskonzert in den Veranstaltungskalender?": a date listed for the public, which clubs send in for the newsletter (not the notice to the Ordnungsamt). */
const EVENT_LISTING = /(?<!\p{L})(?:veranstaltungskalender\p{L}*|terminkalender\p{L}*|veranstaltungsübersicht\p{L}*|veranstaltungsuebersicht\p{L}*|veranstaltungstermine\s+(?:\p{L}+\s+){0,2}?(?:veröffentlich\p{L}*|veroeffentlich\p{L}*))(?!\p{L})/iu;
export const wantsEventListed = (text: string): boolean => EVENT_LISTING.test(text);

/** Notes or posters put up in public ("zettel mit foto an die laternen und bäume kleben"): the posting rules, whatever they are for. */
/** "große Aufsteller an der Hauptstraße hinstellen": signs set up beside a road, the posting rules too. */
const SIGNS_SET_UP =
  /(?<!\p{L})(?:aufsteller|schilder|schild|banner|transparent\p{L}*|werbetafel\p{L}*)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:hinstellen|aufstellen|aufhängen|aufhaengen|anbringen|stellen)(?!\p{L})/iu;
// ("darf ich zettel für mein hofflohmarkt an die bäume am straßenrand mache", blind set 223: the dialect's "mache".)
const POSTED =
  /(?<!\p{L})(?:\p{L}*zettel|zetel|plakat\p{L}*|aushang|aushänge|aushaenge|flyer|poster|\p{L}*werbung|werbeschild\p{L}*|werbetafel\p{L}*)(?!\p{L})[^.!?]{0,80}?(?<!\p{L})(?:\p{L}*laterne\p{L}*|bäume|baeume|baum|mast\p{L}*|strommast\p{L}*|bushaltestelle\p{L}*|im\s+ort|öffentlich\p{L}*|oeffentlich\p{L}*)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:kleben|ankleben|aufhängen|aufhaengen|hängen|haengen|anbringen|befestigen|binden|anbinden|festbinden|machen|mache|dranmachen|dranmache|hinmachen|hinmache|tackern|nageln)(?!\p{L})/iu;
/** "Wo darf man Wahlwerbung an die Straße machen?": election posters named, the posting rules' matter. */
const ELECTION_POSTERS = /(?<!\p{L})(?:wahlwerbung\p{L}*|wahlplakat\p{L}*|plakatier\p{L}*)(?!\p{L})/iu;
export const namesElectionPosters = (text: string): boolean => ELECTION_POSTERS.test(text);
/** "Wahlwerbung … einfach an die Masten kleben": posters put up on the town's lamps and masts (a party's mail is the address block's). */
export const postsOnLampsOrMasts = (text: string): boolean => POSTED.test(text);
/** "mir wolle schilder fern flohmarkt an die stroß stelle": signs that advertise an event, not a road's closure for a removal van. */
// ("Werbeschilder an der Straße aufstellen" for the Kerb; "schilder an die straßenlaternen und zäune machen" for a flea market, blind set 189;
// "wie lang … dürfe die werbe schilder fürs konzert an der straß stehe", blind set 199.)
const ADVERTISING_SIGNS = /(?<!\p{L})(?:werbe\s?|hinweis)?(?:aufsteller|schilder|schild|banner|plakat\p{L}*)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:hinstellen|aufstellen|stellen|stelle|hinstelle|aufstelle|aufhängen|aufhänge|anbringen|hängen|hänge|befestigen|machen|mache|hinmachen|dranmachen|stehen|stehe|hängen\s+bleiben)(?!\p{L})/iu;
const FOR_PARKING = /(?<!\p{L})(?:park\p{L}*|halteverbot\p{L}*|umzug\p{L}*|lkw|möbelwagen|moebelwagen|sperr\p{L}*)(?!\p{L})/iu;
export const advertisesEventWithSigns = (text: string): boolean => ADVERTISING_SIGNS.test(text) && EVENT.test(text) && !FOR_PARKING.test(text);
export const putsUpNotices = (text: string): boolean => POSTED.test(text) || SIGNS_SET_UP.test(text);

/** The newsletter wanted or missed ("keine bekommen im Briefkasten", "bis wann abgeben"): not a notice about oneself in it. */
const NEWSLETTER_WANTED =
  /(?<!\p{L})(?:briefkasten|bekommen|bekomme|kriegen|krieg|zugestellt|abonnier\p{L}*|online|internet|abgeben|einreichen|redaktionsschluss|bis\s+wann|schreiben|abdrucken|drucken|veröffentlichen|veroeffentlichen|danksagung)(?!\p{L})/iu;
export const wantsTheNewsletter = (text: string): boolean => NEWSLETTER.test(text) && NEWSLETTER_WANTED.test(text);

/** An event of a firm ("Meine Firma will Jubiläumsfeier machen auf Firmengelände"), not a club's. */
// "als Anwohner … mit den Nachbarn", "privat": a private organiser, no club either.
const NOT_A_CLUBS = /(?<!\p{L})(?:firma|firmen\p{L}*|unternehmen|betrieb\p{L}*|anwohner\p{L}*|privat\p{L}*|privatperson\p{L}*)(?!\p{L})/iu;
// "arbeit fest bei einer firma": "fest" alone is no feast there.
const FIRM_ADVERB = /(?<!\p{L})fest(?!\p{L})/giu;
/** "mein eigenes Ding … Catering für Feiern und Firmen": a trade being started, whose customers' feasts are no event of its own. */
const A_TRADE_STARTED = /(?<!\p{L})(?:selbst(?:st)?ändig\p{L}*|selbst(?:st)?aendig\p{L}*|eigenes?\s+(?:ding|geschäft|geschaeft|gewerbe|firma|unternehmen)|gewerbe\p{L}*|catering\p{L}*)(?!\p{L})/iu;
export const startsATrade = (text: string): boolean => A_TRADE_STARTED.test(text);
/** "Wir sind ein kleiner Zirkus und würden … auftreten": a circus's guest performance, the events' permission. */
const CIRCUS_PERFORMS = /(?<!\p{L})(?:\p{L}*zirkus|\p{L}*circus)(?!\p{L})[^]*?(?<!\p{L})(?:auftreten|auftritt\p{L}*|gastier\p{L}*|spielen|aufbauen|vorstellung\p{L}*)(?!\p{L})/iu;
export const circusPerforms = (text: string): boolean => CIRCUS_PERFORMS.test(text);
/** "Werbung … anbringen", "Werbeplakate aufhängen", "plakatieren": advertising an event, the posting rules' matter. */
// ("an den Laternenmasten für unsere Vorstellungen werben": the posters' permit, not the circus's.)
export const advertises = (text: string): boolean => /(?<!\p{L})(?:\p{L}*werbung|werben|\p{L}*plakat\p{L}*)(?!\p{L})/iu.test(text);
export const firmsEvent = (text: string): boolean => EVENT.test(text.replace(FIRM_ADVERB, ' ')) && NOT_A_CLUBS.test(text) && !namesAClub(text);

/** "wolle Woi verkaafe", "Glühwein ausschenken": drinks sold at an event, the Gestattung's matter. */
// "eine Konzession für drei Tage": the licence to sell them named.
// A drinks stand set up sells ("en getränkestand aufstellen"; one named in a list of a concert's things is the event's), as does a bar held ("en Ausschank mache", blind set 211; "Den Ausschank machen wir nicht selber" tells who serves).
const SELLS = /(?<!\p{L})(?:verkauf\p{L}*|verkaafe|ausschenk\p{L}*|konzession\p{L}*|schankerlaubnis\p{L}*|(?:getränke|getraenke|\p{L}*bier|\p{L}*wein|cocktail|sekt|schnaps)(?:stand|bude|bar)\p{L}*\s+(?:\p{L}+\s+)?(?:aufstellen|aufbauen|betreiben|hinstellen|machen)|(?:en|einen|e|nen|'nen)\s+\p{L}*ausschank\s+(?:\p{L}+\s+)?(?:machen|mache|betreiben|aufmachen|aufmache|anbieten))(?!\p{L})/iu;
export const sellsDrinks = (text: string): boolean => {
  const told = text.replace(NO_DRINKS, ' ');
  return DRINKS.test(told) && SELLS.test(told);
};

/** "Was müssen wir der Gemeinde vorher mitteilen? … Wie machen wir das als Verein?": a club's event to be notified, told as such (not a hall rented, not a church's rite). */
export const clubGivesNotice = (text: string): boolean => clubEvent(text) && GIVES_NOTICE.test(text);

/** "Ich möchte gern bei Feuerwehr helfen, freiwillig", "will unbedingt zur jugendfeuerwehr" (blind set 236): joining the fire brigade, whatever one tells of oneself. */
const JOINS_FIRE_BRIGADE =
  /(?<!\p{L})(?:feuerwehr|feuerwer)\p{L}*(?!\p{L})[^.?!]{0,60}?(?<!\p{L})(?:helfen|mitmachen|mitmache|beitreten|eintreten|mitglied\p{L}*|mitarbeiten|dabei\s+sein|aktiv\s+werden|gehen|gehn)(?!\p{L})|(?<!\p{L})(?:helfen|mitmachen|mitglied\p{L}*|eintreten|beitreten|gehen|gehn)\s+(?:\p{L}+\s+){0,2}?(?:bei\s+der|bei|zur|in\s+die)\s+(?:freiwilligen\s+)?(?:feuerwehr|feuerwer)(?!\p{L})|(?<!\p{L})(?:will|möchte|möcht|moechte|wollen|wolle|darf)\s+(?:\p{L}+\s+){0,2}?(?:zur|in\s+die|zu\s+der)\s+(?:freiwilligen\s+)?(?:jugend|kinder)?(?:feuerwehr|feuerwer)(?!\p{L})/iu;
export const joinsTheFireBrigade = (text: string): boolean => JOINS_FIRE_BRIGADE.test(text);

/**
 * "einen Laternenumzug durch den Ort, müssen wir das irgendwo melden wegen Straße und so?" (blind set 249: "Umzug" had been a move): a
 * procession through the streets, an event to be permitted.
 */
const PARADE =
  /(?<!\p{L})(?:(?:laternen|martins|sankt-martins|fasching\p{L}*|fastnacht\p{L}*|karneval\p{L}*|fest|kerb\p{L}*|kirchweih\p{L}*|schützen|schuetzen|erntedank\p{L}*)umz(?:u|ü|ue)g\p{L}*|umzug\s+durch\s+(?:den|das|die|unser|unseren|unsere)\s+(?:ort|dorf|ortskern|straßen|strassen|gemeinde))(?!\p{L})/iu;
/** Whether it must be notified or permitted ("müssen wir das irgendwo melden"), not the weather of it or its English name. */
const NOTIFIED = /(?<!\p{L})(?:melden|melde|anmelden|anmelde|anzeigen|anzeige|genehmig\p{L}*|erlaubnis|erlaubt|beantrag\p{L}*|dürfen|duerfen|darf|derf)(?!\p{L})/iu;
export const asksAboutAParade = (text: string): boolean => PARADE.test(text) && NOTIFIED.test(text);
