import { RecentAnswersPer } from './remembered.js';
import { closeTo, wordsOf } from './text.js';

/** Words this long or longer may carry one typo ("iemant", "medewerkr"); shorter ones must be typed right ("agent" is no "argent"). */
const MIN_LENGTH_FOR_TYPO = 6;

/** How many words before a word of staff may say it is one's job ("ik ben medewerker", "as an agent"). */
const JOB_REACH = 3;

/** The word lists that say a person is asked for (locales/<lng>/understanding.json, every locale together). */
export interface PersonWords {
  /** Only ever a human, never a job ("mens", "echte persoon", "humain", "real person"): with a wish or a word of talking. */
  readonly humans: readonly string[];
  /** Staff, also a job ("medewerker", "conseiller", "agent", "iemand van vdab"): with a word of talking. */
  readonly staff: readonly string[];
  /** Anyone ("iemand", "quelqu'un", "someone", "een persoon"): with a word of talking, never a wish alone. */
  readonly anyone: readonly string[];
  /** Words of talking to or reaching someone ("spreken", "aan de lijn", "parler", "help me"). */
  readonly talk: readonly string[];
  /** Words of wanting ("wil", "liever", "veux", "rather"): enough beside a human. */
  readonly wish: readonly string[];
  /** Words that ask ("kan ik", "is er", "est ce que", "can someone"): they start a clause, whose "nie" denies nothing. */
  readonly asks: readonly string[];
  /** Words that start a new clause ("ik wil", "je veux", "but"): "ik wil geen robot ik wil een mens". */
  readonly clauseStarts: readonly string[];
  /** What makes it no request for a person ("iemand anders", "human resources", "over mijn loopbaan"). */
  readonly notThis: readonly string[];
  /** Words that make a word of staff one's job ("ben", "als", "comme", "worden", "become"). */
  readonly job: readonly string[];
  /** Words that deny ("niet", "pas", "not"), normalised. */
  readonly negations: ReadonlySet<string>;
  /** Words a denial passes over to reach what it denies ("met", "un", "to"), normalised. */
  readonly filler: ReadonlySet<string>;
}

/**
 * A request for a person in the user's own words: `strong` names a human or staff ("ik wil ne mens",
 * "passez-moi un conseiller"), `weak` only someone to talk to ("kan iemand mij helpen", "could
 * someone call me"), with the words left once the person or the talking are taken out, for a
 * question that may read its own answer in them ("kan iemand mij bellen" where the way of meeting is asked: by phone).
 */
export interface PersonAsked {
  readonly strength: 'strong' | 'weak';
  /** The message without the words that named the person ("kan mij bellen"). */
  readonly withoutPerson: string;
  /** The message without the words of talking ("kan iemand mij"): what a question reads in it is no talk of a phone. */
  readonly withoutTalk: string;
}

type Run = readonly string[];

interface PreparedWords {
  humans: Run[];
  staff: Run[];
  anyone: Run[];
  talk: Run[];
  wish: Run[];
  asks: Run[];
  clauseStarts: Run[];
  notThis: Run[];
  job: Run[];
}

const prepared = new WeakMap<PersonWords, PreparedWords>();

function prepare(words: PersonWords): PreparedWords {
  let runs = prepared.get(words);
  if (!runs) {
    const of = (list: readonly string[]) => list.map((p) => wordsOf(p)).filter((r) => r.length > 0);
    runs = {
      humans: of(words.humans),
      staff: of(words.staff),
      anyone: of(words.anyone),
      talk: of(words.talk),
      wish: of(words.wish),
      asks: of(words.asks),
      clauseStarts: of(words.clauseStarts),
      notThis: of(words.notThis),
      job: of(words.job),
    };
    prepared.set(words, runs);
  }
  return runs;
}

/** A word as typed, or with one typo past its first letter ("iemant", never "niemand": nobody). */
function sameWord(typed: string, known: string): boolean {
  return typed === known || (known.length >= MIN_LENGTH_FOR_TYPO && typed[0] === known[0] && closeTo(typed, known));
}

/** The length of the longest of `runs` that starts at `at` in `words`, or 0. */
function runAt(words: readonly string[], runs: readonly Run[], at: number): number {
  let longest = 0;
  for (const run of runs) {
    if (run.length > longest && run.every((w, i) => words[at + i] !== undefined && sameWord(words[at + i] ?? '', w))) longest = run.length;
  }
  return longest;
}

interface Found {
  at: number;
  length: number;
}

function find(words: readonly string[], runs: readonly Run[]): Found[] {
  const found: Found[] = [];
  for (let at = 0; at < words.length; at++) {
    const length = runAt(words, runs, at);
    if (length > 0) found.push({ at, length });
  }
  return found;
}

/** The words of a clause; `asks`: it opens with words that ask ("kan ik", "is er", "can someone"). */
interface Clause {
  words: string[];
  asks: boolean;
}

/** The clauses of a message: split at punctuation and where a new clause starts ("ik wil", "kan iemand", "maar"). */
function clausesOf(text: string, runs: PreparedWords): Clause[] {
  const clauses: Clause[] = [];
  for (const part of text.split(/[,.;:!?]+/u)) {
    const words = wordsOf(part);
    let current: string[] = [];
    let asks = false;
    for (let at = 0; at < words.length; at++) {
      const asking = runAt(words, runs.asks, at) > 0;
      if (at > 0 && current.length > 0 && (asking || runAt(words, runs.clauseStarts, at) > 0)) {
        clauses.push({ words: current, asks });
        current = [];
        asks = false;
      }
      if (current.length === 0) asks = asking;
      current.push(words[at] ?? '');
    }
    if (current.length > 0) clauses.push({ words: current, asks });
  }
  return clauses;
}

/**
 * Whether `words` (one clause) asks for a person, and how surely. A denial counts where the first
 * word after it (filler and wishes passed over) is the person or the talking ("ik wil niet met
 * iemand praten", "I don't want to talk to a person"), unless the clause asks ("kan ik nie ne mens
 * aan de lijn krijgen": Flemish "can't I"); "ik versta het niet, kan iemand mij helpen" denies the understanding.
 */
function inClause(
  clause: Clause,
  asks: boolean,
  runs: PreparedWords,
  lists: PersonWords,
): (Found & { strong: boolean; talks: readonly Found[] }) | undefined {
  const { words } = clause;
  const talks = find(words, runs.talk);
  const wishes = find(words, runs.wish);
  const humans = find(words, runs.humans);
  const staff = find(words, runs.staff).filter((s) => !isJobAt(words, s, runs));
  const anyone = find(words, runs.anyone);
  const isJob = find(words, runs.job).length > 0;
  const [human] = humans;
  const [member] = staff;
  const [someone] = anyone;
  const person =
    // "Is er een mens?", "y a t il un humain": asked for by asking whether there is one; "ben je een mens?" asks what the bot is.
    (human && (talks.length > 0 || wishes.length > 0 || clause.asks) ? { ...human, strong: true, talks } : undefined) ??
    (member && talks.length > 0 && !isJob ? { ...member, strong: true, talks } : undefined) ??
    (someone && talks.length > 0 ? { ...someone, strong: false, talks } : undefined);
  if (!person || asks) return person;
  const covered = new Set<number>();
  for (const f of [...talks, ...wishes, ...humans, ...staff, ...anyone]) for (let i = f.at; i < f.at + f.length; i++) covered.add(i);
  const wished = new Set<number>();
  for (const f of wishes) for (let i = f.at; i < f.at + f.length; i++) wished.add(i);
  const denied = words.some((w, at) => {
    if (!lists.negations.has(w)) return false;
    let next = at + 1;
    while (next < words.length && (lists.filler.has(words[next] ?? '') || wished.has(next) || lists.negations.has(words[next] ?? '')))
      next++;
    return covered.has(next) && !wished.has(next);
  });
  return denied ? undefined : person;
}

/** True when a word of staff is said as one's job: "ben", "comme", "as" a few words before it ("je suis conseillère"). */
function isJobAt(words: readonly string[], staff: Found, runs: PreparedWords): boolean {
  return words.slice(Math.max(0, staff.at - JOB_REACH), staff.at).some((w) => runAt([w], runs.job, 0) > 0);
}

/**
 * A word of staff said as one's own job ("je suis conseillère en banque", "ik werk als medewerker
 * in een winkel"), and no person asked for beside it: the recognizer hears "un conseiller" there.
 */
export function namesStaffAsAJob(text: string, lists: PersonWords): boolean {
  const runs = prepare(lists);
  const words = wordsOf(text);
  return asksForAPerson(text, lists) === undefined && find(words, runs.staff).some((s) => isJobAt(words, s, runs));
}

/**
 * A request for a person said in a sentence of one's own, in any of the bot's languages, typos and
 * dialect allowed ("kheb gin goesting in ne robot ik wil ne mens", "est ce que je peux avoir quelqu
 * un au telephone", "I would prefer to speak to an actual human being"); undefined for anything
 * else: someone else ("iemand anders"), a job ("je veux devenir conseiller"), a talk about one's
 * career ("ik wil met iemand praten over mijn loopbaan": the cheque itself), a denial.
 */
export function asksForAPerson(text: string, lists: PersonWords): PersonAsked | undefined {
  // Several readers of one message ask this of it in one turn: the answer is remembered per text.
  return answers.of(lists, text, (said) => personAsked(said, lists));
}

const answers = new RecentAnswersPer<PersonWords, PersonAsked | undefined>();

function personAsked(text: string, lists: PersonWords): PersonAsked | undefined {
  const runs = prepare(lists);
  const all = wordsOf(text);
  if (find(all, runs.notThis).length > 0) return undefined;
  for (const clause of clausesOf(text, runs)) {
    const found = inClause(clause, clause.asks || text.includes('?'), runs, lists);
    if (!found) continue;
    const named = new Set(clause.words.slice(found.at, found.at + found.length));
    const talking = new Set(found.talks.flatMap((f) => clause.words.slice(f.at, f.at + f.length)));
    return {
      strength: found.strong ? 'strong' : 'weak',
      withoutPerson: all.filter((w) => !named.has(w)).join(' '),
      withoutTalk: all.filter((w) => !talking.has(w)).join(' '),
    };
  }
  return undefined;
}
