// The router: for a citizen's text, one topic (an answer entry, a flow or a built-in intent), a
// question back with the closest topics, or none (out of scope — with the body that can help, when
// the question is a frequent matter of another authority).
//
// Two kinds of evidence are fused. The learned model (model.ts) knows how citizens phrase each topic
// from the training corpus; the retrieval (index.ts) knows the words the editors gave each topic
// and the rest of the entry. Each topic's fused score is the model's log-probability plus `lambda`
// times the retrieval fit; "out of scope" competes as one more class with a fixed fit. A softmax
// over these scores gives a probability per topic. The constants are chosen by k-fold
// cross-validation on the corpus (`npm run kb:calibrate`, calibration.ts), never on evaluation sets.
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { asksForDiscount, DISCOUNT_WORDS } from './language/discount';
import { asksProofFromSomeone, facetOf, facetPhraseWords, isFacetWord, isOnlineWord, isPricePeriodWord, type Facet } from './language/facets';
import { isGenericWord } from './language/generic';
import { joinDictatedCompounds, joinSplitCompounds } from './language/split-compounds';
import { withDictatedPunctuation } from './language/dictation';
import { editDistance } from './language/spelling';
import { DIALECT_FUNCTION_WORDS } from './language/stopwords';
import { dangerOf, type Danger } from './language/urgent';
import { deregistersTheDead, feelsLonely, isBareComplaint, lossTold } from './language/feelings';
import { ENGLISH_MATTERS, englishOthersService, type EnglishMatter, englishPersonWished, englishPrivateMatter, englishTenancyDispute } from './language/english-matters';
import { splitDoneInEnglish, withoutDoneInEnglish } from './language/english-done';
import { asksBeforeLeaving, comesFromElsewhere, fromElsewhereTo, forgotToDeregisterAbroad, returnsFromAbroad, livedElsewhereBefore, englishNewcomerRegisters, moveAbroad, namesAForeignCountry, moveAwayFromTown, moveInsideTown, moveIntoTown, moveToTown, moveWithinTown } from './language/moves';
import { dogDied, moveBesideADog, relativeDied, lostDogTag, asksForLostThing, dogGivenAway, dogNoise, neighboursDogNoise, plansADog, relativeDiedBesideDog, isLostOrFoundAnimal, mentionsADog, dogsTaxTold, petCare, petPutToSleep, registersANewDog, asksDogTaxReduction, goesFishing, asksDogRegistrationDeadline, namesDogTaxMisspelled, foundAThing, asksIfNobodyClaims, newDogInKeywords, registersTheDogHere, keepsAStrayDog, neighboursCat } from './language/animals';
import { namesTradeAsSpoken, tradeRegistered, namesTradeTax, namesTaxOfTheBusiness, paysTradeTax, opensBusiness, ownBusiness, relocatesFirm, startsSideBusiness, sellsProduce, closesOrMovesBusiness, registersOwnBusiness } from './language/business';
import { isObjectionWord, OBJECTION_WORDS, saysNoticeIsWrong } from './language/objection';
import { asksForFormsOnline, asksWhatIsOnline, asksWhatIsOnlineOtherwise, namesThePortal, onlineApplicationFails } from './language/online';
import { wantsAHall, rentsAHall, wantsARoomForAGroup } from './language/rooms';
import { leavesTheChurch, withoutChurchAsPlace } from './language/church';
import { namesVotingPapers, votesInAnotherCountrysElection, votesWhileAway } from './language/elections';
import { asksAboutCivilWedding, namesNoImpediment } from './language/wedding';
import { asksCouncilAgenda, asksCurrentNotices, asksWhatsNew, asksWhatsOn, namesTheCouncil, asksWhereMadePublic, namesOfficialNotices } from './language/council';
import { asksParentalAllowance, asksWhoMindsAChild, asksNurseryHours, asksSiblingsDiscount, childcarePlaceNotPromised, namesParentalAllowanceOtherwise } from './language/childcare';
import { appliedToTheTown, asksWhereToApply, asksTownAsTrainer, asksEducatorJob, asksSideJobAtTheTown, firmHires } from './language/town-jobs';
import { aboutAppliance, celebratesWeddingAnniversary, aboutPrivateAccess, asksCleaningTip, asksGeneralKnowledge, asksToWriteSomething, asksWhoPaysPrivateDamage, namesNoFishing, asksDrivingLessonsPrice, asksForRecommendation, asksGardenAdvice, asksCarPrice, asksCarCare, asksInsuranceChoice, asksForTravelDeal, asksForTranslation, asksEnglishTrivia, ownEverydayMatter, seeksPrivateHelper, asksToolOrPestAdvice, offTopicEveryday, claimsCarDamage } from './language/private-matters';
import { asksHourForGardenNoise, asksIfNoiseThatEarly, asksQuietHours, namesQuietFromAnHour } from './language/quiet-hours';
import { asksOthersPrivateData, asksProofOfResidence, saysKinship, saysRegistering, registersAsResident, mustRegisterOneself, landlordConfirmsMove, movesWithinSameTown, objectsToJubileeNotice, registersWhileStayingWithSomeone, confirmsOwnRegistration, registersInLearnersOrder, registersWhereNowLiving, asksToHideAddress, givesUpSecondHome, namesRegistering, registersOneself, lostRegistrationPaper, registersOwnAddress, registersSecondHome, landlordWithholdsConfirmation, namesReRegistration, seeksSomeonesAddress, registersAfterMovingIn, registersInTheNewTown, ownerConfirmsResidence, asksWhereToRegister, neverRegistered, namesDeregistering, namesHousingBenefit, namesPensionOtherwise, namesPensionAccountGap, registersWithConfirmationInHand, namesSocialInsuranceCard, wantsNoLongerRegistered, asksToBeEntered, registersLate, leavesTheCountry, wantsToBeRegistered, asksOwnAddresses, stopsAddressRelease } from './language/register';
import { asksProofAtTheYard, asksWhenBinIsEmptied, bringsWasteOneself, binGoneOrMissing, disposesOfElectronics, disposesOfScrap, disposesOfYardMaterial, asksChristmasTreeCollection, bringsChristmasTree, changesBinSize, ordersBulkyWaste, binNotCollected, burnsGardenWaste, disposesOfFurniture, disposesOfGreenCuttings, withoutClearingOut, wantsABin, ordersBins, withoutAContainer } from './language/waste';
import { aboutWaterBill, namesSewerBill, meterReadAsked, meterCalibrationDue, meterDoubted, waterFailsAround, meterLeaks, waterShutOff } from './language/water';
import { asksBuildingPermit, asksPermitBesideNoPlan, asksWhatIsPlanned, asksYearlyCostOfLand, changesDebitAccount, wishesDirectDebit, propertyTaxNotice, propertyTaxRose, handsInBuildingPlans, asksBuildingRules, takesTreesOut, asksToTakeTreesOut, asksPlanDocuments, namesPermitProcedure } from './language/land';
import { carcassOnRoad, claimsRoadDamage, waterPipeBurst, drainBlocked, toldADamage, treeFellInPublic, nestAtAPublicPlace, waterStandsInAHole, streetLightOut } from './language/damage';
import { askedInStory } from './language/asked';
import { afterGreeting, onlyTelling, asksIfSafeToTypeHere, greetsTheTownHall, asksIfSomeoneIsThere, triesTheChat, asksOrNeeds, asksWhatToDo, onlyGreeting, onlyThanksOrGoodbye, asksWhatHappensToWhatISay, asksWhatIAm, asksWhatICanDo, isSmallTalk, questionAfterThanks, questionBeforeThanks, scoldsTheAssistant, scoldsTheStaff, asksHowTheAssistantWasMade, instructsTheAssistant, toldHavingNone, wantsAPersonInstead, wantsDeletion, wantsWhatIWroteGone, thanksAndGoodbye } from './language/small-talk';
import { asksForEmployersPaper, asksVisitingHours, parkedWhereNotAllowed, unemploymentBenefitCut, aboutTyres, aboutChurchRite, handsOnProperty, asksTaxOfficesMatter, aboutMusicRights, aboutInsurersClaim, asksSwornTranslation, fliesADrone, asksLegalForm, thingLeftInPublic, asksHowRegistered, asksCommercialRegister, asksHealthInsurersMatter, appliesForSurvivorsPension, aboutDivorce, aboutHealthOffice, aboutEmployment, aboutEnergySupplier, aboutFoodControl, asksWhoKeepsAMajorRoad, comparesCars, asksForPetPassport, aboutMiniJob, booksARestaurantTable, aboutChildBenefit, shopsForWedding, aboutForwardingOrder, aboutOthersCard, aboutParcel, aboutParentalLeave, aboutPostOffice, changesAddressWithOthers, travelsAbroad, aboutInsurersPremium, objectsToOthersNotice, aboutBroadcastFee, asksForApostille, asksLandSurvey, wildAnimalHit, gameDamagedGarden, aboutPensionPayment, aboutStateTax, aboutStudentGrant, aboutTenancyDispute, tenantDoesNotPay, aboutEnergyBill, asksForRecipe, aboutTowedCar, hitAndRun, aboutTrafficFine, aboutVehicleUpkeep, aboutVehicleTax, appointmentWithOthers, notGermansDocument, wantsCarTowed, aboutCreditReport, disputesWithNeighbour, rubbishLeftLying, asksCareerAdvice, asksForGermanCourse, asksForTravelPermit, asksWhomToVoteFor, aboutInheritanceCertificate, claimsInheritanceShare, disputesWithTradesman, aboutOwnBank, aboutTelecom, asksInsurancePlate, asksForTaxId, aboutCustody, asksMaintenanceAmount, aboutCompanyPension, aboutBasicIncome, asksEnergyGrant, lineOutOfOrder, aboutFarmingOrChamber, aboutOthersLetter, aboutCare, aboutResidencePermit, renewsResidencePermit, aboutMaternityPay, aboutVaccinationRecord, asksWhereToBeVaccinated, asksCertificateRecognition, aboutInsuranceCard, asksCraftsRegister, aboutAssociationsRegister, asksForBuildingPlot, asksDrivingPoints, asksYouthLeaderCard, asksHuntingOrWeapons, asksNaturalisation, lostAThing, asksForExtension, asksAboutSchool, asksTaxAllowance, townMatterWithoutEntry, namesBlueCardEu, asksEnergyCertificate, asksLandRegister, seeksMidwife, aboutRehabilitation, choosesRehabilitationClinic, aboutMotorwayWorks, asksAboutRoadWorks, asksSchoolReportAnew, asksForJobseekersAllowance, aboutTransportTicket, aboutPrivateForest, aboutYouthOffice, registersUnemployed, leftInATrain, asksTheWeather, asksOnlyTheWeather, cancelsNewspaper, rejoinsChurch, powerCut, seeksAFlat, asksMarriageContract, seeksADoctor, reportsUnauthorisedBuilding } from './language/others-matters';
import { aboutOwnIdCard, asksWhereRegistered, picksUpDocumentForAnother, idDocumentLost, idDocumentLostInEnglishWords, idCardRunsOut, asksPassportSooner, asksAppointmentForPickUp, naturalisedWantsIdCard, naturalisedWantsIdCardNotPassport, wantsAnIdCard, waitsForNewDocument, babyNeedsOwnDocument, asksPapersToRegisterDeath, wantsIdCardPinAnew, passportForNewName, englishAdultDocument, englishCertificateCopies, asksAboutIdDuty, adultsDocumentNamed, asksAboutPickUp, asksChildsDocument, asksCertificateCopies, asksCertificateOfPastEvent, wantsCertificateAnew, idCardForNewName, firstPassport, describesCivilStatusCertificate, asksIfDocumentReady, ownFirstPassport, asksProvisionalDocument, asksProvisionalIdDocument, asksPaperForTheMeantime, appliesForPassportHere, aboutDisabilityCard, namesDegreeOfDisability, namesCardByItsDegree, asksIfIdCardWillDo, bornInAYear, documentDamaged, expectsABaby, newbornsCertificate, registersNewborn, idCardForFarTrip, grownChildsDocument, namesACleanRecord, namesOnlyThePassport, needsPassportBesideIdCard, wantsPassportFaster, needsNewPassport, wantsCertified, copiesCertified, asksLifeCertificate, describesLifeCertificate, documentLostAbroad,
  documentsTakenInBurglary, dictatedIdCard, namesAnIdCard, lostDocumentFoundAgain, namesProvisional, namesChildsDocument, asksRegisterPrintout, ownIdCardFromSixteen, paysAtPickUp, describesPassport, asksHowLongPassportTakes, describesThePassport, childrensTravelDocument } from './language/documents';
import { asksBurialArranged, asksBurialByCustom, asksBurialHere, asksCemeteryWater, asksKindOfBurial, namesTheCemetery, wantsAGrave } from './language/cemetery';
import { LOCAL_TAX_TOPICS, missedTaxPayment, withoutArisingCosts } from './language/fees';
import { withoutNegatedMatter } from './language/contrast';
import { splitDone, wantsTheSame, withoutToldAside } from './language/done';
import { otherTownIn } from './language/other-towns';
import { asksForWork, winterMatter } from './language/winter';
import { howElseAsked } from './language/how-else';
import { askedBeforeIfOpen, asksFirstIfOpen, asksOpenOrClosed, hoursOfAnotherPlace, namesHoursOtherwise, namesTownOffice } from './language/opening-hours';
import { aboutHomeVisit, asksForTheMayor, behalfSaid, asksToDropIn, asksWhetherAppointmentNeeded, wantsAppointment, withTheMayor, missedAppointmentAgain, wantsAppointmentAtTheOffice, movesAppointmentMade, wishesAppointmentInEnglishWord, booksForAService } from './language/visits';
import { isOnlyAnAddress, withoutSalutedNames, isOnlyAnAddressOnline } from './language/names';
import { asksAccompaniedDriving, deregistersScrappedCar, deregistersTheCarNamed, wantsToRegisterAVehicle, asksResidentsParking, registersAVehicle, vehicleRegisteredInWords, drivesOnForeignLicence, appliesForDrivingLicence, namesDrivingLicenceOtherwise, heldLicence, exchangesOldLicence } from './language/vehicles';
import { wantsAnswerInWriting, asksToBeCalled, asksWhomToTurnTo, asksWhichToCall, cannotGetThrough, wantsToBeContacted } from './language/call-back';
import { wantsEventListed, asksAboutAParade, wantsItKnown, namesABonfire, clubAsksForMoney, joinsTheFireBrigade, asksAboutIt, asksEventPermission, usesThePavement, clubGivesNotice, asksVolunteerCard, namesVolunteering, closesAStreet, clubEvent, namesAClub, namesFireworks, namesTheFireBrigade, withoutDrinks, sellsDrinks, namesTheNewsletter, putsUpNotices, wantsTheNewsletter, firmsEvent, startsATrade, circusPerforms, namesElectionPosters, advertisesEventWithSigns, postsOnLampsOrMasts, advertises, placesAnAdInTheNewsletter } from './language/clubs';
import { RetrievalIndex, type TopicDoc, type TopicKind } from './retrieval';
import { GERMAN, type LanguageProfile, type RouterLanguage } from './language/profile';
import { tokenize } from './language/tokenize';
import { otherLanguage } from './language/detect';
import type { TopicModel } from './model';
import { KNOWLEDGE_DIR } from './paths';
import { isOutOfScope, OUT_OF_SCOPE } from './training';
import { fingerprint, type NearDuplicateIndex } from './near-duplicate';

export type { TopicDoc } from './retrieval';

export interface RouteContext {
  /** The answer topic of the previous turn, for follow-up questions. */
  lastTopic?: string;
  /** The language of the conversation (default German; Leichte Sprache is routed as German by the caller). */
  language?: RouterLanguage;
}

interface Candidate {
  id: string;
  /** Fused probability, 0–1. */
  score: number;
}

export interface RouteResult {
  /** The topic to answer, or the best guess when asking back; null when out of scope. */
  decision: { kind: TopicKind; id: string } | null;
  confidence: number;
  candidates: Candidate[];
  action: 'answer' | 'clarify' | 'none';
  /** Out of scope: the body the question is a matter of (a referral key), when recognizable. */
  referral?: string;
  /** A second request in the same message ("… umgezogen – brauche ich einen Termin?"), to offer. */
  also?: string;
  /** No topic: the question asks only a point of one ("Was kostet das?") and names no matter. */
  pointOnly?: PointOnly;
  /** No topic: small talk ("Wie geht es Ihnen?"), to be answered kindly. */
  smallTalk?: true;
  /** No topic: a danger told (gas, fire, violence), answered with what to do now. */
  danger?: Danger;
  /** No topic: a service of another municipality around ("das Rathaus in Alzenau"), which is that town's. */
  otherTown?: string;
  /** No topic: which business or product to choose ("Kennt ihr einen guten Fotografen?"), which the town does not recommend. */
  recommendation?: true;
}

/** The points a question may ask without naming its matter ("Was kostet das?"). */
type PointOnly = Extract<Facet, 'fees' | 'duration' | 'documents'>;

const calibrationSchema = z.object({
  /** Weight of the retrieval fit (0–1) in a topic's fused score, against the model's log-probability. */
  lambda: z.number().min(0),
  /** The retrieval fit the out-of-scope class is credited with. */
  outOfScopeFit: z.number(),
  /** Below this fused probability the best topic is not answered directly. */
  answer: z.number().min(0).max(1),
  /** A second topic with at least this share of the best one's probability is too close to decide. */
  close: z.number().min(0),
  /** When not answering directly: ask back if the close topics together reach this probability; else none. */
  clarify: z.number().min(0).max(1),
  /** How the values were chosen (folds, corpus size, cross-validated metrics), for the reader. */
  chosenBy: z.record(z.string(), z.unknown()).optional(),
});
export type Calibration = z.infer<typeof calibrationSchema>;

export const CALIBRATION_FILE = path.join(KNOWLEDGE_DIR, 'training', 'calibration.json');

/** Used when no calibration file exists (a new installation before `npm run kb:calibrate`). */
const DEFAULT_CALIBRATION: Calibration = { lambda: 3, outOfScopeFit: 0, answer: 0, close: 0.8, clarify: 0.5 };

export function readCalibration(file: string = CALIBRATION_FILE): Calibration {
  try {
    return calibrationSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return DEFAULT_CALIBRATION;
    throw new Error(`${file}: ${(err as Error).message}`, { cause: err });
  }
}

/** How many retrieval matches take part in the fusion. */
const RETRIEVED = 8;
/** Clarifications offer at most this many topics. */
const CLARIFY_MAX = 3;
/** A clarification lists topics down to this share of the best one's probability. */
const CLARIFY_SHARE = 0.25;
/**
 * A part of a message with two requests ("Wir haben einen Welpen und sind gerade umgezogen") is
 * offered as a second topic when it alone is decided this surely. Not learned: the corpus has one
 * request per line.
 */
const ALSO_SURE = 0.6;
/**
 * A message of one or two words ("Steuer", "Ausweis", "Müll") that names several topics equally
 * (their retrieval fits lie within VAGUE_FLAT of the best, which reaches VAGUE_FIT) is asked back
 * unless the model is sure (VAGUE_SURE): the corpus, one clear request per line, cannot teach this.
 */
const VAGUE_WORDS = 2;
const VAGUE_FIT = 0.6;
const VAGUE_FLAT = 0.05;
const VAGUE_SURE = 0.75;
/**
 * Decisions kept for texts seen before (buttons, frequent questions): deciding a text afresh costs
 * more than the rest of a turn's own work. Bounded; the least recently used goes first.
 */
const DECISIONS_KEPT = 2000;
/** Parts of a message: sentences, and clauses joined by "und", "außerdem" (English: "and", "also") or a dash. */
const PARTS: Record<RouterLanguage, RegExp> = {
  de: /[.!?;:]+\s+|\s+[–—-]\s+|\s+(?:und|außerdem|ausserdem|sowie|zudem)\s+/iu,
  en: /[.!?;:]+\s+|\s+[–—-]\s+|\s+(?:and|also|plus)\s+/iu,
};

/** The evidence for one text, before the decision (calibration.ts searches the constants on it). */
export interface Evidence {
  /** Per topic (index into docs): the model's probability and the retrieval fit. */
  topics: Array<{ doc: number; p: number; fit: number }>;
  /** The model's probability that the text is out of scope, and its most likely referral. */
  outOfScope: number;
  referral?: string;
}

export class Router {
  readonly index: RetrievalIndex;
  readonly profile: LanguageProfile;
  private readonly byTitle = new Map<string, number>();
  /** Topics by a name (synonym) only they have, as bareName spells it. */
  private readonly byName = new Map<string, number>();
  private readonly byId = new Map<string, number>();
  /** Model class index of each doc (undefined: the model does not know the topic). */
  private readonly classOf: Array<number | undefined>;
  private readonly outOfScopeClasses: Array<[number, string]>;
  private readonly moveWithin: ((normalized: string) => boolean) | undefined;
  private readonly fromElsewhere: ((normalized: string) => boolean) | undefined;
  /** "ich bin umgezogen nach Mömbris": a move to the town by its own name, from somewhere not said (not within it). */
  private readonly moveToTheTown: ((normalized: string) => boolean) | undefined;
  private readonly livedElsewhere: ((normalized: string) => boolean) | undefined;
  private readonly moveInside: RegExp | undefined;
  private readonly moveIn: ((normalized: string) => boolean) | undefined;
  private readonly cameFromElsewhere: ((normalized: string) => boolean) | undefined;
  private readonly moveTo: ((normalized: string) => boolean) | undefined;
  private readonly moveAbroad: ((normalized: string) => boolean) | undefined;
  private readonly moveAway: ((text: string) => boolean) | undefined;
  private readonly otherTown: (text: string) => string | undefined;
  /**
   * Decisions by a hash of the context and the text (the text itself is not kept: it may be personal
   * data). Valid as long as the learned questions are the same; the rest of a router never changes.
   */
  private readonly decided = new Map<string, RouteResult>();
  private decidedWithLearned = 0;

  constructor(
    readonly docs: readonly TopicDoc[],
    private readonly options: {
      model?: TopicModel;
      calibration?: Calibration;
      placeNames?: readonly string[];
      /** The town's own places (its name and Ortsteile): a move between two of them is an Ummeldung. */
      townPlaces?: readonly string[];
      /** The municipalities around: their own services are theirs (other-towns.ts). */
      neighbours?: readonly string[];
      /** Questions an editor assigned from the unanswered list (label: topic id or out of scope), decided as told. */
      learned?: NearDuplicateIndex<string>;
      /** The language this router understands (default German); its docs and model are in that language. */
      profile?: LanguageProfile;
      /** The router of another language, for a context in that language (built on first use by the caller). */
      otherLanguage?: (language: RouterLanguage) => Router | undefined;
    } = {},
  ) {
    this.profile = options.profile ?? GERMAN;
    this.index = new RetrievalIndex(docs, options.placeNames, this.profile);
    this.moveWithin = moveWithinTown(options.townPlaces ?? [], this.profile);
    this.moveInside = moveInsideTown(options.townPlaces ?? [], this.profile);
    this.otherTown = otherTownIn(options.neighbours ?? [], options.townPlaces ?? []);
    this.moveIn = moveIntoTown(options.townPlaces ?? [], this.profile);
    this.cameFromElsewhere = comesFromElsewhere(options.townPlaces ?? [], this.profile);
    this.fromElsewhere = fromElsewhereTo(options.townPlaces ?? [], this.profile);
    this.moveTo = moveToTown(options.townPlaces ?? [], this.profile);
    // The town's own name first among its places (loader.ts townPlaces).
    this.moveToTheTown = moveToTown(options.townPlaces?.slice(0, 1) ?? [], this.profile);
    this.livedElsewhere = livedElsewhereBefore(options.townPlaces ?? [], this.profile);
    this.moveAbroad = moveAbroad(options.townPlaces ?? [], options.neighbours ?? [], this.profile);
    this.moveAway = moveAwayFromTown(options.townPlaces ?? [], this.profile);
    docs.forEach((doc, i) => {
      this.byId.set(doc.id, i);
      this.byTitle.set(this.profile.normalize(doc.title).trim(), i);
    });
    // A name of exactly one topic ("Perso"), said alone: that topic, not a question back with a topic
    // whose longer name contains it ("Perso für Kind"). Names of several topics stay with the model.
    const named = new Map<string, Set<number>>();
    docs.forEach((doc, i) => doc.synonyms.forEach((name) => named.set(this.bareName(name), (named.get(this.bareName(name)) ?? new Set()).add(i))));
    for (const [name, topics] of named) if (topics.size === 1 && name && !this.byTitle.has(name)) this.byName.set(name, [...topics][0]!);
    const model = options.model;
    this.classOf = docs.map((d) => model?.indexOf(d.id));
    this.outOfScopeClasses = (model?.classes ?? []).flatMap((c, i) => (isOutOfScope(c) ? [[i, c.slice(OUT_OF_SCOPE.length)] as [number, string]] : []));
  }

  get calibration(): Calibration {
    return this.options.calibration ?? DEFAULT_CALIBRATION;
  }

  topic(id: string): TopicDoc | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.docs[i];
  }

  /** A name as said alone: normalized, without "und", a preposition and an article before it or a question mark after it ("und für den Perso?"). */
  private bareName(text: string): string {
    return this.profile
      .normalize(text)
      .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
      .replace(/^\s*(?:und\s+)?(?:(?:für|fuer|fur|mit|beim|zum|zur)\s+)?(?:(?:der|die|das|den|dem|ein|eine|einen|mein|meine|meinen)\s+)?/u, '')
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** A topic's name said alone with a typo ("öffnungszeitn", "hundesteur"): the topic of the name as the knowledge spells it, for names of up to MISSPELLED_NAME_WORDS words. */
  private nameMisspelled(text: string): number | undefined {
    const words = this.bareName(text).split(' ');
    if (words.length > MISSPELLED_NAME_WORDS) return undefined;
    const spelled = words.map((word) => this.index.analyzer.spelled(word)).join(' ');
    return spelled === words.join(' ') ? undefined : this.byName.get(spelled);
  }

  /** The router's decision for a text in a conversation context. Pure: same inputs, same result (so it may be reused). */
  decide(text: string, context: RouteContext = {}): RouteResult {
    // A message clearly in English in a German conversation is understood by the English router:
    // the conversation offers English for it (bot/steps/language.ts) and answers it in English.
    const told = context.language ?? 'de';
    const language = told === 'de' && otherLanguage(text, 'de') === 'en' ? 'en' : told;
    if (language !== this.profile.language) {
      // Without a router for that language (no corpus for it), this one does its best.
      const other = this.options.otherLanguage?.(language);
      if (other && other !== this) return other.decide(text, { ...context, language });
    }
    const learned = this.options.learned?.size ?? 0;
    if (learned !== this.decidedWithLearned) {
      this.decided.clear();
      this.decidedWithLearned = learned;
    }
    const key = hash('sha256', `${context.lastTopic ?? ''}\u0000${text}`, 'base64');
    let result = this.decided.get(key);
    if (result) this.decided.delete(key);
    // "hier schreibt Frau Müller": a saluted family name names no matter ("Müller" is no "Müll"); nor does an e-mail address alone.
    else {
      const spoken = withDictatedPunctuation(text);
      result = deepFreeze(this.decideStory(isOnlyAnAddressOnline(spoken) ? '' : this.profile.german ? withoutSalutedNames(spoken) : spoken, context));
    }
    this.decided.set(key, result);
    if (this.decided.size > DECISIONS_KEPT) this.decided.delete(this.decided.keys().next().value!);
    return result;
  }

  /** A long story the model is unsure of (German or English): its question alone, where that is sure (asked.ts). */
  private decideStory(text: string, context: RouteContext): RouteResult {
    const whole = this.withQuestionBeside(text, this.decideAfresh(text, context));
    // A danger, small talk, another town's service: the whole story's reading stands. (Another body's service
    // recognized in the story may only be told on the way: "der Hund hat jetzt seinen EU-Heimtierausweis".)
    const known = whole.danger || whole.smallTalk || whole.pointOnly || whole.otherTown || whole.recommendation;
    // A German story answered though unsure (below WHOLE_UNSURE) may still be its question's, where that is sure.
    const unsure = whole.action === 'answer' && whole.confidence < WHOLE_UNSURE && this.profile.german;
    if ((whole.action === 'answer' && !unsure) || known) return whole;
    const asked = askedInStory(text);
    const question = asked === undefined ? undefined : this.decideAfresh(asked, context);
    const sureOfQuestion = question?.action === 'answer' && question.confidence >= QUESTION_SURE;
    // Where the whole was answered though unsure, its question alone only wins if the whole's reading had it in view
    // ("… wie man unser Herbstfest bei euch meldet? Mein Vorgänger ist leider verstorben": the event, not the death).
    if (sureOfQuestion && (!unsure || whole.candidates.some((c) => c.id === question.decision?.id))) return question;
    // "We already have the birth certificate, applied for Kindergeld … What travel document does a baby need?": in English, the story without what it tells done.
    const rest = this.profile.german ? text : withoutDoneInEnglish(text);
    const beside = rest === text ? undefined : this.decideAfresh(rest, context);
    return beside?.action === 'answer' && beside.confidence >= ENGLISH_REST_SURE ? beside : whole;
  }

  private decideAfresh(text: string, context: RouteContext): RouteResult {
    const exact = this.byTitle.get(this.profile.normalize(text).trim()) ?? this.byName.get(this.bareName(text)) ?? this.nameMisspelled(text);
    if (exact !== undefined) return this.sure(exact);
    const learned = this.learnedDecision(text);
    if (learned) return learned;
    // "Es riecht im Keller nach Gas": whatever else it names, safety first.
    const danger = dangerOf(text);
    // "mein ex mann bedroht mich und soll nicht rausfinden wo ich wohne": what to do in danger, and the Auskunftssperre asked for.
    const block = this.byId.get(ADDRESS_BLOCK);
    if (danger && block !== undefined && this.profile.german && asksToHideAddress(text)) return { ...this.sure(block), danger };
    if (danger) return { ...NOT_OURS, danger };
    // "Kein Reisepass, nur so ein normaler Ausweis": the matter said not to be the one is left out (contrast.ts).
    const contrasted = this.profile.german ? withoutNegatedMatter(text) : undefined;
    if (contrasted !== undefined) return this.decideAfresh(contrasted, context);
    // "übersetze thank you": a translation asked of the assistant, whatever the words to translate are (thanks, a greeting).
    if (asksForTranslation(text)) return NOT_OURS;
    // "what is the capital of Australia": general knowledge in English, which the English model knows no line of.
    if (!this.profile.german && asksEnglishTrivia(text)) return NOT_OURS;
    // "Wird es morgen regnen?": the weather asked in a short message, surely no matter of the town's (a story may ask one beside it).
    if (asksOnlyTheWeather(text)) return { ...NOT_OURS, referral: GENERAL };
    // "Danke. Und wie lange ist der gültig?": the thanks leads, the question is the matter.
    // "…, ob man samstags auch ins Bürgerbüro kann. Danke.": the question before the thanks.
    const asked = questionAfterThanks(text) ?? questionBeforeThanks(text);
    if (asked) return this.decideAfresh(asked, context);
    // Small talk is no matter of the town's: out of scope, but answered kindly (not as a failure).
    if (isSmallTalk(text, { afterAnswer: context.lastTopic !== undefined, asksMore: (rest) => this.asksBeside(rest) }))
      return { ...NOT_OURS, smallTalk: true };
    // "Du bist der dümmste Bot": the assistant scolded and nothing asked — no question what it is (answered kindly, answers.ts).
    // ("IHR SEID DOCH ALLE UNFÄHIG!!! … unsere straße in rappach spiegelglatt": the staff scolded over a damage told, which is reported; trial 50.)
    const damageTold = this.profile.german && winterMatter(text) === 'report';
    if ((scoldsTheAssistant(text) && !this.asksBeside(text)) || (scoldsTheStaff(text) && !damageTold) || asksHowTheAssistantWasMade(text) || instructsTheAssistant(text)) return NOT_OURS;
    const followUp = this.followUp(text, context);
    // "Kann meine Tochter das für mich abholen?" after the ID card: the pick-up, whose answer says how (a power of attorney).
    const pickUpAfter = this.byId.get(PICK_UP);
    if (followUp !== undefined && pickUpAfter !== undefined && this.profile.german && IDENTITY_DOCUMENTS.has(this.docs[followUp]!.id) && asksAboutPickUp(text))
      return this.sure(pickUpAfter);
    if (followUp !== undefined) return this.sure(followUp);
    const pointOnly = this.pointOnly(text);
    if (pointOnly) return { ...NOT_OURS, pointOnly };
    const evidence = this.evidence(text);
    const fused = fuse(evidence, this.calibration);
    let result = this.vagueTopics(text, evidence, fused) ?? decideOn(fused, this.calibration, this.docs);
    // "… und fallen Gebühren an?": the cost asked, not a tree felled (fees.ts).
    const arising = this.profile.german && result.decision?.id === TREES ? withoutArisingCosts(text) : undefined;
    if (arising !== undefined) return this.decideAfresh(arising, context);
    // "einen Glühweinstand vor der Kirche": the church as the place, no leaving it (church.ts).
    const placeOnly = this.profile.german && result.decision?.id === CHURCH_LEAVING ? withoutChurchAsPlace(text) : undefined;
    if (placeOnly !== undefined) return this.decideAfresh(placeOnly, context);
    // What is told aside (done, settled, planned, feared) names no matter asked (done.ts): read once for the rules below.
    const notAside = this.profile.german ? withoutToldAside(text) : text;
    // A matter told in other topics' words first: "und feuerwerk derf mer des mache?" is no "und …" of the last answer.
    // "… gibt es bei euch den schnellen Pass …? kann ich morgen früh einfach vorbeikommen oder brauch ich einen termin": in a
    // story, the service it is about is answered and the booking offered beside it (a short question is the booking's, below).
    if (this.profile.german && (BOOKED_SERVICES.has(result.decision?.id ?? '') || result.decision?.id === PICK_UP) && result.confidence >= STORY_SERVICE_SURE && text.trim().split(/\s+/).length > STORY_WORDS && asksToDropIn(text)) return { ...result, also: APPOINTMENT };
    // "de weg zum friedhof … spiegelglatt und net gestreut": an icy way is reported, whatever place it leads to (blind set 236: the cemetery's name had answered).
    const report = this.byId.get(REPORT);
    // (Not a bin left standing "wege dem schnee, die straß war ja aach net geräumt": the collection's, blind set 204.)
    if (damageTold && !waterPipeBurst(text) && !binNotCollected(text) && report !== undefined) return this.sure(report);
    // "Mir ziehe um nach Schimborn, mir hawwe en Hund. Was muss ich mache?": the move answered, the dog's tax one tap away (trial 64).
    const withoutDog = this.profile.german && DOG_TOPICS.has(result.decision?.id ?? '') ? moveBesideADog(text) : undefined;
    const move = withoutDog === undefined ? undefined : this.decideAfresh(withoutDog, context);
    if (move?.action === 'answer' && REGISTRATIONS.has(move.decision?.id ?? '')) return { ...move, also: DOG_TAX };
    const told = this.toldMatter(text, notAside, result);
    // ("Mir sin vun Alzenau nach Schimborn gezooche … wie mach isch des mit dem ummelde?", trial 55: "ummelden" said of a move from elsewhere is moving in;
    // not where the move is said to be within the town: "innerhalb vom ort … von mensegesäß nach strötzbach … is ja die gleich gemeinde", blind set 231, a misspelt Ortsteil.)
    const moveIn = this.byId.get(REGISTRATION.moveIn);
    const normalized = this.profile.normalize(text);
    if (told !== undefined && this.docs[told]!.id === REGISTRATION.within && moveIn !== undefined && this.profile.german && Boolean(this.fromElsewhere?.(normalized)) && !movesWithinSameTown(text))
      return this.sure(moveIn);
    // A death told with the grave wanted beside it ("… gestorbe. Mir wolle en Grab in Mömbris", trial 58): the grave offered too.
    const graveToo = told !== undefined && this.docs[told]!.id === DEATH && this.profile.german && wantsAGrave(text) && this.byId.has(CEMETERY);
    if (told !== undefined) return graveToo ? { ...this.sure(told), also: CEMETERY } : this.sure(told);
    // "Hund is übrigens schon angemeldet. Muss ich die neue Anschrift melden?": a matter told as done is not the one asked (done.ts).
    const undone = this.besideWhatIsDone(text, context, result);
    if (undone !== undefined) return undone;
    // "un wenn ich zwaa hob?" after the dog tax, "und am mitwoch" after the hours: a short "und …" that
    // the model finds no sure topic or body for goes on with the last answer.
    const goesOn = this.goesOnWithLast(text, context, result);
    if (goesOn !== undefined) return this.sure(goesOn);
    const within = this.byId.get(REGISTRATION.within);
    // A business of one's own that moves within the town is the trade registration's (see below), not the residence's.
    // "vom Hauptort nach Hemsbach gezoche. Was muss mer da jetzt beim Rathaus mache?": also where the model heard only a question for the Rathaus.
    const aboutMoving = result.decision && (REGISTRATIONS.has(result.decision.id) || (NEWCOMER_MISLED.has(result.decision.id) && asksWhatToDo(text)));
    // ("wollen nach Spanien … Die Kinder bleiben hier in Mömbris": others stay, the writers leave the country; below.)
    const abroad = Boolean(this.moveAbroad?.(normalized));
    // (A residence permit to renew after the move is the Ausländerbehörde's, below; blind set 220.)
    // ("innerhalb von mömbris umgezoge … muss ich jetzt auch im fahrzeugschein die adresse ändern lasse": the vehicle's papers asked, below; blind set 198.)
    if (aboutMoving && within !== undefined && this.movedWithinTown(text) && !abroad && !ownBusiness(text) && !changesAddressWithOthers(notAside) && !registersAVehicle(notAside) && !renewsResidencePermit(text)) return this.sure(within);
    // "zum 15.05. ziehe ich von Hanau nach Königshofen": moving in is the Anmeldung, not an Ummeldung
    // (a second request in the message, the dog that came along, is still offered below).
    // "Ich wohne jetzt seit einer Woche in Mömbris, was muss ich machen?": also where the model was not sure.
    // "hallo ich neu in mömbris … was ich muss machen bei rathaus?": what a newcomer must do, which the model took for the contact.
    // ("… das bei Ihnen als Zweitwohnsitz eingetragen war. Wir haben das Häuschen jetzt verkauft … beenden": a second home given up, no move here.)
    const aboutRegistering =
      !(this.profile.german && givesUpSecondHome(notAside)) &&
      (result.decision
        ? aboutMoving || (result.confidence < NEWCOMER_UNSURE && (asksWhereToRegister(text) || mustRegisterOneself(text)))
        : REGISTRATIONS.has(result.candidates[0]?.id ?? '') && (asksWhatToDo(text) || asksWhereToRegister(text)));
    if (aboutRegistering && moveIn !== undefined && this.moveIn?.(normalized)) result = this.sure(moveIn);
    // "… aus hanau zu euch nach mömbris, wo und wie meld ich uns da an, und wann habt ihr offe": moving in, the hours offered beside it;
    // "wir kommen aus polen mit zwei kindern, müssen die kinder extra angemeldet werden …": newcomers registering, where the model was unsure (blind set 221).
    const newcomers =
      this.profile.german && moveIn !== undefined && saysRegistering(text) && (Boolean(this.moveIn?.(normalized)) || Boolean(this.cameFromElsewhere?.(normalized)));
    if (newcomers && result.decision?.id === HOURS) return { ...this.sure(moveIn), also: HOURS };
    // "… aus Frankfurt nach Mömbris gezogen … die Kinder gehen schon in den Kindergarten. Meine Frage: muss ich mich noch irgendwo
    // anmelden": one's own registration asked, the other matter of the story one tap away (trial 66: the Kita's answer came).
    // (A paper for the registration, the landlord's confirmation, is that paper's: blind set 83.)
    if (newcomers && mustRegisterOneself(text) && result.decision && !REGISTRATIONS.has(result.decision.id) && !REGISTRATION_PAPERS.has(result.decision.id))
      return { ...this.sure(moveIn), also: result.decision.id };
    if (newcomers && !result.decision && result.candidates[0]?.id === REGISTRATION.moveIn) result = this.sure(moveIn);
    // "Ich muss mich ummelden": oneself, where the model asks back with a car's or a business's registration.
    if (result.action === 'clarify' && REGISTRATIONS.has(result.decision?.id ?? '') && this.profile.german && registersOneself(text))
      result = this.sure(this.byId.get(result.decision!.id)!);
    // "Wir ziehen nach Mömbris, was müssen wir tun?": where the model asks back between registering and leaving, or leans to leaving, a move here.
    // "ich bin umgezogen nach Mömbris": the town by its own name is moved to from elsewhere, where the model read a move within.
    const unsureOrLeaving =
      result.action === 'clarify' ||
      result.decision?.id === REGISTRATION.away ||
      (result.decision?.id === REGISTRATION.within && Boolean(this.moveToTheTown?.(normalized))) ||
      // "nach Königshofen gezogen, vorher hab ich in Hessen gewohnt": from outside, to one of the Ortsteile.
      (result.decision?.id === REGISTRATION.within && Boolean(this.livedElsewhere?.(normalized))) ||
      // "ziehe zu meiner tochter nach niedersteinbach … wo muss ich mich da melden und kann meine tochter das für mich machen": the daughter led the model to a child's ID (blind set 206).
      (result.confidence < NEWCOMER_UNSURE && asksWhereToRegister(text));
    if (aboutRegistering && unsureOrLeaving && moveIn !== undefined && this.moveTo?.(normalized)) result = this.sure(moveIn);
    // "Ich bin sein Bruder, bitte, es ist dringend" after the register's information: who asks, which that answer covers (trial 55: the Amtsgericht's had come).
    const registerInfo = this.byId.get(REGISTER_INFO);
    if (context.lastTopic === REGISTER_INFO && registerInfo !== undefined && this.profile.german && saysKinship(text)) return this.sure(registerInfo);
    // "mir komme aber vo Alzenau, des is doch net innerhalb vo Mömbris" after the move within: from elsewhere, the registration of moving in (trial 49).
    if (context.lastTopic === REGISTRATION.within && moveIn !== undefined && this.profile.german && Boolean(this.cameFromElsewhere?.(normalized))) result = this.sure(moveIn);
    // "Ich gehe zurück nach Polen für immer. Was mache ich mit meiner Anmeldung?": leaving the country.
    const away = this.byId.get(REGISTRATION.away);
    // "ich gehe zurück nach Polen … was muss ich machen bei Gemeinde bevor ich fahre?": leaving, where the model was unsure of another topic.
    // "… was müssen wir hier erledigen, bevor wir gehen? Die Rente haben wir schon geklärt": leaving, however sure the model is of the pension.
    const leavingAsked =
      REGISTRATIONS.has(result.decision?.id ?? '') ||
      // "Wie melden sie sich ab, und geht das auch schriftlich?": the deregistering asked, where "schriftlich" led the model to a call-back.
      namesDeregistering(text) ||
      (asksWhatToDo(text) && (result.action !== 'answer' || result.confidence < LEAVING_UNSURE || asksBeforeLeaving(text)));
    // ("muss ich als vermieter was unterschreiben wenn der mieter auszieht … er zieht nach spanien": the landlord's confirmation.)
    // ("ich ziehe … nach Polen und der Vermieter dort will einen amtlichen Nachweis über meinen jetzigen Wohnsitz": the proof asked, blind set 192.)
    // ("mei sohn is … für 2 jahr nach kanada zum schaffe, der hat natürlich vergesse sich hier abzumelde": deregistering named beside a country, blind set 199.)
    const deregisteredAbroad = this.profile.german && forgotToDeregisterAbroad(normalized);
    if (leavingAsked && away !== undefined && (abroad || deregisteredAbroad) && !landlordConfirmsMove(text) && !confirmsOwnRegistration(text) && !returnsFromAbroad(text)) result = this.sure(away);
    // "… in der schweiz zurück nach deutschland … wenn mer aus dem ausland zurückkommt und sich hier wieder einträgt": moving in, not leaving (blind set 198).
    if (result.decision?.id === REGISTRATION.away && moveIn !== undefined && returnsFromAbroad(text)) result = this.sure(moveIn);
    // "Kann ich mei Sohn ummelden, der zieht nach München": a move away to a place in Germany, which the Abmeldung's answer answers (trial 36: a move here).
    const movesAway =
      (result.decision?.id === REGISTRATION.within || result.decision?.id === REGISTRATION.moveIn) &&
      Boolean(this.moveAway?.(text)) &&
      !this.moveTo?.(normalized) &&
      !this.movedWithinTown(text);
    if (movesAway && away !== undefined && !landlordConfirmsMove(text)) result = this.sure(away);
    // "Ich muss mein Bulldog ummelde": the vehicle's registration, not the residence's.
    const vehicles = this.byId.get(VEHICLES);
    // ("… die Adresse im Fahrzeugschein macht man bei der Zulassungsstelle, das mach ich dann nächste Woche": told aside, done.ts.)
    if (vehicles !== undefined && this.profile.german && REGISTRATIONS.has(result.decision?.id ?? '') && (registersAVehicle(notAside) || vehicleRegisteredInWords(notAside))) return this.sure(vehicles);
    // "sohn ist 16 und will mit 17 begleitet fahren": the driving licence, whatever the ages led the model to.
    const licence = this.byId.get(DRIVING_LICENCE);
    if (licence !== undefined && this.profile.german && asksAccompaniedDriving(text)) return this.sure(licence);
    // "Ich mach meinen Kiosk zu, muss ich das abmelden?": the business's registration, not the residence's.
    const trade = this.byId.get(TRADE);
    if (trade !== undefined && this.profile.german && REGISTRATIONS.has(result.decision?.id ?? '') && ownBusiness(text)) return this.sure(trade);
    // "Ich möchte eine Bäckerei eröffnen", "nebenbei Kuchen verkaufen – muss ich was anmelden?", "Wir verlegen unseren Handwerksbetrieb nach Mömbris": the business's registration first, where the model was unsure or saw a registration or the contact.
    const unsureOfOpening = result.action !== 'answer' || result.confidence < OPENING_SURE || REGISTRATIONS.has(result.decision?.id ?? '') || result.decision?.id === CONTACT;
    if (trade !== undefined && this.profile.german && unsureOfOpening && (opensBusiness(text) || startsSideBusiness(text) || relocatesFirm(text)) && !tradeRegistered(text) && !namesTradeTax(text) && !asksOnlyStateTax(notAside) && !asksForRecommendation(text) && !registersAVehicle(text) && !asksCommercialRegister(notAside) && !asksEventPermission(text) && !usesThePavement(text)) return this.sure(trade);
    // "Brauche ich eine Genehmigung von der Lebensmittelüberwachung?": the Landratsamt's, not a building permit.
    // (What is told aside is not asked: "die Lebensmittelkontrolle war auch schon da", done.ts.)
    if (this.profile.german && aboutFoodControl(notAside)) return { ...NOT_OURS, referral: FOOD_CONTROL };
    // "Wer ist für die Kreisstraße zuständig?": the Landkreis's or the Staatliches Bauamt's (it had been the Rathaus's contact).
    if (this.profile.german && asksWhoKeepsAMajorRoad(text)) return { ...NOT_OURS, referral: MAJOR_ROADS };
    // "Mein Nachbar verbrennt ständig Gartenabfälle, darf der das?": not in the knowledge; said so, with whom to ask, instead of the quiet hours.
    // ("Verbrennen darf man das ja nicht … Wo kann ich das ganze Grünzeug hinbringen?": where to bring it, the recycling centre's.)
    const recycling = this.byId.get(RECYCLING_CENTRE);
    if (this.profile.german && burnsGardenWaste(text)) return recycling !== undefined && disposesOfGreenCuttings(text) ? this.sure(recycling) : NOT_OURS;
    // "Ein Gesundheitszeugnis vom Amtsarzt – macht das das Rathaus?": the health office's; said so (it had been the town's jobs).
    if (this.profile.german && aboutHealthOffice(notAside)) return NOT_OURS;
    // "für meinen Sohn, geboren 2019 im Klinikum Aschaffenburg" after the certificates: the certificate of that birth, not registering a newborn.
    const certificates = this.byId.get(CERTIFICATES);
    if (certificates !== undefined && context.lastTopic === CERTIFICATES && result.decision?.id === BIRTH && bornInAYear(text))
      return this.sure(certificates);
    // "mein Perso läuft ab … im August fliegen wir mit den Kindern": one's own ID card, the children only named beside it.
    const idCard = this.byId.get(ID_CARD);
    if (idCard !== undefined && this.profile.german && result.decision?.id === CHILDRENS_DOCUMENTS && aboutOwnIdCard(notAside)) return this.sure(idCard);
    // "can i get some interim paper ID?", "my landlord wants to raise the rent": matters told in English words the English model does not tie to them (english-matters.ts).
    if (!this.profile.german) {
      const english = this.englishMatter(text, result);
      if (english !== undefined) return english;
    }
    // "What documents do I need for an ID card?": "documents" led the English model to the children's; no child is named.
    const englishAdults = !this.profile.german && result.decision?.id === CHILDRENS_DOCUMENTS ? englishAdultDocument(text) : undefined;
    const englishAdultsDocument = englishAdults === undefined ? undefined : this.byId.get(englishAdults);
    if (englishAdultsDocument !== undefined) return this.sure(englishAdultsDocument);
    // "I need three copies of her death certificate": a registered case's certificates, not the certification of copies.
    if (certificates !== undefined && !this.profile.german && result.decision?.id !== CERTIFICATES && englishCertificateCopies(text)) return this.sure(certificates);
    // "We moved from Poland … we must register at the town hall. Do we need translated birth certificates?": the registration of residence.
    const registering = this.byId.get(REGISTRATION.moveIn);
    // (Where the English model found the dog's, the car's or the business's own registration, that one is asked: "moved here with my dog, do i need to register him too?")
    // (Nor where it found the address blocked: "now I live … in new flat … Is there some block so nobody can get my address", blind set 182.)
    if (registering !== undefined && !this.profile.german && result.decision?.id !== REGISTRATION.moveIn && !OTHER_REGISTRATIONS.has(result.decision?.id ?? '') && result.decision?.id !== ADDRESS_BLOCK && englishNewcomerRegisters(text))
      return this.sure(registering);
    // "Meine Tochter ist 3 und braucht einen Reisepass": a child's document, whatever kind is named.
    const childrens = this.byId.get(CHILDRENS_DOCUMENTS);
    if (childrens !== undefined && this.profile.german && (result.decision?.id === ID_CARD || result.decision?.id === PASSPORT) && asksChildsDocument(text))
      return this.sure(childrens);
    // "Mein neuer Ausweis wird erst in 3 Wochen fertig … Kann ich so einen provisorischen Ausweis bekommen?": the provisional document.
    const provisional = this.byId.get(PROVISIONAL);
    if (provisional !== undefined && this.profile.german && (IDENTITY_DOCUMENTS.has(result.decision?.id ?? '') || result.decision?.id === PICK_UP) && asksProvisionalDocument(text)) return this.sure(provisional);
    // "Mein Ausweis ist abgelaufen", "Was kostet ein Ausweis?": the ID card, where the model asked back between it and the provisional or the child's (trial 63).
    // (Not "Ist mein Perso schon da?", asked back with the pick-up beside it.)
    if (idCard !== undefined && this.profile.german && result.action === 'clarify' && result.candidates[0]?.id === ID_CARD && result.candidates.every((c) => ID_CARD_NEAR.has(c.id)) && namesAnIdCard(text) && !asksProvisionalDocument(text) && !asksChildsDocument(text) && !asksIfDocumentReady(text))
      return this.sure(idCard);
    // "Mein Ausweis ist kaputt, der Chip geht nicht mehr": a new document (a broken one is invalid), not a lost one or a damage in the street.
    const damaged = this.profile.german && (!result.decision || DAMAGED_DOCUMENT_MISLED.has(result.decision.id)) && documentDamaged(text) ? adultsDocumentNamed(text) : undefined;
    const newDocument = damaged === undefined ? undefined : this.byId.get(damaged);
    if (newDocument !== undefined) return this.sure(newDocument);
    // "mein Pass ist abgelaufen … Geht das schnell, auch wenn es mehr kostet?": the express passport, not the provisional one.
    const passport = this.byId.get(PASSPORT);
    if (passport !== undefined && this.profile.german && result.decision?.id === PROVISIONAL && wantsPassportFaster(text) && !namesProvisional(text)) return this.sure(passport);
    // "Mein Sohn ist 25 und braucht einen Reisepass": a grown-up son's or daughter's document is the adults' one.
    const adults = this.profile.german && result.decision?.id === CHILDRENS_DOCUMENTS && grownChildsDocument(text) ? adultsDocumentNamed(text) : undefined;
    const adultsDocument = adults === undefined ? undefined : this.byId.get(adults);
    if (adultsDocument !== undefined) return this.sure(adultsDocument);
    // "Brauche ich für den Reisepass biometrische Bilder oder macht ihr die Fotos?": the passport named, where the photo's words led to the ID card.
    if (passport !== undefined && this.profile.german && result.decision?.id === ID_CARD && namesOnlyThePassport(text)) result = this.sure(passport);
    // "Für die Bank brauche ich drei Sterbeurkunden von meiner Mutter": copies of a registered death's or birth's certificate.
    if (certificates !== undefined && this.profile.german && (!result.decision || result.decision.id === DEATH || result.decision.id === BIRTH || result.decision.id === PENSION) && (asksCertificateCopies(notAside) || asksCertificateOfPastEvent(notAside)) && !asksHowRegistered(text) && !aboutInheritanceCertificate(text))
      return this.sure(certificates);
    // "Die Rentenkasse will für die Witwenrente die Heiratsurkunde. Ich find die nirgends … wie krieg ich e neue?": the certificate, not the pension.
    if (certificates !== undefined && this.profile.german && result.decision?.id === PENSION && wantsCertificateAnew(text)) return this.sure(certificates);
    // "Mein Mann ist gestorben … Muss ich ihn irgendwo abmelden?": a person's death, not the dog's deregistration.
    const death = this.byId.get(DEATH);
    if (death !== undefined && this.profile.german && DOG_TOPICS.has(result.decision?.id ?? '') && ((lossTold(text) === 'person' && !mentionsADog(text) && !dogDied(text)) || relativeDiedBesideDog(text)))
      return this.sure(death);
    // "Mei Mutter is letzte Woch gestorbe … Was muss ich jetz alles mache? Und wie is des mit ihrem Hund …?": what to do after the
    // death first, the dog's matter offered beside it (trial 53: only the dog tax had come).
    if (death !== undefined && this.profile.german && DOG_TOPICS.has(result.decision?.id ?? '') && relativeDied(text) && asksWhatToDo(text))
      return { ...this.sure(death), also: result.decision!.id };
    // "Kann mich bitte jemand vom Rathaus anrufen? Es geht um …": the call-back, where the model found the contact or none.
    const callBack = this.byId.get(CALL_BACK);
    if (callBack !== undefined && (!result.decision || CALL_INSTEAD.has(result.decision.id)) && asksToBeCalled(text)) return this.sure(callBack);
    // "dreimal angerufen und niemand geht ran!": the call-back is the help, not the number that was not answered.
    // ("… keiner geht ran … wie erreiche ich den direkt?": a direct line asked, the contact's answer.)
    if (callBack !== undefined && this.profile.german && result.decision?.id === CONTACT && cannotGetThrough(text) && !asksForExtension(text)) return this.sure(callBack);
    // "ich will termin machen für anmeldung. telefon oder internet?": the booking, where the model was torn.
    const appointment = this.byId.get(APPOINTMENT);
    // ("alle brauche neue pässe … kann mer da en längere termin mache": also where the model leaned, unsure, to a service it books; blind set 198.)
    if (appointment !== undefined && this.profile.german && (!result.decision || (result.confidence < APPOINTMENT_UNSURE && BOOKED_SERVICES.has(result.decision.id))) && result.candidates.slice(0, 2).some((c) => c.id === APPOINTMENT) && wantsAppointment(text) && !appointmentWithOthers(text) && !namesBlueCardEu(text) && !aboutResidencePermit(text))
      return this.sure(appointment);
    // "Termin für ein Führungszeugnis am 31.11. bitte": the booking for a service the Bürgerbüro books, where the model found the service
    // (a provisional passport is booked as the passport: "nen termin morgen um 8 für den vorläufigen reisepass", trial 50).
    if (appointment !== undefined && this.profile.german && (BOOKED_SERVICES.has(result.decision?.id ?? '') || result.decision?.id === PROVISIONAL) && booksForAService(text) && !asksWhetherAppointmentNeeded(text) && !appointmentWithOthers(text))
      return this.sure(appointment);
    // "kann ich was online beantragen": which services are online, where the model asked back between ones that are.
    const online = this.byId.get(ONLINE_SERVICES);
    if (online !== undefined && this.profile.german && result.action !== 'answer' && asksWhatIsOnline(text)) return this.sure(online);
    // "wie kann ich meinen chatverlauf löschen lassen?": the deletion, not the privacy notice.
    const deletion = this.byId.get(DELETION);
    if (deletion !== undefined && this.profile.german && result.decision?.id === PRIVACY && wantsDeletion(text)) return this.sure(deletion);
    // "bitte alles wegmachen was ich hier geschrieben hab": the deletion, where the model found nothing sure.
    if (deletion !== undefined && this.profile.german && (!result.decision || result.decision.id === PRIVACY) && wantsWhatIWroteGone(text)) return this.sure(deletion);
    // "kein bock auf bot, gib mir wen vom amt": a person, not what the assistant is.
    const person = this.byId.get(PERSON);
    // A person asked for plainly wins over the matter told beside it ("kann mich bitte jemand durchstelle zum bürgerbüro", trial 46:
    // "can I talk to a real person please? My landlord refuses …" had got the matter's article, no person).
    if (person !== undefined && this.profile.german && wantsAPersonInstead(text)) return this.sure(person);
    // "ein Papier vom Amt, dass ich hier wohne": the Meldebescheinigung; "mein Ex darf nicht rausfinden, wo ich wohne": the Auskunftssperre.
    const proof = this.byId.get(PROOF_OF_RESIDENCE);
    // ("Wir heiraten im Dezember in Dänemark und die wollen … einen Nachweis, wo wir gemeldet sind": the proof for a wedding abroad.)
    const provesFor = (id: string) => REGISTER_NEAR.has(id) || PROOF_ASKED_FOR_OTHERS.has(id) || (id === WEDDING && namesAForeignCountry(this.profile.normalize(text)));
    if (proof !== undefined && this.profile.german && (!result.decision || provesFor(result.decision.id)) && asksProofOfResidence(text)) {
      // "ich neu in mömbris … brauche papier dass ich hier wohne, anmelden": a newcomer who says "anmelden" is not
      // registered yet; the proof comes with the registration (BMG § 24 Abs. 2), so the registration is the answer.
      const registration = this.byId.get(REGISTRATION.moveIn);
      const newcomer = namesRegistering(text) && this.moveIn?.(this.profile.normalize(text));
      return this.sure(registration !== undefined && newcomer ? registration : proof);
    }
    if (block !== undefined && this.profile.german && (!result.decision || REGISTER_NEAR.has(result.decision.id)) && asksToHideAddress(text)) return this.sure(block);
    // "was kostet die kulturhalle für en 50. geburtstag": a hall for a party, where the model was unsure.
    const rooms = this.byId.get(ROOMS);
    // "Die Trauerfeier soll in der Aussegnungshalle sein … was kostet die Halle?": the cemetery's hall, the Friedhof's.
    // "… e groß Feier im Saal … Kannst du mer e Gedicht mache?": a poem for the party asked, not the hall; "en DJ … in der halle, kann mir jemand … empfehle": a business.
    if (rooms !== undefined && this.profile.german && (result.action !== 'answer' || result.confidence < HALL_UNSURE) && hallWanted(text) && !clubGivesNotice(text) && !namesTheCemetery(text) && !asksToWriteSomething(text) && !asksForRecommendation(text))
      return this.sure(rooms);
    // "Wir müssen den Keller räumen": clearing out, decided again without the verb that met "Raum".
    const cleared = this.profile.german && result.decision?.id === ROOMS ? withoutClearingOut(text) : undefined;
    if (cleared !== undefined) {
      const again = this.decideAfresh(cleared, context);
      return again.decision?.id === ROOMS ? NOT_OURS : again;
    }
    // "Müll wurde heute net abgeholt": the waste collection's matter, not a defect in the street.
    const waste = this.byId.get(WASTE_COLLECTION);
    if (waste !== undefined && this.profile.german && result.decision?.id === REPORT && binNotCollected(text)) return this.sure(waste);
    // "Unser Bello musste eingeschläfert werden … nichts mehr berechnet": the dog tax's end, not another tax or a person's death.
    const dogTax = this.byId.get(DOG_TAX);
    if (dogTax !== undefined && this.profile.german && (!result.decision || PUT_TO_SLEEP_MISLED.has(result.decision.id)) && petPutToSleep(text)) return this.sure(dogTax);
    // "Mein Dackel ist tot. Muss ich den abmelden?", "Unser Bello ist gestorben … die Steuer … die Marke": the dog tax's end, not a person's death or deregistration.
    if (dogTax !== undefined && this.profile.german && (!result.decision || DOG_DEATH_MISLED.has(result.decision.id)) && dogDied(text)) return this.sure(dogTax);
    // "Ich habe meinen Hund abgegeben, wie melde ich ihn ab?": the dog tax's end, not lost and found ("abgegeben").
    if (dogTax !== undefined && this.profile.german && result.decision?.id === LOST_AND_FOUND && dogGivenAway(text)) return this.sure(dogTax);
    // "Wir organisieren einen Spendenlauf … Welche Genehmigung brauchen wir?": the events' permission, where the model was unsure among them
    // (how late a party may be loud is the quiet hours', below; drinks sold at it, "eine Sektbar aufbauen", the Gestattung's).
    const event = this.byId.get(EVENT);
    if (event !== undefined && this.profile.german && (result.action !== 'answer' || result.confidence < EVENT_UNSURE) && result.candidates.slice(0, 3).some((c) => c.id === EVENT || c.id === CLUB_EVENT) && asksEventPermitted(text) && !sellsDrinks(text))
      return this.sure(event);
    // "Wie lange darf man am Wochenende im Garten feiern?": the quiet hours, not an event's notice.
    const quiet = this.byId.get(QUIET_HOURS);
    if (quiet !== undefined && this.profile.german && (!result.decision || EVENT_TOPICS.has(result.decision.id)) && asksQuietHours(text)) return this.sure(quiet);
    // "Seit 3 Wochen bellt der Hund vom Nachbarn jede Nacht … Ich zahle hier Steuern!": the quiet hours, not the dog tax.
    // (A new puppy that barks and is to be registered is the registration's: "Welpen aus dem Tierheim … bellt. Wo muss ich den Hund melden?")
    // Also where the model found nothing ("Mei Nochber sei Hund bellt die ganze Nacht", trial 31).
    if (quiet !== undefined && this.profile.german && (result.decision ? DOG_TOPICS.has(result.decision.id) : neighboursDogNoise(text)) && dogNoise(text) && !registersANewDog(text) && !petCare(text) && !disputesWithNeighbour(text)) return this.sure(quiet);
    // "Ich will einen Hund haben. Was muss ich machen?": what to know (the dog tax's answer), not the registration's form yet.
    // ("Welche Rasse passt besser zu Kindern?" asks advice on the dog, none of the town's.)
    if (dogTax !== undefined && this.profile.german && result.decision?.id === DOG_REGISTRATION && plansADog(text) && !asksGeneralKnowledge(text)) return this.sure(dogTax);
    // "kann ich den hier im chat abmelde?" after the dog tax: the dog deregistered, not oneself (trial 48: the residence's Abmeldung).
    if (dogTax !== undefined && this.profile.german && DOG_TOPICS.has(context.lastTopic ?? '') && DEREGISTERS_IT.test(text)) return this.sure(dogTax);
    // "ich hab zwei hunde" after the dog tax's answer: more about the tax, not a registration (trial 32), unless one is asked for.
    // "en zweite hund dazunehme … is der zweite teurer bei euch und wie viel zahlt mer dann": the tax's amount asked, no registration (blind set 201).
    // (The town's charge: "bei euch", a tax; a dog school "so teuer" or an insurance "gut und günstig" is none.)
    const feesAsked = facetOf(text) === 'fees' && TOWNS_CHARGE.test(text);
    if (dogTax !== undefined && this.profile.german && (context.lastTopic === DOG_TAX || feesAsked) && result.decision?.id === DOG_REGISTRATION && !REGISTERING_WORDS.test(text))
      return this.sure(dogTax);
    // "muss ich den anmelde? und was kost die hundesteuer?": whether to register and what it costs, both asked; the tax's answer says
    // both and offers the registration (trial 53: the form began and the cost was left unsaid).
    if (dogTax !== undefined && this.profile.german && feesAsked && result.decision?.id === DOG_REGISTRATION && asksWhetherToRegister(text)) return this.sure(dogTax);
    // "Welches Futter ist gut für meinen Hund?": the vet's or a shop's matter, not the dog's registration or tax.
    // "zieht immer an de Leine … bellt": a dog's training, also where the barking led to the quiet hours (a neighbour's dog stays there).
    const dogMatter = DOG_TOPICS.has(result.decision?.id ?? '') || (result.decision?.id === QUIET_HOURS && !neighboursDogNoise(text));
    // ("Beim Tierarzt waren wir schon": told aside, done.ts.)
    if (this.profile.german && dogMatter && petCare(text) && petCare(notAside)) return NOT_OURS;
    // "Wir haben uns einen Welpen geholt … wie melden wir den?", "Mit meinem Hund … hierher gezogen. Wie trage ich ihn ein?": the dog's registration, not its tax or the owner's.
    const dogRegistration = this.byId.get(DOG_REGISTRATION);
    // ("… haben auch nen hund … müssen wir uns als einwohner anmelden?": the people's registration asked.)
    if (dogRegistration !== undefined && this.profile.german && (!result.decision || NEW_DOG_MISLED.has(result.decision.id)) && registersANewDog(text) && !registersAsResident(text))
      return this.sure(dogRegistration);
    // "Welche Partei soll ich wählen?": no topic of the town's (it stays neutral), never the postal vote's answer.
    if (this.profile.german && asksWhomToVoteFor(text)) return NOT_OURS;
    // "Was is am Wocheend los in Mömbris? Gibts e Kerb odder e Fest?": what is on, which no answer lists (trial 55: a club's event notice had come).
    if (this.profile.german && asksWhatsOn(text)) return NOT_OURS;
    // "Vergelt's Gott, des wars scho.": thanks and leave-taking, where the model heard a greeting, what the assistant does, or nothing sure.
    const thanks = this.byId.get(THANKS);
    const thanksMisled = result.decision?.id === GREETING || result.decision?.id === HELP || result.action !== 'answer' || result.confidence < THANKS_UNSURE;
    if (thanks !== undefined && this.profile.german && thanksMisled && onlyThanksOrGoodbye(text)) return this.sure(thanks);
    // "Guude!": the region's greeting alone, where the model was unsure.
    const greeting = this.byId.get(GREETING);
    // (A greeting alone in any language: "namaste" in English too, blind set 205.)
    if (greeting !== undefined && ((result.action !== 'answer' && onlyGreeting(text)) || (this.profile.german && greetsTheTownHall(text)))) return this.sure(greeting);
    // "Hallo zusammen, mei Bu braucht en neie Perso": the greeting led the model; the matter after it
    // is the answer, where it finds one (a bare "Hallo, ich hab e Frage" stays the greeting).
    const rest = result.decision?.id === GREETING ? afterGreeting(text) : undefined;
    if (rest !== undefined) {
      const matter = this.decideAfresh(rest, context);
      if (matter.decision || matter.danger || (matter.referral && asksOrNeeds(rest))) return matter;
    }
    const lostAndFound = this.byId.get(LOST_AND_FOUND);
    // ("Katze … verschwunden. Darf ich Suchzettel an Laternen … kleben": the notices' permission, not the find.)
    if (lostAndFound !== undefined && this.profile.german && isLostOrFoundAnimal(text) && !postsOnLampsOrMasts(text)) return this.sure(lostAndFound);
    // "Sind Sie ein echter Mensch?" asks what the assistant is, not for a person.
    const identity = this.byId.get(IDENTITY);
    if (identity !== undefined && result.decision?.id !== IDENTITY && asksWhatIAm(text)) return this.sure(identity);
    // "Was können Sie?": what the assistant can do (too short for the model to be sure).
    const help = this.byId.get(HELP);
    if (help !== undefined && asksWhatICanDo(text)) return this.sure(help);
    // "Was macht ihr mit dem, was ich hier schreib?": the privacy notice of the chat.
    const privacy = this.byId.get(PRIVACY);
    if (privacy !== undefined && !DATA_TOPICS.has(result.decision?.id ?? '') && asksWhatHappensToWhatISay(text)) return this.sure(privacy);
    // "Mei Fraa will mei Wahlunterlage mit abhole, geht des mit ner Vollmacht?": the postal vote's papers, not a document's pick-up.
    const postalVote = this.byId.get(POSTAL_VOTE);
    if (postalVote !== undefined && this.profile.german && result.decision?.id === PICK_UP && VOTING_PAPERS.test(text)) return this.sure(postalVote);
    // "Is mei Perso schon da?": the pick-up of a document applied for, not applying for one.
    const pickUp = this.byId.get(PICK_UP);
    if (pickUp !== undefined && this.profile.german && IDENTITY_DOCUMENTS.has(result.decision?.id ?? '') && asksIfDocumentReady(text)) return this.sure(pickUp);
    // "Können Vereine Tische und Bänke vom Bauhof ausleihen?": the Bauhof's name alone led to its job offers, unsurely; the others near are asked back.
    // ("unser obst- und gartenbauverein macht nen tag der offenen tür": a club's event, below.)
    if (this.profile.german && result.decision?.id === JOBS && result.confidence < JOBS_UNSURE && !asksForWork(text) && !aboutFarmingOrChamber(text) && !aboutCare(text) && !clubEvent(text)) {
      // "Ich möchte die deutsche Staatsangehörigkeit annehmen. Mache ich das bei Ihnen im Rathaus?": another body's service, not a choice among the town's.
      const theirs = this.othersService(notAside, result);
      if (theirs) return theirs;
      const others = result.candidates.filter((c) => c.id !== JOBS).slice(0, 3);
      const first = others[0] === undefined ? undefined : this.byId.get(others[0].id);
      return first === undefined ? NOT_OURS : { ...result, action: 'clarify', decision: { kind: this.docs[first]!.kind, id: others[0]!.id }, candidates: others };
    }
    // Snow and ice (winter.ts): a street not cleared is reported; the duty to clear has no answer here, never a wrong one.
    // (A burst main that freezes on the street is the water's fault to report, not the ice.)
    // (Also where the model leaned to the report unsure: "in der Kirchstraße … is Glatteis un keiner streut" had been asked back, trial 55.)
    const winter = this.profile.german && !waterPipeBurst(text) ? winterMatter(text) : undefined;
    // "Kann ich Streusalz beim Bauhof holen?": the Bauhof's name led to its job offers; a job in the winter service stays there.
    const misled = !result.decision || WINTER_MISLED.has(result.decision.id) || (result.decision.id === JOBS && !asksForWork(text));
    // ("mit seiner Schneefräse … so laut dass wir aufwachen. Darf der das so früh?": the quiet hours.)
    // ("nebeher hausmeisterservice und winterdienst mache … amtlich": a trade of one's own, blind set 224.)
    if (winter === 'question' && misled && !binNotCollected(text) && !asksIfNoiseThatEarly(text) && !startsSideBusiness(text)) return NOT_OURS;
    // "Ich wohne in Hösbach. Wo zahle ich meine Hundesteuer?": the neighbour's own service, not the town's.
    const otherTown = this.profile.german && TOWNS_OWN.has(result.decision?.id ?? '') ? this.otherTown(text) : undefined;
    if (otherTown !== undefined) return { ...NOT_OURS, otherTown };
    // A baptism near the leaving of a church or a booking, a landlord's deposit near the registration: others' matters (others-matters.ts).
    if (this.profile.german && CHURCH_NEAR.has(result.decision?.id ?? '') && aboutChurchRite(text) && !clubGivesNotice(text)) return NOT_OURS;
    // ("Der Nachsendeauftrag läuft, der alte Vermieter hat die Kaution schon zurück": told aside, done.ts; what is left
    // out may only make a matter vanish, never appear: "sonst können sie sich … nicht anmelden" is a town's word.)
    if (this.profile.german && (HOUSING.has(result.decision?.id ?? '') || FORWARDING_MISLED.has(result.decision?.id ?? '')) && aboutForwardingOrder(text) && aboutForwardingOrder(notAside)) return NOT_OURS;
    // "Mein Vermieter gibt die Kaution nicht zurück", "Gibt es hier einen Mieterverein?": tenancy law, with whom to ask (also where the model found nothing).
    // A registration told done ("die Abmeldung lief problemlos") does not make it the registration's; one feared ("sonst … nicht anmelden") does.
    // ("mein mieter zahlt seit 3 monat kei miete mehr", blind set 251: a landlord's matter, no housing benefit where none is named.)
    const tenancyMisled = (id: string): boolean => HOUSING.has(id) || TENANCY_MISLED.has(id) || (id === HOUSING_BENEFIT && tenantDoesNotPay(text));
    if (this.profile.german && (!result.decision || tenancyMisled(result.decision.id)) && aboutTenancyDispute(splitDone(text)?.rest ?? text) && aboutTenancyDispute(notAside) && !rentsAHall(text)) return { ...NOT_OURS, referral: TENANCY_LAW };
    // "Wie viel Grunderwerbsteuer zahlt man beim Hauskauf?": the Finanzamt's tax, not the town's property tax;
    // "Wo mache ich die Umsatzsteuervoranmeldung?": not the registration the word ends in.
    const taxMisled = !result.decision || TOWN_TAXES.has(result.decision.id) || REGISTRATIONS.has(result.decision.id) || result.decision.id === TRADE;
    // ("Die Grunderwerbsteuer haben wir schon ans Finanzamt bezahlt. … wer zahlt die laufende Steuer?": told aside, done.ts.)
    if (this.profile.german && taxMisled && aboutStateTax(notAside)) return { ...NOT_OURS, referral: FINANZAMT };
    // "wann muss mei auto widder zum tüv", "Mein Paket von DHL ist verloren gegangen": another body's or a company's service, near a topic's words
    // (before the recommendation: "welche Ausbildung ist die richtige?" is the career advice's, not a product's).
    // Where the model found no topic, only a service with a referral says more than the model did.
    const service = this.othersService(notAside, result);
    if (service) return service;
    // "Kennt ihr einen guten Fotografen?": whatever topic its words are near, the town recommends no business or product.
    if (this.profile.german && asksForRecommendation(text)) return { ...NOT_OURS, recommendation: true };
    // Private matters near a topic (private-matters.ts): an appliance without water, a phone's PIN, garden advice, an insurer's price.
    // ("… und den Erste-Hilfe-Kurs hab ich für den Führerschein schon gemacht": told aside, done.ts.)
    if (this.profile.german && this.privateMatter(result.decision?.id, text) && this.privateMatter(result.decision?.id, notAside)) return NOT_OURS;
    // "Ich brauche einen Termin beim Zahnarzt": someone else's appointment, not the Bürgerbüro's booking.
    if (this.profile.german && result.decision?.id === APPOINTMENT && appointmentWithOthers(text)) return NOT_OURS;
    // "Mein Bibliotheksausweis ist abgelaufen": another body's card, not the ID card.
    if (this.profile.german && CARD_TOPICS.has(result.decision?.id ?? '') && aboutOthersCard(text)) return NOT_OURS;
    // "Brauchen wir für die USA noch ein ESTA?": the destination's permit, not the passport the town makes.
    // (Or the friends' wedding abroad the trip is to: "Wir fliegen im Winter nach Indien zu einer Hochzeit … noch ein Visum".)
    const travel =
      !result.decision || (IDENTITY_DOCUMENTS.has(result.decision.id) && result.decision.id !== PROVISIONAL) || (result.decision.id === WEDDING && travelsAbroad(text));
    // "Für Indien braucht man Pass mit Visum. Gibt es schnelleren Pass?": the passport asked, the visa only told.
    // ("… so ein Büchle wo das Visum reinkommt, ich hab nur den Ausweis" for Thailand: the passport asked, idCardForFarTrip.)
    if (this.profile.german && travel && asksForTravelPermit(text) && !(result.decision?.id === PASSPORT && asksPassportSooner(text)) && !idCardForFarTrip(text))
      return { ...NOT_OURS, referral: FOREIGN_OFFICE };
    // "ich habe kein deutsch pass, ich bin aus syrien": the home country's embassy or the Ausländerbehörde's travel document, not the German passport.
    if (this.profile.german && FOREIGN_DOCUMENT_NEAR.has(result.decision?.id ?? '') && notGermansDocument(text)) return { ...NOT_OURS, referral: FOREIGNERS_OFFICE };
    // "Wir wollen uns scheiden lassen. Geht das beim Standesamt?": the Familiengericht's (at the Amtsgericht), not the Standesamt's.
    if (this.profile.german && (!result.decision || CIVIL_STATUS.has(result.decision.id) || ASKED_OF_THE_RATHAUS.has(result.decision.id)) && aboutDivorce(text)) return { ...NOT_OURS, referral: COURT };
    // "Jetzt hat uns jemand erzählt, dass das Standesamt samstags gar nicht traut": the wedding, where the model was unsure of the story around it.
    const wedding = this.byId.get(WEDDING);
    if (wedding !== undefined && this.profile.german && (result.action !== 'answer' || result.confidence < WEDDING_UNSURE) && asksAboutCivilWedding(text) && !aboutChurchRite(text))
      return this.sure(wedding);
    // "Wer ist der Bürgermeister?": the Rathaus's contact, where the model found the council or nothing sure.
    const contactOfMayor = this.byId.get(CONTACT);
    // ("wie heißt der bürgermeister von aschaffenburg": another town's mayor, that town's.)
    if (contactOfMayor !== undefined && this.profile.german && (!result.decision || result.decision.id === COUNCIL || result.confidence < MAYOR_UNSURE) && asksForTheMayor(text)) {
      const otherTown = this.otherTown(text);
      return otherTown === undefined ? this.sure(contactOfMayor) : { ...NOT_OURS, otherTown };
    }
    // "Ich möchte mich beschweren.": a person hears it (nothing to answer from the knowledge base).
    if (person !== undefined && isBareComplaint(text)) return this.sure(person);
    // "Ist das Rathaus morgen zu?": the office's name led to its contact details, to a greeting
    // ("morsche" is also "Guten Morgen"), or to nothing.
    const hours = this.byId.get(HOURS);
    // ("wie lang hot des Bauamt heut auf?": the office's name led to its matter, the building permit; trial 45.)
    const unsureOrContact =
      result.action !== 'answer' || result.confidence < HOURS_UNSURE || result.decision?.id === CONTACT || result.decision?.kind === 'system' || namesTownOffice(text);
    // ("mir wolle an silvester heirate … hat des standesamt da uff": a wedding on a day, which the Standesamt's wedding answer takes; blind set 241.)
    const weddingOnADay = result.decision?.id === WEDDING && asksAboutCivilWedding(text);
    if (hours !== undefined && this.profile.german && unsureOrContact && !weddingOnADay && asksOpenOrClosed(text)) {
      const first = this.matterAskedBefore(text);
      return first ? { ...first, also: HOURS } : this.sure(hours);
    }
    // "wie lange hat heute das bürgerbüro auf? und kann ich ohne termin kommen?": the hours asked first, the booking one tap away.
    if (hours !== undefined && this.profile.german && result.decision?.id === APPOINTMENT && asksFirstIfOpen(text))
      return { ...this.sure(hours), also: APPOINTMENT };
    // "Wann hat die Post offen?": another place's hours are that place's matter (the Kita's topic,
    // the Finanzamt's referral), or none of the town's; the Rathaus's hours would be a wrong answer.
    const place = result.decision?.id === HOURS && this.profile.german ? hoursOfAnotherPlace(text) : undefined;
    if (place !== undefined) {
      const theirs = decideOn(fuse(this.evidence(place), this.calibration), this.calibration, this.docs);
      // A place's name alone is little to go on: only a sure topic is its matter (the Kita's).
      if (theirs.action === 'answer' && theirs.confidence >= PLACE_SURE && theirs.decision?.id !== HOURS) return theirs;
      return { ...NOT_OURS, ...(theirs.referral ? { referral: theirs.referral } : {}) };
    }
    // A club's event is the club's notice; asked about, the events' answer first (see clubs.ts).
    const notice = this.byId.get(CLUB_EVENT);
    if (notice !== undefined && this.profile.german && this.aboutAClubsEvent(text, result))
      return { ...this.sure(notice), ...(asksAboutIt(text) ? { also: EVENT } : {}) };
    if (result.action !== 'answer' || !result.decision) return result;
    // "Bahnhofstraße 4, Mömbris" alone: a damage there, a move there, the contact? Asked, not guessed.
    if (this.profile.german && isOnlyAnAddress(text) && result.candidates.length > 1) return { ...result, action: 'clarify', candidates: result.candidates.slice(0, 3) };
    const also = this.offeredBeside(text, result.decision.id);
    // "Ich möchte einen Termin beim Bürgermeister": the Rathaus's contact, not the Bürgerbüro's booking.
    const contact = this.byId.get(CONTACT);
    if (result.decision.id === APPOINTMENT && contact !== undefined && this.profile.german && withTheMayor(text)) return this.sure(contact);
    // "Der Monteur kommt – kann man den Termin verschieben?": no booking in the Bürgerbüro; the
    // matter beside it (the water meter) is the answer, or none of the town's (the chimney sweep).
    const matter = also === undefined ? undefined : this.byId.get(also);
    if (result.decision.id === APPOINTMENT && this.profile.german && aboutHomeVisit(text)) return matter === undefined ? NOT_OURS : this.sure(matter);
    // "Die Steuer für meinen Betrieb ist falsch berechnet. An wen wende ich mich da?": the matter's answer names its office.
    if (result.decision.id === CONTACT && matter !== undefined && this.docs[matter]!.kind === 'answer' && this.profile.german && asksWhomToTurnTo(text)) return this.sure(matter);
    return also ? { ...result, also } : result;
  }

  /**
   * Whether a message is about an event a club holds, where the model found the events' answer, the
   * support for clubs, the notice itself, or nothing sure among them (a hall to rent stays the hall).
   */
  private aboutAClubsEvent(text: string, result: RouteResult): boolean {
    // "uffm weinfest vom gesangverein … is mir mei ehering abhande gekomme … hat den jemand abgegebe?": a thing lost there (blind set 201).
    if (asksForLostThing(text)) return false;
    const id = result.decision?.id;
    // "mir vom karnevalverein mache … umzug, wo muss mer des melde?": "melden" led the model to a resident's registration.
    if (REGISTRATIONS.has(id ?? '')) return clubEvent(text);
    // "muss man jedes vereinsfest vorher der gemeinde melden?": no drinks named, so not the Gestattung.
    if (result.action === 'answer' && id === SERVING_PERMIT) return clubEvent(text) && withoutDrinks(text);
    // "… ein Maibaumfest, also nicht die Feuerwehr selbst, sondern der Förderverein. Wie melden wir das an?": the club's notice.
    // ("Wir vom Feuerwehrverein machen morgen einen Glühweinstand am Feuerwehrhaus": told, not asked, and nothing of joining; trial 34.)
    if (result.action === 'answer' && id === FIRE_BRIGADE) return clubEvent(text) && (asksAboutIt(text) || !joinsTheFireBrigade(text));
    // "Unser Kirchenchor möchte ein Benefizkonzert in der Pfarrkirche geben … wie machen wir das als Verein?": the church named, no leaving it.
    if (result.action === 'answer' && id === CHURCH_LEAVING) return clubGivesNotice(text);
    // "… Jubiläumskonzert … man müsse das jetzt bei der Gemeinde schriftlich melden. Früher hat der Vorsitzende angerufen": the notice, not a call-back.
    if (result.action === 'answer' && id === CALL_BACK) return clubGivesNotice(text);
    // "… ein Weihnachtsturnier in der Halle, wie können wir das bekannt machen?": the notice, not the hall's rent.
    if (result.action === 'answer' && id === HALLS) return clubEvent(text) && (wantsItKnown(text) || clubGivesNotice(text));
    // "soll unser sommerfest bei euch bekanntgeben": the club's notice, unless the newsletter is named.
    if (result.action === 'answer' && id === NEWSLETTER) return clubEvent(text) && wantsItKnown(text) && !namesTheNewsletter(text);
    // "Der SV Hemsbach hat eine Mail von der Gemeinde bekommen … unsere Anzeige fürs Dorffest": the club's notice, where the town named led the model, unsure, to its contact.
    if (result.action === 'answer' && id === CONTACT && result.confidence < CONTACT_UNSURE)
      return (result.candidates.slice(0, 3).some((c) => c.id === CLUB_EVENT) && clubEvent(text)) || clubGivesNotice(text);
    // "unser obst- und gartenbauverein macht nen tag der offenen tür": the open day led the model, unsure, to the town's jobs.
    if (result.action === 'answer' && id === JOBS && result.confidence < JOBS_UNSURE) return clubEvent(text);
    // "ich bin kassier vom obst und gartenbauverein, mir machen im herbst wieder unser apfelfest": the apples led the model, unsure, to a tree (blind set 202).
    if (result.action === 'answer' && result.confidence < CLUB_EVENT_UNSURE && result.candidates.slice(0, 3).some((c) => c.id === CLUB_EVENT)) return clubEvent(text);
    // "der schützenverein plant e neujahrsschieße … wie zeige mir des bei der gemeinde an": the notice asked in words, the model unsure of anything (blind set 241: a bank account).
    if (result.action === 'answer' && result.confidence < CLUB_EVENT_UNSURE && clubGivesNotice(text)) return true;
    // ("… wie müsse mer des als verein bei euch melde? de kassier sagt übrigens der zuschuss is noch net do awwer des is e annere sach": money told as another matter, blind set 242.)
    if (result.action === 'answer') return id === EVENT ? namesAClub(text) : (id === CLUBS || id === CLUB_EVENT) && clubEvent(withoutToldAside(text));
    // "… Karnevalsverein. Der alte Vorstand hat die Prunksitzung immer bei euch angemeldet … Wie und bis wann?": unsure of the Gestattung, no drinks named.
    const near = (id: string): boolean => id === EVENT || id === CLUB_EVENT || id === CLUBS || (id === SERVING_PERMIT && withoutDrinks(text));
    return result.candidates.slice(0, 3).some((c) => near(c.id)) && clubEvent(text);
  }

  /** A clarification for a one- or two-word message that several topics name equally, if it is one. */
  private vagueTopics(text: string, evidence: Evidence, fused: Fused): RouteResult | undefined {
    if (this.index.words(text).length > VAGUE_WORDS || (fused.ranked[0]?.p ?? 0) >= VAGUE_SURE) return undefined;
    const fits = evidence.topics.filter((t) => t.fit > 0).sort((a, b) => b.fit - a.fit);
    const top = fits[0];
    if (!top || top.fit < VAGUE_FIT) return undefined;
    const flat = new Set(fits.filter((t) => t.fit >= top.fit - VAGUE_FLAT).map((t) => t.doc));
    if (flat.size < 2) return undefined;
    const offered = fused.ranked.filter((r) => flat.has(r.doc)).slice(0, CLARIFY_MAX);
    const best = this.docs[offered[0]!.doc]!;
    return {
      decision: { kind: best.kind, id: best.id },
      confidence: round(offered[0]!.p),
      candidates: offered.map((r) => ({ id: this.docs[r.doc]!.id, score: round(r.p) })),
      action: 'clarify',
    };
  }

  /**
   * The topic of the town's services a part of a message asks for on its own, with its probability:
   * more likely than out of scope, and no greeting or thank-you ("Hallo, …").
   */
  private serviceAskedIn(part: string): { doc: TopicDoc; p: number } | undefined {
    const { ranked, outOfScope } = fuse(this.evidence(part), this.calibration);
    const best = ranked[0];
    const doc = best && this.docs[best.doc]!;
    return doc && best.p > outOfScope && doc.kind !== 'system' ? { doc, p: best.p } : undefined;
  }

  /**
   * A request a rule was sure of, and a question of another matter asked beside it ("… Straßelatern kaputt … Und nebebei, wann is
   * eichentlich die nächst Gelbe Sack abholung?"): that question is offered too (trial 53: the form began and it was left unsaid).
   */
  private withQuestionBeside(text: string, result: RouteResult): RouteResult {
    if (result.action !== 'answer' || result.decision?.kind !== 'flow' || result.also !== undefined) return result;
    const second = this.offeredBeside(text, result.decision.id);
    const doc = second === undefined ? undefined : this.byId.get(second);
    return doc !== undefined && this.docs[doc]!.kind === 'answer' ? { ...result, also: second } : result;
  }

  /** The other request a message asks beside its main one (secondRequest), unless its words only seem to. */
  private offeredBeside(text: string, main: string): string | undefined {
    const second = this.secondRequest(text, main);
    // "Unser Sohn ist 30 und braucht einen Reisepass": no children's documents to offer beside it;
    // "Unser Bello ist gestorben … Die Marke hab ich noch": no person's death to register beside the dog's.
    // "… ein grosses loch im Weg … jetzt ist da noch wasser drin": no burst pipe to offer beside the hole.
    const onlySeems =
      (second === CHILDRENS_DOCUMENTS && grownChildsDocument(text)) ||
      (second === DEATH && this.profile.german && dogDied(text)) ||
      (second === WATER_FAILURE && main === REPORT && this.profile.german && waterStandsInAHole(text));
    return onlySeems ? undefined : second;
  }

  /** Whether a part of a message asks for a topic of the town's services (not a greeting or a thank-you). */
  private asksBeside(part: string): boolean {
    return this.index.words(part).length > 0 && this.serviceAskedIn(part) !== undefined;
  }

  /** Another topic that one part of the message asks for on its own, clearly. */
  private secondRequest(text: string, main: string): string | undefined {
    const parts = text.split(PARTS[this.profile.language]).filter((p) => tokenize(p).length >= 3 && this.index.words(p).length > 0);
    if (parts.length < 2) return undefined;
    const mainDoc = this.byId.get(main);
    for (const part of parts) {
      // "Ich habe kein Auto und kann nicht gut laufen": the car named is none to register.
      if (this.profile.german && toldHavingNone(part)) continue;
      // "Das Auto melden wir später um", "Hund is schon angemeldet": told aside (done.ts), no request to offer.
      const asked = this.serviceAskedIn(this.profile.german ? withoutToldAside(part) : part);
      if (!asked || asked.p < ALSO_SURE || asked.doc.id === main) continue;
      // "Wir machen ein Sommerfest … Was müssen wir (da) anmelden?": a part that points back in words
      // of the main matter, or names nothing but one of its words, asks about it, not for another request.
      const { topical, pointsBack } = this.wordsOf(part);
      const aboutMain = mainDoc !== undefined && topical.every((word) => this.index.uses(mainDoc, word));
      if (aboutMain && (pointsBack || topical.length === 1)) continue;
      // "Kann meine Tochter das für mich abholen?": someone else doing the main matter, no request of its own.
      if (pointsBack && behalfSaid(part) !== undefined) continue;
      // Another registration of the same move is no second request ("I just moved to Mömbris … How
      // do I register my address?").
      if (!(REGISTRATIONS.has(main) && REGISTRATIONS.has(asked.doc.id))) return asked.doc.id;
    }
    return undefined;
  }

  /** What the model and the retrieval say about a text. */
  evidence(typed: string): Evidence {
    const analyzer = this.index.analyzer;
    const text = this.profile.german
      ? joinSplitCompounds(
          // A dictated compound may be misspelt by one letter ("Personal aus weiß"), no more: two edits make words of phrases.
          joinDictatedCompounds(
            typed,
            (w) => {
              const spelled = analyzer.spelled(w);
              return analyzer.learned(spelled) && editDistance(w, spelled, 1) <= 1;
            },
            this.profile.normalize,
            (w) => this.profile.stopwords.has(w),
          ),
          (w) => analyzer.learned(w),
          this.profile.normalize,
        )
      : typed;
    const fits = new Map(this.index.search(text, RETRIEVED).map((m) => [m.doc, m.fit]));
    const model = this.options.model;
    if (!model) {
      // Without a trained model every topic is equally likely; the retrieval alone decides.
      return { topics: [...fits].map(([doc, fit]) => ({ doc, p: 1 / (this.docs.length + 1), fit })), outOfScope: 1 / (this.docs.length + 1) };
    }
    const p = model.probabilities(text);
    const topics = this.docs.map((_, doc) => ({ doc, p: p[this.classOf[doc] ?? -1] ?? 0, fit: fits.get(doc) ?? 0 }));
    let outOfScope = 0;
    let referral: string | undefined;
    let best = 0;
    for (const [c, key] of this.outOfScopeClasses) {
      outOfScope += p[c]!;
      if (p[c]! > best) [best, referral] = [p[c]!, key];
    }
    return { topics, outOfScope, referral };
  }

  /**
   * "Und was kostet das?" right after an answer: a question that names only a facet (fees, duration,
   * appointment, documents; "how much does it cost") and no topic of its own is about the last topic.
   * So is a short one that points back ("wo gebe ich den ab") with words the last topic itself uses.
   */
  private followUp(text: string, context: RouteContext): number | undefined {
    const last = context.lastTopic === undefined ? undefined : this.byId.get(context.lastTopic);
    if (last === undefined || this.docs[last]!.kind !== 'answer') return undefined;
    // "Kann mich jemand anrufen?" asks for the call-back, not for the last topic's phone number;
    // "ok kann ich n termin machen" after the passport asks for the booking, not the passport's line on appointments.
    if (asksToBeCalled(text) || (this.profile.german && wantsAppointment(text) && !appointmentWithOthers(text) && !asksWhetherAppointmentNeeded(text))) return undefined;
    // "wie lang hat des Bürgerbüro heut auf?" after the ID card: the office's hours, not how long the card takes (trial 36).
    if (this.profile.german && asksOpenOrClosed(text)) return undefined;
    const { words, topical: named, pointsBack } = this.wordsOf(text);
    // "ich hab kein foto. geht das trotzdem": what one lacks and "anyway" name no topic (trial 34: it had been no follow-up).
    // "what does it cost per year?" after the dog tax: the period of a price asked names no other topic (trial 58: the police's referral came).
    const fees = facetOf(text) === 'fees';
    const topical = named.filter((w) => !LACKING_WORDS.has(w) && !(fees && isPricePeriodWord(w)));
    // Someone else doing it ("Kann das auch meine Tochter für mich machen?") or another grown-up it is for
    // ("geht das auch für meine Mutter, die ist im Pflegeheim?"): the last topic, whoever is named.
    // "Kann ich für meine Frau gleich mit anmelden?" while booking the registration: that matter's own word, for another (trial 48: the dog's registration offered).
    const behalf = behalfSaid(text);
    if (behalf !== undefined && (pointsBack || (this.namesWordOf(last, topical, behalf) && !this.surelyAnother(text, last, LEANS_TO_ANOTHER)))) return last;
    // Money back ("Bekomme ich die Steuer zurück?", "krieg ich das Geld zurück") after a tax or a fee:
    // that one's refund, not the Finanzamt's; a tax of the Finanzamt's named stays its own.
    if (words.length <= REFUND_WORDS && REFUND.test(text) && !aboutStateTax(text)) return last;
    // The same thing sent instead of fetched ("Kann ich die per Post bekommen?"): "Post" is no postal vote.
    if (pointsBack && BY_POST.test(text)) return last;
    // "wo bekomm ich das Formular dafür" after the certificate of conduct: that matter's form (trial 51: the life certificate's).
    if (pointsBack && words.length <= HOW_ELSE_WORDS && topical.every((w) => FORM_WORDS.test(w) || this.index.uses(last, w)) && topical.some((w) => FORM_WORDS.test(w))) return last;
    // "Muss ich das bei Ihnen melden oder in Aschaffenburg?" after a death or a birth: where to register that, not a move.
    if (pointsBack && REGISTERED_EVENTS.has(this.docs[last]!.id) && REPORTS_IT.test(text) && words.length <= HOW_ELSE_WORDS) return last;
    // "ich bin Rentnerin mit kleiner Rente, gibts da was?" after the dog tax: its reductions, where its entry speaks of them
    // (trial 48: the pension's application had been answered in the middle of the dog's registration).
    if (words.length <= DISCOUNT_WORDS_ASKED && asksForDiscount(text) && DISCOUNT_WORDS.some((w) => this.index.uses(last, w)) && !this.surelyAnother(text, last)) return last;
    // "Muss ich eine Bescheinigung vom Tierarzt bringen?" after the dog tax: what that matter needs, not the proof of registration.
    if (words.length <= HOW_ELSE_WORDS && asksProofFromSomeone(text) && !this.surelyAnother(text, last)) return last;
    // "muss ich da selber hin?", "Wann frühestens?": how else or by when, a short question of the last topic.
    if (words.length <= HOW_ELSE_WORDS && howElseAsked(text) && !this.surelyAnother(text, last)) return last;
    // "Wie kann ich Widerspruch einlegen?" after the property tax: an objection to that topic's notice,
    // where its entry speaks of one (not the Auskunftssperre's objection to passing on data).
    const objects = words.some(isObjectionWord) && OBJECTION_WORDS.some((w) => this.index.uses(last, w));
    if (objects && words.length <= HOW_ELSE_WORDS && topical.every((w) => isObjectionWord(w) || this.index.uses(last, w))) return last;
    // "Ich habe einen Bescheid bekommen, der ist falsch. Was kann ich tun?": the same objection, told (not the police's "Betrug").
    if (saysNoticeIsWrong(text) && OBJECTION_WORDS.some((w) => this.index.uses(last, w))) return last;
    if (topical.length) {
      // Words of a topic, pointing back: still the last topic when it uses each of them ("wo gebe
      // ich den ab"); "was kostet die Hundesteuer" names another ("die" is an article there), and so
      // does "und elterngeld, wo krieh ich des?" after the birth, whose entry speaks of it. Without
      // pointing back, a point asked of the last topic's words ("wie hoch is der hebesatz" after the
      // property tax, "wie lang vorher beantragen" after the Gestattung) stays with it too.
      if (words.length > POINTING_BACK_WORDS || (!pointsBack && facetOf(text) === undefined)) return undefined;
      return topical.every((word) => this.index.uses(last, word)) && !this.surelyAnother(text, last) ? last : undefined;
    }
    // A facet also in words the index drops ("was brauch ich da alles": "brauch ich"); or nothing
    // but the pointing back ("und wo ist das").
    // "wo muss ich hin?", "where do I go?", "was soll ich tun?": only where to go or what to do is asked, of the last topic.
    const bare = words.every(isGenericWord) && (pointsBack || WHERE_OR_WHAT_TO_DO.test(text));
    // "und die blaue?" after the waste collection: the same question of another kind of the last topic's thing.
    return words.some(isFacetWord) || facetOf(text) !== undefined || bare || AND_THE_OTHER.test(text) ? last : undefined;
  }

  /** Whether a word of the question other than those of the person it is for is one the last topic's entry uses. */
  private namesWordOf(last: number, topical: readonly string[], forWhom: string): boolean {
    const person = new Set(this.index.words(forWhom));
    return topical.some((w) => !person.has(w) && this.index.uses(last, w));
  }

  /**
   * Whether a question is, by itself, surely about another topic than the last one ("Wann muss ich
   * die Grundsteuer zahlen?" after a birth): then it asks that topic, however much it sounds like a
   * follow-up. Asked only of questions that do (a short one, decided once more without the context).
   * Said for another person, a question need only lean to another topic (`from` LEANS_TO_ANOTHER: "Brauche ich
   * für meine Frau einen Reisepass?" after the ID card).
   */
  private surelyAnother(text: string, last: number, from: number = SURELY_ANOTHER): boolean {
    const alone = this.decideAfresh(text, {});
    return alone.action === 'answer' && alone.confidence >= from && alone.decision?.id !== this.docs[last]!.id;
  }

  /**
   * The words of a question as a follow-up reads them: all but those of a facet phrase ("how much",
   * "wie viel") and of direction; of these, the ones that name a topic; and whether it points back.
   */
  private wordsOf(text: string): { words: string[]; topical: string[]; pointsBack: boolean } {
    const phrase = facetPhraseWords(text);
    // "wo muss isch do hi": in a question, "hi" is the dialect's "hin", not a greeting.
    const hin = (w: string) => w === 'hi' && ASKS_WHERE_WHEN_HOW.test(text);
    const words = this.index.words(text).filter((w) => !phrase.has(w) && !NO_MATTER.has(w) && !DIALECT_FUNCTION_WORDS.has(w) && !hin(w));
    const pointsBack = POINTS_BACK.test(text);
    // "online" names a topic of its own, but not when it points back ("kann ich des online mache?").
    // Everyday words ("machen", "kriegen") name no topic here either ("Kann ich das online machen?").
    // A matter's name typed in a hurry names it too ("reisepas kostn" after the ID card: the passport's fees).
    const analyzer = this.index.analyzer;
    const topical = words.filter((w) => {
      const spelled = analyzer.spelled(w);
      return [w, spelled].every((form) => !isFacetWord(form) && !isGenericWord(form)) && !(pointsBack && isOnlineWord(w)) && analyzer.knows(spelled);
    });
    return { words, topical, pointsBack };
  }

  /**
   * The point a question asks without naming its matter ("was kost des", "wie lange dauert das?"),
   * when it is no follow-up: any topic would be a guess. Not the office's hours ("wann habt ihr
   * offen": the Rathaus) nor an appointment ("ich brauche einen Termin": the booking).
   */
  private pointOnly(text: string): PointOnly | undefined {
    const facet = facetOf(text);
    if (facet !== 'fees' && facet !== 'duration' && facet !== 'documents') return undefined;
    // "wie lang habt ihr heut auf": how long the office is open names the office (the hours' question below).
    if (this.profile.german && asksOpenOrClosed(text)) return undefined;
    // Also a misspelt matter ("kirchenaustrit kosten") or one in a compound ("Kubikmeter Trinkwasser")
    // names one, and so may a longer word the knowledge does not know (the model may: "Wauwau").
    const { words } = this.wordsOf(text);
    // ("what does it cost per year?": the period of a price names no matter, trial 58: the police's referral came.)
    const names = (w: string) =>
      !isFacetWord(w) &&
      !DIALECT_FUNCTION_WORDS.has(w) &&
      !(facet === 'fees' && isPricePeriodWord(w)) &&
      (w.length >= UNKNOWN_MATTER_LENGTH || this.index.analyzer.recognizes(w));
    return words.some(names) ? undefined : facet;
  }

  /** An editor's assignment of this question (or a near copy of it) wins over the model until the next training includes it. */
  private learnedDecision(text: string): RouteResult | undefined {
    const label = this.options.learned?.find(fingerprint(text));
    if (label === undefined) return undefined;
    if (isOutOfScope(label)) {
      const referral = label.slice(OUT_OF_SCOPE.length);
      return { ...NOT_OURS, ...(referral ? { referral } : {}) };
    }
    const doc = this.byId.get(label);
    return doc === undefined ? undefined : this.sure(doc);
  }

  /** Another body's or a company's service the text asks, near the topic the model found (OTHERS_SERVICES): out of scope, with whom to ask where known. */
  private othersService(asked: string, result: RouteResult): RouteResult | undefined {
    if (!this.profile.german) return undefined;
    // `asked`: the message without what it tells aside, which names no service asked ("Mit der Rentenversicherung ist alles geklärt", done.ts).
    // Also where the model found none but guessed another body: a matter known to be none of those is none ("… Falschparke, wo kann ich
    // Einspruch einlege?", trial 59: the Finanzamt's income tax had been named).
    const service = OTHERS_SERVICES.find(
      (s) => (s.near ? s.near.has(result.decision?.id ?? '') : result.decision !== null || s.referral !== undefined || result.referral !== undefined) && s.asked(asked),
    );
    return service && { ...NOT_OURS, ...(service.referral ? { referral: service.referral } : {}) };
  }

  /** Whether the decided topic is only near a private matter the text is about (private-matters.ts). */
  private privateMatter(topic: string | undefined, text: string): boolean {
    // Also where the model found none: a club's cake recipe must not become the club's event notice below.
    // ("wer zahlt das dann" of a water meter checked for a doubled bill is the water's, blind set 225.)
    if (asksCleaningTip(text) || asksGeneralKnowledge(text) || (asksWhoPaysPrivateDamage(text) && !aboutWaterBill(text)) || asksToWriteSomething(text) || asksForTravelDeal(text) || ownEverydayMatter(text) || seeksPrivateHelper(text) || asksToolOrPestAdvice(text) || offTopicEveryday(text) || onlyTelling(text)) return true;
    if (topic === undefined) return false;
    if (topic === FISHING_LICENCE) return namesNoFishing(text);
    if (WATER_TOPICS.has(topic)) return aboutAppliance(text);
    if (ACCESS_TOPICS.has(topic)) return aboutPrivateAccess(text);
    if (topic === TREES) return asksGardenAdvice(text);
    if (topic === WEDDING) return celebratesWeddingAnniversary(text);
    if (topic === VEHICLES) return asksInsuranceChoice(text) || asksCarPrice(text) || asksCarCare(text) || claimsCarDamage(text);
    if (topic === DRIVING_LICENCE) return asksDrivingLessonsPrice(text);
    return false;
  }

  /** A matter told in words that led the model elsewhere (TOLD_MATTERS): its topic, where the model found none or one of those it is misled to. */
  private toldMatter(text: string, notAside: string, result: RouteResult): number | undefined {
    // A speech to write or a story only told is no topic's, whatever it tells on the way.
    // ("… Gibt es eine gute Hundeschule, die ihr empfehlen könnt?": a business to recommend, whatever the story tells; below.)
    if (!this.profile.german || asksToWriteSomething(text) || onlyTelling(text) || asksForRecommendation(text)) return undefined;
    const found = result.decision?.id;
    // Told only aside, a matter is not told as the one asked ("Das Grab machen wir dann mit dem Friedhofsamt aus", done.ts).
    // The topic itself among those misled to: found, but too unsure to start its request.
    const matter = TOLD_MATTERS.find((m) => (found === undefined || m.misled === 'any' || m.misled.has(found)) && m.told(text) && m.told(notAside));
    return matter && this.byId.get(matter.topic);
  }

  /** A matter told in English (ENGLISH_MATTERS), where the model found none, was unsure or was misled; or a private matter, none of the town's. */
  private englishMatter(text: string, result: RouteResult): RouteResult | undefined {
    // "can I talk to a real person please? My landlord refuses to sign …": the person asked for (trial 46: the matter's article).
    const person = this.byId.get(PERSON);
    if (person !== undefined && englishPersonWished(text)) return this.sure(person);
    if (englishTenancyDispute(text)) return { ...NOT_OURS, referral: TENANCY_LAW };
    // ("internet contract is done, electricity also": told done, as in German, done.ts.)
    if (englishPrivateMatter(text) && englishPrivateMatter(withoutDoneInEnglish(text))) return NOT_OURS;
    const found = result.action === 'answer' ? result.decision?.id : undefined;
    // Told only beside what is done ("the Elterngeld is submitted") is not asked, as in German (toldMatter).
    const notDone = withoutDoneInEnglish(text);
    const toldHere = (m: EnglishMatter): boolean => m.told(text) && m.told(notDone);
    const matter = ENGLISH_MATTERS.find((m) => (found === undefined || m.misled === 'any' || m.misled.has(found)) && toldHere(m));
    const doc = matter && this.byId.get(matter.topic);
    if (doc !== undefined) return this.sure(doc);
    // The model found the matter told ("copies with official stamp … for the German course"): another body named beside it does not take over.
    if (ENGLISH_MATTERS.some((m) => m.topic === found && toldHere(m))) return undefined;
    const others = englishOthersService(notDone);
    return others && { ...NOT_OURS, ...(others.referral ? { referral: others.referral } : {}) };
  }

  /** The rest's sure topic where the model found the topic of a clause that tells it done. */
  private besideWhatIsDone(text: string, context: RouteContext, result: RouteResult): RouteResult | undefined {
    // Where the model found nothing sure and named no other body, its first candidate is what the done clause may have led it to.
    const unsure = result.decision === null && (result.referral === undefined || result.referral === GENERAL);
    const found = result.decision?.id ?? (unsure && this.profile.german ? result.candidates[0]?.id : undefined);
    const split = found === undefined ? undefined : this.profile.german ? splitDone(text) : splitDoneInEnglish(text);
    // The done clause alone need only come near what the model found ("Zuschuss … beantragt" alone is also the housing benefit's word).
    if (split === undefined || !this.decideAfresh(split.done, {}).candidates.slice(0, 3).some((c) => c.id === found)) return undefined;
    if (wantsTheSame(split.rest)) return undefined;
    const rest = this.decideAfresh(split.rest, context);
    // "… says there is a gap in my record … who can help me sort this out": a rest that only asks for help is no matter of its own (blind set 193);
    // nor a short one the model barely leans to ("Ich habe Wohngeld schon beantragt. Wie lange dauert die Bearbeitung?" had become the passport).
    const followUp = rest.confidence < REST_UNSURE && split.rest.trim().split(/\s+/).length <= FOLLOW_UP_WORDS;
    return rest.action === 'answer' && rest.decision !== null && rest.decision.id !== found && rest.decision.id !== HELP && !followUp ? rest : undefined;
  }

  private goesOnWithLast(text: string, context: RouteContext, result: RouteResult): number | undefined {
    const last = context.lastTopic === undefined ? undefined : this.byId.get(context.lastTopic);
    if (last === undefined || this.docs[last]!.kind !== 'answer' || !this.profile.german) return undefined;
    const unsure = (result.action !== 'answer' || result.confidence < GOES_ON_UNSURE) && (result.referral === undefined || result.referral === GENERAL);
    // "und der hund?" after the car's registration names a thing the last answer never speaks of (trial 51: the car's answer came again).
    const { topical } = this.wordsOf(text);
    const first = result.candidates[0] === undefined ? undefined : this.byId.get(result.candidates[0].id);
    const namesAnother =
      first !== undefined && topical.length > 0 && topical.every((word) => this.index.uses(first, word)) && !topical.some((word) => this.index.uses(last, word));
    return unsure && !namesAnother && GOES_ON.test(text.trim()) && text.trim().split(/\s+/).length <= GOES_ON_WORDS ? last : undefined;
  }

  /** "von Schimborn nach Mömbris": a move between two places of the town (each other than the first), or "in Mömbris um". */
  private movedWithinTown(text: string): boolean {
    const normalized = this.profile.normalize(text);
    return Boolean(this.moveWithin?.(normalized)) || Boolean(this.moveInside?.test(normalized));
  }

  /** The matter a message asks before its question whether the office is open, where the model is sure of it alone (an answer, not the contact). */
  private matterAskedBefore(text: string): RouteResult | undefined {
    const before = askedBeforeIfOpen(text);
    const first = before === undefined ? undefined : this.decideAfresh(before, {});
    const id = first?.decision?.id;
    return first?.action === 'answer' && first.decision?.kind === 'answer' && first.confidence >= STORY_SERVICE_SURE && id !== HOURS && id !== CONTACT ? first : undefined;
  }

  private sure(doc: number): RouteResult {
    const { id, kind } = this.docs[doc]!;
    return { decision: { kind, id }, confidence: 1, candidates: [{ id, score: 1 }], action: 'answer' };
  }
}

/** An event's permission asked, not the quiet hours at it nor a drone flown over it (the aviation authorities'). */
const asksEventPermitted = (text: string): boolean => asksEventPermission(text) && !asksQuietHours(text) && !fliesADrone(text);

/**
 * Services of others that the words of a topic come near: the car's inspection (not its
 * registration), a towed car (the police know where it is), a parcel the carrier lost (not the
 * Fundbüro), the electricity or gas supplier at a move, a pension paid late (the insurer's), the vehicle
 * tax (the customs'). Without `near`, near any topic: one's employment, a traffic fine, a parcel.
 */
const OTHERS_SERVICES: ReadonlyArray<{ near?: ReadonlySet<string>; asked: (text: string) => boolean; referral?: string }> = [
  { near: new Set(['kfz-zulassung']), asked: aboutVehicleUpkeep },
  { asked: reportsUnauthorisedBuilding, referral: 'bauaufsicht' },
  // ("ich bin so allein über die feiertage … ich wollt einfach mit jemand reden", blind set 246: a widow's loss had led to the death's registration.)
  { asked: feelsLonely, referral: 'telefonseelsorge' },
  // ("ab wann braucht mer winterreife … mei werkstatt hat erst im dezember termin", blind set 212: the garage's appointment, not ours.)
  { near: new Set(['termin-buchen']), asked: aboutTyres },
  { near: new Set(['kfz-zulassung', 'fundbuero', 'maengelmelder', 'sondernutzung', 'dokument-verloren']), asked: aboutTowedCar, referral: 'polizei' },
  { near: new Set(['kfz-zulassung', 'melderegisterauskunft', 'dokument-verloren']), asked: hitAndRun, referral: 'polizei' },
  { near: new Set(['sondernutzung', 'fundbuero', 'kontakt', 'maengelmelder', 'kfz-zulassung']), asked: parkedWhereNotAllowed, referral: 'polizei' },
  { asked: aboutParcel },
  { asked: asksForEmployersPaper },
  { asked: asksVisitingHours },
  { near: new Set(['ausweis-kinder', 'kita', 'sterbefall']), asked: aboutCustody },
  // "wie viel Unterhalt ich für die zwei Kinder zahlen muss … ausrechnen?": also where a move told beside it led the model to the registration.
  { near: new Set(['ummeldung', 'anmeldung-wohnsitz', 'abmeldung', 'melderegisterauskunft', 'kontakt', 'hilfe']), asked: asksMaintenanceAmount, referral: 'jugendamt' },
  // ("Wann wird die Betriebsrente von meiner alten Firma erhöht?": the firm led to the trade tax, blind set 228.)
  { near: new Set(['lebensbescheinigung', 'rentenantrag', 'gewerbesteuer', 'gewerbe-anmelden']), asked: aboutCompanyPension },
  { near: new Set(['kfz-zulassung', 'fuehrerschein']), asked: asksInsurancePlate },
  { asked: asksForTaxId, referral: 'finanzamt' },
  // Blind set 129: a club's non-profit status, VAT on an invoice; the music rights society; an insurer's assessor.
  { near: new Set(['vereinsfoerderung', 'gewerbe-anmelden', 'bankverbindung', 'hilfe', 'kontakt']), asked: asksTaxOfficesMatter, referral: 'finanzamt' },
  { asked: aboutMusicRights },
  { near: new Set(['wasser-abwasser', 'wasser-stoerung', 'kfz-zulassung', 'maengelmelder']), asked: aboutInsurersClaim },
  { near: new Set(['bankverbindung', 'wohngeld', 'ehrenamtskarte', 'dokument-verloren', 'auskunftssperre', 'datenschutz', 'rueckruf', 'hilfe', 'kontakt']), asked: aboutOwnBank },
  { near: new Set(['wasser-stoerung', 'bebauungsplan', 'datenschutz', 'online-dienste', 'rueckruf', 'kontakt', 'sterbefall', 'abmeldung']), asked: aboutTelecom },
  // "die Leitung ist tot. Können Sie jemanden schicken?": the provider's technician, not the town's staff (a provider named beside a person wanted stays the person).
  { near: new Set(['mitarbeiter']), asked: lineOutOfOrder },
  { asked: aboutPostOffice },
  // Blind set 102: the address in another's records, the insurer's premium.
  { near: new Set(['ummeldung', 'anmeldung-wohnsitz', 'abmeldung', 'meldebescheinigung', 'kontakt', 'hilfe', 'online-dienste']), asked: changesAddressWithOthers, referral: 'adresse-bei-anderen' },
  { asked: aboutInsurersPremium },
  { asked: objectsToOthersNotice },
  // "GEZ will von mir doppelt Geld": whatever topic the model found (no topic of the town's is the broadcasting fee).
  { asked: aboutBroadcastFee, referral: 'rundfunkbeitrag' },
  // (A wedding here with a foreign partner's papers, "Ehefähigkeitszeugnis und Legalisation", is the Standesamt's: blind set 134.)
  { near: new Set(['urkunden', 'beglaubigung', 'geburt-beurkunden', 'eheschliessung', 'sterbefall']), asked: (text) => asksForApostille(text) && !namesNoImpediment(text) },
  { asked: asksLandSurvey },
  { asked: wildAnimalHit, referral: 'polizei' },
  { near: new Set(['maengelmelder', 'ruhezeiten', 'wasser-stoerung', 'baum-faellen', 'hundesteuer']), asked: gameDamagedGarden },
  // "Unser Hase ist tot, muss ich das melden?": a pet other than a dog is registered nowhere of the town's; not a person's death.
  { near: new Set(['sterbefall', 'urkunden', 'friedhof']), asked: (text) => lossTold(text) === 'animal' && !mentionsADog(text) && !dogDied(text) },
  { near: new Set(['schwerbehindertenausweis', 'sondernutzung', 'ausweis-kinder', 'personalausweis']), asked: asksResidentsParking },
  // "die Firma sagt ich muss mich anmelden": the employer only asks for the registration.
  { asked: (text) => aboutEmployment(text) && !mustRegisterOneself(text) },
  { near: new Set(['elterngeld']), asked: aboutParentalLeave },
  // A fine told in a story of a car bought and to be registered is the seller's quarrel; the registration is asked.
  { asked: (text) => aboutTrafficFine(text) && !wantsToRegisterAVehicle(text) },
  { near: new Set(['kfz-zulassung', 'gewerbesteuer', 'grundsteuer', 'hundesteuer', 'kontakt', 'bankverbindung', 'sterbefall', 'auskunftssperre']), asked: aboutVehicleTax, referral: 'zoll' },
  // "Strom ist weg in ganzer Straße, wen anrufen?": the grid's, not the water's failure.
  // (And the defect report's: "seit einer Stunde der Strom weg, die ganze Straße ist dunkel" is the grid's, blind sets 87 and 91.)
  { near: new Set(['anmeldung-wohnsitz', 'ummeldung', 'abmeldung', 'wohnungsgeberbestaetigung', 'datenschutz', 'online-dienste', 'kontakt', 'wasser-abwasser', 'wasser-stoerung', 'begruessung', 'hilfe', 'auskunftssperre', 'maengelmelder']),
    // ("Die Straßelamp brennt nimmer … Wem sach ich des, der Gemaa oder dem Stromversorger?": a street light out is the town's report.)
    asked: (text) => aboutEnergySupplier(text) && !streetLightOut(text),
  },
  { near: new Set(['anmeldung-wohnsitz', 'ummeldung', 'abmeldung', 'gewerbe-anmelden', 'stellenangebote', 'hund-anmelden']), asked: aboutMiniJob },
  { near: new Set(['gewerbe-anmelden', 'gewerbesteuer', 'stellenangebote']), asked: firmHires },
  { near: new Set(['raum-mieten', 'termin-buchen', 'eheschliessung']), asked: booksARestaurantTable },
  // ("die katze vom nachbar reißt die säck auf. kann mer e größere tonne kriege": the bin wished for, blind set 198.)
  { asked: (text) => neighboursCat(text) && !wantsABin(text) },
  // ("Für Kindergeld in Rumänien brauche ich Papier von Gemeinde dass ich und die Kinder hier wohnen": the town's proof, blind set 217.)
  { near: new Set(['ausweis-kinder', 'elterngeld', 'kita', 'geburt-beurkunden', 'ummeldung', 'anmeldung-wohnsitz', 'wohngeld', 'kontakt']), asked: (text) => aboutChildBenefit(text) && !asksProofOfResidence(text), referral: 'familienkasse' },
  { near: new Set(['eheschliessung']), asked: shopsForWedding },
  // "Welches Auto ist besser, Golf oder Astra?": advice on a purchase, not the registration.
  { near: new Set(['kfz-zulassung']), asked: comparesCars },
  // "EU-Heimtierausweis für den Urlaub": the vet's, not a child's or one's own document.
  { near: new Set(['ausweis-kinder', 'personalausweis', 'reisepass', 'vorlaeufiger-ausweis', 'hundesteuer', 'hund-anmelden', 'dokument-verloren']), asked: (text) => asksForPetPassport(text) && !registersANewDog(text), referral: 'tierarzt' },
  // ("meine rente is diesen monat nicht aufs konto gekommen!!! … ich muss die miete zahlen": the rent led the model to the housing benefit.)
  { near: new Set(['rentenantrag', 'lebensbescheinigung', 'wohngeld']), asked: aboutPensionPayment },
  { asked: asksCareerAdvice, referral: 'arbeitsagentur' },
  { asked: aboutStudentGrant, referral: 'bafoeg' },
  { asked: asksForGermanCourse, referral: 'integrationskurs' },
  { asked: wantsCarTowed, referral: 'polizei' },
  { asked: aboutCreditReport },
  { asked: disputesWithNeighbour },
  // Blind set 134: a thing left in a train (the railway's), the weather, a newspaper's subscription, rejoining a church.
  { near: new Set(['fundbuero', 'dokument-verloren', 'abmeldung', 'melderegisterauskunft', 'kontakt']), asked: leftInATrain },
  { asked: asksTheWeather },
  { near: new Set(['mitteilungsblatt', 'kontakt', 'online-dienste', 'auskunftssperre']), asked: cancelsNewspaper },
  { near: new Set(['kirchenaustritt', 'kontakt', 'hilfe']), asked: rejoinsChurch },
  { asked: aboutMotorwayWorks, referral: 'autobahn' },
  { near: new Set(['sondernutzung', 'maengelmelder', 'bauantrag', 'kontakt']), asked: asksAboutRoadWorks },
  // ("Gibt es aktuelle Hinweise?", trial 60: the register's information had come; the current notices answer it.)
  { near: new Set(['melderegisterauskunft', 'meldebescheinigung', 'maengelmelder', 'eheschliessung', 'wasser-stoerung', 'hilfe', 'kontakt']), asked: asksCurrentNotices },
  // Blind set 146: a flat to rent sought.
  { asked: seeksAFlat },
  // Blind set 145: a marriage contract.
  { near: new Set(['eheschliessung', 'gewerbe-anmelden', 'gewerbesteuer', 'urkunden']), asked: asksMarriageContract },
  // Blind set 140: a power cut told with the water that still runs.
  { near: new Set(['wasser-stoerung', 'wasser-abwasser', 'maengelmelder', 'kontakt', 'rueckruf', 'ruhezeiten']), asked: powerCut },
  { near: new Set(['beglaubigung', 'urkunden', 'dokument-verloren']), asked: asksSchoolReportAnew, referral: 'schule' },
  { asked: asksForJobseekersAllowance, referral: 'jobcenter' },
  { asked: aboutTransportTicket },
  { near: new Set(['wohngeld', 'anmeldung-wohnsitz', 'ummeldung', 'abmeldung', 'hilfe', 'kontakt']), asked: registersUnemployed, referral: 'arbeitsagentur' },
  { asked: unemploymentBenefitCut, referral: 'arbeitsagentur' },
  { near: new Set(['eheschliessung', 'urkunden', 'hundesteuer', 'rentenantrag', 'kirchenaustritt']), asked: aboutStateTax, referral: 'finanzamt' },
  { near: new Set(['vereinsfoerderung', 'hilfe', 'kontakt', 'grundsteuer', 'bebauungsplan', 'dank']), asked: aboutPrivateForest },
  { near: new Set(['kontakt', 'rueckruf', 'mitarbeiter', 'hilfe', 'elterngeld', 'wohngeld']), asked: aboutYouthOffice, referral: 'jugendamt' },
  // ("Wir brauchen einen Erbschein … Stellt den die Gemeinde aus?", blind set 248: "stellt" had led to the job offers.)
  { near: new Set(['sterbefall', 'urkunden', 'stellenangebote']), asked: aboutInheritanceCertificate, referral: 'amtsgericht' },
  // Blind set 153: who is responsible, asked.
  { near: new Set(['dokument-verloren', 'fundbuero', 'ummeldung', 'stellenangebote', 'personalausweis', 'kontakt', 'hilfe']), asked: aboutVaccinationRecord, referral: 'arzt' },
  // Blind set 194: a vaccination the town once organized in its hall; a school certificate from abroad to be recognized.
  // ("wo kann ich mich gegen zecke impfe lasse bevor es richtig losgeht im garte": the garden had led to the trees; blind set 221.)
  { near: new Set(['raum-mieten', 'veranstaltung', 'kontakt', 'hilfe', 'oeffnungszeiten', 'begruessung', 'baum-faellen']), asked: asksWhereToBeVaccinated, referral: 'arzt' },
  { asked: asksCertificateRecognition, referral: 'anerkennung' },
  { near: new Set(['dokument-verloren', 'personalausweis', 'ummeldung', 'kontakt', 'hilfe']), asked: aboutInsuranceCard, referral: 'krankenkasse' },
  { asked: asksCraftsRegister },
  // Blind set 86: a share of an inheritance claimed from a relative (a lawyer's or notary's matter).
  { near: new Set(['sterbefall', 'urkunden', 'daten-loeschen', 'kontakt', 'hilfe', 'anmeldung-wohnsitz']), asked: claimsInheritanceShare },
  { near: new Set(['ausweis-kinder', 'geburt-beurkunden', 'urkunden', 'hilfe', 'kontakt', 'grundsteuer']), asked: handsOnProperty },
  { asked: disputesWithTradesman, referral: 'verbraucherzentrale' },
  { asked: claimsRoadDamage, referral: 'schadenersatz' },
  // Blind set 43: older citizens' letters.
  // "Ich beziehe Grundsicherung … die Hundesteuer": received, it only tells why the dog tax is much.
  { near: new Set(['rentenantrag', 'wohngeld', 'lebensbescheinigung', 'grundsteuer', 'kontakt', 'hilfe']), asked: aboutBasicIncome, referral: 'sozialamt' },
  // (A club's heating, "neue heizung im vereinsheim … zuschuss von der gemeinde", is the club's grant; blind set 253.)
  { asked: (text) => asksEnergyGrant(text) && !namesAClub(text), referral: 'energie-foerderung' },
  // "kann ich meine stromrechnung bei euch in raten zahlen" (blind set 253): the supplier's bill, not the town's taxes.
  { near: new Set(['grundsteuer', 'wasser-abwasser', 'hundesteuer', 'bankverbindung']), asked: aboutEnergyBill },
  // "rezept für glühwein" (blind set 253): a recipe, not the permit for a stand.
  { asked: asksForRecipe },
  // Blind set 48: farming's and the trades' own bodies.
  // (A certified copy of a chamber's paper, "ne beglaubigte kopie von meinem gesellenbrief", is the certification's.)
  { asked: (text) => aboutFarmingOrChamber(text) && !copiesCertified(text) },
  // Blind set 49: letters and notices received.
  { asked: aboutOthersLetter },
  // Blind set 50: asked for someone else.
  { near: new Set(['kita', 'kontakt', 'friedhof', 'hilfe', 'wohngeld', 'rentenantrag', 'mitarbeiter', 'stellenangebote']), asked: aboutCare },
  { near: new Set(['stellenangebote', 'mitarbeiter', 'kontakt', 'hilfe', 'online-dienste']), asked: aboutResidencePermit, referral: 'auslaenderbehoerde' },
  // Blind set 149: "Mein Aufenthaltstitel läuft ab … auch bei Ihnen im Rathaus wie Personalausweis?" (not a naturalised citizen's first ID card).
  // ("… aufenthaltserlaubnis läuft ab … jetzt wohne ich in mömbris seit umzug. muss ich jetzt ins rathaus mömbris gehen zum verlängern?", blind set 220: the move is the reason, the permit the matter.)
  { near: new Set(['personalausweis', 'reisepass', 'dokument-verloren', 'ummeldung', 'anmeldung-wohnsitz']), asked: (text) => renewsResidencePermit(text) && !naturalisedWantsIdCard(text), referral: 'auslaenderbehoerde' },
  { near: new Set(['elterngeld', 'geburt-beurkunden', 'wohngeld']), asked: aboutMaternityPay, referral: 'krankenkasse' },
  { asked: aboutAssociationsRegister, referral: 'amtsgericht' },
  // Blind sets 52 and 53: the year's occasions, and services by the wrong name.
  { near: new Set(['bebauungsplan', 'bauantrag', 'gestattung', 'raum-mieten', 'kontakt', 'hilfe']), asked: asksForBuildingPlot },
  { near: new Set(['fuehrerschein', 'hilfe', 'kontakt', 'kfz-zulassung']), asked: asksDrivingPoints },
  { near: new Set(['ehrenamtskarte', 'vereinsfoerderung', 'rentenantrag', 'hilfe']), asked: asksYouthLeaderCard },
  { near: new Set(['fischereischein', 'fuehrungszeugnis', 'kontakt', 'hilfe', 'personalausweis', 'stellenangebote', 'sperrmuell', 'sterbefall', 'fundbuero']), asked: asksHuntingOrWeapons, referral: 'waffen-jagd' },
  { asked: asksNaturalisation, referral: 'auslaenderbehoerde' },
  // Blind set 54: a disability's context.
  { asked: asksAboutSchool, referral: 'schule' },
  { asked: asksTaxAllowance, referral: 'finanzamt' },
  // Blind set 55: professionals' words.
  { near: new Set(['bebauungsplan', 'grundsteuer', 'bauantrag', 'meldebescheinigung', 'beglaubigung', 'oeffnungszeiten', 'stellenangebote', 'mitarbeiter', 'hilfe', 'schwerbehindertenausweis']), asked: townMatterWithoutEntry },
  { asked: namesBlueCardEu, referral: 'auslaenderbehoerde' },
  { asked: asksEnergyCertificate },
  // Blind set 56: young adults' first times.
  { near: new Set(['geburt-beurkunden', 'kontakt', 'ausweis-kinder', 'kita', 'elterngeld', 'hilfe']), asked: seeksMidwife },
  // ("ich brauch en hausarzt der noch patiente nimmt … mei alter is in rente gange", blind set 231: the pension only why.)
  { near: new Set(['anmeldung-wohnsitz', 'ummeldung', 'kontakt', 'hilfe', 'kita', 'geburt-beurkunden', 'rentenantrag']), asked: seeksADoctor, referral: 'arzt' },
  // Blind set 118: a rehabilitation or its clinic chosen, the insurers' decision ("wählen" and "in der Reha" lead to the postal vote).
  { near: new Set(['geburt-beurkunden', 'sterbefall', 'kontakt', 'hilfe', 'elterngeld']), asked: aboutRehabilitation },
  { near: new Set(['briefwahl']), asked: choosesRehabilitationClinic },
  { near: new Set(['briefwahl', 'anmeldung-wohnsitz', 'dokument-verloren']), asked: votesInAnotherCountrysElection },
  // (A signature to certify "fürs Grundbuch" is the certification's answer, which says a notary does that one.)
  { near: new Set(['beglaubigung', 'bebauungsplan', 'kontakt', 'grundsteuer', 'bauantrag']), asked: (text) => asksLandRegister(text) && !wantsCertified(text), referral: 'amtsgericht' },
  // Blind sets 76–78: the seasons, everyday words, a matter told as done.
  { asked: fliesADrone, referral: 'drohnen' },
  { asked: asksCommercialRegister, referral: 'amtsgericht' },
  { near: new Set(['geburt-beurkunden', 'urkunden', 'beglaubigung', 'eheschliessung', 'kontakt', 'hilfe']), asked: asksSwornTranslation },
  { near: new Set(['gewerbe-anmelden', 'gewerbesteuer', 'mitarbeiter', 'kontakt', 'hilfe']), asked: asksLegalForm },
  { near: new Set(['elterngeld', 'geburt-beurkunden', 'ausweis-kinder', 'urkunden', 'kontakt', 'stellenangebote', 'dokument-verloren']), asked: asksHealthInsurersMatter, referral: 'krankenkasse' },
];

/** A hall of the town's wanted ("Kulturhalle für en 50. Geburtstag"); not a vaccination once given in it ("… im Rathaussaal … wo krieg ich jetzt die Grippeimpfung", blind set 194). */
const hallWanted = (text: string): boolean => wantsAHall(text) && !asksWhereToBeVaccinated(text);

/**
 * Matters that citizens tell in words of other topics, each with the topics the model is led to
 * ('any': a phrase so plain that no topic found beats it): a birth to come ("Unser Kind kommt im
 * März, was müssen wir erledigen?": children's documents), the water bill (a tax's "Bescheid"),
 * old furniture (moving house), garden cuttings (felling trees), a second residence given up (the
 * register's information), a passport needed beside the ID card one has, "Grüß Gott, ist da
 * jemand?" ("hört" is the after-school care's "Hort"), a death told in dialect with what to do
 * ("mei Mann is letzt Woch gstorbe. Was muss i jetzt alles mache?": the greeting), a damage in the
 * street told in anger or a farmer's words (taxes, or the defect report itself but unsure).
 */
/** The disabled person's pass named, not the broadcast fee's exemption "ich bin schwerbehindert und habe wenig Geld" (blind set 249: the Beitragsservice's). */
const disabilityCard = (text: string): boolean => aboutDisabilityCard(text) && !aboutBroadcastFee(text);

const TOLD_MATTERS: ReadonlyArray<{ topic: string; misled: ReadonlySet<string> | 'any'; told: (text: string) => boolean }> = [
  // Blind sets 79 and 80 (first: a licence or a trade told beside the application or the waste asked).
  { topic: 'wertstoffhof', misled: new Set(['muelltonne', 'muellabfuhr', 'sperrmuell']), told: (text) => disposesOfElectronics(text) && !disposesOfFurniture(text) && !asksWhenBinIsEmptied(text) },
  { topic: 'wertstoffhof', misled: new Set(['fundbuero', 'muelltonne', 'muellabfuhr', 'maengelmelder']), told: disposesOfScrap },
  { topic: 'wertstoffhof', misled: new Set(['muelltonne', 'muellabfuhr', 'sperrmuell']), told: disposesOfYardMaterial },
  { topic: 'wertstoffhof', misled: new Set(['muelltonne', 'muellabfuhr', 'ummeldung', 'anmeldung-wohnsitz']), told: bringsWasteOneself },
  // "Mei Mülltonn is net gelehrt worn, wer is do zuständisch?" (trial 66: a bin to order came): the collection missed.
  { topic: 'muellabfuhr', misled: new Set(['muelltonne']), told: (text) => binNotCollected(text) && !wantsABin(text) && !changesBinSize(text) && !binGoneOrMissing(text) },
  { topic: 'termin-buchen', misled: new Set(['hilfe', 'kontakt', 'anmeldung-wohnsitz', 'oeffnungszeiten']), told: missedAppointmentAgain },
  // Blind set 140: a local tax's payment missed ("Grundsteuer … vergessen zu überweisen"), which "überweisen" led to the direct debit.
  ...LOCAL_TAX_TOPICS.map((topic) => ({ topic, misled: new Set(['bankverbindung', 'kontakt']), told: (text: string) => missedTaxPayment(text) === topic })),
  { topic: 'kfz-zulassung', misled: new Set(['abmeldung', 'rentenantrag', 'sperrmuell']), told: deregistersScrappedCar },
  { topic: 'kfz-zulassung', misled: new Set(['fuehrerschein', 'dokument-verloren', 'fundbuero', 'abmeldung']), told: (text) => deregistersTheCarNamed(text) && !relativeDied(text) },
  { topic: 'stellenangebote', misled: new Set(['stellenangebote', 'fuehrerschein', 'kfz-zulassung', 'kontakt', 'hilfe']), told: asksWhereToApply },
  { topic: 'geburt-beurkunden', misled: new Set(['ausweis-kinder', 'online-dienste', 'ummeldung', 'anmeldung-wohnsitz', 'hilfe', 'kontakt']), told: expectsABaby },
  { topic: 'geburt-beurkunden', misled: new Set(['urkunden', 'elterngeld']), told: newbornsCertificate },
  { topic: 'geburt-beurkunden', misled: new Set(['anmeldung-wohnsitz', 'ummeldung', 'hund-anmelden', 'kontakt', 'hilfe']), told: registersNewborn },
  { topic: 'wasser-abwasser', misled: new Set(['grundsteuer', 'gewerbesteuer', 'hundesteuer', 'kontakt']), told: aboutWaterBill },
  // (Asked whom to write about it, "Kasse oder Bauamt?", it stays the contacts'.)
  { topic: 'wasser-abwasser', misled: new Set(['grundsteuer', 'gewerbesteuer', 'hundesteuer', 'hilfe', 'anmeldung-wohnsitz']), told: namesSewerBill },
  { topic: 'sperrmuell', misled: new Set(['anmeldung-wohnsitz', 'ummeldung', 'abmeldung', 'raum-mieten', 'muelltonne', 'muellabfuhr', 'wohnungsgeberbestaetigung', 'ausweis-abholen', 'hilfe', 'sterbefall']), told: (text) => disposesOfFurniture(text) && !asksHuntingOrWeapons(text) },
  // "wie bekomme mir des alles weg ohne container": the bulky waste, not the skip's permit on the street (blind set 198).
  { topic: 'sperrmuell', misled: new Set(['sondernutzung']), told: (text) => disposesOfFurniture(text) && withoutAContainer(text) },
  { topic: 'wertstoffhof', misled: new Set(['baum-faellen', 'muelltonne', 'muellabfuhr', 'ruhezeiten', 'hilfe']), told: disposesOfGreenCuttings },
  { topic: 'abmeldung', misled: new Set(['melderegisterauskunft', 'meldebescheinigung', 'anmeldung-wohnsitz', 'ummeldung', 'baum-faellen', 'hilfe', 'kontakt', 'stellenangebote', 'daten-loeschen']), told: givesUpSecondHome },
  { topic: 'anmeldung-wohnsitz', misled: new Set(['abmeldung', 'melderegisterauskunft', 'ummeldung']), told: registersSecondHome },
  { topic: 'reisepass', misled: new Set(['dokument-verloren', 'personalausweis', 'ausweis-kinder']), told: needsPassportBesideIdCard },
  // "keinen Reisepass hab, nur den normalen Ausweis … muss ich den schnellen nehmen?": the passport, express if need be, not a provisional one (unless asked for).
  { topic: 'reisepass', misled: new Set(['vorlaeufiger-ausweis']), told: (text) => needsPassportBesideIdCard(text) && !namesProvisional(text) && !asksProvisionalDocument(text) },
  { topic: 'begruessung', misled: 'any', told: asksIfSomeoneIsThere },
  { topic: 'schwerbehindertenausweis', misled: new Set(['rentenantrag', 'vereinsfoerderung', 'bankverbindung', 'kontakt', 'hilfe', 'personalausweis', 'dokument-verloren', 'ausweis-kinder']), told: disabilityCard },
  // "hab jetzt 50 prozent anerkannt bekommen, wo krieg ich die karte": the card of a degree, not the volunteer card (unless named).
  { topic: 'schwerbehindertenausweis', misled: new Set(['ehrenamtskarte', 'fundbuero']), told: (text) => disabilityCard(text) && !namesVolunteering(text) },
  // ("mei mann hat jetzt 50 prozent kriegt, wo holt mer den ausweis", blind set 233: the card of a degree, not an ID card's pick-up.)
  { topic: 'schwerbehindertenausweis', misled: new Set(['ausweis-abholen']), told: (text) => disabilityCard(text) && namesDegreeOfDisability(text) },
  { topic: 'schwerbehindertenausweis', misled: new Set(['personalausweis', 'dokument-verloren', 'ausweis-abholen', 'vorlaeufiger-ausweis']), told: namesCardByItsDegree },
  { topic: 'reisepass', misled: new Set(['eheschliessung', 'ausweis-kinder', 'vorlaeufiger-ausweis', 'personalausweis', 'ausweis-abholen']), told: idCardForFarTrip },
  // ("der gullideckel … klappert … wenn e auto drüber fährt", blind set 237: the car had led to the registration, and its rattle to a garage.)
  { topic: 'maengelmelder', misled: new Set(['maengelmelder', 'grundsteuer', 'gewerbesteuer', 'kontakt', 'stellenangebote', 'dokument-verloren', 'kita', 'kfz-zulassung']), told: (text) => toldADamage(text) && !claimsRoadDamage(text) && !powerCut(text) },
  // (Also where the hospital's name led to the birth's: "Mei Vadder is gestern im Klinikum Aschaffenburg gestorbe … Was müsse mer mache?", trial 58.)
  { topic: 'sterbefall', misled: new Set(['begruessung', 'gewerbe-anmelden', 'hilfe', 'kontakt', 'online-dienste', 'abmeldung', 'geburt-beurkunden']), told: (text) => lossTold(text) === 'person' && (asksWhatToDo(text) || asksWhereRegistered(text)) && !neverRegistered(text) },
  // Blind set 151: a detail of the matter asked.
  { topic: 'sterbefall', misled: new Set(['urkunden', 'geburt-beurkunden', 'eheschliessung']), told: asksPapersToRegisterDeath },
  { topic: 'sterbefall', misled: new Set(['anmeldung-wohnsitz', 'abmeldung', 'ummeldung', 'meldebescheinigung', 'kontakt', 'hilfe']), told: deregistersTheDead },
  // "sprudelt Wasser aus dem Gehweg … Feuerwehr oder Gemeinde?" (blind set 153): the burst pipe, whoever the writer thought of calling.
  { topic: 'wasser-stoerung', misled: new Set(['feuerwehr', 'kontakt', 'hilfe']), told: waterPipeBurst },
  // ("wird des wasser uffm friedhof im winter abgestellt?", blind set 231: its taps; a pipe burst there stays a failure to report.)
  { topic: 'friedhof', misled: new Set(['wasser-stoerung', 'wasser-abwasser']), told: (text) => asksCemeteryWater(text) && !waterPipeBurst(text) && !toldADamage(text) },
  { topic: 'wasser-stoerung', misled: new Set(['ruhezeiten', 'ausweis-kinder', 'wasser-abwasser', 'kontakt', 'hilfe']), told: waterFailsAround },
  { topic: 'wasser-stoerung', misled: new Set(['wasser-abwasser', 'maengelmelder', 'kontakt', 'hilfe']), told: meterLeaks },
  { topic: 'reisepass', misled: new Set(['ausweis-abholen', 'personalausweis', 'urkunden', 'eheschliessung']), told: passportForNewName },
  { topic: 'personalausweis', misled: new Set(['ausweis-abholen', 'dokument-verloren', 'online-dienste', 'vorlaeufiger-ausweis']), told: wantsIdCardPinAnew },
  { topic: 'wertstoffhof', misled: new Set(['meldebescheinigung', 'melderegisterauskunft', 'anmeldung-wohnsitz']), told: asksProofAtTheYard },
  { topic: 'kita', misled: new Set(['ausweis-kinder', 'abmeldung', 'hilfe', 'kontakt', 'elterngeld']), told: childcarePlaceNotPromised },
  // ("… übers internet erledige? … komm nie zu de zeite wo ihr offe habt": the hours are the reason, blind set 204.)
  { topic: 'online-dienste', misled: new Set(['mitarbeiter', 'bot-identitaet', 'hilfe', 'kontakt', 'oeffnungszeiten']), told: asksWhatIsOnline },
  { topic: 'veranstaltung', misled: new Set(['feuerwehr', 'baum-faellen', 'hilfe']), told: namesFireworks },
  { topic: 'veranstaltung', misled: new Set(['ummeldung', 'anmeldung-wohnsitz', 'abmeldung', 'maengelmelder', 'wasser-stoerung', 'hilfe', 'kontakt']), told: (text) => asksAboutAParade(text) && !namesAClub(text) },
  // ("osterfeuer anmelden wo", blind set 237: "anmelden" had led to the residence's registration.)
  { topic: 'veranstaltung', misled: new Set(['anmeldung-wohnsitz', 'ummeldung', 'hund-anmelden', 'gewerbe-anmelden', 'feuerwehr', 'baum-faellen', 'wertstoffhof', 'hilfe', 'kontakt']), told: (text) => namesABonfire(text) && !namesAClub(text) && !joinsTheFireBrigade(text) },
  // ("… beantragt und noch keine nachricht … kann ich einfach vorbei kommen und den holen": the pick-up, no visit at home.)
  { topic: 'personalausweis', misled: new Set(['ausweis-abholen', 'ausweis-kinder', 'dokument-verloren', 'vorlaeufiger-ausweis', 'sterbefall']), told: (text) => asksAboutIdDuty(text) && !asksIfDocumentReady(text) },
  { topic: 'sondernutzung', misled: new Set(['sondernutzung', 'auskunftssperre', 'ummeldung', 'abmeldung', 'melderegisterauskunft', 'anmeldung-wohnsitz']), told: (text) => closesAStreet(text) && !asksWhereMadePublic(text) && !asksAboutRoadWorks(text) },
  // "i hob a Frog zur Ummeldung vo mei Mudder, die is im Pflegeheim": the word of the matter, where dialect left the model unsure (trial 31).
  { topic: 'ummeldung', misled: new Set(['begruessung', 'hilfe']), told: namesReRegistration },
  // Blind set 162: club officers and businesses.
  { topic: 'reisepass', misled: new Set(['dokument-verloren', 'personalausweis', 'ausweis-kinder', 'vorlaeufiger-ausweis']), told: describesThePassport },
  { topic: 'ausweis-kinder', misled: new Set(['feuerwehr', 'reisepass', 'personalausweis', 'veranstaltung-anzeigen']), told: childrensTravelDocument },
  { topic: 'mitteilungsblatt', misled: new Set(['veranstaltung-anzeigen', 'veranstaltung', 'maengelmelder', 'gewerbe-anmelden', 'plakatierung']), told: placesAnAdInTheNewsletter },
  { topic: 'auskunftssperre', misled: new Set(['melderegisterauskunft', 'datenschutz', 'gewerbe-anmelden']), told: stopsAddressRelease },
  { topic: 'hund-anmelden', misled: new Set(['fundbuero', 'gewerbe-anmelden']), told: keepsAStrayDog },
  // Blind set 34: neighbours a keyword leads to.
  { topic: 'wohnungsgeberbestaetigung', misled: new Set(['anmeldung-wohnsitz', 'ummeldung']), told: landlordWithholdsConfirmation },
  { topic: 'gewerbesteuer', misled: new Set(['gewerbe-anmelden', 'grundsteuer']), told: namesTradeTax },
  // ("… jetzt heiß ich halt anders … en neue ausweis mit dem neue name … oder reicht … die heiratsurkunde", blind set 223: the certificate only the proof.)
  { topic: 'personalausweis', misled: new Set(['ausweis-abholen', 'ummeldung', 'dokument-verloren', 'urkunden']), told: (text) => idCardForNewName(text) && !asksIfDocumentReady(text) && !asksAboutPickUp(text) },
  // "… den Kinderausweis für sie beantragt … Ist der inzwischen fertig, kann ich den holen?": the pick-up, where the birth told before led the model on.
  { topic: 'ausweis-abholen', misled: new Set(['elterngeld', 'geburt-beurkunden', 'urkunden', 'kontakt']), told: asksIfDocumentReady },
  // "Mein neuer Pass ist beantragt … Kann ich bei euch was bekommen, das ich noch am selben Tag mitnehmen kann?": the provisional document, where a death told led the model on.
  { topic: 'vorlaeufiger-ausweis', misled: new Set(['sterbefall', 'oeffnungszeiten', 'friedhof']), told: asksProvisionalDocument },
  // ("… Ich muss aber nächste Woche zur Bank und zum Notar. Gibt es ein Papier für die Zwischenzeit?", blind set 232: the bank and notary had led to the registration's proof.)
  { topic: 'vorlaeufiger-ausweis', misled: new Set(['meldebescheinigung', 'beglaubigung']), told: asksPaperForTheMeantime },
  // "sein neuer Ausweis ist noch in Berlin in Druckerei … Kann man bis dahin paper bekommen" (blind set 149): the provisional one, not the card on its way.
  { topic: 'vorlaeufiger-ausweis', misled: new Set(['personalausweis', 'reisepass']), told: (text) => asksProvisionalDocument(text) && waitsForNewDocument(text) },
  // Blind set 100: the old address in the card and the card running out — a new card, not only the sticker.
  { topic: 'personalausweis', misled: new Set(['ummeldung', 'anmeldung-wohnsitz']), told: idCardRunsOut },
  { topic: 'reisepass', misled: new Set(['ausweis-abholen']), told: firstPassport },
  { topic: 'reisepass', misled: new Set(['anmeldung-wohnsitz', 'meldebescheinigung', 'ummeldung']), told: appliesForPassportHere },
  { topic: 'reisepass', misled: new Set(['ausweis-abholen']), told: (text) => needsNewPassport(text) && !asksAboutPickUp(text) },
  { topic: 'ausweis-abholen', misled: new Set(['oeffnungszeiten', 'reisepass', 'personalausweis', 'vorlaeufiger-ausweis']), told: picksUpDocumentForAnother },
  { topic: 'reisepass', misled: new Set(['ausweis-kinder']), told: (text) => firstPassport(text) && ownFirstPassport(text) },
  // ("sprudelt Wasser aus dem Gehweg … Feuerwehr oder Gemeinde?": the burst pipe, not the fire brigade named as whom to call.)
  { topic: 'feuerwehr', misled: 'any', told: (text) => namesTheFireBrigade(text) && !asksVolunteerCard(text) && !waterPipeBurst(text) },
  { topic: 'ehrenamtskarte', misled: new Set(['feuerwehr', 'vereinsfoerderung', 'personalausweis', 'schwerbehindertenausweis', 'hilfe']), told: asksVolunteerCard },
  { topic: 'urkunden', misled: new Set(['beglaubigung', 'sterbefall', 'geburt-beurkunden', 'eheschliessung']), told: describesCivilStatusCertificate },
  { topic: 'grundsteuer', misled: new Set(['hundesteuer', 'lebensbescheinigung', 'gewerbesteuer', 'sterbefall', 'kontakt', 'ummeldung', 'anmeldung-wohnsitz', 'stellenangebote']), told: asksYearlyCostOfLand },
  { topic: 'wasser-abwasser', misled: new Set(['oeffnungszeiten', 'bauantrag', 'wasser-stoerung', 'kontakt', 'maengelmelder', 'termin-buchen']), told: meterCalibrationDue },
  { topic: 'wasser-abwasser', misled: new Set(['wasser-stoerung', 'wohngeld', 'kontakt', 'hilfe', 'maengelmelder']), told: meterDoubted },
  { topic: 'wasser-abwasser', misled: new Set(['ummeldung', 'anmeldung-wohnsitz', 'abmeldung', 'kontakt', 'hilfe']), told: meterReadAsked },
  { topic: 'kfz-zulassung', misled: new Set(['kontakt', 'stellenangebote', 'hilfe', 'geburt-beurkunden', 'muelltonne', 'sperrmuell', 'maengelmelder', 'gewerbe-anmelden']), told: (text) => vehicleRegisteredInWords(text) && !aboutVehicleTax(text) },
  // "Muss ich zum Holen einen Termin machen oder kann ich einfach vorbeikommen?" of a document ready: the pick-up's answer.
  { topic: 'ausweis-abholen', misled: new Set(['termin-buchen', 'personalausweis', 'reisepass', 'oeffnungszeiten']), told: asksAppointmentForPickUp },
  { topic: 'termin-buchen', misled: new Set(['veranstaltung', 'oeffnungszeiten', 'kontakt', 'hilfe', 'anmeldung-wohnsitz', 'ausweis-abholen', 'personalausweis', 'reisepass']), told: (text) => asksToDropIn(text) && !asksAppointmentForPickUp(text) },
  { topic: 'fuehrungszeugnis', misled: new Set(['fuehrungszeugnis', 'online-dienste', 'meldebescheinigung', 'personalausweis', 'dokument-verloren', 'ruhezeiten', 'hilfe', 'kontakt', 'stellenangebote', 'kita', 'ehrenamtskarte', 'vereinsfoerderung', 'veranstaltung-anzeigen', 'abmeldung', 'anmeldung-wohnsitz', 'ummeldung']), told: namesACleanRecord },
  { topic: 'gemeinderat', misled: new Set(['gemeinderat', 'bebauungsplan', 'muellabfuhr', 'oeffnungszeiten', 'kontakt', 'hilfe', 'wasser-abwasser', 'grundsteuer']), told: namesTheCouncil },
  { topic: 'gemeinderat', misled: new Set(['kita', 'bebauungsplan', 'bauantrag', 'baum-faellen', 'sondernutzung', 'maengelmelder', 'feuerwehr', 'raum-mieten', 'kontakt', 'hilfe']), told: asksCouncilAgenda },
  { topic: 'mitteilungsblatt', misled: 'any', told: asksWhatsNew },
  { topic: 'kita', misled: 'any', told: asksWhoMindsAChild },
  { topic: 'kita', misled: new Set(['oeffnungszeiten']), told: asksNurseryHours },
  { topic: 'kita', misled: new Set(['hundesteuer', 'vereinsfoerderung', 'wohngeld']), told: asksSiblingsDiscount },
  { topic: 'ruhezeiten', misled: 'any', told: asksIfNoiseThatEarly },
  // ("Kann meine Frau meinen neuen Pass abholen … oder reicht mein alter Ausweis?": the pick-up's proof, blind set 153.)
  { topic: 'reisepass', misled: new Set(['ausweis-kinder', 'ausweis-abholen']), told: (text) => asksIfIdCardWillDo(text) && !asksAboutPickUp(text) },
  { topic: 'anmeldung-wohnsitz', misled: new Set(['melderegisterauskunft', 'meldebescheinigung', 'auskunftssperre']), told: registersOwnAddress },
  { topic: 'stellenangebote', misled: 'any', told: (text) => asksTownAsTrainer(text) && !asksWhatIAm(text) && !givesUpSecondHome(text) },
  { topic: 'ruhezeiten', misled: new Set(['baum-faellen', 'wertstoffhof', 'maengelmelder']), told: asksHourForGardenNoise },
  // ("darf ich uff meim grundstück e oldtimertreffe mache, so 50 autos", blind set 233: an event on one's land, not what the plan allows.)
  { topic: 'veranstaltung', misled: new Set(['gewerbe-anmelden', 'hilfe', 'kontakt', 'raum-mieten', 'kita', 'termin-buchen', 'sondernutzung', 'maengelmelder', 'bebauungsplan']), told: (text) => asksEventPermitted(text) && !rentsAHall(text) && !advertisesEventWithSigns(text) },
  // Blind set 38: a life event told without the service's name.
  // ("… damals ausgetreten und möchte jetzt wieder eintreten": rejoining, the parish's.)
  { topic: 'kirchenaustritt', misled: 'any', told: (text) => leavesTheChurch(text) && !rejoinsChurch(text) },
  { topic: 'briefwahl', misled: new Set(['ausweis-kinder', 'auskunftssperre', 'gemeinderat', 'kontakt', 'hilfe', 'oeffnungszeiten']), told: votesWhileAway },
  { topic: 'briefwahl', misled: new Set(['maengelmelder', 'fuehrungszeugnis', 'kontakt', 'hilfe', 'ausweis-abholen', 'personalausweis', 'geburt-beurkunden']), told: namesVotingPapers },
  { topic: 'elterngeld', misled: new Set(['gewerbe-anmelden', 'kita', 'geburt-beurkunden', 'kontakt', 'hilfe', 'wohngeld']), told: asksParentalAllowance },
  { topic: 'fuehrerschein', misled: new Set(['kfz-zulassung', 'fuehrungszeugnis', 'personalausweis', 'kontakt']), told: drivesOnForeignLicence },
  { topic: 'melderegisterauskunft', misled: new Set(['kontakt', 'ummeldung', 'anmeldung-wohnsitz', 'hilfe']), told: seeksSomeonesAddress },
  // (Its note says plainly what is not given out: who lives at an address, a private number; trial 62.)
  { topic: 'melderegisterauskunft', misled: new Set(['kontakt', 'ummeldung', 'anmeldung-wohnsitz', 'maengelmelder', 'auskunftssperre', 'datenschutz', 'mitarbeiter', 'rueckruf', 'hilfe']), told: (text) => asksOthersPrivateData(text) && !namesTownOffice(text) },
  { topic: 'muelltonne', misled: new Set(['ummeldung', 'anmeldung-wohnsitz', 'abmeldung', 'wohnungsgeberbestaetigung', 'kontakt']), told: wantsABin },
  { topic: 'eheschliessung', misled: new Set(['kontakt', 'oeffnungszeiten', 'raum-mieten', 'hilfe']), told: (text) => asksAboutCivilWedding(text) && !aboutChurchRite(text) },
  // Blind sets 39 and 40: spelling as spoken, and a detail asked.
  { topic: 'hundesteuer', misled: new Set(['grundsteuer', 'gewerbesteuer']), told: namesDogTaxMisspelled },
  { topic: 'hund-anmelden', misled: new Set(['hundesteuer', 'datenschutz', 'anmeldung-wohnsitz']), told: asksDogRegistrationDeadline },
  { topic: 'hund-anmelden', misled: new Set(['anmeldung-wohnsitz', 'ummeldung', 'abmeldung', 'hundesteuer']), told: registersTheDogHere },
  { topic: 'maengelmelder', misled: new Set(['wasser-stoerung', 'wasser-abwasser']), told: drainBlocked },
  // Trial 47: a neighbour's rubbish left lying for weeks, with rats, had got how to order one's own bulky waste.
  { topic: 'maengelmelder', misled: new Set(['sperrmuell', 'muellabfuhr', 'wertstoffhof', 'muelltonne']), told: rubbishLeftLying },
  { topic: 'ausweis-kinder', misled: new Set(['kita']), told: namesChildsDocument },
  { topic: 'meldebescheinigung', misled: new Set(['melderegisterauskunft', 'anmeldung-wohnsitz', 'ummeldung', 'urkunden', 'sterbefall']), told: asksOwnAddresses },
  { topic: 'muelltonne', misled: new Set(['muellabfuhr', 'anmeldung-wohnsitz', 'wohnungsgeberbestaetigung']), told: ordersBins },
  // Blind sets 100 and 102: a bin gone since the collection, or none left by the former owners.
  { topic: 'muelltonne', misled: new Set(['muellabfuhr', 'fundbuero', 'anmeldung-wohnsitz', 'wohnungsgeberbestaetigung', 'maengelmelder', 'wasser-stoerung']), told: binGoneOrMissing },
  { topic: 'online-dienste', misled: new Set(['hilfe', 'kontakt', 'begruessung', 'personalausweis']), told: onlineApplicationFails },
  { topic: 'anmeldung-wohnsitz', misled: new Set(['vorlaeufiger-ausweis', 'personalausweis', 'reisepass', 'dokument-verloren', 'ausweis-abholen', 'kontakt', 'hilfe']), told: wantsToBeRegistered },
  { topic: 'gewerbe-anmelden', misled: new Set(['anmeldung-wohnsitz', 'ummeldung', 'abmeldung', 'hund-anmelden']), told: namesTradeAsSpoken },
  // Blind set 41: what happened to me.
  { topic: 'dokument-verloren', misled: new Set(['vorlaeufiger-ausweis', 'reisepass', 'personalausweis', 'ausweis-kinder']), told: documentLostAbroad },
  { topic: 'dokument-verloren', misled: new Set(['vorlaeufiger-ausweis', 'reisepass', 'personalausweis', 'ausweis-kinder']), told: documentsTakenInBurglary },
  { topic: 'fundbuero', misled: new Set(['baum-faellen', 'dokument-verloren', 'maengelmelder', 'ausweis-abholen']), told: foundAThing },
  // "… gefunden und abgegeben. Was passiert wenn sich keiner meldet, krieg ich den dann?" (blind set 149): the finder's rights, asked after the find told done.
  { topic: 'fundbuero', misled: new Set(['datenschutz', 'maengelmelder', 'rueckruf', 'kontakt', 'hilfe']), told: asksIfNobodyClaims },
  { topic: 'maengelmelder', misled: 'any', told: carcassOnRoad },
  { topic: 'maengelmelder', misled: new Set(['baum-faellen']), told: treeFellInPublic },
  { topic: 'maengelmelder', misled: new Set(['plakatierung', 'schwerbehindertenausweis', 'hilfe', 'kontakt']), told: nestAtAPublicPlace },
  { topic: 'grundsteuer', misled: new Set(['sterbefall', 'hundesteuer', 'gewerbesteuer']), told: propertyTaxNotice },
  { topic: 'grundsteuer', misled: new Set(['grundsteuer', 'auskunftssperre', 'wasser-abwasser', 'hundesteuer']), told: propertyTaxRose },
  { topic: 'gewerbe-anmelden', misled: new Set(['hund-anmelden', 'kfz-zulassung', 'eheschliessung']), told: (text) => sellsProduce(text) && !asksOnlyStateTax(text) },
  { topic: 'bebauungsplan', misled: new Set(['gewerbe-anmelden', 'bauantrag', 'kontakt', 'gemeinderat', 'raum-mieten']), told: asksWhatIsPlanned },
  { topic: 'rueckruf', misled: new Set(['briefwahl', 'auskunftssperre', 'kontakt', 'mitarbeiter']), told: wantsAnswerInWriting },
  { topic: 'online-dienste', misled: new Set(['hilfe', 'dokument-verloren', 'personalausweis', 'stellenangebote']), told: asksWhatIsOnlineOtherwise },
  { topic: 'gestattung', misled: new Set(['veranstaltung-anzeigen', 'veranstaltung']), told: sellsDrinks },
  { topic: 'bankverbindung', misled: new Set(['friedhof', 'sterbefall', 'grundsteuer', 'elterngeld']), told: (text) => changesDebitAccount(text) && !aboutVehicleTax(text) },
  { topic: 'bankverbindung', misled: new Set([...LOCAL_TAX_TOPICS, 'wasser-abwasser', 'muellabfuhr', 'kontakt', 'hilfe']), told: (text) => wishesDirectDebit(text) && !aboutVehicleTax(text) },
  // Blind set 42: German as a second language, and young people's slang.
  { topic: 'wohnungsgeberbestaetigung', misled: new Set(['meldebescheinigung', 'anmeldung-wohnsitz', 'lebensbescheinigung', 'ausweis-kinder']), told: ownerConfirmsResidence },
  // ("firmenjubiläum mit festzelt aufm betriebsgelände, muss des angemeldet werde?", blind set 223: the firm led to its taxes.)
  { topic: 'veranstaltung', misled: new Set(['veranstaltung-anzeigen', 'baum-faellen', 'gewerbesteuer']), told: (text) => firmsEvent(text) && !asksQuietHours(text) },
  { topic: 'veranstaltung', misled: new Set(['gewerbe-anmelden']), told: (text) => firmsEvent(text) && !startsATrade(text) },
  // "… unsere Goldene Hochzeit im Gemeindeblatt … dass unsere Daten nicht mehr rausgegeben werden": the objection below, not the newsletter.
  { topic: 'mitteilungsblatt', misled: new Set(['auskunftssperre', 'vereinsfoerderung', 'kontakt']), told: (text) => wantsTheNewsletter(text) && !objectsToJubileeNotice(text) && !cancelsNewspaper(text) },
  // Blind set 37: long stories around the matter.
  { topic: 'beglaubigung', misled: new Set(['lebensbescheinigung', 'wohnungsgeberbestaetigung', 'kontakt']), told: wantsCertified },
  // (Blind set 155: "… will die Kopien amtlich bestätigt haben" for a widow's pension: the copies, not the certificates.)
  { topic: 'beglaubigung', misled: new Set(['urkunden', 'rentenantrag']), told: copiesCertified },
  { topic: 'plakatierung', misled: new Set(['fundbuero', 'maengelmelder', 'kontakt', 'baum-faellen', 'ausweis-kinder']), told: putsUpNotices },
  { topic: 'plakatierung', misled: new Set(['sondernutzung', 'briefwahl', 'kontakt', 'gemeinderat']), told: namesElectionPosters },
  { topic: 'plakatierung', misled: new Set(['auskunftssperre', 'ruhezeiten', 'veranstaltung']), told: postsOnLampsOrMasts },
  { topic: 'mitteilungsblatt', misled: new Set(['ummeldung', 'anmeldung-wohnsitz', 'abmeldung', 'kontakt', 'hilfe']), told: (text) => namesTheNewsletter(text) && !cancelsNewspaper(text) },
  // Trial 36: "Wie kommt unser Vereinskonzert in den Veranstaltungskalender?" had started the notice to the Ordnungsamt.
  { topic: 'mitteilungsblatt', misled: new Set(['veranstaltung-anzeigen', 'veranstaltung', 'online-dienste']), told: (text) => wantsEventListed(text) && !clubGivesNotice(text) },
  { topic: 'begruessung', misled: 'any', told: triesTheChat },
  { topic: 'anmeldung-wohnsitz', misled: new Set(['ausweis-kinder', 'kontakt', 'hilfe', 'ausweis-abholen', 'personalausweis']), told: registersAfterMovingIn },
  { topic: 'anmeldung-wohnsitz', misled: new Set(['ummeldung', 'abmeldung', 'ausweis-kinder']), told: registersInTheNewTown },
  // Blind sets 46 and 47: dictated by voice, and typed in a hurry.
  { topic: 'personalausweis', misled: new Set(['hilfe', 'begruessung', 'kontakt']), told: dictatedIdCard },
  { topic: 'friedhof', misled: new Set(['kontakt', 'sterbefall', 'hilfe', 'raum-mieten', 'oeffnungszeiten', 'wasser-abwasser']), told: namesTheCemetery },
  { topic: 'friedhof', misled: new Set(['melderegisterauskunft', 'anmeldung-wohnsitz', 'abmeldung', 'kontakt', 'sterbefall']), told: asksBurialHere },
  { topic: 'muellabfuhr', misled: new Set(['muelltonne', 'wertstoffhof', 'hilfe']), told: asksWhenBinIsEmptied },
  { topic: 'muellabfuhr', misled: new Set(['sperrmuell', 'wertstoffhof', 'fundbuero', 'baum-faellen']), told: asksChristmasTreeCollection },
  // "die abholung … verpasst … kann ich den irgendwo selber hinfahre": the tree brought to the green waste oneself (blind set 198).
  { topic: 'wertstoffhof', misled: new Set(['muellabfuhr', 'sperrmuell', 'baum-faellen', 'oeffnungszeiten']), told: bringsChristmasTree },
  { topic: 'hund-anmelden', misled: 'any', told: newDogInKeywords },
  // Blind set 48: rural life and the trades.
  { topic: 'online-dienste', misled: 'any', told: asksForFormsOnline },
  // ("ein Benefizkonzert in einer Scheune … Muss man sowas irgendwo genehmigen lassen?": the event's permit, not the barn's.)
  { topic: 'bauantrag', misled: new Set(['veranstaltung', 'gestattung', 'hilfe', 'kontakt', 'sondernutzung']), told: (text) => asksBuildingPermit(text) && !asksEventPermitted(text) },
  // ("e gartehaus … ab welcher größ muss mer des beantrage", blind set 231: one's own shed's permit, where no plan is named.)
  { topic: 'bauantrag', misled: new Set(['bebauungsplan']), told: (text) => asksPermitBesideNoPlan(text) && !asksEventPermitted(text) },
  // Blind set 49: letters and notices received.
  { topic: 'anmeldung-wohnsitz', misled: new Set(['meldebescheinigung', 'melderegisterauskunft', 'ummeldung', 'kontakt', 'hilfe']), told: neverRegistered },
  { topic: 'wasser-stoerung', misled: new Set(['sondernutzung', 'maengelmelder', 'kontakt', 'wasser-abwasser', 'plakatierung', 'auskunftssperre']), told: waterShutOff },
  { topic: 'dokument-verloren', misled: new Set(['personalausweis', 'reisepass', 'vorlaeufiger-ausweis', 'fundbuero']), told: lostDocumentFoundAgain },
  // (Lost where the model saw a student's registration told around it.)
  { topic: 'dokument-verloren', misled: new Set(['anmeldung-wohnsitz', 'ummeldung']), told: idDocumentLost },
  // ("i lose my pass bei umzug", blind set 253: the passport's answer, where the German words of a loss were missing.)
  { topic: 'dokument-verloren', misled: new Set(['anmeldung-wohnsitz', 'ummeldung', 'reisepass', 'personalausweis']), told: idDocumentLostInEnglishWords },
  // Blind set 50: asked for someone else.
  { topic: 'sperrmuell', misled: new Set(['ummeldung', 'anmeldung-wohnsitz', 'abmeldung', 'rueckruf', 'kontakt']), told: ordersBulkyWaste },
  { topic: 'wohngeld', misled: new Set(['ausweis-abholen', 'kontakt', 'hilfe', 'rentenantrag']), told: namesHousingBenefit },
  // "Mein Mieter … beantragt Wohngeld und ich soll eine Mietbescheinigung ausfüllen": the housing benefit's form, not the landlord's confirmation of a move.
  { topic: 'wohngeld', misled: new Set(['wohnungsgeberbestaetigung']), told: (text) => namesHousingBenefit(text) && /(?<!\p{L})mietbescheinigung\p{L}*/iu.test(text) },
  // Blind set 53: services by the wrong or another country's name.
  { topic: 'elterngeld', misled: new Set(['ausweis-kinder', 'kita', 'geburt-beurkunden', 'hilfe', 'kontakt', 'gewerbe-anmelden', 'gewerbesteuer']), told: namesParentalAllowanceOtherwise },
  { topic: 'rentenantrag', misled: new Set(['stellenangebote', 'bauantrag', 'hilfe', 'kontakt']), told: namesPensionOtherwise },
  { topic: 'oeffnungszeiten', misled: 'any', told: namesHoursOtherwise },
  // ("seine Jacke in der Turnhalle liegen lassen … Hat die jemand bei euch abgegeben?": the hall only where it was left.)
  // ("brille liegen gelassen im rathaus gestern", blind set 237: the Rathaus named had led to its contact.)
  { topic: 'fundbuero', misled: new Set(['dokument-verloren', 'raum-mieten', 'kontakt']), told: lostAThing },
  // Blind set 100: glasses lost at the carnival parade ("Marke weiß ich nicht" had led to the dog tag).
  { topic: 'fundbuero', misled: new Set(['hundesteuer', 'veranstaltung', 'vereinsfoerderung', 'ausweis-kinder', 'maengelmelder', 'hilfe', 'kontakt']), told: asksForLostThing },
  { topic: 'kontakt', misled: new Set(['mitarbeiter', 'bot-identitaet', 'rueckruf', 'daten-loeschen', 'datenschutz']), told: (text) => asksForExtension(text) && !aboutYouthOffice(text) },
  { topic: 'kontakt', misled: new Set(['rueckruf']), told: asksWhichToCall },
  // Blind set 54: a disability or illness told as the context of another matter.
  { topic: 'ausweis-kinder', misled: new Set(['personalausweis', 'reisepass', 'vorlaeufiger-ausweis', 'schwerbehindertenausweis']), told: namesChildsDocument },
  { topic: 'fuehrerschein', misled: new Set(['schwerbehindertenausweis', 'rentenantrag']), told: appliesForDrivingLicence },
  // Blind set 55: professionals' words.
  { topic: 'urkunden', misled: new Set(['eheschliessung', 'geburt-beurkunden', 'beglaubigung', 'sterbefall']), told: asksRegisterPrintout },
  { topic: 'muelltonne', misled: new Set(['rentenantrag', 'gewerbe-anmelden', 'online-dienste', 'muellabfuhr']), told: changesBinSize },
  { topic: 'anmeldung-wohnsitz', misled: new Set(['wohnungsgeberbestaetigung']), told: registersWithConfirmationInHand },
  // Blind set 56: young adults' first times.
  { topic: 'personalausweis', misled: new Set(['ausweis-kinder']), told: ownIdCardFromSixteen },
  { topic: 'rentenantrag', misled: new Set(['personalausweis', 'schwerbehindertenausweis', 'dokument-verloren']), told: namesSocialInsuranceCard },
  { topic: 'gewerbesteuer', misled: new Set(['gewerbe-anmelden']), told: paysTradeTax },
  // Blind set 57: details around the matter.
  { topic: 'stellenangebote', misled: new Set(['mitarbeiter', 'kontakt', 'hilfe', 'kita']), told: appliedToTheTown },
  // Blind sets 58–60: quarrels with neighbours, German as a second language, clubs' and businesses' words.
  { topic: 'fischereischein', misled: new Set(['ruhezeiten', 'hilfe', 'kontakt', 'begruessung', 'baum-faellen', 'wasser-abwasser', 'sondernutzung']), told: goesFishing },
  { topic: 'meldebescheinigung', misled: new Set(['wohnungsgeberbestaetigung', 'melderegisterauskunft', 'anmeldung-wohnsitz', 'abmeldung', 'kontakt', 'hilfe', 'rueckruf']), told: confirmsOwnRegistration },
  { topic: 'meldebescheinigung', misled: new Set(['bankverbindung', 'anmeldung-wohnsitz', 'hund-anmelden', 'dokument-verloren', 'fundbuero']), told: lostRegistrationPaper },
  { topic: 'vorlaeufiger-ausweis', misled: new Set(['stellenangebote', 'kontakt', 'hilfe']), told: asksProvisionalIdDocument },
  { topic: 'friedhof', misled: new Set(['baum-faellen', 'sterbefall', 'kontakt', 'hilfe']), told: asksKindOfBurial },
  { topic: 'fuehrerschein', misled: new Set(['kfz-zulassung', 'personalausweis', 'fuehrungszeugnis', 'kontakt', 'hilfe', 'stellenangebote']), told: (text) => namesDrivingLicenceOtherwise(text) && !(heldLicence(text) && asksForWork(text)) },
  // ("zum jahresend is schluss, ich geh in rent": the pension and the lost property were guesses of the model's; blind set 201.)
  { topic: 'gewerbe-anmelden', misled: new Set(['hilfe', 'kontakt', 'anmeldung-wohnsitz', 'ummeldung', 'abmeldung', 'kirchenaustritt', 'stellenangebote', 'rentenantrag', 'lebensbescheinigung', 'grundsteuer', 'dokument-verloren', 'datenschutz', 'online-dienste', 'fundbuero', 'maengelmelder']), told: closesOrMovesBusiness },
  { topic: 'rueckruf', misled: new Set(['hilfe', 'kontakt', 'mitarbeiter']), told: wantsToBeContacted },
  { topic: 'anmeldung-wohnsitz', misled: new Set(['kontakt', 'hilfe', 'wohngeld']), told: registersInLearnersOrder },
  // Blind sets 69 and 71: a contrast said, and irony.
  { topic: 'urkunden', misled: new Set(['hund-anmelden', 'hundesteuer']), told: wantsCertificateAnew },
  { topic: 'anmeldung-wohnsitz', misled: new Set(['meldebescheinigung', 'melderegisterauskunft']), told: registersWhereNowLiving },
  // Blind set 74: something read or heard, then asked.
  { topic: 'anmeldung-wohnsitz', misled: new Set(['ummeldung']), told: registersLate },
  // Blind set 107: newcomers with a dog who ask to register themselves "als einwohner".
  { topic: 'anmeldung-wohnsitz', misled: new Set(['hund-anmelden', 'hundesteuer', 'kontakt', 'hilfe']), told: registersAsResident },
  { topic: 'ruhezeiten', misled: new Set(['raum-mieten', 'baum-faellen', 'veranstaltung']), told: namesQuietFromAnHour },
  // "bis wann darf mer abends mit der kreissäge arbeiten, ich bau grad an meim carport" (blind set 181): the hours, not the building permit.
  { topic: 'ruhezeiten', misled: new Set(['bauantrag', 'oeffnungszeiten']), told: (text) => asksQuietHours(text) && !asksBuildingPermit(text) },
  // Blind set 75: long stories again.
  { topic: 'abmeldung', misled: new Set(['ummeldung', 'anmeldung-wohnsitz']), told: leavesTheCountry },
  // ("walnussbaum weg machen im oktober muss ich das irgendwo melden": "weg" and "melden" led to a lost document; blind set 220.)
  { topic: 'baum-faellen', misled: new Set(['bebauungsplan', 'bauantrag', 'sondernutzung', 'dokument-verloren']), told: takesTreesOut },
  // (A tree about to fall on one's own land, asked whether one may take it out: no damage to report.)
  { topic: 'baum-faellen', misled: new Set(['maengelmelder']), told: asksToTakeTreesOut },
  // Blind set 73: long stories.
  { topic: 'fuehrerschein', misled: 'any', told: exchangesOldLicence },
  // Blind set 134: a plan's documents by their words, the permit's procedure by its name.
  { topic: 'bebauungsplan', misled: new Set(['urkunden', 'beglaubigung', 'kontakt', 'hilfe']), told: asksPlanDocuments },
  { topic: 'bauantrag', misled: new Set(['bebauungsplan']), told: namesPermitProcedure },
  { topic: 'maengelmelder', misled: new Set(['kontakt', 'hilfe', 'wasser-stoerung', 'ruhezeiten']), told: streetLightOut },
  { topic: 'bebauungsplan', misled: new Set(['bauantrag', 'kontakt', 'hilfe', 'baum-faellen']), told: asksBuildingRules },
  { topic: 'dank', misled: 'any', told: thanksAndGoodbye },
  // Blind set 70: the Kahlgrund's and the Spessart's dialect.
  { topic: 'ausweis-kinder', misled: new Set(['abmeldung', 'stellenangebote', 'hilfe', 'kontakt']), told: asksChildsDocument },
  { topic: 'ausweis-kinder', misled: new Set(['kfz-zulassung', 'termin-buchen', 'hilfe', 'kontakt']), told: babyNeedsOwnDocument },
  { topic: 'plakatierung', misled: new Set(['sondernutzung', 'veranstaltung']), told: advertisesEventWithSigns },
  { topic: 'stellenangebote', misled: new Set(['kita', 'raum-mieten']), told: asksEducatorJob },
  { topic: 'stellenangebote', misled: new Set(['raum-mieten', 'hilfe', 'kontakt', 'gewerbe-anmelden', 'ehrenamtskarte', 'oeffnungszeiten', 'kita']), told: asksSideJobAtTheTown },
  // Blind sets 66–68: waiting, new to computers, weather and nature.
  { topic: 'veranstaltung', misled: new Set(['kontakt', 'raum-mieten', 'ummeldung', 'hilfe', 'plakatierung', 'bauantrag', 'baum-faellen']), told: (text) => circusPerforms(text) && !putsUpNotices(text) && !advertises(text) },
  { topic: 'anmeldung-wohnsitz', misled: new Set(['begruessung', 'stellenangebote', 'hilfe', 'kontakt']), told: asksToBeEntered },
  { topic: 'reisepass', misled: new Set(['hilfe', 'hund-anmelden', 'fundbuero', 'kontakt', 'begruessung', 'personalausweis', 'ausweis-kinder', 'meldebescheinigung']), told: describesPassport },
  { topic: 'reisepass', misled: new Set(['vorlaeufiger-ausweis', 'ausweis-abholen']), told: (text) => asksHowLongPassportTakes(text) && !asksNaturalisation(text) },
  { topic: 'termin-buchen', misled: new Set(['anmeldung-wohnsitz', 'ummeldung', 'abmeldung', 'melderegisterauskunft', 'meldebescheinigung']), told: wantsAppointmentAtTheOffice },
  { topic: 'termin-buchen', misled: new Set(['oeffnungszeiten', 'eheschliessung', 'kontakt', 'hilfe']), told: movesAppointmentMade },
  { topic: 'gewerbe-anmelden', misled: new Set(['online-dienste', 'hund-anmelden', 'kfz-zulassung']), told: registersOwnBusiness },
  { topic: 'termin-buchen', misled: new Set(['oeffnungszeiten', 'kontakt', 'hilfe', 'personalausweis', 'vorlaeufiger-ausweis']), told: wishesAppointmentInEnglishWord },
  { topic: 'raum-mieten', misled: new Set(['wasser-stoerung', 'wasser-abwasser']), told: hallWanted },
  // ("… raum zum proben, donnerstags abends, habt ihr was freies": the evening named led to the opening hours; blind set 218.)
  { topic: 'raum-mieten', misled: new Set(['oeffnungszeiten', 'rueckruf', 'kontakt', 'hilfe']), told: wantsARoomForAGroup },
  // Blind sets 63–65: in a hurry, from far away, and about money.
  { topic: 'mitteilungsblatt', misled: new Set(['sondernutzung', 'kontakt', 'hilfe', 'gemeinderat', 'online-dienste']), told: asksWhereMadePublic },
  // "die offiziellen aushänge der gemeinde, wo findet man die im netz?" (measure set 93); where job offers are published stays theirs.
  { topic: 'mitteilungsblatt', misled: new Set(['stellenangebote']), told: namesOfficialNotices },
  { topic: 'bauantrag', misled: new Set(['bebauungsplan', 'grundsteuer', 'kontakt', 'hilfe']), told: handsInBuildingPlans },
  { topic: 'ausweis-abholen', misled: new Set(['personalausweis', 'reisepass']), told: paysAtPickUp },
  { topic: 'abmeldung', misled: new Set(['anmeldung-wohnsitz', 'reisepass', 'meldebescheinigung', 'hilfe', 'kontakt']), told: wantsNoLongerRegistered },
  { topic: 'online-dienste', misled: new Set(['wasser-abwasser', 'raum-mieten', 'hundesteuer', 'hund-anmelden', 'fundbuero', 'auskunftssperre', 'bankverbindung', 'hilfe', 'kontakt']), told: namesThePortal },
  // Blind set 83: newcomers' long messages.
  { topic: 'ummeldung', misled: 'any', told: movesWithinSameTown },
  { topic: 'friedhof', misled: new Set(['anmeldung-wohnsitz', 'sterbefall', 'kontakt', 'hilfe']), told: asksBurialByCustom },
  // Measure set 93: gaps in the pension account ("In meinem Versicherungsverlauf fehlen 3 Jahre"), whatever else the story names.
  { topic: 'rentenantrag', misled: 'any', told: namesPensionAccountGap },
  // Blind set 88: requests without a question mark.
  { topic: 'hundesteuer', misled: new Set(['grundsteuer', 'wasser-abwasser', 'schwerbehindertenausweis']), told: dogsTaxTold },
  // Blind set 100: the dog tag lost while walking.
  { topic: 'hundesteuer', misled: new Set(['fundbuero', 'dokument-verloren', 'hund-anmelden', 'hilfe', 'kontakt']), told: lostDogTag },
  { topic: 'hundesteuer', misled: new Set(['hund-anmelden', 'fundbuero']), told: asksDogTaxReduction },
  // Blind set 86: older citizens' letters.
  { topic: 'reisepass', misled: new Set(['vorlaeufiger-ausweis']), told: (text) => wantsPassportFaster(text) && !namesProvisional(text) },
  // ("unser heimatverein feiert 100 jährig … gibts da was von der gemeinde dazu", blind set 212: money for the jubilee, not the hall.)
  { topic: 'vereinsfoerderung', misled: new Set(['feuerwehr', 'gemeinderat', 'kontakt', 'hilfe', 'veranstaltung', 'veranstaltung-anzeigen', 'raum-mieten']), told: clubAsksForMoney },
  { topic: 'gewerbesteuer', misled: new Set(['grundsteuer', 'hundesteuer', 'kontakt']), told: namesTaxOfTheBusiness },
  { topic: 'friedhof', misled: new Set(['sterbefall', 'kontakt', 'hilfe', 'urkunden']), told: asksBurialArranged },
  { topic: 'eheschliessung', misled: new Set(['ausweis-kinder', 'anmeldung-wohnsitz', 'urkunden', 'beglaubigung', 'hilfe', 'kontakt']), told: namesNoImpediment },
  { topic: 'feuerwehr', misled: new Set(['anmeldung-wohnsitz', 'abmeldung', 'stellenangebote', 'fuehrerschein', 'hilfe', 'kontakt']), told: (text) => joinsTheFireBrigade(text) && !asksVolunteerCard(text) },
  // Blind set 81.
  { topic: 'datenschutz', misled: new Set(['hilfe', 'kontakt', 'online-dienste']), told: asksIfSafeToTypeHere },
  // ("straßenlaterne … seit 2 wochen aus … mit kinderwagen": the lamp's defect, the pram only beside it.)
  { topic: 'fundbuero', misled: new Set(['maengelmelder', 'dokument-verloren', 'sondernutzung', 'baum-faellen']), told: (text) => thingLeftInPublic(text) && !streetLightOut(text) },
  // Blind sets 76–78.
  // ("Ich will einen Ausweis." in Leichte Sprache, trial 55: asked back between the card, its loss and its pick-up.)
  { topic: 'personalausweis', misled: new Set(['personalausweis', 'dokument-verloren', 'ausweis-abholen']), told: wantsAnIdCard },
  // ("… deutsche staatsangehörigkeit bekommen … jetzt ich brauche die deutsche id karte … meine türkische pass ist noch gültig": the old passport only told; blind set 220.)
  { topic: 'personalausweis', misled: new Set(['ausweis-abholen', 'dokument-verloren', 'anmeldung-wohnsitz', 'reisepass']), told: (text) => naturalisedWantsIdCardNotPassport(text) && !asksIfDocumentReady(text) && !asksAboutPickUp(text) },
  { topic: 'reisepass', misled: new Set(['eheschliessung', 'hilfe', 'kontakt']), told: wantsPassportFaster },
  // ("… für die Witwenrente Kopien … amtlich bestätigt haben. Kann ich das bei Ihnen machen lassen": the copies certified, below.)
  { topic: 'rentenantrag', misled: new Set(['sterbefall', 'urkunden', 'lebensbescheinigung']), told: (text) => appliesForSurvivorsPension(text) && !wantsCertified(text) && !asksLifeCertificate(text) },
  { topic: 'lebensbescheinigung', misled: new Set(['rentenantrag', 'sterbefall', 'anmeldung-wohnsitz']), told: describesLifeCertificate },
  { topic: 'sondernutzung', misled: new Set(['gewerbe-anmelden', 'gestattung', 'raum-mieten', 'kontakt', 'hilfe', 'bauantrag', 'veranstaltung']), told: usesThePavement },
  { topic: 'auskunftssperre', misled: new Set(['mitteilungsblatt', 'gemeinderat', 'kontakt', 'hilfe', 'begruessung']), told: objectsToJubileeNotice },
  { topic: 'anmeldung-wohnsitz', misled: new Set(['melderegisterauskunft', 'meldebescheinigung', 'abmeldung', 'ummeldung', 'kontakt', 'hilfe', 'stellenangebote']), told: registersWhileStayingWithSomeone },
];

/** Lost and found, runaway and stray animals included. */
const LOST_AND_FOUND = 'fundbuero';
const HOURS = 'oeffnungszeiten';
const APPOINTMENT = 'termin-buchen';
/** The services the Bürgerbüro books appointments for (the entries whose request is the booking; test/knowledge/router-regression.test.ts keeps them equal). */
export const BOOKED_SERVICES: ReadonlySet<string> = new Set(['personalausweis', 'reisepass', 'ausweis-kinder', 'anmeldung-wohnsitz', 'ummeldung', 'meldebescheinigung', 'beglaubigung', 'fuehrungszeugnis', 'rentenantrag']);
const IDENTITY = 'bot-identitaet';
const HELP = 'hilfe';
/** The longest name taken with its typos corrected: longer texts go to the model, which weighs each word. */
const MISSPELLED_NAME_WORDS = 3;
const GREETING = 'begruessung';
const THANKS = 'dank';
const POSTAL_VOTE = 'briefwahl';
/** The papers of an election ("Wahlunterlagen", "Wahlschein", "Wahlbrief", "Wahlbenachrichtigung"). */
const VOTING_PAPERS = /(?<!\p{L})wahl(?:unterlage|schein|brief|benachrichtigung|zettel)\p{L}*/iu;
const REPORT = 'maengelmelder';
/** The water supply's failure (a burst pipe, no water). */
const WATER_FAILURE = 'wasser-stoerung';
/** Topics the words of snow and ice led the model to (a winter job stays the job offers, see below). */
// ("muss ich bei glatteis vorm haus selber streue", "des laub vom gehweg … wegmache": a move's, the property tax's, a tree's words; blind set 253.)
const WINTER_MISLED: ReadonlySet<string> = new Set(['wasser-stoerung', 'wasser-abwasser', 'sondernutzung', 'raum-mieten', 'kontakt', 'ruhezeiten', 'oeffnungszeiten', 'muellabfuhr', 'ummeldung', 'grundsteuer', 'baum-faellen']);
const JOBS = 'stellenangebote';
/** "und …", "un wenn …", "ab welchem …": a short question that goes on from the last answer. */
const GOES_ON = /^(?:und|un|aber|ab|wenn|und\s+wenn|un\s+wenn)(?!\p{L})/iu;
const GOES_ON_WORDS = 8;
/** Below this confidence a topic the model found for such a question is no sure other matter. */
const GOES_ON_UNSURE = 0.3;
/** The out-of-scope class without a body to name. */
/** The referral key of the model's general out-of-scope class: none of a town hall's matters, and no body known. */
export const GENERAL = 'allgemein';
/** Below this confidence, job offers without a word of work are no answer (a place's name led to them). */
const JOBS_UNSURE = 0.3;
const DEATH = 'sterbefall';
const CEMETERY = 'friedhof';
const CERTIFICATES = 'urkunden';
const BIRTH = 'geburt-beurkunden';
const PENSION = 'rentenantrag';
const VEHICLES = 'kfz-zulassung';
const FISHING_LICENCE = 'fischereischein';
const DRIVING_LICENCE = 'fuehrerschein';
const TRADE = 'gewerbe-anmelden';
const QUIET_HOURS = 'ruhezeiten';
const ROOMS = 'raum-mieten';
/** Below this, a hall wanted for a party is renting a room rather than what the model found. */
const HALL_UNSURE = 0.5;
/** Below this, a topic the model found beside a club's event among its candidates is no surer than the notice. */
const CLUB_EVENT_UNSURE = 0.3;
/** Below this, a topic found beside an appointment wished for is no surer than the booking (blind set 198). */
const APPOINTMENT_UNSURE = 0.3;
const REGISTER_INFO = 'melderegisterauskunft';
const TREES = 'baum-faellen';
/** The water supply's topics, which an appliance without water is not. */
const WATER_TOPICS: ReadonlySet<string> = new Set(['wasser-stoerung', 'wasser-abwasser']);
/** Topics of data and access, which a phone's PIN or a hacked private account is not. */
const ACCESS_TOPICS: ReadonlySet<string> = new Set(['daten-loeschen', 'online-dienste', 'bankverbindung', 'auskunftssperre', 'datenschutz']);
/** Topics of a dog, which "gestorben" and "abmelden" lead to also when a person died, and a pet's care is not. */
const DOG_TOPICS: ReadonlySet<string> = new Set(['hundesteuer', 'hund-anmelden']);
/** "kann ich den hier abmelde?", "wie meld ich ihn ab": the one just talked about deregistered. */
const DEREGISTERS_IT =
  /(?<!\p{L})(?:den|ihn|es|hund\p{L}*)\s+(?:\p{L}+\s+){0,4}?(?:abmelde\p{L}*|abzumelden|ab)(?=\s*[?!.]*\s*$)|(?<!\p{L})(?:den|ihn|es|hund\p{L}*)\s+(?:\p{L}+\s+){0,4}?(?:abmelde\p{L}*|abzumelden)(?!\p{L})/iu;
const EVENT = 'veranstaltung';
/** Below this the model's topic for an event's permission (a building permit, say) is not taken over the events' answer among the three nearest. */
const EVENT_UNSURE = 0.5;
const CLUB_EVENT = 'veranstaltung-anzeigen';
/** Below this, the contact the town's name led the model to is no answer beside a club's event. */
const CONTACT_UNSURE = 0.5;
/** The temporary permit to serve drinks at a fête (Gestattung). */
const SERVING_PERMIT = 'gestattung';
/** An event and its notice, which "feiern" leads to also when the quiet hours are asked. */
const EVENT_TOPICS: ReadonlySet<string> = new Set([EVENT, CLUB_EVENT]);
const CLUBS = 'vereinsfoerderung';
const PERSON = 'mitarbeiter';
/** What a wish for a person instead of the assistant leads the model to: what the assistant is, the contact, the help. */
const PROOF_OF_RESIDENCE = 'meldebescheinigung';
/** A registration named ("anmelden", "Gewerbeschein"), which keeps a business's question with it beside a tax. */
const NAMES_REGISTERING = /(?<!\p{L})(?:anmeld\p{L}*|anmelde|gewerbeschein\p{L}*)(?!\p{L})/iu;
/** "… nebebei e klei gewerbe mit honig verkaufe, wie viel einkommensteuer muss ich da zahle" (blind set 209): the Finanzamt's tax asked of a business, not its registration. */
const asksOnlyStateTax = (text: string): boolean => aboutStateTax(text) && !NAMES_REGISTERING.test(text);
/** Words of lacking something and doing it anyway, which name no topic in a follow-up (normalized). */
const LACKING_WORDS: ReadonlySet<string> = new Set(['kein', 'keine', 'keinen', 'trotzdem', 'dennoch', 'ohne']);
/** Where a proof of residence asked for someone else (an insurer, a benefit) led the model: the car's registration, the contact, the benefits, the online services; how it is to come ("per mail kriegen": a call-back, the hours). */
// ("die kita in aschaffenburg … will von uns e bescheinigung dass mir in mömbris wohne", blind set 209.)
// ("brauche fürs konsulat ein papier dass ich hier in mömbris wohne, wegen meine pass", blind set 236: the passport named led to a lost one.)
const PROOF_ASKED_FOR_OTHERS: ReadonlySet<string> = new Set(['dokument-verloren', 'reisepass', 'fuehrungszeugnis', 'kfz-zulassung', 'kontakt', 'wohngeld', 'rentenantrag', 'online-dienste', 'raum-mieten', 'beglaubigung', 'sterbefall', 'rueckruf', 'oeffnungszeiten', 'kita', 'ausweis-kinder']);
const ADDRESS_BLOCK = 'auskunftssperre';
/** Topics the register's words lead to: the registrations, the information for others, the proof, the block. */
/** Below this, a topic the model found gives way to thanks or leave-taking that asks nothing. */
const THANKS_UNSURE = 0.5;
/** Below this, a topic the model found gives way to leaving the country asked with what to do. */
const LEAVING_UNSURE = 0.5;
const REGISTER_NEAR: ReadonlySet<string> = new Set(['anmeldung-wohnsitz', 'ummeldung', 'abmeldung', 'melderegisterauskunft', 'meldebescheinigung', 'auskunftssperre', 'lebensbescheinigung']);
const WASTE_COLLECTION = 'muellabfuhr';
const DOG_TAX = 'hundesteuer';
/** Words that ask for a registration itself ("anmelden", "eintragen"). */
/** A charge of the town's named: "bei euch", a tax. */
const TOWNS_CHARGE = /(?<!\p{L})(?:bei\s+euch|bei\s+ihnen|an\s+die\s+gemeinde|\p{L}*steuer\p{L}*)(?!\p{L})/iu;
/** "muss ich den anmelde?", "muss der angemeldet werden": whether a registration is needed, asked. */
const WHETHER_TO_REGISTER = /(?<!\p{L})(?:muss|müssen|muessen|brauch\p{L}*)\s+(?:ich|man|mer|wir|der|die|er|sie)\s+(?:\p{L}+\s+){0,2}?(?:\p{L}*meld\p{L}*)(?!\p{L})/iu;
const asksWhetherToRegister = (text: string): boolean => WHETHER_TO_REGISTER.test(text);
const REGISTERING_WORDS = /(?<!\p{L})(?:\p{L}*meld\p{L}*|eintrag\p{L}*|registrier\p{L}*)(?!\p{L})/iu;
const DOG_REGISTRATION = 'hund-anmelden';
/** What the words of a new dog lead the model to: its tax, the owner's registration, the online services, an event (by its date). */
// ("… en labradorwelpe … muss ich den jetz irgendwo bei euch melde wege de steuer?", blind set 207: unsure, a lost document had come first.)
const NEW_DOG_MISLED: ReadonlySet<string> = new Set([DOG_TAX, 'anmeldung-wohnsitz', 'ummeldung', 'abmeldung', 'online-dienste', 'kontakt', 'wohnungsgeberbestaetigung', 'veranstaltung-anzeigen', 'dokument-verloren']);
const PRIVACY = 'datenschutz';
/** Topics about the citizen's data already: a question about it stays there. */
const DELETION = 'daten-loeschen';
const DATA_TOPICS: ReadonlySet<string> = new Set([PRIVACY, DELETION]);
const CALL_BACK = 'rueckruf';
const RECYCLING_CENTRE = 'wertstoffhof';
/** Topics a wish to be called leads the model to besides the call-back: the contact details, a person now. */
const CALL_INSTEAD: ReadonlySet<string> = new Set(['kontakt', 'mitarbeiter']);
const PICK_UP = 'ausweis-abholen';
const IDENTITY_DOCUMENTS: ReadonlySet<string> = new Set(['personalausweis', 'reisepass', 'ausweis-kinder', 'vorlaeufiger-ausweis']);
/** Topics an identity document's words lead to, also its loss and its pick-up. */
const CARD_TOPICS: ReadonlySet<string> = new Set([...IDENTITY_DOCUMENTS, 'dokument-verloren', PICK_UP]);
/** Where a broken document led the model: a lost one, a damage to report, a broken bin. */
const DAMAGED_DOCUMENT_MISLED: ReadonlySet<string> = new Set(['dokument-verloren', REPORT, 'muelltonne']);
/** The town's own services, which each municipality around has for itself. */
const TOWNS_OWN: ReadonlySet<string> = new Set([
  'oeffnungszeiten',
  'kontakt',
  'hundesteuer',
  'hund-anmelden',
  'grundsteuer',
  'gewerbesteuer',
  'anmeldung-wohnsitz',
  'ummeldung',
  'abmeldung',
  'meldebescheinigung',
  'wasser-abwasser',
  'wasser-stoerung',
  'kita',
  'friedhof',
  'raum-mieten',
  'gemeinderat',
  'mitteilungsblatt',
  'stellenangebote',
  'bebauungsplan',
  'termin-buchen',
  'bankverbindung',
]);
/** Topics a church's rite leads to: the leaving of a church, a date for it in the Bürgerbüro. */
const CHURCH_LEAVING = 'kirchenaustritt';
// ("mir wolle unser kind im august taufe lasse, wo meld ich des an", blind set 223: the child led to its documents.)
const CHURCH_NEAR: ReadonlySet<string> = new Set([CHURCH_LEAVING, APPOINTMENT, BIRTH, 'eheschliessung', DEATH, 'hund-anmelden', 'anmeldung-wohnsitz', 'kontakt', 'ausweis-kinder']);
/** The town's taxes, whose words a tax of the Finanzamt's shares ("Grund…steuer"), and its referral. */
const TOWN_TAXES: ReadonlySet<string> = new Set(['grundsteuer', 'gewerbesteuer', 'hundesteuer', 'hund-anmelden']);
const FINANZAMT = 'finanzamt';
/** The Standesamt's topics, which its name leads to. */
const CIVIL_STATUS: ReadonlySet<string> = new Set(['eheschliessung', 'geburt-beurkunden', 'sterbefall', 'urkunden']);
const COURT = 'amtsgericht';
const FOREIGN_OFFICE = 'auswaertiges-amt';
const FOOD_CONTROL = 'lebensmittelueberwachung';
const MAJOR_ROADS = 'kreis-staatsstrassen';
/** Below this, a business opened is its registration rather than what the model found. */
const OPENING_SURE = 0.8;
/** Below this, a question whether the office is open is the hours' rather than what the model found ("… ich arbeite Vollzeit … länger auf hat": the job offers). */
const HOURS_UNSURE = 0.3;
/** Below this, and this short, what is left beside a matter told done is a follow-up of that matter ("Wie lange dauert die Bearbeitung?"), no matter of its own. */
const REST_UNSURE = 0.3;
const FOLLOW_UP_WORDS = 8;
/** How sure a question alone must be of another topic to be no follow-up of the last one. */
const SURELY_ANOTHER = 0.9;
/** From here a question said for another person names a topic of its own (not the last one's word for them). */
const LEANS_TO_ANOTHER = 0.5;
const PROVISIONAL = 'vorlaeufiger-ausweis';
const ID_CARD = 'personalausweis';
const ONLINE_SERVICES = 'online-dienste';
const WEDDING = 'eheschliessung';
const COUNCIL = 'gemeinderat';
/** Below this confidence a question after the mayor is the Rathaus's contact. */
const MAYOR_UNSURE = 0.5;
/** How sure the router must be of a story's question alone to answer it where the whole story left it unsure (calibrated on every blind set: below it, as many lines were lost as won). */
const QUESTION_SURE = 0.8;
/** Below this confidence a German story's answer gives way to its question alone, where that is sure and was among the story's candidates. */
const WHOLE_UNSURE = 0.3;
/** Registrations other than one's residence: a dog's, a vehicle's, a business's. */
// (And the landlord's confirmation the registration needs: "My landlord refuses to give me the form … I need it to register".)
const OTHER_REGISTRATIONS: ReadonlySet<string> = new Set(['hund-anmelden', 'kfz-zulassung', 'gewerbe-anmelden', 'wohnungsgeberbestaetigung']);
/** How sure the English model must be of a story without what it tells done (decideStory). */
const ENGLISH_REST_SURE = 0.4;
/** How sure the model must be of a story's service (booked by the Bürgerbüro, or a document's pick-up) to answer it beside the booking. */
const STORY_SERVICE_SURE = 0.5;
/** A message of more words is a story, not a short question. */
const STORY_WORDS = 40;
/** Below this confidence a story that names the Standesamt's wedding is about it (a booked hall or restaurant led the model). */
const WEDDING_UNSURE = 0.5;
/** The German documents of adults, which the Bürgerbüro makes for Germans only. */
const PASSPORT = 'reisepass';
/** The German documents of adults, which the Bürgerbüro makes for Germans only. */
const ADULTS_DOCUMENTS: ReadonlySet<string> = new Set([ID_CARD, PASSPORT, PROVISIONAL]);
/** A document not German's near these too: a foreign passport lost or run out is the embassy's or the Ausländerbehörde's. */
const FOREIGN_DOCUMENT_NEAR: ReadonlySet<string> = new Set([...ADULTS_DOCUMENTS, 'dokument-verloren']);
const FOREIGNERS_OFFICE = 'auslaenderbehoerde';
const CHILDRENS_DOCUMENTS = 'ausweis-kinder';
/** The topics a bare "Ausweis" is asked back between: the ID card is meant where no word names the others. */
const ID_CARD_NEAR: ReadonlySet<string> = new Set([ID_CARD, PROVISIONAL, CHILDRENS_DOCUMENTS]);
/** What a pet put to sleep leads the model to: another tax, a person's death. */
const PUT_TO_SLEEP_MISLED: ReadonlySet<string> = new Set([...TOWN_TAXES, DEATH]);
/** Topics a flat's words lead to: the registrations and the landlord's confirmation. */
const TENANCY_LAW = 'mietrecht';
const HOUSING: ReadonlySet<string> = new Set(['anmeldung-wohnsitz', 'ummeldung', 'abmeldung', 'wohnungsgeberbestaetigung']);
const HOUSING_BENEFIT = 'wohngeld';
/** What a registration needs or gives: the landlord's confirmation, the certificate, an appointment for it. */
const REGISTRATION_PAPERS: ReadonlySet<string> = new Set(['wohnungsgeberbestaetigung', 'meldebescheinigung', 'melderegisterauskunft', 'auskunftssperre', 'termin-buchen']);
/** Topics a matter asked of the Rathaus by name leads to: its contact, its hours, its help. */
const ASKED_OF_THE_RATHAUS: ReadonlySet<string> = new Set(['kontakt', 'oeffnungszeiten', 'hilfe']);
/** Where a post office's forwarding order led the model besides the registrations: the postal vote, the address block, the contact. */
const FORWARDING_MISLED: ReadonlySet<string> = new Set([POSTAL_VOTE, ADDRESS_BLOCK, 'kontakt']);
/** "Der Vermieter rückt die Kaution nicht raus": renting a hall, the contact or job offers that words of renting led the model to. */
const TENANCY_MISLED: ReadonlySet<string> = new Set(['raum-mieten', 'kontakt', 'hilfe', 'stellenangebote', 'grundsteuer', 'wasser-abwasser', 'muellabfuhr', 'maengelmelder']);
/** No topic of the town's, surely: the assistant says so (and what else it knows: a danger, a referral). */
const NOT_OURS = { decision: null, confidence: 1, candidates: [], action: 'none' } as const satisfies RouteResult;
const CONTACT = 'kontakt';
const FIRE_BRIGADE = 'feuerwehr';
const HALLS = 'raum-mieten';
const NEWSLETTER = 'mitteilungsblatt';
/** How sure the router must be of the topic a place's name alone stands for ("die Kita"). */
const PLACE_SURE = 0.8;
/** The registration topics of a move: in from elsewhere, within the town, away abroad. */
const REGISTRATION = { moveIn: 'anmeldung-wohnsitz', within: 'ummeldung', away: 'abmeldung' } as const;
const REGISTRATIONS: ReadonlySet<string> = new Set(Object.values(REGISTRATION));
/** Where a dog's death led the model: a person's death, the deregistration of a resident, lost and found. */
// ("Unser Hund musste … eingeschläfert werden … damit ihr nicht weiter abbucht?": the tax's end, not the direct debit.)
const DOG_DEATH_MISLED: ReadonlySet<string> = new Set([DEATH, REGISTRATION.away, LOST_AND_FOUND, 'bankverbindung']);
/** What a newcomer's "was muss ich machen?" leads the model to instead of registering. */
/** Below this, a newcomer's "Wo muss ich mich registrieren?" is the registration whatever the model heard ("nur rumänischen Ausweis"). */
const NEWCOMER_UNSURE = 0.5;
const NEWCOMER_MISLED: ReadonlySet<string> = new Set(['kontakt', 'hilfe', 'begruessung', 'oeffnungszeiten', 'melderegisterauskunft']);


const FLOOR = 1e-6;
/** A death or a birth, which the registry office records where it happened. */
const REGISTERED_EVENTS: ReadonlySet<string> = new Set([DEATH, BIRTH]);
/** Reporting it ("melden", "anzeigen", "beurkunden lassen"). */
const REPORTS_IT = /(?<!\p{L})(?:melden|meld|anmelden|anzeigen|beurkunden|eintragen)(?!\p{L})/iu;
/** Words that point back to what was just answered ("wo gebe ich den ab", "where do I hand it in"). */
// Letter boundaries, not \b: JavaScript's \b does not count "ü" as a letter ("dafür").
// ("Is there a swimming pool in town?" after the dog tax: "is there" points nowhere, trial 52: the dog tax had come again.)
const POINTS_BACK =
  /(?<!\p{L})(den|die|das|des|dess|dat|dit|dem|ihn|es|ihrer|seiner|ihrs|seins|dort|da|do|dahin|dafür|dazu|damit|davon|dabei|it|them|(?<!\b(?:is|are|was|were)\s+)there|that)(?!\p{L})/iu;
/** An unknown word this long may name a matter ("Wauwau"); a shorter one is mostly dialect or filler ("Johr", "halt"). */
const UNKNOWN_MATTER_LENGTH = 5;
/**
 * Words that name no topic in a follow-up: of direction ("wo muss ich da hin?", "where do I go?"),
 * whom to turn to, English question words, and the dialect's that are English too ("wo is des",
 * "wen muss isch do anrufe"; its others are DIALECT_FUNCTION_WORDS). Only here: as stop words of
 * the model they would change what it learned from the corpus.
 */
const NO_MATTER = new Set(['hin', 'her', 'dahin', 'dorthin', 'hingehen', 'hinkommen', 'go', 'where', 'when', 'how', 'wen', 'wem', 'is', 'do', 'hab', 'wann', 'gemeinde', 'markt']);
/** Sent rather than fetched. */
/** Money asked back: a refund of what the last topic costs. */
const REFUND =
  /(?<!\p{L})(?:(?:geld|steuer|gebühr\p{L}*|gebuehr\p{L}*|betrag|beitrag|das|die|den|was)\s+(?:\p{L}+\s+){0,2}?(?:zurück|zurueck|wieder)|zurückerstatt\p{L}*|zurueckerstatt\p{L}*|erstattet|erstattung|rückerstatt\p{L}*|rueckerstatt\p{L}*|refund\p{L}*|money\s+back)(?!\p{L})/iu;
/** How many words a question of a refund of the last topic has at most. */
const REFUND_WORDS = 6;
/** A form asked for, by its normalized word ("Formular", "Vordruck", "Antragsformular"). */
const FORM_WORDS = /^(?:\p{L}*formular\p{L}*|vordruck\p{L}*)$/u;
// (Not someone sent: "können Sie da mal die Polizei schicken?" after the driving licence, trial 51.)
const BY_POST =
  /(?<!\p{L})(?:per\s+post|mit\s+der\s+post|postalisch|zuschicken|zugeschickt|zusenden|zugesandt|(?<!(?:polizei|jemand|jemanden|wen|leute|mitarbeiter\p{L}*|streife|feuerwehr|bauhof)\s+)schicken|nach\s+hause\s+(?:ge)?schickt|by\s+post|by\s+mail|send\s+it)(?!\p{L})/iu;
/** A question that starts by asking where, when or how. */
const ASKS_WHERE_WHEN_HOW = /^\W*(?:und\s+|and\s+)?(?:wo|wohin|wann|wie|where|when|how)(?!\p{L})/iu;
/** "wo muss ich hin?", "where do I go?", "was soll ich tun?": where to go or what to do, of what was just answered. */
/** "und die blaue?", "und der zweite?", "what about the yellow one?": a word or two after "und" and an article, nothing else. */
const AND_THE_OTHER = /^\W*(?:und|und\s+was\s+ist\s+mit|was\s+ist\s+mit|and|what\s+about)\s+(?:der|die|das|den|dem|de|the)\s+\p{L}+(?:\s+\p{L}+)?(?:\s+one)?\s*\??\s*$/iu;
const WHERE_OR_WHAT_TO_DO = /^\W*(?:und\s+|and\s+)?(?:wo|wohin|where|(?:was|what)\s+(?:soll|sollen|muss|müssen|should|must|do))(?!\p{L})/iu;
/** A question pointing back with words of a topic is a follow-up when it has at most this many. */
const POINTING_BACK_WORDS = 3;
/** A question how else or by when is a follow-up when it has at most this many words. */
const HOW_ELSE_WORDS = 6;
/** A situation told and a reduction asked ("ich bin Rentnerin mit kleiner Rente, gibts da was?"): a few more words than a bare question. */
const DISCOUNT_WORDS_ASKED = 10;

/** Fused probabilities: the topics best first, and "out of scope". */
export interface Fused {
  ranked: Array<{ doc: number; p: number }>;
  outOfScope: number;
  referral?: string;
}

/** The fused probabilities of the topics and of "out of scope" for the evidence of one text. */
export function fuse(evidence: Evidence, calibration: Pick<Calibration, 'lambda' | 'outOfScopeFit'>): Fused {
  const { lambda, outOfScopeFit } = calibration;
  const scores = evidence.topics.map((t) => Math.log(t.p + FLOOR) + lambda * t.fit);
  const oos = Math.log(evidence.outOfScope + FLOOR) + lambda * outOfScopeFit;
  let max = oos;
  for (const s of scores) if (s > max) max = s;
  const e = scores.map((s) => Math.exp(s - max));
  let sum = Math.exp(oos - max);
  for (const x of e) sum += x;
  const ranked = evidence.topics.map((t, i) => ({ doc: t.doc, p: e[i]! / sum })).sort((a, b) => b.p - a.p);
  return { ranked, outOfScope: Math.exp(oos - max) / sum, referral: evidence.referral };
}

/** What to do with fused probabilities: answer the best topic, ask back with the close ones, or say none. */
export function actionOf(fused: Fused, calibration: Calibration): RouteResult['action'] {
  const { ranked, outOfScope } = fused;
  const best = ranked[0];
  if (!best || outOfScope >= best.p) return 'none';
  const second = ranked[1];
  const tied = second !== undefined && second.p >= best.p * calibration.close;
  if (best.p >= calibration.answer && !tied) return 'answer';
  return closeTopics(fused).length > 1 && closeTopics(fused).reduce((sum, c) => sum + c.p, 0) >= calibration.clarify ? 'clarify' : 'none';
}

/** The topics a clarification offers: the best ones, down to a share of the best one's probability. */
export function closeTopics(fused: Fused): Fused['ranked'] {
  const best = fused.ranked[0];
  return best ? fused.ranked.slice(0, CLARIFY_MAX).filter((c) => c.p >= best.p * CLARIFY_SHARE) : [];
}

/** The decision on fused probabilities. */
export function decideOn(fused: Fused, calibration: Calibration, docs: readonly TopicDoc[]): RouteResult {
  const action = actionOf(fused, calibration);
  const best = fused.ranked[0];
  const listed = action === 'clarify' ? closeTopics(fused) : fused.ranked.slice(0, 5).filter((c) => c.p > 0.001);
  const candidates = listed.map((c) => ({ id: docs[c.doc]!.id, score: round(c.p) }));
  if (action === 'none' || !best) return { decision: null, confidence: round(fused.outOfScope), candidates, action: 'none', ...(fused.referral ? { referral: fused.referral } : {}) };
  const doc = docs[best.doc]!;
  return { decision: { kind: doc.kind, id: doc.id }, confidence: round(best.p), candidates, action };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** A kept decision is handed to every caller that asks again: frozen, so that no caller can change it for the others. */
function deepFreeze(result: RouteResult): RouteResult {
  if (result.decision) Object.freeze(result.decision);
  result.candidates.forEach((candidate) => Object.freeze(candidate));
  Object.freeze(result.candidates);
  return Object.freeze(result);
}
