import type { WorkStatus } from '../../src/domain/chequeRegimes.js';
import { containsPhrase, contrastClauses, namedLists, questionClauses, wordsOf } from '../../src/understanding/text.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { Vocabulary } from '../../src/understanding/vocabulary.js';
import type { Choice } from './ask.js';

/** Kinds of work a question may ask about ("kan een zelfstandige het krijgen?"): answers of "Wat doe je nu?". */
export const WORK_KINDS = ['employee', 'self_employed', 'jobseeker', 'student', 'retired'] as const satisfies readonly WorkStatus[];
export type WorkKind = (typeof WORK_KINDS)[number];

/** A job named ("ik ben poetsvrouw", "aide-soignante"): typed only; whether for a boss or for oneself is asked next. */
export const JOB: Choice = { id: 'job', label: 'checkEligibility:work.job', synonyms: 'job', lastResort: true };

/** Work answers a message may give before "Wat doe je nu?" is asked (CheckEligibilityDialog.workSaid, tellsOwnWork). */
export const WORK_SAID_IN_A_WISH = [
  'employee',
  'self_employed',
  'civil_servant',
  'jobseeker',
  'not_working',
  'student',
  'side_self_employed',
  'working_pensioner',
  'career_break',
  'on_leave',
  'sick',
  'caring',
] as const;

/** Work "in het zwart", "au noir", "off the books": no contract and no statute, which the sources leave unclear. */
export const UNDECLARED_WORK = 'understanding:synonyms.undeclared';
/** Unpaid work ("vrijwilliger", "bénévole", "au pair"): no employee's contract nor a self-employed statute either. */
export const UNPAID_WORK = 'understanding:synonyms.unpaid';
/** Work the domain names no rule for (it names employees and the self-employed): a person looks at it. */
export const WORK_WITHOUT_STATUTE = [UNDECLARED_WORK, UNPAID_WORK] as const;

/** Words that make a job named one not held: wanted, to become, looked for ("ik wil kok worden", "ik zoek werk als kok"). */
export function jobsNotHeld(vocabulary: Vocabulary): string[] {
  return ['becomeWords', 'wantWords', 'jobSearch'].flatMap((list) => vocabulary.allLocales(`understanding:${list}`));
}

/**
 * "ik ben poetsvrouw", "ik werk in de bouw", "ik ben interimair", "je suis serveuse": one's own
 * work told as it is, the way a check starts ("Wat doe je nu?" is then answered by it). Never a
 * question ("ik ben bediende, wat kost het?"), nor a job one wants ("ik wil poetsvrouw worden",
 * "ik zoek werk als kok").
 */
export function tellsOwnWork(vocabulary: Vocabulary, text: string): boolean {
  if (vocabulary.asks(text)) return false;
  const notHeld = jobsNotHeld(vocabulary);
  if (!containsPhrase(text, notHeld)) return namesWorkHeld(vocabulary, text);
  // "ik ben vrachtwagenchauffeur en wil iets anders": the work held comes first, the wish after it.
  const [first, ...rest] = questionClauses(text, new Set(vocabulary.allLocalesNormalized('understanding:questionJoins')));
  return rest.length > 0 && first !== undefined && !containsPhrase(first, notHeld) && namesWorkHeld(vocabulary, first);
}

/**
 * "mag ik da doen als ik ziek ben?", "kan dat als ik halftijds werk?", "can I do it while I'm on
 * sick leave?": whether it can be, asked with one's own state (sick, or work held) in a clause of
 * its own. The check reads that state.
 */
export function asksWhileInOwnState(vocabulary: Vocabulary, text: string): boolean {
  if (!vocabulary.asks(text) || !containsPhrase(text, vocabulary.allLocales('understanding:whileIAm'))) return false;
  // "wat als ik ziek word tijdens de begeleiding?" asks of a time to come, no state the check reads.
  if (containsPhrase(text, vocabulary.allLocales('understanding:stateToCome'))) return false;
  return containsPhrase(text, vocabulary.allLocales('understanding:synonyms.sick')) || namesWorkHeld(vocabulary, text);
}

/** True when `text` says one works in public service, appointed or not: "ambtenaar", "bij de stad", "leerkracht". */
export function worksInPublicService(vocabulary: Vocabulary, text: string): boolean {
  return (
    containsPhrase(text, vocabulary.allLocales('understanding:synonyms.official')) ||
    containsPhrase(text, vocabulary.allLocales('understanding:synonyms.publicService'))
  );
}

/**
 * "ik ben met pensioen", "je suis retraitée", "I'm retired": retired now, told as one's state. Not
 * retiring ("ik ga binnenkort met pensioen", "je suis retraité dans deux ans": time to come in the
 * same clause), nor a pension word alone ("pensioen" fits "mijn pensioen komt eraan" too).
 */
export function saysRetiredNow(vocabulary: Vocabulary, text: string): boolean {
  if (containsPhrase(text, vocabulary.allLocales('understanding:retiringSoon'))) return false;
  const retired = vocabulary.allLocales('understanding:retiredNow');
  const soon = vocabulary.allLocales('understanding:soonWords');
  const clauses = contrastClauses(text).filter((clause) => containsPhrase(clause, retired));
  return clauses.length > 0 && !clauses.some((clause) => containsPhrase(clause, soon));
}

/** True when `text` names work of any kind, a job or a place of work ("poetsvrouw", "in de bouw"), or none any more. */
function namesWorkHeld(vocabulary: Vocabulary, text: string): boolean {
  return (
    workAnswersNamed(vocabulary, text, WORK_SAID_IN_A_WISH).length > 0 ||
    saysRetiredNow(vocabulary, text) ||
    containsPhrase(text, vocabulary.allLocales(UNPAID_WORK)) ||
    containsPhrase(text, vocabulary.choice(JOB.id, JOB.label ?? '', JOB.synonyms).phrases) ||
    worksInPublicService(vocabulary, text) ||
    containsPhrase(text, vocabulary.workPlace) ||
    containsPhrase(text, vocabulary.choice('no_job', 'checkEligibility:answers.noJob').phrases)
  );
}

/**
 * The kinds of work `text` names, in the words of the answers to "Wat doe je nu?"; a phrase inside
 * a longer one of another kind is that kind's alone ("self-employed" is no "employed"). A student
 * job ("jobstudent", "étudiant jobiste") names a student: as an answer it is work for a boss, but
 * asked about as a kind ("kan een jobstudent het krijgen?") it is a student's (domain 1c).
 */
export function workKindsNamed(vocabulary: Vocabulary, text: string): WorkKind[] {
  const studentJob = namesAStudentJob(vocabulary, text) ? vocabulary.allLocales('understanding:studentJob') : [];
  const lists = WORK_KINDS.map((id) => {
    const phrases = vocabulary.choice(id, `checkEligibility:answers.${id}`).phrases;
    if (id === 'employee') return { id, phrases: phrases.filter((p) => !studentJob.includes(p)) };
    return { id, phrases: id === 'student' ? [...phrases, ...studentJob] : phrases };
  });
  return namedLists(text, lists);
}

/** True when `text` names a student job ("jobstudent", "student with a student job"). */
export function namesAStudentJob(vocabulary: Vocabulary, text: string): boolean {
  return containsPhrase(text, vocabulary.allLocales('understanding:studentJob'));
}

/**
 * Which of the answers `ids` of "Wat doe je nu?" `text` names, in their own words (synonyms and
 * all three languages); a phrase inside a longer one of another answer is that answer's alone.
 */
export function workAnswersNamed<Id extends string>(vocabulary: Vocabulary, text: string, ids: readonly Id[]): Id[] {
  return namedLists(
    text,
    ids.map((id) => ({ id, phrases: vocabulary.choice(id, `checkEligibility:answers.${id}`).phrases })),
  );
}

/** A year written out ("in 2024"). */
const YEAR = /\b(?:19|20)\d\d\b/gu;

/**
 * "ik ben vorig jaar ontslagen", "i got fired last year", "j'ai été licencié l'année dernière",
 * "ontslagen in 2024", "ik ben mijn werk kwijt": a dismissal told with a time already past (or in
 * words that are past themselves), so the job is gone, not going.
 * Never denied ("ik ben niet ontslagen") nor a dismissal to come ("ik word volgend jaar ontslagen"
 * names no past time).
 */
export function dismissedBefore(vocabulary: Vocabulary, text: string, now: Date): boolean {
  if (!vocabulary.saysDismissal(text) || wordsOf(text).some((w) => vocabulary.negations.has(w))) return false;
  const thisYear = now.getUTCFullYear();
  const earlierYear = [...text.matchAll(YEAR)].some(([year]) => Number(year) < thisYear);
  // "Ik ben mijn werk kwijt", "j'ai perdu mon emploi", "I lost my job": said in words that are past themselves.
  const pastInItself = containsPhrase(text, vocabulary.allLocales('understanding:jobLost'));
  return earlierYear || pastInItself || containsPhrase(text, vocabulary.allLocales('understanding:timeBefore'));
}

/**
 * A question whether some kind of work can get it, without the word cheque: "would a
 * self-employed person qualify", "can a student get it", "un indépendant peut l'avoir ?".
 */
export function asksIfKindQualifies(vocabulary: Vocabulary, text: string): boolean {
  // "qualify", "recht op" ask it themselves; "get it" only in a question.
  const asked =
    containsPhrase(text, vocabulary.allLocales('understanding:eligibilityAsks')) ||
    (vocabulary.asks(text) && containsPhrase(text, vocabulary.allLocales('understanding:canTheyGetIt')));
  return asked && workKindsNamed(vocabulary, text).length > 0;
}

/**
 * "Kan een zelfstandige het krijgen?", "can a student get it?", "un indépendant peut l'avoir ?":
 * whether one kind of work can get it, asked about that kind, not about oneself ("ik ben
 * zelfstandige, kan ik het krijgen?" tells one's own work) nor about someone named ("kan mijn man
 * als zelfstandige het krijgen?" is about him). `locale`: the language it is written in, whose
 * words for oneself count ("je" is "I" in French, "you" in Dutch); asked for only when the rest
 * holds, as finding it reads the whole message (nearly every message is no such question).
 */
export function asksAboutAKindOfWork(vocabulary: Vocabulary, text: string, locale: () => Locale): boolean {
  if (!asksIfKindQualifies(vocabulary, text) || workKindsNamed(vocabulary, text).length !== 1) return false;
  return aboutTheKindAlone(vocabulary, text, locale);
}

/** "bestaat er een loopbaancheque voor zelfstandigen": a short question, not a story. */
const MAX_WORDS_ASKING_WHOM = 8;

/**
 * "bestaat er een loopbaancheque voor zelfstandigen", "ook voor zelfstandigen?", "pour les
 * indépendants ?", "for self-employed?": whom the cheque is for, asked of one kind of work in a
 * short question, with no word of getting it; not about oneself nor someone named.
 */
export function asksWhomItIsFor(vocabulary: Vocabulary, text: string, locale: () => Locale): boolean {
  if (wordsOf(text).length > MAX_WORDS_ASKING_WHOM) return false;
  if (!vocabulary.asks(text) && !containsPhrase(text, vocabulary.chequeWords)) return false;
  if (!containsPhrase(text, vocabulary.allLocales('understanding:forWhichKind'))) return false;
  // "tellen studentenjobs mee voor de 7 jaar" asks what counts, not whom the cheque is for.
  if (containsPhrase(text, vocabulary.allLocales('understanding:countsForTheYears'))) return false;
  return workKindsNamed(vocabulary, text).length === 1 && aboutTheKindAlone(vocabulary, text, locale);
}

/** Kinds of work without a job now: the cheque is for people who work now (domain C2). */
const KINDS_WITHOUT_WORK: ReadonlySet<WorkKind> = new Set(['jobseeker', 'student', 'retired']);

/**
 * "moet een werkloze betalen?", "does a student have to pay?", "un chômeur doit payer ?": what a
 * kind without a job now pays, asked in a short question. Such a kind gets no cheque at all, which
 * is the answer (a working kind pays its share, the price answer's). Not about oneself nor someone named.
 */
export function asksWhatAKindWithoutWorkPays(vocabulary: Vocabulary, text: string, locale: () => Locale): boolean {
  if (wordsOf(text).length > MAX_WORDS_ASKING_WHOM || !vocabulary.asks(text)) return false;
  if (!containsPhrase(text, vocabulary.allLocales('understanding:payWords'))) return false;
  const kinds = workKindsNamed(vocabulary, text);
  return kinds.length === 1 && KINDS_WITHOUT_WORK.has(kinds[0]!) && aboutTheKindAlone(vocabulary, text, locale);
}

/** Neither oneself ("ik ben zelfstandige") nor someone named ("mijn man als zelfstandige") is asked about. */
function aboutTheKindAlone(vocabulary: Vocabulary, text: string, locale: () => Locale): boolean {
  if (containsPhrase(text, vocabulary.aboutMyself) || containsPhrase(text, vocabulary.firstPersonIn(locale()))) return false;
  const someoneNamed = [
    ...vocabulary.choice('other', 'checkEligibility:forWhom.other').phrases,
    ...vocabulary.allLocales('understanding:relations.he'),
    ...vocabulary.allLocales('understanding:relations.she'),
  ];
  return !containsPhrase(text, someoneNamed);
}
