// What the assistant says on its own, in English: the same keys as the German catalogue (de.ts),
// checked by the compiler. Plain, friendly British English; names of offices and places stay German,
// since citizens meet them so on signs and letters. Values the office must understand (Ja/Nein,
// categories) stay German in the stored request: flows translate only what is shown.
import { berlinWallClock } from '../hours';
import type { Municipality, Office } from '../schema';
import type { CitizenTexts } from './catalogue';

function rathausContact(town: Municipality): string {
  const rathaus = town.offices.rathaus!;
  const parts = [rathaus.phone && `phone ${rathaus.phone}`, rathaus.email && `e-mail ${rathaus.email}`].filter(Boolean);
  return parts.length ? `${rathaus.name} (town hall): ${parts.join(', ')}.` : `Please contact the ${rathaus.name} (town hall).`;
}

/** "Phone Rathaus Markt Mömbris: 06029 705-0. " (nothing when the number is not known). */
const byPhone = (office: string, phone: string | null): string => (phone ? `Phone ${office}: ${phone}. ` : '');
const closedUntil = (office: string, reopens: string | undefined, phone: string | null): string =>
  `The office in charge (${office}) is closed right now${reopens ? ` and open again ${reopens}` : ''}.${phone ? ` Phone: ${phone}.` : ''}`;

// Made once (see de.ts).
const inBerlin = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', ...options });
const TIME = inBerlin({ hour: '2-digit', minute: '2-digit' });
const WEEKDAY = inBerlin({ weekday: 'long' });
const DAY_AND_MONTH = inBerlin({ day: 'numeric', month: 'long' });

/** The days many offices close early, as the Bavarian holiday calendar names them (hours.ts), in English. */
const EVES_IN_ENGLISH: Readonly<Record<string, string>> = { 'Heiliger Abend': 'Christmas Eve', Silvester: 'New Year’s Eve' };

export const en: CitizenTexts = {
  commands: {
    cancel: { button: 'Cancel', words: ['cancel', 'stop', 'quit'] },
    back: { button: 'Back', words: ['go back'] },
    keep: { button: 'Keep', words: ['keep it', 'leave it', 'no change', 'that is fine', "that's fine"] },
    resume: { button: 'Continue', words: ['undo', 'go on', 'resume', 'do not cancel', "don't cancel"] },
    help: { button: 'Help', words: ['help', 'huh', 'pardon', 'sorry what', 'i do not understand', "i don't understand"] },
    person: { button: 'Talk to a person', words: ['human', 'a person', 'staff', 'speak to a person', 'agent'] },
    backToAssistant: { button: 'Back to the assistant', words: ['cancel'] },
    callBack: { button: 'Request a call back', words: ['call back', 'call-back', 'callback', 'call me back'] },
    submit: { button: 'Send', words: ['yes', 'yes please', 'ok', 'okay', 'correct', 'all correct', 'looks good', 'send it', 'submit', 'yes send it'] },
    submitNotify: { button: 'Send and notify me', words: ['yes notify me', 'yes please notify me', 'notify me', 'yes and notify me', 'yes with notification', 'send and notify me please'] },
    changeSomething: { button: 'Change something', words: ['change', 'edit', 'correct something'] },
    skip: { button: 'skip', words: ['no', 'none', 'next'] },
    yes: { button: 'Yes', words: ['yes please', 'yes delete'] },
    no: { button: 'No', words: [] },
    deleteData: { button: 'Delete my data', words: ['delete my data'] },
    showData: { button: 'Show my data', words: ['my data'] },
    privacy: { button: 'Privacy', words: [] },
    openingHours: { button: 'Opening hours', words: [] },
    bookAppointment: { button: 'Book an appointment', words: [] },
    helpful: { button: 'Helpful', words: ['that helped'] },
    notHelpful: { button: 'Not helpful', words: ['that did not help'] },
    reasonWrong: { button: 'Wrong', words: [] },
    reasonOutdated: { button: 'Out of date', words: [] },
    reasonUnclear: { button: 'Hard to understand', words: [] },
    reasonNotMyQuestion: { button: 'Not my question', words: ['that was not my question'] },
    keepRequest: { button: 'Keep the request', words: ['keep'] },
    withdrawRequest: { button: 'Withdraw the request', words: ['withdraw'] },
    keepEverything: { button: 'Delete nothing', words: ['do not delete'] },
    cancelAppointment: { button: 'Cancel an appointment', words: [] },
    facetDocuments: { button: 'Documents', words: [] },
    facetFees: { button: 'Costs', words: [] },
    facetProcedure: { button: 'How it works', words: [] },
    facetOffice: { button: 'Office and opening hours', words: [] },
    facetOnline: { button: 'Apply online', words: [] },
    easyLanguage: { button: 'Leichte Sprache', words: [] },
    english: { button: 'English', words: [] },
    german: { button: 'Deutsch', words: ['german please', 'in german please', 'back to german', 'switch to german'] },
  },

  language: {
    name: 'English',
    confirm: 'Continue in English',
    switched: 'Fine, I will write in English from now on.',
    writtenIn: 'You wrote in English, so I will answer in English. Für Deutsch schreiben Sie „Deutsch“.',
    offer: 'Your message looks like English. Would you like to continue in English?',
    germanOnly: 'Part of this answer is only available in German so far.',
    unclear: 'I am sorry. What is unclear? Tell me which word or step you do not understand, or talk to a person.',
    notSpoken:
      'I understand German and English. Please write in English or German, or talk to a person at the town hall.\nIch verstehe Deutsch und Englisch, auch Leichte Sprache. Bitte schreiben Sie auf Deutsch oder Englisch.',
  },

  conversation: {
    together: (...texts: string[]): string => texts.join(' '),
    welcome: (town: Municipality, notices: readonly string[] = [], brief = false): string =>
      (brief
        ? [
            `Hello! I am the digital assistant of ${town.name}, an automated program, not a person.`,
            'Write “staff” to reach a person, “Privacy” to learn how we handle your data.',
          ]
        : [
            `Hello! I am the digital assistant of ${town.name}.`,
            'I am an automated program, not a person.',
            'I answer questions about the services of the town administration and help you step by step with simple requests.',
            'Would you like to talk to a person? Just write “staff”.',
            'To learn how we handle your data, write “Privacy”.',
          ]
      ).join(' ') + (notices.length ? `\nCurrent notices (in German):\n${notices.map((n) => `• ${n}`).join('\n')}` : ''),
    noticeLine: (text: string, ortsteile: readonly string[]): string => {
      const unnamed = ortsteile.filter((o) => !text.includes(o));
      return unnamed.length ? `${text} (concerns: ${unnamed.join(', ')})` : text;
    },
    noticeFirst: (lines: readonly string[]): string => `Current notice (in German): ${lines.join(' ')}`,
    noNotices: 'There are no current notices from the Rathaus at the moment. News from the town is in the newsletter (Mitteilungsblatt).',
    noNoticesFor: (ortsteil: string): string =>
      `There are no notices from the Rathaus for ${ortsteil} at the moment, such as road closures or outages. News from the town is in the newsletter (Mitteilungsblatt).`,
    greeting: 'How can I help you? Ask me your question, for example “How much is an ID card?”.',
    danger: {
      crisis:
        'I am sorry that you are feeling so bad. You are not alone with this. At the TelefonSeelsorge a person talks with you right away, day and night, free of charge and anonymously: 0800 111 0 111 or 0800 111 0 222 or 116 123. If you are in acute danger, call 112.',
      road: 'Oil, an obstacle or an open shaft on the road, such as a fallen tree or a missing drain cover, is a danger to traffic. Please report it to the police at once: emergency number 110. If someone is hurt or there is a fire, call 112. Keep your distance and only secure the spot if that is safe.',
      gas: 'If you smell gas: leave the house at once and take everyone with you. Do not switch lights or devices on or off, do not ring doorbells, no open flames. Close the main gas valve if that is safe. Once outside, call 112 or the emergency service of your gas supplier (its number is on your gas bill).',
      power: 'A power cable hanging down or lying open is deadly. Do not touch anything, keep your distance and warn others. Call 112 at once.',
      fire: 'If there is a fire: call 112 at once. Get yourself and others to safety, close doors behind you and do not use a lift.',
      medical:
        'With chest pain, difficulty breathing, unconsciousness or other signs of an emergency, call the ambulance at once: emergency number 112. If it is not life-threatening and the doctor’s practice is closed, the on-call medical service helps at 116 117. The town hall cannot help with this.',
      flood:
        'If there is water in the cellar: do not go in while electricity may flow there, for example through sockets or devices in the water. The fire brigade helps and pumps it out: emergency number 112. The town hall cannot help with this.',
      crime:
        'If a break-in or a theft is happening right now: call the police at once, emergency number 110. Do not put yourself in danger and keep your distance. Remember what you see and stay reachable.',
      violence:
        'If you are in danger, call the police at once: 110. The helpline “Violence against Women” (Hilfetelefon „Gewalt gegen Frauen“) advises day and night, free of charge, anonymously and in many languages: 116 016. For men there is the helpline “Gewalt an Männern”: 0800 1239900. You do not have to go through this alone.',
    },
    annoyed: 'I am sorry. I understand that you are annoyed.',
    annoyedOffer: 'Please tell me what it is about. Or talk to a person from the town hall.',
    overwhelmed:
      'That is quite understandable. Take your time. Just tell me in your own words what it is about; I will ask step by step. Or talk to a person from the town hall.',
    loss: { person: 'I am very sorry for your loss.', animal: 'I am sorry about your animal.' },
    smallTalk: 'Thank you for asking! I am a computer program, so I am always the same. How can I help you? For example, ask “How much is an ID card?”.',
    thanks: 'You are welcome! Can I help you with anything else?',
    farewell: 'Goodbye and have a nice day! I am here whenever you have another question.',
    notHelpful: 'I am sorry. Please tell me in your own words what you are looking for, or talk to a person.',
    help: [
      'I answer questions about the services of the town administration, for example ID cards and passports, registering an address, certificates, taxes, waste, building and clubs.',
      'I take simple requests step by step: report damage, book an appointment, register a dog, announce an event or ask for a call back.',
      'You can write “staff” at any time, and I will connect you with a person.',
    ].join(' '),
    botIdentity:
      'I am an automated assistant, not a person, and no service of an AI provider such as ChatGPT. My answers come from the checked knowledge base of the town administration. If you would like to talk to a person, write “staff”.',
    fallback: (town: Municipality): string =>
      [
        'I am sorry, I have no reliable information about that. I do not want to tell you anything wrong.',
        'Please ask your question in other words or talk to a person.',
        rathausContact(town),
      ].join(' '),
    fallbackAgain: 'I am sorry, I could not answer that either.',
    notTheTowns:
      'That is not a matter of the town hall, so I cannot tell you anything reliable about it. I help with matters of the municipality, for example ID cards, registering an address, waste or the dog tax.',
    clarify: 'I am not quite sure what you mean. Did you mean one of these topics?',
    whichMatter: (point: 'fees' | 'duration' | 'documents'): string =>
      `What is it about? Please name the matter, for example ${{ fees: '“How much is an ID card?”', duration: '“How long does a passport take?”', documents: '“What do I need to register my address?”' }[point]}`,
    /** "Can you recommend a photographer?": why the town names none. */
    noRecommendation: (town: Municipality): string =>
      `The ${town.name} does not recommend businesses, tradespeople, doctors or products, because it has to treat all of them equally. I am glad to help with questions about the administration’s services.`,
    referralOffer: 'If you still have questions for the town hall, I am happy to connect you with a person.',
    otherTown: (other: string, town: Municipality): string =>
      `That is a matter for ${other}, not for ${town.name}. Please contact the administration in ${other}; my information is about ${town.shortName} only.`,
    nothingMore: (title: string, office: string, phone: string | null): string =>
      `My information on “${title}” says nothing more about that. I do not want to tell you anything wrong. Please ask the office responsible: ${office}${phone ? `, phone ${phone}` : ''}.`,
    also: (title: string): string => `You also asked about “${title}”. Tap it, and I will help you with that too.`,
    noText: 'So far I can only read text messages. Please write your request.',
    busy: 'Sorry, that did not work just now. Please send your message again.',
    error: (town: Municipality): string => `Sorry, a technical error occurred. Please try again later. ${rathausContact(town)}`,
    tooLong: (maxChars: number): string => `Your message is too long. Please put your request in at most ${maxChars} characters.`,
    tooMany: (retryAfterSeconds: number): string =>
      `You have sent a lot of messages in a short time. Please wait ${retryAfterSeconds} seconds and then write again.`,
    welcomeSuggestions: ['Opening hours', 'Talk to a person', 'Privacy', 'Leichte Sprache', 'Deutsch'],
    helpSuggestions: ['Report damage', 'Book an appointment at the Bürgerbüro', 'Opening hours'],
  },

  answers: {
    responsible: 'Office',
    address: 'Address',
    phone: 'Phone',
    email: 'E-mail',
    website: 'Website',
    hours: 'Opening hours',
    changedDays: 'Changed days',
    closed: 'closed',
    days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    holiday: 'public holiday',
    // The days' German names come from the Bavarian holiday calendar (trial 55: "Heiliger Abend" in an English answer).
    mayDiffer: (day: string): string => `${EVES_IN_ENGLISH[day] ?? day}: often shorter hours, please ask beforehand`,
    usually: (hours: string): string => `usually ${hours}`,
    withNotes: (hours, notes) => (notes.length ? `${hours} (${notes.join('; ')})` : hours),
    nthWeekday: (n, weekday, from, to, longer) =>
      `every ${['first', 'second', 'third', 'fourth', 'fifth'][n - 1]} ${weekday} of the month ${longer ? `until ${to}` : `${from}–${to}`}`,
    today: (weekday, hours, label, open, reopens) => {
      const day = `Today, ${weekday}: ${hours ?? 'closed'}${label ? ` (${label})` : ''}.`;
      if (!hours) return reopens ? `${day} Open again ${reopens}.` : day;
      return `${day} ${open ? 'Open now.' : `Closed now${reopens ? `, open again ${reopens}` : ''}.`}`;
    },
    hoursOf: (office: string): string => `Opening hours: ${office}`,
    closedThatDay: (office: string, label: string): string => `${office}: closed that day (${label}).`,
    onDay: (at: Date, hours: string | undefined, label: string | undefined): string =>
      `On ${WEEKDAY.format(at)} ${DAY_AND_MONTH.format(at)}: ${hours ?? 'closed'}${label ? ` (${label})` : ''}.`,
    askRathaus: (rathaus: string, phone: string | null): string => `Contact: please ask at the ${rathaus}${phone ? ` (phone ${phone})` : ''}.`,
    documents: 'What you need',
    requirements: 'Requirements',
    fees: 'Costs',
    deadlines: 'Deadlines',
    processingTime: 'Processing time',
    appointment: 'Appointment',
    procedure: 'How it works',
    notes: 'Good to know',
    links: 'Links',
    reviewed: 'Last checked',
    officeLine: (office: string, reach: string): string => `Office: ${office}, ${reach}.`,
    officeOnly: (office: string): string => `Office: ${office}.`,
    officeViaRathaus: (office: string, rathaus: string, phone: string | null): string =>
      `Office: ${office}. Contact through the ${rathaus}${phone ? `, phone ${phone}` : ''}.`,
    onlineAt: (title: string, url: string): string => `You can do this online: ${title} – ${url}`,
    // The sources are German laws and the town's profile, cited by their German names ("Profil …" is the town's own profile).
    footer: (source: string): string => `Source (German titles): ${source.replace(/\bProfil\b/g, 'town profile')}`,
    atAGlance: 'At a glance',
    moreLinks: 'More about it',
    call: (phone: string): string => `Call ${phone}`,
    appointmentBookable: 'You can book an appointment at the Bürgerbüro right here.',
    onlineHere: 'You can do this online right here in the chat: tap the button below and I will ask what is needed.',
    appointmentNotNeeded: 'You do not need an appointment for this: you can do it right here in the chat. Tap the button below and I will ask what is needed.',
    unknownFacet: {
      fees: 'I have no reliable information on what it costs. The office responsible will tell you.',
      duration: 'I have no reliable information on how long it takes or how early you must apply. The office responsible will tell you.',
      documents: 'I have no reliable information on which documents you need. The office responsible will tell you.',
      appointment: 'I have no reliable information on whether you need an appointment. The office responsible will tell you.',
      online: 'I know of no way to do this online.',
    },
    notOurs: (town: string): string => `${town} is not responsible for this.`,
  },

  flows: {
    cancelled: 'I have cancelled the request and sent nothing. How else can I help?',
    cancelledUndoable:
      'I have cancelled the request and sent nothing. I will delete your details with your next message. Was that a mistake? Then tap "Continue".',
    stoppedUndoable: (stopped: string): string => `${stopped} Was that a mistake? Then tap "Continue".`,
    resumed: 'Good, let us go on. Your details are still here.',
    resumedAtStart: 'Good, let us go on.',
    toldWhenDone: (submitNotify) =>
      `Gladly. At the end, tap “${submitNotify}”. Then I will tell you here as soon as the town hall has closed your request.`,
    whoCallsBack: 'Someone from the office in charge of your matter will get back to you. After sending, I can tell you which office it is.',
    whyAsked: (help: string | undefined): string =>
      `${help ? `${help} ` : ''}I only ask what the responsible office needs for your request. Your answers go only there. To learn more, write “Privacy”.`,
    whatComesNext: (next: string): string => `${next} After sending, you get a reference number. With it you can ask here for the status at any time.`,
    howLongItTakes: (next: string): string =>
      `I cannot tell you for sure how long it will take. ${next} After sending, you get a reference number. With it you can ask here for the status at any time.`,
    photoKept: 'Thank you, I have the photo. It goes with your report.',
    onePhotoOnly: (name: string): string => `I take one photo per report here. Attached: “${name}”.`,
    sendAtTheEnd: 'You can send it at the end, once you have checked everything.',
    noPhotoHere: (town: Municipality): string =>
      `I cannot take a photo with this request. Please send it to the town hall by e-mail and give your reference number. You get the number after sending. ${rathausContact(town)}`,
    personNotClub: 'Please name a person with first and last name, not the club.',
    photoWelcome: 'Tap the paper clip below and choose the photo. You can send it now or later, when I ask for it.',
    howToSendPhoto: (skip: string): string => `Gladly. Tap the paper clip below and choose the photo. Without a photo, tap “${skip}”.`,
    nothingToSend:
      'No request is open right now that I could send. A request you have already sent is stored with its reference number. How else can I help you?',
    noRequestOpen: 'No request is open right now that I could stop or go back in. How can I help you?',
    leftUnsent: (title: string): string => `I have stopped “${title}” and sent nothing of it.`,
    summaryHelp: 'Tap “Send” to send the request, or “Change …” to correct a detail.',
    firstQuestion: 'This is already the first question.',
    answeredSoFar: (value: string, keep: string): string => `So far: “${value}”. Write a new answer or tap “${keep}”.`,
    chooseAtSummary: 'Please choose “Send” or what you would like to change.',
    whatToChange: 'What would you like to change? Tap it.',
    notUnderstood: 'I did not understand that.',
    failedTooOften: 'I am sorry, that did not work several times. I am passing your request on to a member of staff.',
    failedKeepGoing:
      'I am sorry, that did not work several times. What you have told me so far is kept. Please try once more; “help” explains the question. Or tap “Talk to a person”: the administration will get back to you, with what you have told me.',
    resume: 'Back to your request:',
    whereWeAre: (title: string, lines: string[]): string =>
      lines.length ? `We are at: ${title}. You have told me so far:\n${lines.join('\n')}\nNow the next question:` : `We are at: ${title}. Now the first question:`,
    understood: (value: string): string => `I understood “${value}”.`,
    addedTo: (label: string): string => `Thank you, I have added that to “${label}”.`,
    understoodAs: (label: string, value: string): string => `I noted “${value}” for “${label}”.`,
    alreadySo: (label: string, value: string): string => `I already have that: ${label} “${value}”.`,
    understoodAll: (items: ReadonlyArray<{ label: string; value: string }>): string => `I noted: ${items.map((i) => `${i.label}: ${i.value}`).join('; ')}.`,
    taken: (answers: ReadonlyArray<{ field: string; value: string }>, confirmed = true): string =>
      `From your message I already have: ${answers.map((a) => `${a.field}: ${a.value}`).join('; ')}.${confirmed ? ' You can change everything before sending.' : ''}`,
    yourWords: 'your message above',
    change: (label: string): string => `Change ${label}`,
    officeLine: (office: string): string => `In charge: ${office}`,
    summary: (lines: string[], submit: string, submitNotify?: string): string =>
      `Please check your details:\n${lines.join('\n')}\nIs everything correct? Then tap “${submit}”.` +
      (submitNotify ? ` With “${submitNotify}” I will tell you here as soon as the town hall has finished the request.` : ''),
    choose: (choices: readonly string[]): string => `Please choose: ${choices.join(', ')}.`,
    moreDetail: (): string => 'Please give a little more detail.',
    needed: 'We need this detail.',
    stillHere: 'I am here: the digital assistant of the town hall.',
    shorter: (_what: string, max: number): string => `Please keep it shorter (at most ${max} characters).`,
    noDefinition: (town: Municipality): string => `I cannot take this request step by step yet. ${rathausContact(town)}`,
    noFreeSlot: (town: Municipality): string => `I am sorry, there are no free appointments in the next days. ${rathausContact(town)}`,
    photo: (name: string): string => `Photo (${name})`,
  },

  fields: {
    email: 'Please enter a valid e-mail address, for example name@example.com.',
    phone: 'Please enter a valid phone number, for example 06029 1234.',
    phoneTooShort: (typed: string): string => `The number “${typed}” is too short. Please give the whole number with its area code, for example 06029 1234.`,
    goAhead: 'Gladly.',
    phoneOrEmail: 'I did not recognise that as a phone number or an e-mail address.',
    placeNotATime: 'That is a date or a time. Please name the place, for example “Festplatz Mömbris”.',
    placeNotAContact: 'That is an e-mail address or a phone number. Please name the place, for example “Festplatz Mömbris”.',
    placeNotAPerson: 'That is a person’s name. Please name the place of the event, for example “Festplatz Mömbris” or an address.',
    bookedWithoutContact: 'All right, without a contact. If something changes about the appointment, the Bürgerbüro cannot tell you.',
    noContactToCheck: (phone: string | null | undefined): string =>
      `Without the phone number or e-mail address of the booking I cannot change the appointment here. This protects your appointment from strangers. Please call the Bürgerbüro${phone ? `: phone ${phone}.` : '.'}`,
    contactNeeded: 'Without a phone number or an e-mail address we cannot reach you. If you do not want to give one, write “cancel” and call the town hall.',
    placeElsewhere: (town: string, municipality: string): string => `${town} lies outside ${municipality}.`,
    placeDetailKept: 'Thank you, I will add that to the place.',
    // German: it goes into the place the office reads, as the answers keep the German choices.
    ortsteilUnknown: 'Ortsteil unbekannt',
    eventElsewhere: (town: string, municipality: string): string =>
      `${town} lies outside ${municipality}. Please report an event there to that municipality. If it takes place in ${municipality}, please name the place here.`,
    eventKindNotPlace: 'That sounds like the kind of event. Please name the place, for example “Festplatz Mömbris” or an address.',
    ortsteilOfStreet: (street: string): string => `Thank you. In which part of town is “${street}”?`,
    addressNotBreed: 'That looks like an address, not a breed.',
    dateNotBreed: 'That is a date, not a breed.',
    notABreed: 'That looks like an e-mail address or a phone number, not a breed.',
    nameGivenAsBreed: (name: string): string => `So “${name}” is the dog’s name, not its breed.`,
    nameNotBreed: 'That is the dog’s name, not its breed.',
    emailTypo: (meant: string): string => `Please check the address. Did you mean “${meant}”? You can change it before sending.`,
    notKnown: 'unknown',
    dogUnnamed: 'no name yet',
    onlyTheDogsName: 'Please write only the dog’s name, for example “Bello”.',
    livesElsewhere: (town: string, municipality: string): string =>
      `${town} is not part of ${municipality}. If you live there, your own municipality is responsible.`,
    placeInTown: (ortsteile: readonly string[]): string =>
      `Please name the part of town (${ortsteile.join(', ')}) and the street or a description. If the place belongs to another municipality, please contact that one.`,
    timeMissing: (day: string): string => `At what time on ${day}?`,
    dateInFuture: 'This date is in the future. Please check it.',
    noSuchDay: (day: string): string => `There is no ${day} in the calendar. Please check the date.`,
    noSuchTime: (time: string): string => `There is no time ${time}. Please give a time between 0:00 and 24:00.`,
    date: (): string => 'Please give a date as day.month.year, for example 14.3.2024.',
    dateAndTime: 'Please give a date and a time, for example “12.7. 14:00”.',
    inThePast: 'This time is in the past. Please give a later one.',
    weekdayOfDate: (date: string, weekday: string): string => `${date} is a ${weekday}. Please check the day and the date.`,
    endAfterStart: (start: string): string => `The end must be after the start (${start}).`,
    fullName: 'Please give the first name and the surname, for example “Anna Weber”.',
    nameNotAMatter: 'That is a name. I will ask for your name in a moment. What is it about? For example “a question about my building application”.',
    nameNotAPlace: 'That is a place. Please give the first name and the surname of a person, for example “Anna Weber”.',
    surname: 'Please give the name the appointment is booked under, for example “Weber” or “Anna Weber”.',
    address: (ortsteile: readonly string[]): string =>
      `Please give the street, house number and part of town, for example “Hauptstraße 12, Schimborn”. Parts of town: ${ortsteile.join(', ')}.`,
    count: 'Please give a number, for example “80”.',
    approximately: (when: string): string => `${when} (approximately)`,
  },

  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],

  cases: {
    received: (reference: string, next: string, retentionDays: number): string =>
      `Thank you! Your request has been received. Your reference number: ${reference}. ${next} We keep your details for ${retentionDays} days and then delete them.`,
    next: 'The office in charge will work on your request and contact you if needed.',
    nextWithoutContact: 'The office in charge will work on your request. Without contact details it cannot ask you anything back.',
    alreadyDelivered: (references: string[]): string =>
      `Already passed on to the office in charge: ${references.join(', ')}. These requests stay with the town hall.`,
    withdrawn: (references: string[]): string => `Withdrawn and deleted: ${references.join(', ')}.`,
    kept: (references: string[]): string => `Kept, the town hall goes on working on them: ${references.join(', ')}.`,
    willNotify: 'As soon as the town hall has finished the request, I will tell you here.',
    willNotifyWhileOpen:
      'As soon as the town hall has finished the request, I will tell you here, as long as this browser window stays open. Otherwise ask for the status with your reference number.',
    anotherOne: (title) => `Would you like to make another request? Then tap “${title}”.`,
    askStatus: (reference: string): string => `You can ask about its status here at any time, for example with “What is the status of ${reference}?”.`,
    officeInCharge: (office: string): string => `In charge: ${office}.`,
  },

  caseAddition: {
    ask: (reference: string, title: string): string => `What would you like to add to your request ${reference} (${title})? Please write it in one message.`,
    added: (reference: string): string => `Thank you! I have passed on your addition to request ${reference}. The staff see it with your request.`,
    elsewhere: (town: Municipality): string =>
      `I can only take an addition in the conversation in which you sent the request. This way nobody adds to other people’s requests. Please give the town hall your reference number and what you want to add. ${rathausContact(town)}`,
    unchanged: 'All right, your request stays as it is.',
    whoGetsBack: (reference: string, title: string, office: string, reaches: boolean): string =>
      `Your request ${reference} (${title}) is with the ${office}. ${reaches ? 'Someone from there will get back to you.' : 'It is being dealt with there. You can ask here how it stands with your reference number.'}`,
    failed: (town: Municipality): string => `I could not save your addition just now. Please try again in a moment. ${rathausContact(town)}`,
    photo: (reference: string, office: Office | undefined, town: Municipality): string =>
      `You cannot send a photo later here in the chat. ${
        office?.email
          ? `Please send it by e-mail to ${office.email} (${office.name}).`
          : office?.phone
            ? `Please ask the ${office.name}: phone ${office.phone}.`
            : `Please ask the town hall. ${rathausContact(town)}`
      } Give your reference number ${reference}.`,
  },

  caseStatus: {
    new: (reference: string, title: string): string => `Your request ${reference} (${title}) has been received and is waiting to be worked on.`,
    'in-progress': (reference: string, title: string): string => `Your request ${reference} (${title}) is being worked on.`,
    done: (reference: string, title: string): string => `Your request ${reference} (${title}) is done.`,
    rejected: (reference: string, title: string): string => `Your request ${reference} (${title}) was rejected.`,
    cancelled: (reference: string, title: string): string => `Your request ${reference} (${title}) is cancelled.`,
    appointmentAt: (slot: string): string => `Your appointment: ${slot}.`,
    appointmentBooked: (reference: string, slot: string): string => `Your appointment ${reference} is booked: ${slot}. There is nothing else you need to do.`,
    appointmentOnClosedDay: (reference: string, slot: string, office: string, label: string): string =>
      `Your appointment ${reference} is booked: ${slot}. But the ${office} is closed that day (${label}). Please move the appointment or cancel it.`,
    townNote: (reason: string): string => `Note from the town hall: ${reason}`,
    rejectedReason: (reason: string): string => `Reason: ${reason}`,
    appointmentOff: (slot: string): string => `Your appointment on ${slot} does not take place. To book a new one, write “Book an appointment”.`,
    notFound: 'I found no request with this reference number and this name. Please check the reference number and the name.',
    withoutName: (town) =>
      `Without the name in the request I cannot tell you its status. This way nobody learns anything about other people’s requests. The town hall can also tell you. ${rathausContact(town)}`,
    news: (status: string): string => `News about your request: ${status}`,
    notSentYet: 'Your request has not been sent yet. When you send it, you get a reference number. With it you can ask how it stands later.',
    afterRequest: 'I will gladly tell you the status of that request once your current request is finished.',
  },

  appointments: {
    callOffice: (name: string, phone: string | null): string => (phone ? `Please call the ${name}: ${phone}.` : `Please contact the ${name}.`),
    booked: (slot: string, office: string, address: string | null, phone?: string | null): string =>
      `Your appointment is booked: ${slot}, ${office}${address ? `, ${address}` : ''}. ` +
      'To learn which documents to bring, ask me here “What do I need to bring?”. ' +
      (phone === undefined
        ? 'If you cannot come, write “Cancel an appointment” and give the reference number.'
        : `If you cannot come, cancel it here in the chat with “Cancel an appointment” or by phone at the ${office}${phone ? ` (${phone})` : ''}.`),
    whichDay: 'There are free times on these days. Which day suits you?',
    yours: (appointments) => `Your appointment at the Bürgerbüro: ${appointments.join('; ')}.`,
    neededForWhich: 'Whether you need an appointment depends on the matter. What is it about, for example an ID card, registering an address or a certificate of good conduct?',
    noneBooked:
      'You have not booked an appointment in this conversation. Did you book it elsewhere? Then write me the reference number from the confirmation. I will tell you the day and time. Or would you like to book a new appointment?',
    firstFreeDay: (day: string, more: boolean): string =>
      `The next free day is ${day}. These times are free.${more ? ' There are more. You can name another time or another day.' : ''}`,
    freeTimes: (day: string | undefined, more: boolean): string =>
      `${day ? `On ${day}, these times are free.` : 'These appointments are free.'}${more ? ' There are more. You can name another time.' : ''}`,
    closedAtThatTime: (office: string): string => `The ${office} is closed at that time.`,
    noneLeftToday: 'There is no appointment left today, sorry. These days have free times:',
    notAtThatTime: 'I am sorry, nothing is free at that time.',
    wishedTimeFree: (slot: string): string => `“${slot}” is free. Does that suit you? Then tap it. Otherwise name another day or time.`,
    takenOnOtherDays: (day: string, time: string): string => `I am sorry, nothing is free on ${day} at ${time}. ${time} is free on these days:`,
    takenNear: (day: string, time: string): string => `I am sorry, nothing is free on ${day} at ${time}. These times are close to it:`,
    closedNear: (day: string, time: string, office: string): string => `The ${office} is closed on ${day} at ${time}. These times are close to it:`,
    nothingThen: 'I am sorry, there is no free appointment for that in the next weeks. There are free times on these days:',
    closedThen: (office, days) => `${office}: closed ${days}. There are free times on these days:`,
    closedThatDay: (office, day, why) => `${office}: closed on ${day}${why ? ` (${why})` : ''}.`,
    pastDay: 'That day has passed. There are free times on these days:',
    otherWeekday: (weekday, day) => `${weekday} and ${day} do not fit together. Which day do you mean? There are free times on these days:`,
    beyondBooking: (lastDay: string, office: string, phone: string | null): string =>
      `I can book appointments up to ${lastDay}. For a later one, please contact the ${office}${phone ? ` (phone ${phone})` : ''}. There are free times on these days:`,
    onWeekdays: ['on Sundays', 'on Mondays', 'on Tuesdays', 'on Wednesdays', 'on Thursdays', 'on Fridays', 'on Saturdays'],
    onDay: (day) => `on ${day}`,
    calendarTitle: (service: string, office: string): string => `Appointment ${service}, ${office}`,
    calendarNote: (reference: string): string => `Reference number ${reference}. To cancel: write “Cancel an appointment” to the assistant.`,
    calendarFile: 'With the calendar file you can add the appointment to your calendar.',
    slotGone: (past: boolean): string => `I am sorry, this appointment ${past ? 'is already over' : 'has just been taken'}. Please choose another one.`,
    notFound: (callOffice: string): string =>
      `I found no appointment with these details. Please check them and give them again, or write “cancel” to stop. Still stuck? ${callOffice}`,
    alreadyCancelled: (reference: string): string => `The appointment ${reference} is already cancelled.`,
    movedThere: (old: string, slot: string, reference: string): string =>
      `The appointment ${old} was moved. Your new appointment is on ${slot} (${reference}). Shall I cancel the new appointment?`,
    moveFound: (slot: string, reference: string, service: string): string =>
      `I found your appointment on ${slot} (${service ? `${service}, ` : ''}${reference}). It stays booked until you have booked the new one. Now choose the new time.`,
    movedFrom: (slot: string, reference: string): string => `Your previous appointment on ${slot} (${reference}) is cancelled.`,
    keptOld: (reference: string): string => `Your current appointment (${reference}) stays as it is.`,
    // (The service's name is the office's German button label; the English sentence does without it.)
    lasts: (minutes: number): string => `Please allow about ${minutes} minutes for the appointment.`,
    cancelled: (slot: string, reference: string): string =>
      `Your appointment on ${slot} (${reference}) is cancelled. Thank you for letting us know. The time is free again.`,
    confirmCancel: (slot: string, reference: string): string => `Shall I cancel your appointment on ${slot} (${reference})?`,
    confirmCancelYes: 'Yes, cancel it',
    confirmCancelNo: 'No, keep it',
    kept: (slot: string): string => `Fine, your appointment on ${slot} stays booked.`,
  },

  handoff: {
    waiting: (position: number, minutes: number): string => `You are number ${position} in the queue. The waiting time is about ${minutes} minutes.`,
    waitingWithoutEstimate: (position: number): string => `You are number ${position} in the queue.`,
    nobodyOnlineNow: 'Nobody is signed in to the chat just now. You can wait or ask for a call-back.',
    nobodyLeft: 'Nobody is signed in to the chat any more. You can wait. Or write “call back”: the administration will call you back.',
    keptForStaff: 'Thank you. I will pass your message on: whoever takes over your conversation sees it at once.',
    nobodyThereCallBack: (office, phone) => `Nobody is free in the chat right now. ${byPhone(office, phone)}`.trim(),
    closedCallBack: (office: string, reopens: string | undefined, phone: string | null): string => closedUntil(office, reopens, phone),
    closedNow: (office: string, reopens: string | undefined, phone: string | null): string => `${closedUntil(office, reopens, phone)} The administration can call you back.`,
    reopens: (at: Date, now: Date): string => {
      const day = (d: Date) => berlinWallClock(d).date;
      const time = TIME.format(at);
      const days = Math.round((Date.parse(day(at)) - Date.parse(day(now))) / 86_400_000);
      if (days === 0) return `today from ${time}`;
      if (days === 1) return `tomorrow from ${time}`;
      const weekday = WEEKDAY.format(at);
      return days < 7 ? `on ${weekday} from ${time}` : `on ${weekday}, ${DAY_AND_MONTH.format(at)}, from ${time}`;
    },
    personalAdvice: 'The town hall will gladly advise you on this in person.',
    someoneHelps: 'A member of staff will gladly help you.',
    someoneThere: 'Someone from the town hall is available in the chat right now. Would you like to be connected?',
    nobodyThere: (office, phone) => `No member of staff is available in the chat right now. ${byPhone(office, phone)}The administration can also call you back.`,
    connecting: 'I am connecting you with a member of staff of the town hall.',
    leftLiveChat: 'You have ended the conversation with the town hall. You are talking to the digital assistant again.',
    leftQueue: 'You are no longer waiting. You are talking to the digital assistant again.',
    taken: (speaker: string): string =>
      `You are now writing with ${speaker}. This is a person from the town hall, not a program. Just write your message. With “Back to the assistant” you end the conversation.`,
    speaker: (name: string, office: string): string => `${name} (${office})`,
    defaultOffice: 'Rathaus',
    handedBack: 'You are talking to the digital assistant again. Feel free to ask me more.',
    closed: (name: string): string => `${name} has ended the conversation. You can go on asking the digital assistant.`,
    connectionLost: (position: number): string =>
      `The connection to your contact at the town hall was interrupted. You are back in the queue at number ${position}.`,
    citizenGone: 'You were away from the chat for a while, so I have stopped waiting for a member of staff. Would you like to wait again? Write “staff”.',
  },

  glossary: {
    vorgangsnummer:
      'The reference number (Vorgangsnummer) is the number of your request, for example MOE-2026-00042. You get it after sending. With it, you and the administration find the request again. Please keep it.',
    termin: 'An appointment is a fixed time when you come to the citizens’ office (Bürgerbüro). Then you do not have to wait. You can book one here in the chat with “Book an appointment”.',
    rueckruf: 'With a call-back, someone from the administration phones you. You give your phone number and when you can be reached.',
    erreichbarkeit: 'Availability means: when can we call you? For example “mornings” or “after 2 pm”.',
    einwilligung: 'Consent means you agree. Here: that the administration stores your details to handle your request and to answer you.',
    benachrichtigung: 'With a notification I tell you here in the chat as soon as the administration has finished your request.',
    ortsteil: 'A district (Ortsteil) is a village that belongs to the municipality. I ask for it because some street names exist in several districts.',
    buergerbuero: 'The citizens’ office (Bürgerbüro) is the desk in the town hall for ID cards, passports, registrations and certificates. You can also get appointments there.',
  },

  feedback: {
    thanks: 'Thank you for your feedback!',
    whatWasWrong: 'Thank you for your feedback. What was wrong? You can also talk to a person right away.',
    whatExactly:
      'Thank you. The editors at the town hall will check the answer. What exactly was wrong? You are welcome to write it in a sentence. Or talk to a person.',
    noted: 'Thank you for the note. It goes to the editors at the town hall. Would you like to talk to a person?',
    notMyQuestion:
      'Thank you. Your question goes to the editors at the town hall, so that the assistant understands it in future. Feel free to ask it in other words or talk to a person.',
  },

  privacy: {
    confirmDeletion: 'Really delete? Afterwards the assistant no longer knows this conversation.',
    askAboutOpen: (reference: string, title: string): string =>
      `Your request ${reference} (${title}) has not been passed on to the office in charge yet. If you delete your data, you withdraw it. Would you like to keep or withdraw the request?`,
    askAboutAppointment: (reference: string, slot: string): string =>
      `Your appointment on ${slot} (${reference}) is booked. If you keep the request, the appointment stands. If you withdraw it, the appointment is cancelled. Would you like to keep or withdraw the request?`,
    chooseKeepOrWithdraw: 'Please tap “Keep the request” or “Withdraw the request”.',
    deletionCancelled: 'All right, nothing was deleted.',
    export: 'Here is all the data the assistant has stored about this conversation, as the file “meine-daten.json” to download. Any text editor opens it.',
    held: {
      heading: 'Stored about this conversation:',
      state: 'where the conversation stands (for example the language)',
      form: (title: string): string => `your answers to the request you started, “${title}”`,
      recent: (count: number): string => `the last ${count} messages, for staff who take the conversation over`,
      address: 'the address the assistant answers you at',
      files: (count: number): string => (count === 1 ? 'one uploaded file' : `${count} uploaded files`),
      transcript: (count: number): string => `the chat on the website (${count} messages)`,
      queue: 'your wish to talk to a person',
      liveChat: (count: number): string => `your chat with the town hall (${count} messages)`,
      cases: (references: readonly string[]): string => `your requests: ${references.join(', ')}`,
      unanswered: (count: number): string =>
        `${count === 1 ? 'one question' : `${count} questions`} the assistant could not answer (names and numbers masked, so that the town hall can improve the answers)`,
    },
    deleted:
      'Your data from this conversation is deleted: the messages, the state, uploaded files, the chat with the town hall and the address for notifications.',
    partlyDeleted: 'Part of your data could not be deleted. Please try again later or contact the town hall.',
    deliveredStays:
      'Requests at the town hall are kept by the administration according to its retention periods. You can ask the town hall to delete them there.',
  },

  notice: {
    pageTitle: (town: string): string => `Privacy – Citizen assistant ${town}`,
    heading: (town: string): string => `Privacy notice for the citizen assistant – ${town}`,
    controllerHeading: 'Controller',
    controller: (controller: string, contact: string): string => `${controller} is responsible for this chat.${contact ? ` Contact: ${contact}.` : ''}`,
    officer: (officer: string | null): string =>
      officer ? `Data protection officer: ${officer}.` : 'You can reach the data protection officer through the town hall.',
    purposeHeading: 'Purpose and legal basis',
    purpose: 'We process your messages to answer your questions and to pass your requests on to the administration.',
    legalBasis: 'The legal basis is Art. 6(1)(e) GDPR together with Art. 4 BayDSG (the tasks of the municipality).',
    retentionHeading: 'What is stored and for how long',
    conversations: (days: number): string =>
      `The messages, the state of your request and uploaded files are stored for at most ${days} days after your last message and are then deleted automatically.`,
    cases: (days: number): string =>
      `Requests passed on to the administration are deleted by the assistant ${days} days after they were passed on. In the administration its retention periods apply.`,
    unanswered: (days: number): string =>
      `Questions the assistant could not answer are seen by the town's editors for ${days} days, to improve the answers. Phone numbers, e-mail and postal addresses and recognisable names in them are masked. Then the questions are deleted.`,
    statistics: (days: number): string =>
      `For the report to the town council the assistant counts conversations, topics and ratings without reference to you. These figures are kept for ${days} days.`,
    recipientsHeading: 'Recipients',
    noAiService:
      'The assistant uses no AI service of another provider (such as OpenAI or Google): it understands your questions with a program of its own on these servers.',
    allPoints: 'All privacy information: tap “Privacy”.',
    recipients: (town: string): string =>
      `Only the administration (${town}) receives your data. It is not passed to third parties and not processed outside the EU. The assistant runs on servers of the municipality or its provider in the EU; your browser loads nothing from other servers.`,
    rightsHeading: 'Your rights',
    rights: 'You have the right of access, rectification, erasure, restriction of processing and objection.',
    complaint:
      'You can complain to the Bavarian data protection commissioner (Bayerischer Landesbeauftragter für den Datenschutz, Wagmüllerstraße 18, 80538 München, www.datenschutz-bayern.de).',
    deleteHeading: 'Delete or show your data',
    delete: 'Write “Delete my data” in the chat. The assistant then deletes this conversation and your data at once.',
    show: 'With “Show my data” you get all stored data as a file.',
    back: 'Back to the chat',
    phone: (phone: string): string => `phone ${phone}`,
    email: (email: string): string => `e-mail ${email}`,
  },

  uploads: {
    empty: 'The file is empty.',
    tooLarge: 'The file is too large. At most 5 MB are allowed.',
    wrongType: 'This file type is not accepted. Photos (JPEG, PNG, WebP, GIF) and PDF are allowed.',
    tooManyPixels: (megapixels: number): string =>
      `The picture is too large. At most ${megapixels.toLocaleString('en-GB')} megapixels are allowed. Please send a smaller photo.`,
    unreadable: 'The picture cannot be opened. Please send it again, preferably as JPEG.',
  },
};
