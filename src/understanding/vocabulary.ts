import type { i18n } from 'i18next';
import { listFor, translatorFor } from '../i18n/i18n.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import type { ChoiceVocabulary, WordClasses } from './choices.js';
import { COMMANDS, type CommandVocabulary } from './commands.js';
import type { PersonWords } from './person.js';
import { commonWords } from './nlu/corpus.js';
import { RecentAnswers } from './remembered.js';
import { Respeller } from './respell.js';
import { closeTo, containsPhrase, editDistance, isOneOf, normalize, tokens, withoutEndMarks, withoutPhrases, wordsOf } from './text.js';

/** A word of a dismissal is read with a typo only from this many letters on ("ontslagn"). */
const DISMISSAL_TYPO_LENGTH = 8;
/** ... and only when its first letters are right: "ontstaan" is no "ontslaan". */
const SAME_START = 5;
/** "ok thank you very much for all your help": at most this many words only thank. */
const MAX_THANKS_WORDS = 10;
/** "het nummer van mijn zoon", "bel mijn dochter maar": at most this many words name whom to reach instead. */
const MAX_REACH_OTHER_WORDS = 8;
/** Vocabulary.of: one per translations instance. */
const BUILT = new WeakMap<i18n, Vocabulary>();

/**
 * The words the bot understands, in every language at once: a French "oui" is understood in a Dutch
 * conversation too. Built from the locale files (locales/<lng>/understanding.json and the button
 * labels), which do not change while the process runs, so each list is built once.
 */
export class Vocabulary {
  /**
   * The vocabulary of `i18n`, built once for it: building one takes about 90 ms, and a bot composed
   * again over the same translations (each conversation test composes its own) needs no new one.
   * Its lists never change, and what it remembers (respellings) depends on the words alone.
   */
  static of(i18n: i18n): Vocabulary {
    let vocabulary = BUILT.get(i18n);
    if (!vocabulary) BUILT.set(i18n, (vocabulary = new Vocabulary(i18n)));
    return vocabulary;
  }

  /** Command words of every locale together. */
  readonly commands: CommandVocabulary;
  /** Words that never decide a choice on their own ("ik", "je", "the"). */
  readonly fillerWords: ReadonlySet<string>;
  /** Filler words, weak words that count only with others ("niet", "pas", "not"), general verbs ("veranderen"). */
  readonly words: WordClasses;
  /** Phrases of someone looking for a job ("ik zoek werk", "vacature"), every locale together. */
  readonly jobSearch: readonly string[];
  /** Phrases of someone who is being or was dismissed ("ik word ontslagen", "licencié"), every locale together. */
  readonly dismissal: readonly string[];
  /** Phrases of a question about the first meeting at a centre ("hoe lang duurt het", "wat neem ik mee"), every locale. */
  readonly firstMeeting: readonly string[];
  /** Words for the whole guidance, not its first meeting ("traject", "accompagnement"), every locale. */
  readonly wholeGuidance: readonly string[];
  /** Phrases of a question about ordering the cheque ("hoe vraag ik een cheque aan"), every locale. */
  readonly orderCheque: readonly string[];
  /** Phrases of someone without a computer or at odds with one ("ik heb geen laptop"), every locale. */
  readonly noComputer: readonly string[];
  /** Phrases of someone who finds reading or writing hard ("ik kan niet goed lezen"), every locale. */
  readonly reading: readonly string[];
  /** Phrases of someone with little schooling ("ik heb geen diploma", "peu qualifié"), every locale. */
  readonly noDiploma: readonly string[];
  /** Words for one's employer ("baas", "patron", "boss"), every locale. */
  readonly employerWords: readonly string[];
  /** Words of a burn-out ("overspannen", "surmenage"), every locale: trouble at work without a word for work. */
  readonly burnoutWords: readonly string[];
  /** Phrases of time off work for the guidance ("krijg ik verlof daarvoor", "pendant les heures de travail"), every locale. */
  readonly timeOffWords: readonly string[];
  /** Words of when one is free to come ("schooltijd", "les enfants", "childcare"), every locale: no place, a time for the booking. */
  readonly whenFreeWords: readonly string[];
  /** Words of knowing or allowing ("weten", "permission", "tell"): with an employer word, whether the employer must know. */
  readonly knowWords: readonly string[];
  /** Words for one's work ("werk", "collega", "boulot"), every locale. */
  readonly workWords: readonly string[];
  /** Words for another country ("buitenland", "abroad", "à l'étranger"), every locale. */
  readonly abroadWords: readonly string[];
  /** Names of countries ("Nederland", "Maroc", "Poland"), every locale: with experienceWords, work abroad. */
  readonly countries: readonly string[];
  /** Words that speak of a language ("taal", "parler", "English"), normalised, every locale: a country is no language. */
  readonly languageWords: ReadonlySet<string>;
  /** Words for years of work ("jaren", "gewerkt", "experience"), every locale: with abroadWords, work abroad. */
  readonly experienceWords: readonly string[];
  /** Words for part-time work ("halftijds", "4/5", "mi-temps"), every locale: how it counts for the years is not known. */
  readonly partTimeWords: readonly string[];
  /** Words for age ("leeftijd", "te oud", "age limit"), every locale. */
  readonly ageWords: readonly string[];
  /** Words for nationality ("Belg", "nationaliteit", "belge"), every locale. */
  readonly nationalityWords: readonly string[];
  /** Words for a disability ("handicap", "rolstoel", "wheelchair"), every locale. */
  readonly disabilityWords: readonly string[];
  /** Words for being pregnant ("zwanger", "enceinte", "pregnant"), every locale. */
  readonly pregnancyWords: readonly string[];
  /** Ways to ask the price ("wat kost", "c'est combien", "how much is"), every locale. */
  readonly costQuestions: readonly string[];
  /** Ways to ask where the meeting is ("wat is het adres", "c'est où", "where do I go"), every locale. */
  readonly whereWords: readonly string[];
  /** Words for the conditions of the cheque ("voorwaarden", "critères", "requirements"), every locale. */
  readonly conditionWords: readonly string[];
  /** Words for how long a cheque can be used ("geldig", "valable", "expire"), every locale. */
  readonly validityWords: readonly string[];
  /** Money worries ("te duur", "geen geld", "korting", "sectorfonds", "betaalt mijn werkgever"), every locale. */
  readonly moneyWords: readonly string[];
  /** Words that may stand between the words of a time ("zaterdag of avond", "liefst dinsdag"), normalised, every locale. */
  readonly timeFillers: ReadonlySet<string>;
  /** A notice period or birth leave ("opzeg", "moederschapsrust", "congé de maternité"): the on_leave answer's words, every locale. */
  readonly leaveWords: readonly string[];
  /** Words that take back what came before ("nee sorry", "je veux dire", "I mean"), every locale. */
  readonly corrections: readonly string[];
  /** Words of what one must or needs ("moet ik", "faut-il", "have to"), every locale. */
  readonly mustWords: readonly string[];
  /** The words of "wat betekent dat?", "qu'est-ce que ça veut dire ?", "what does that mean?" without a word asked about, normalised, every locale. */
  readonly whatThatMeans: ReadonlySet<string>;
  /** The name of the announced successor ("loopbaankrediet", "crédit carrière", "career credit"), every locale. */
  readonly creditWords: readonly string[];
  /** Words for living somewhere ("woont", "habite", "lives"), every locale. */
  readonly liveWords: readonly string[];
  /** Ways to ask when VDAB answers the phone ("tot hoe laat kan ik bellen", "opening hours"), every locale. */
  readonly phoneHoursWords: readonly string[];
  /** Words that ask about a time or the hours ("wanneer", "quelles heures", "what time"), every locale. */
  readonly phoneHoursAsk: readonly string[];
  /** Words for a loopbaancentrum or its coach ("het centrum", "le centre", "my coach"), every locale. */
  readonly centreWords: readonly string[];
  /** Words of reaching someone ("bellen", "numéro", "email"), every locale. */
  readonly reachWords: readonly string[];
  /** Words for VDAB's number as something one calls ("nummer", "0800", "number"), every locale. */
  readonly phoneNumberWords: readonly string[];
  /** Words that ask to be called ("mij bellen", "me rappeler", "call me"), every locale. */
  readonly callMeWords: readonly string[];
  /** Ways to meet without going there ("online", "via de telefoon", "by video"), every locale. */
  readonly remoteWords: readonly string[];
  /** Words for the cheque itself ("loopbaancheque", "chèque"), every locale. */
  readonly chequeWords: readonly string[];
  /** Words of never or not yet ("nog nooit", "jamais", "never"), every locale. */
  readonly neverWords: readonly string[];
  /** An EU institution or a foreign employer ("Europese Commissie", "OTAN", "foreign employer"), every locale. */
  readonly foreignEmployerWords: readonly string[];
  /** Words for using a cheque ("gebruiken", "utiliser", "use"), every locale. */
  readonly useWords: readonly string[];
  /** Words for the time after this year ("2027", "volgend jaar", "l'année prochaine"), every locale. */
  readonly nextYearWords: readonly string[];
  /** "Wat verandert er", "what happens": with nextYearWords, a question about the rules to come. */
  readonly changeWords: readonly string[];
  /** "Tot wanneer", "jusqu'à quand": with ordering words, a question about how long one can still order. */
  readonly untilWhenWords: readonly string[];
  /** "Bestellen", "commander", "order": the verbs of ordering a cheque. */
  readonly orderVerbs: readonly string[];
  /** "Eerst", "al besteld", "d'abord", "first": with ordering words, whether the cheque comes before the meeting. */
  readonly orderFirstWords: readonly string[];
  /** "Is het te laat?", "heb ik nog tijd?", "trop tard ?": whether one can still order, before these rules end. */
  readonly deadlineWords: readonly string[];
  /** "Ben jij een robot?", "are you human?": whether a person writes. */
  readonly botWords: readonly string[];
  /** The words of asking for a person in a sentence ("kan ik nie ne mens aan de lijn krijgen"), every locale (asksForAPerson). */
  readonly person: PersonWords;
  /** "Interim", "dienstencheques", "titres-services": work as an employee through an agency or vouchers. */
  readonly tempWorkWords: readonly string[];
  /** "Wat telt als werk?", "what counts?": which years of work count, asked, every locale. */
  readonly workCountsWords: readonly string[];
  /** "Hoeveel uren krijg ik?": the hours of guidance the rules give. */
  readonly hoursWords: readonly string[];
  /** One-word ways to ask for more answers ("meer", "plus", "more", "andere"), normalised, every locale. */
  readonly moreWords: readonly string[];
  /** Words that turn an answer around ("maar", "wel", "mais", "but"), normalised, every locale. */
  readonly turnWords: ReadonlySet<string>;
  /** "maar", "ma", "toch", "mais", "but" after a yes: what follows says what the yes does not. */
  readonly yesButWords: readonly string[];
  /** "ben zo terug", "momentje", "un instant", "brb" at the start of a message: the user steps away for a moment. */
  readonly pauseWords: readonly string[];
  /** Whole messages of coming back ("ik ben terug", "me revoilà", "I'm back"), normalised, every locale. */
  readonly returnWords: readonly string[];
  /** "bel mij niet", "annuler le rappel", "don't call me": taking back a call-back request. */
  readonly cancelCallbackWords: readonly string[];
  /** Phrases asking for the soonest time ("zo snel mogelijk", "vandaag nog", "dès que possible", "asap"): a call-back, a booking's hour; every locale. */
  readonly callbackSoon: readonly string[];
  /** "nee toch niet", "laat maar", "non finalement", "never mind" as a whole reply: maybe nothing at all after all; every locale. */
  readonly notAfterAll: readonly string[];
  /** How a question for a word's meaning starts ("wat is", "c est quoi", "what does"), normalised, every locale. */
  readonly definitionStarts: readonly string[];
  /** Place names that are everyday words too ("boom", "peer", "as"), every locale. */
  readonly placeNamesThatAreWords: readonly string[];
  /** Words of trouble or strain ("ziek", "gepest", "burn-out", "fed up"): with a work word, trouble at work. */
  readonly troubleWords: readonly string[];
  /** Words for the guidance itself ("begeleiding", "coach", "accompagnement"), every locale. */
  readonly guidanceWords: readonly string[];
  /** Verbs of speaking or knowing a language, said of someone ("spreekt", "parle", "speaks"), every locale. */
  readonly speaksLanguage: readonly string[];
  /** Names of languages the bot does not speak ("turks", "arabe", "polish"), every locale. */
  readonly otherLanguages: readonly string[];
  /** "merhaba", "po polsku", "español": words of a message in a language the bot does not speak. */
  readonly inOtherLanguage: readonly string[];
  /** Words of bringing someone along ("meenemen", "venir avec", "bring"), every locale. */
  readonly bringWords: readonly string[];
  /** People one may bring ("mijn man", "un interprète", "a friend"), every locale. */
  readonly companions: readonly string[];
  /** Phrases about one's own booking ("mijn afspraak", "mon rendez-vous"), every locale. */
  readonly myBooking: readonly string[];
  /** Words that make a new booking of it ("maken", "prendre", "book"), every locale. */
  readonly newBooking: readonly string[];
  /** Phrases that say one has no mobile or e-mail ("ik heb geen gsm"), every locale. */
  readonly noContact: readonly string[];
  /** Words for oneself ("ik", "moi", "I"), every locale: a wish without them may be for someone else. */
  readonly firstPerson: readonly string[];
  /** Phrases in which someone tells about themselves ("ik werk", "je suis", "my job"), every locale. */
  readonly aboutMyself: readonly string[];
  /** Phrases that start a clause about where someone works ("ik werk in", "je travaille à"), every locale. */
  readonly workPlace: readonly string[];
  /** Phrases that start a clause about a job sought ("zoek ander werk", "cherche un autre emploi"), every locale. */
  readonly anotherJob: readonly string[];
  /** Words of wanting ("wil", "voudrais", "would like"), every locale. */
  readonly wantWords: readonly string[];
  /** Words of becoming ("worden", "devenir", "become"): with wanting, a job one wishes for. */
  readonly becomeWords: readonly string[];
  /** "gebeld", "contacté": "ik wil gebeld worden" asks to be reached, it names no job to become. */
  readonly reachedWords: readonly string[];
  /** Words of changing or cancelling a booking one has ("verplaatsen", "annuler", "my appointment"), every locale. */
  readonly changeBookingWords: readonly string[];
  /** How a question starts ("wat is", "is da", "c'est quoi", "what does"), as words, every locale. */
  readonly questionStarts: readonly (readonly string[])[];
  /** Whole messages that greet and take leave alike ("dag" in Flemish), normalised, every locale. */
  readonly helloOrGoodbye: readonly string[];
  /** Whole messages that thank ("merci", "dank u wel", "thanks"), normalised, every locale. */
  readonly thanks: readonly string[];
  /** Whole messages that take an answer in ("ok", "duidelijk", "got it"), normalised, every locale. */
  readonly acknowledgements: readonly string[];
  /** Words that deny ("niet", "geen", "pas", "never"), normalised, every locale. */
  readonly negations: ReadonlySet<string>;
  /** Words that end a clause ("maar", "and"), normalised, every locale (see withoutClauses). */
  readonly clauseEnds: ReadonlySet<string>;
  /** Words after which a message names a place ("in", "te", "près de"), normalised, every locale. */
  readonly placeWords: ReadonlySet<string>;
  private readonly choices = new Map<string, ChoiceVocabulary>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly normalizedLists = new Map<string, readonly string[]>();
  /** Ordinal words ("eerste", "second", "dernier") and the position they name. */
  private readonly ordinals = new Map<string, number | 'last'>();
  /** Words around an ordinal that say nothing ("de", "the", "one", "nummer", "celui"). */
  private readonly ordinalFillers: ReadonlySet<string>;
  /** Puts typo'd words right towards the words of every word list (respelled). */
  private readonly respeller: Respeller;
  /** Several readers ask for one message respelled in a turn (side questions, a person, the work): read once. */
  private readonly respellings = new RecentAnswers<string | undefined>();

  constructor(private readonly i18n: i18n) {
    this.commands = Object.fromEntries(
      COMMANDS.map((c) => [c, this.allLocales(`understanding:commands.${c}`)]),
    ) as unknown as CommandVocabulary;
    this.fillerWords = new Set(this.allLocales('understanding:fillerWords'));
    this.negations = new Set(this.allLocales('understanding:when.negation').map(normalize));
    this.words = {
      filler: this.fillerWords,
      weak: new Set(this.allLocales('understanding:weakWords').map(normalize)),
      general: new Set(this.allLocales('understanding:generalWords').map(normalize)),
      negations: this.negations,
      own: new Set(this.answerPhrases().flatMap((phrase) => wordsOf(phrase))),
    };
    this.jobSearch = this.allLocales('understanding:jobSearch');
    this.dismissal = this.allLocales('understanding:dismissal');
    this.firstMeeting = this.allLocales('understanding:firstMeeting');
    this.wholeGuidance = this.allLocales('understanding:wholeGuidance');
    this.orderCheque = this.allLocales('understanding:orderCheque');
    this.noComputer = this.allLocales('understanding:noComputer');
    this.reading = this.allLocales('understanding:reading');
    this.noDiploma = this.allLocales('understanding:noDiploma');
    this.employerWords = this.allLocales('understanding:employerWords');
    this.knowWords = this.allLocales('understanding:knowWords');
    this.timeOffWords = this.allLocales('understanding:timeOffWords');
    this.whenFreeWords = this.allLocales('understanding:whenFreeWords');
    this.burnoutWords = this.allLocales('understanding:burnoutWords');
    this.workWords = this.allLocales('understanding:workWords');
    this.troubleWords = this.allLocales('understanding:troubleWords');
    this.abroadWords = this.allLocales('understanding:abroadWords');
    this.countries = this.allLocales('understanding:countries');
    this.languageWords = new Set(this.allLocales('understanding:languageWords').map(normalize));
    this.experienceWords = this.allLocales('understanding:experienceWords');
    this.partTimeWords = this.allLocales('understanding:partTimeWords');
    this.nationalityWords = this.allLocales('understanding:nationalityWords');
    this.disabilityWords = this.allLocales('understanding:disabilityWords');
    this.pregnancyWords = this.allLocales('understanding:pregnancyWords');
    this.ageWords = this.allLocales('understanding:ageWords');
    this.validityWords = this.allLocales('understanding:validityWords');
    this.moneyWords = this.allLocales('understanding:moneyWords');
    this.useWords = this.allLocales('understanding:useWords');
    this.foreignEmployerWords = this.allLocales('understanding:foreignEmployerWords');
    this.chequeWords = this.allLocales('understanding:chequeWords');
    this.neverWords = this.allLocales('understanding:neverWords');
    this.remoteWords = this.allLocales('understanding:remoteWords');
    this.phoneHoursWords = this.allLocales('understanding:phoneHoursWords');
    this.phoneHoursAsk = this.allLocales('understanding:phoneHoursAsk');
    this.centreWords = this.allLocales('understanding:centreWords');
    this.reachWords = this.allLocales('understanding:reachWords');
    this.phoneNumberWords = this.allLocales('understanding:phoneNumberWords');
    this.callMeWords = this.allLocales('understanding:callMeWords');
    this.liveWords = this.allLocales('understanding:liveWords');
    this.creditWords = this.allLocales('understanding:creditWords');
    this.whatThatMeans = new Set(this.allLocales('understanding:whatThatMeans').map(normalize));
    this.mustWords = this.allLocales('understanding:mustWords');
    this.corrections = this.allLocales('understanding:corrections');
    this.leaveWords = this.allLocales('understanding:synonyms.on_leave');
    this.timeFillers = new Set(this.allLocales('understanding:timeFillers').map(normalize));
    this.nextYearWords = this.allLocales('understanding:nextYearWords');
    this.changeWords = this.allLocales('understanding:changeWords');
    this.untilWhenWords = this.allLocales('understanding:untilWhenWords');
    this.orderVerbs = this.allLocales('understanding:orderVerbs');
    this.orderFirstWords = this.allLocales('understanding:orderFirstWords');
    this.deadlineWords = this.allLocales('understanding:deadlineWords');
    this.botWords = this.allLocales('understanding:botWords');
    this.person = {
      humans: this.allLocales('understanding:personHumans'),
      staff: this.allLocales('understanding:personStaff'),
      anyone: this.allLocales('understanding:personAnyone'),
      talk: this.allLocales('understanding:personTalk'),
      wish: this.allLocales('understanding:personWish'),
      asks: this.allLocales('understanding:personAsks'),
      clauseStarts: this.allLocales('understanding:personClauseStarts'),
      notThis: this.allLocales('understanding:personNotThis'),
      job: this.allLocales('understanding:personJob'),
      negations: this.negations,
      filler: this.fillerWords,
    };
    this.tempWorkWords = this.allLocales('understanding:tempWorkWords');
    this.workCountsWords = this.allLocales('understanding:workCountsWords');
    this.hoursWords = this.allLocales('understanding:hoursWords');
    this.conditionWords = this.allLocales('understanding:conditionWords');
    this.whereWords = this.allLocales('understanding:whereWords');
    this.costQuestions = this.allLocales('understanding:costQuestions');
    this.moreWords = this.allLocales('understanding:synonyms.more')
      .map(normalize)
      .filter((w) => !w.includes(' '));
    this.turnWords = new Set(this.allLocales('understanding:turnWords').map(normalize));
    this.yesButWords = this.allLocales('understanding:yesButWords');
    this.pauseWords = this.allLocales('understanding:pauseWords');
    this.returnWords = this.allLocales('understanding:returnWords').map(normalize);
    this.cancelCallbackWords = this.allLocales('understanding:cancelCallbackWords');
    this.callbackSoon = this.allLocales('understanding:callbackSoon');
    this.notAfterAll = this.allLocales('understanding:notAfterAll');
    this.definitionStarts = this.allLocales('understanding:definitionStarts').map(normalize);
    this.placeNamesThatAreWords = this.allLocales('understanding:placeNamesThatAreWords');
    this.guidanceWords = this.allLocales('understanding:guidanceWords');
    this.speaksLanguage = this.allLocales('understanding:speaksLanguage');
    this.otherLanguages = this.allLocales('understanding:otherLanguages');
    this.inOtherLanguage = this.allLocales('understanding:inOtherLanguage');
    this.bringWords = this.allLocales('understanding:bringWords');
    this.companions = this.allLocales('understanding:companions');
    this.myBooking = this.allLocales('understanding:myBooking');
    this.newBooking = this.allLocales('understanding:newBooking');
    this.noContact = this.allLocales('understanding:noContact');
    this.firstPerson = this.allLocales('understanding:firstPerson');
    this.aboutMyself = this.allLocales('understanding:aboutMyself');
    this.workPlace = this.allLocales('understanding:workPlace');
    this.anotherJob = this.allLocales('understanding:anotherJob');
    this.thanks = this.allLocales('understanding:thanks').map(normalize);
    this.acknowledgements = this.allLocales('understanding:acknowledgements').map(normalize);
    this.helloOrGoodbye = this.allLocales('understanding:helloOrGoodbye').map(normalize);
    this.questionStarts = this.allLocales('understanding:questionStarts').map(tokens);
    this.wantWords = this.allLocales('understanding:wantWords');
    this.changeBookingWords = this.allLocales('understanding:changeBookingWords');
    this.becomeWords = this.allLocales('understanding:becomeWords');
    this.reachedWords = this.allLocales('understanding:reachedWords');
    this.clauseEnds = new Set(this.allLocales('understanding:clauseEnds').map(normalize));
    this.placeWords = new Set(this.allLocales('understanding:placePrepositions').map(normalize));
    for (const position of [1, 2, 3, 4, 'last'] as const) {
      for (const word of this.allLocales(`understanding:ordinals.${position}`)) this.ordinals.set(normalize(word), position);
    }
    this.ordinalFillers = new Set([...this.fillerWords, ...this.allLocales('understanding:ordinalFillers')].map(normalize));
    const listWords = LOCALES.map((locale) => wordsOfEvery(this.i18n.getResourceBundle(locale, 'understanding')));
    this.respeller = new Respeller(
      listWords.flat(),
      new Set(LOCALES.flatMap((locale) => commonWords(locale))),
      LOCALES.map((locale, i) => ({
        words: new Set([...(listWords[i] ?? []), ...commonWords(locale)]),
        spellings: chatSpellingsOf(listFor(this.i18n, locale, 'understanding:chatSpellings')),
      })),
    );
  }

  /**
   * `text` normalised, in the words of the word lists: typo'd words put right, chat spellings
   * written out ("waneer zijn julie open" → "wanneer zijn jullie open", "kheb gen auto" → "ik heb
   * geen auto"); undefined when nothing changes. For a second reading where the exact words
   * matched nothing (Respeller).
   */
  respelled(text: string): string | undefined {
    return this.respellings.of(text, (said) => {
      const respelled = this.respeller.respell(wordsOf(said));
      // A question mark says a question is asked ("ca peut se faire a domicle?"): it stays.
      return respelled && `${respelled.join(' ')}${said.includes('?') ? ' ?' : ''}`;
    });
  }

  private yesWords?: ReadonlySet<string>;
  private yesButRuns?: readonly (readonly string[])[];

  /** "ja", "oui", "yes", "ok", "jawel": the yeses of one word, every locale. */
  private oneWordYeses(): ReadonlySet<string> {
    this.yesWords ??= new Set(
      this.choice('yes', 'answers.yes')
        .phrases.map(normalize)
        .filter((p) => !p.includes(' ')),
    );
    return this.yesWords;
  }

  /**
   * What follows "ja maar", "ja, ma", "oui mais", "yes but" at the start of a message ("ja ma ik
   * heb een ander nummer", "ja maar hoeveel kost het?"), as normalised words: the rest says what
   * the yes does not. Undefined when the message does not open that way or nothing follows.
   */
  afterYesBut(text: string): string | undefined {
    this.yesButRuns ??= this.yesButWords.map(tokens);
    const words = tokens(text);
    if (!this.oneWordYeses().has(words[0] ?? '')) return undefined;
    const but = this.yesButRuns.find((run) => run.length > 0 && run.every((w, i) => words[1 + i] === w));
    const rest = but ? words.slice(1 + but.length).join(' ') : '';
    return rest === '' ? undefined : rest;
  }

  /**
   * True when the message is "ja maar", "ja ma", "oui mais", "yes but" and nothing more: a yes
   * taken back before it is said what is wrong.
   */
  isYesButAlone(text: string): boolean {
    this.yesButRuns ??= this.yesButWords.map(tokens);
    const words = tokens(text);
    if (!this.oneWordYeses().has(words[0] ?? '')) return false;
    const rest = words.slice(1);
    return this.yesButRuns.some((run) => run.length > 0 && run.length === rest.length && run.every((w, i) => rest[i] === w));
  }

  /**
   * What follows a yes that says more than yes ("ja ik wil een afspraak maken", "yes what does it
   * cost"), as normalised words; undefined for a yes alone or with filler ("ja graag", "ja hoor").
   */
  afterYes(text: string): string | undefined {
    const words = tokens(text);
    const [first = '', ...rest] = words;
    if (!this.oneWordYeses().has(first) || rest.every((w) => this.fillerWords.has(w.replace(/\?+$/u, '')))) return undefined;
    const yes = this.choice('yes', 'answers.yes').phrases.map(normalize);
    return yes.includes(words.join(' ')) ? undefined : rest.join(' ');
  }

  /**
   * A message that only thanks: one of `thanks` ("merci", "dank je wel"), or one of them with what
   * for (understanding:thanksFor): "bedankt voor de hulp", "thanks a lot for the info".
   */
  /** "is da gratis?", "kost dat iets?": whether something costs anything, or what. */
  asksWhatItCosts(text: string): boolean {
    return containsPhrase(text, this.allLocales('understanding:freeOfCharge')) || containsPhrase(text, this.costQuestions);
  }

  saysThanksOnly(text: string): boolean {
    // Read by several readers in one turn (the menu, takesItIn, a "nee dank je"): once per message.
    return this.thanksSaid.of(text, (said) => this.thanksIn(said));
  }

  private readonly thanksSaid = new RecentAnswers<boolean>();

  private thanksIn(text: string): boolean {
    if (isOneOf(text, this.thanks)) return true;
    const words = wordsOf(text);
    if (words.length > MAX_THANKS_WORDS) return false;
    // "ok dank u", "goed bedankt voor de hulp": a thanks after a one-word "ok".
    if (words.length > 1 && this.acknowledgements.includes(words[0] ?? '') && this.thanksIn(words.slice(1).join(' '))) return true;
    this.thanksFor ??= this.allLocalesNormalized('understanding:thanksFor');
    for (let cut = words.length - 1; cut >= 1; cut--) {
      if (isOneOf(words.slice(cut).join(' '), this.thanksFor) && isOneOf(words.slice(0, cut).join(' '), this.thanks)) return true;
    }
    return false;
  }

  private thanksFor?: readonly string[];

  /**
   * "via mijn zoon", "bel mijn dochter maar", "le numéro de mon fils" where a number to reach one is
   * asked: someone else (`companions`) is the way to reach one. A short reply that asks nothing,
   * or asks about their number ("kan ik mijn vrouw haar nummer geven?"); "is het ook voor mijn
   * zoon?", "kan mijn zoon ook een afspraak maken" are questions of their own.
   */
  reachesThroughSomeoneElse(text: string): boolean {
    if (wordsOf(text).length > MAX_REACH_OTHER_WORDS || !containsPhrase(text, this.companions)) return false;
    return !this.asks(text) || containsPhrase(text, this.allLocales('understanding:nameCorrection.contactWords'));
  }

  /**
   * True when `text` tells of a dismissal (`dismissal`): one of its phrases, or one of its long words
   * typed with one letter wrong, missing or extra ("ontslagn", "ontslaagen", "licensié"). Only words
   * of DISMISSAL_TYPO_LENGTH letters or more that begin as the word does: "ontstaan" (to arise) is
   * one letter from "ontslaan" and is no dismissal.
   */
  saysDismissal(text: string): boolean {
    if (containsPhrase(text, this.dismissal)) return true;
    this.dismissalWords ??= this.dismissal.map(normalize).filter((p) => !p.includes(' ') && p.length >= DISMISSAL_TYPO_LENGTH);
    return wordsOf(text).some(
      (word) =>
        word.length >= DISMISSAL_TYPO_LENGTH &&
        this.dismissalWords?.some((known) => known.startsWith(word.slice(0, SAME_START)) && editDistance(word, known, 1) <= 1),
    );
  }

  private dismissalWords?: readonly string[];

  /**
   * What follows a yes of one word at the start ("oui c'est pour moi", "yes sir, for me"), a polite
   * title left out, as normalised words; undefined when nothing does.
   */
  afterYesWord(text: string): string | undefined {
    const [first = '', ...rest] = tokens(text);
    if (!this.oneWordYeses().has(first)) return undefined;
    this.politeTitles ??= this.allLocales('understanding:politeTitles');
    const said = withoutPhrases(rest.join(' '), this.politeTitles);
    return said === '' ? undefined : said;
  }

  /**
   * "oui madame", "ja meneer", "yes sir": a yes or a no said with a polite title, as the bare yes or
   * no (normalised words); undefined when the reply holds no title or more than a yes or a no.
   */
  politeYesOrNo(text: string): string | undefined {
    this.politeTitles ??= this.allLocales('understanding:politeTitles');
    if (!containsPhrase(text, this.politeTitles)) return undefined;
    const bare = withoutPhrases(text, this.politeTitles);
    const yesOrNo = [...this.allLocalesNormalized('understanding:synonyms.yes'), ...this.allLocalesNormalized('understanding:synonyms.no')];
    return bare !== '' && yesOrNo.includes(bare) ? bare : undefined;
  }

  private politeTitles?: readonly string[];

  /**
   * "laat maar", "non merci", "never mind" as the whole reply (notAfterAll), a typo allowed, but
   * never a typo that adds or drops a word of denial: "ik wil een afspraak" is one letter from "ik
   * wil geen afspraak" and says the opposite.
   */
  saysNotAfterAll(text: string): boolean {
    const typed = normalize(text);
    const denies = (words: string) => tokens(words).some((w) => this.negations.has(w));
    return this.allLocalesNormalized('understanding:notAfterAll').some(
      (phrase) => closeTo(typed, phrase) && denies(phrase) === denies(typed),
    );
  }

  /**
   * "bel me niet, ik wil chatten", "kan ik met iemand chatten?", "je veux tchatter": to talk to a
   * person by typing, here. Not when the chat is refused ("ik kan niet typen", "I don't want to chat").
   */
  wantsToChat(text: string): boolean {
    return containsPhrase(text, this.allLocales('understanding:chatWish')) && !this.refusesChat(text);
  }

  /** "ik wil niet chatten", "pas par chat", "I don't want to chat": the chat refused. */
  refusesChat(text: string): boolean {
    return containsPhrase(text, this.allLocales('understanding:notChatWish'));
  }

  /**
   * `text` without the "maar", "mais", "but" it opens with ("maar waarom niet?", "maar ik heb 10 jaar
   * gewerkt"), or undefined when it opens otherwise: a push back, which adds nothing to what is said.
   */
  pushedBack(text: string): string | undefined {
    const [first = '', ...rest] = wordsOf(text);
    this.pushBackWords ??= new Set(this.allLocalesNormalized('understanding:pushBack'));
    return this.pushBackWords.has(first) && rest.length > 0 ? rest.join(' ') : undefined;
  }

  private pushBackWords?: ReadonlySet<string>;

  /**
   * True when the whole of `text` is one of `whereWords` as written ("waar is het", "c'est où ?"):
   * where, never "wat is het" (what the cheque is) a letter away. Not about one's own booking
   * ("waar is mijn afspraak?"), which is looked up.
   */
  asksOnlyWhere(text: string): boolean {
    this.whereAlone ??= new Set(this.whereWords.map(normalize));
    return this.whereAlone.has(normalize(withoutEndMarks(text))) && !containsPhrase(text, this.myBooking);
  }

  private whereAlone?: ReadonlySet<string>;

  /** True when `text` is a question: a question mark, or it starts the way a question does. */
  asks(text: string): boolean {
    if (text.includes('?')) return true;
    const words = tokens(text);
    return this.questionStarts.some((start) => start.every((w, i) => words[i] === w));
  }

  /**
   * The button a message points to by its place ("de eerste", "the second one", "le dernier",
   * "nummer 3"): a position from 1, 'last', or undefined when the message says more than that.
   */
  position(text: string): number | 'last' | undefined {
    const words = tokens(text).filter((w) => !this.ordinalFillers.has(w));
    const [word] = words;
    if (words.length !== 1 || word === undefined) return undefined;
    if (/^\d{1,2}$/.test(word)) return Number(word);
    return this.ordinals.get(word);
  }

  /**
   * Every way to say a choice: its label in each language plus the synonyms listed under
   * `understanding:synonyms.<synonyms>` (by default the choice's id).
   */
  choice(id: string, labelKey: string, synonyms: string = id): ChoiceVocabulary {
    const cacheKey = `${id}\u0000${labelKey}\u0000${synonyms}`;
    let vocabulary = this.choices.get(cacheKey);
    if (!vocabulary) {
      const phrases = LOCALES.flatMap((locale) => [
        translatorFor(this.i18n, locale)(labelKey as never) as string,
        ...listFor(this.i18n, locale, `understanding:synonyms.${synonyms}`),
      ]);
      vocabulary = { value: id, phrases };
      this.choices.set(cacheKey, vocabulary);
    }
    return vocabulary;
  }

  private ownGreetings?: readonly (readonly [Locale, ReadonlySet<string>])[];

  /**
   * The language a message is only a greeting of ("bonjour", "goedemorgen", "good morning"), when
   * exactly one language greets that way; "hallo" and "hi" are everyone's.
   */
  greetingLanguage(text: string): Locale | undefined {
    this.ownGreetings ??= LOCALES.map(
      (locale) => [locale, new Set(listFor(this.i18n, locale, 'understanding:ownGreetings').map(normalize))] as const,
    );
    const typed = normalize(text);
    const found = this.ownGreetings.filter(([, words]) => words.has(typed));
    return found.length === 1 ? found[0]?.[0] : undefined;
  }

  private liveWordsByLocale: readonly (readonly [Locale, ReadonlySet<string>])[] | undefined;

  /**
   * The language whose word of living a message uses ("j'habite liège": fr, "I live in Antwerp":
   * en), when only one language's does; a message too short for the language detector still says it.
   */
  liveWordLanguage(text: string): Locale | undefined {
    this.liveWordsByLocale ??= LOCALES.map(
      (locale) => [locale, new Set(listFor(this.i18n, locale, 'understanding:liveWords').map(normalize))] as const,
    );
    const words = wordsOf(text);
    const found = this.liveWordsByLocale.filter(([, live]) => words.some((w) => live.has(w)));
    return found.length === 1 ? found[0]?.[0] : undefined;
  }

  private readonly firstPersons = new Map<Locale, readonly string[]>();

  /**
   * The words for oneself ("ik", "je", "I") of one locale only: a Dutch "je" is "you" ("kan je
   * als student er een krijgen?" asks about students), a French one is "I".
   */
  firstPersonIn(locale: Locale): readonly string[] {
    let words = this.firstPersons.get(locale);
    if (!words) {
      words = listFor(this.i18n, locale, 'understanding:firstPerson');
      this.firstPersons.set(locale, words);
    }
    return words;
  }

  private readonly joins = new Map<Locale, ReadonlySet<string>>();

  /**
   * The words that join two questions in one message ("en", "et", "and"), normalised, of one
   * locale only: a French "en" ("en ligne") or a Dutch "et" joins nothing.
   */
  questionJoins(locale: Locale): ReadonlySet<string> {
    let joins = this.joins.get(locale);
    if (!joins) {
      joins = new Set(listFor(this.i18n, locale, 'understanding:questionJoins').map(normalize));
      this.joins.set(locale, joins);
    }
    return joins;
  }

  /** Every phrase some answer is known by (`understanding:synonyms.*`, every locale): "pensionné", "huisvrouw". */
  private answerPhrases(): string[] {
    return LOCALES.flatMap((locale) => {
      const all: unknown = this.i18n.getResource(locale, 'understanding', 'synonyms');
      return typeof all === 'object' && all !== null ? Object.values(all).flat() : [];
    }).filter((phrase): phrase is string => typeof phrase === 'string');
  }

  /** allLocales(key), normalised (read once per key). */
  allLocalesNormalized(key: string): readonly string[] {
    let list = this.normalizedLists.get(key);
    if (!list) {
      list = this.allLocales(key).map(normalize);
      this.normalizedLists.set(key, list);
    }
    return list;
  }

  /**
   * A list resource of every locale together (e.g. `understanding:fillerWords`), read once per key:
   * questions name lists by key (Question.notAnswers) and are read on every turn.
   */
  allLocales(key: string): readonly string[] {
    let list = this.lists.get(key);
    if (!list) {
      list = LOCALES.flatMap((locale) => listFor(this.i18n, locale, key));
      this.lists.set(key, list);
    }
    return list;
  }
}

/** Every word of every string in a resource tree (a namespace's lists, their nested lists). */
function wordsOfEvery(resource: unknown): string[] {
  if (typeof resource === 'string') return [...wordsOf(resource)];
  if (Array.isArray(resource)) return resource.flatMap(wordsOfEvery);
  if (typeof resource === 'object' && resource !== null) return Object.values(resource).flatMap(wordsOfEvery);
  return [];
}

/** understanding:chatSpellings of one language ("kheb=ik heb", "dont=don t") as a map, normalised. */
function chatSpellingsOf(pairs: readonly string[]): ReadonlyMap<string, string> {
  const spellings = new Map<string, string>();
  for (const pair of pairs) {
    const [typed = '', meant = ''] = pair.split('=').map(normalize);
    if (typed !== '' && meant !== '') spellings.set(typed, meant);
  }
  return spellings;
}
