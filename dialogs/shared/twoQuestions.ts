import type { TurnContext } from '../../src/bot/sdk.js';
import type { Translator } from '../../src/i18n/i18n.js';
import type { Locale } from '../../src/i18n/locale.js';
import { isOneOf, questionClauses } from '../../src/understanding/text.js';
import { isHoursAlone } from '../../src/understanding/years.js';
import type { MenuAction } from '../menu.js';
import { asksIfAgeMatters } from './ageWorry.js';
import { yesNo, type FirstOffer, type Text } from './ask.js';
import type { DialogDeps } from './deps.js';
import { yesChooses, type Offer } from './fallback.js';
import type { Interruption } from './interruptions.js';
import { send } from './send.js';
import type { SideQuestion, SideQuestions } from './sideQuestions.js';
import { fitsOneTurn, type TurnRoom } from './turnRoom.js';

/*
 * A message that asks two things ("wa kost da en hoelang duurt da", "hoeveel kost het en kan ik
 * het krijgen?", "waar is da in roeselare en is da gratis"): read as two clauses, each read as a
 * message of its own would be. When both are clear and about different things, neither is dropped:
 * two answers in words both come when they fit one turn, else the first comes and the second is
 * offered ("Wil je ook weten: wat kost het?" Ja / Nee); an answer in words and a flow (the check, a
 * booking) give the answer, then offer the flow ("Zullen we kijken of je er een kan krijgen?"),
 * with the words that asked for it ("in roeselare" goes into the booking). Anything less clear is
 * left to the reading of the whole message, as before.
 */

/** One thing a message asks: an answer in words, or a flow to offer after the answer; `said`: its clause. */
export type Asked = { info: SideQuestion; said: string } | { flow: 'check' | 'book'; said: string };

/**
 * What a message of two questions asks for: answers (in words, the first of them) to give now, or
 * a flow to start at once with the whole message, which answers the other question itself (the
 * check says a price asked beside it).
 */
export type TwoAsked = { answer: Asked[] } | { start: 'check'; wish: string };

/** What one clause says, read as a first message is (RootDialog.firstMenuWish). */
export type ClauseReading = { choice: MenuAction } | Interruption | undefined;

/**
 * Side questions that ask something and have a short answer of their own, and the worry of having
 * no computer, which has one too. Not what tells of a situation ("ik word ontslagen", "ik kan niet
 * goed lezen en schrijven"): such a clause is a story around the question, which the reading of
 * the whole message handles.
 */
const ASKED_INFO: ReadonlySet<SideQuestion> = new Set<SideQuestion>([
  'cost',
  'money',
  'explain_cheque',
  'first_meeting',
  'hours',
  'validity',
  'remote',
  'order_cheque',
  'order_first',
  'steps',
  'phone_hours',
  'what_comes',
  'conditions',
  'where',
  'bring_someone',
  'nationality',
  'disability',
  'pregnancy',
  'age',
  'employer',
  'confidential',
  'guidance',
  'time_off',
  'guidance_language',
  'temp_work',
  // "ik heb geen computer, kan ik een cheque krijgen?": the worry answered, and the question not lost.
  'no_computer',
]);

/** True for a side question that asks something and has a short answer of its own ("wat kost het?"). */
export function asksForInfo(question: string): question is SideQuestion {
  return ASKED_INFO.has(question as SideQuestion);
}

/** What one tells of oneself that is no condition, and that the check says so of when it starts (CheckEligibilityDialog). */
const TOLD_BESIDE_THE_CHECK: ReadonlySet<SideQuestion> = new Set<SideQuestion>(['age', 'nationality']);

/** Side questions with a short title of their own for "Wil je ook weten: …?" (sideQuestions:twoQuestions.topics). */
const TOPICS: ReadonlySet<SideQuestion> = new Set<SideQuestion>(['cost', 'explain_cheque', 'first_meeting']);

/** "wat kost het, hoe lang duurt het en waar moet ik naartoe?": at most this many questions are read in one message. */
const MAX_QUESTIONS = 3;

export class TwoQuestions {
  constructor(
    private readonly deps: Pick<DialogDeps, 'language' | 'vocabulary'>,
    private readonly side: SideQuestions,
    private readonly places: { onePlaceIn(wish: string | undefined): string | undefined },
    private readonly check: { saysThePriceAsked(wish: string | undefined): boolean },
  ) {}

  /**
   * The two (or three) things `text` asks, the answers in words first, in the order asked; undefined
   * unless the message has two or three clauses, each clearly about something else, and at most one of them a flow.
   * `readWhole`: true when the message is read as one whatever its clauses (another language's
   * offer comes before any answer; "I come from Syria and worked there 10 years" tells one story).
   */
  async read(
    context: TurnContext,
    text: string,
    readClause: (clause: string) => Promise<ClauseReading>,
    readWhole: () => boolean,
  ): Promise<TwoAsked | undefined> {
    const clauses = questionClauses(text, this.deps.vocabulary.questionJoins(this.deps.language.locale(context)));
    // Cheap test first: most messages are one clause.
    if (clauses.length < 2 || clauses.length > MAX_QUESTIONS || readWhole()) return undefined;
    // "Ik ben 58 jaar, is het niet te laat?" asks one thing: whether age matters.
    if (asksIfAgeMatters(this.deps.vocabulary, text)) return undefined;
    const read: Asked[] = [];
    const whatIsIt = this.deps.vocabulary.allLocalesNormalized('understanding:whatIsIt');
    for (const clause of clauses) {
      // "i work part time, 20 hours": hours worked, told; never a question about the cheque's hours or price.
      if (isHoursAlone(clause)) return undefined;
      // "c koi", "wat is dat" beside a question about the cheque ask what the cheque is.
      // "waar is het" is where, a letter from "wat is het".
      const one =
        isOneOf(clause, whatIsIt) && !this.deps.vocabulary.asksOnlyWhere(clause)
          ? { info: 'explain_cheque' as const, said: clause }
          : this.asked(clause, await readClause(clause));
      if (!one) return undefined;
      read.push(one);
    }
    // "ik ben werkloos, kan ik die cheque krijgen en wat kost het?": the work told and the question both
    // lead to the check, one flow (the check reads the whole message).
    const asked = oneFlowEach(read);
    const topics = new Set(asked.map(topicOf));
    if (asked.length < 2 || topics.size < asked.length || asked.filter((a) => 'flow' in a).length > 1) return undefined;
    // "ik ben 24, kan ik een cheque krijgen?", "ik kom uit Syrië en ik ben 40, kan ik er een krijgen?": an
    // age or an origin told beside the check asks nothing of its own; the check starts at once and says
    // first that it is no condition (was that answer and the check offered, a step more).
    const asks = (said: string) => this.deps.vocabulary.asks(said) || said.includes('?');
    const toldBeside = (one: Asked) => 'info' in one && TOLD_BESIDE_THE_CHECK.has(one.info) && !asks(one.said);
    if (asked.some((one) => 'flow' in one && one.flow === 'check') && asked.every((one) => 'flow' in one || toldBeside(one)))
      return { start: 'check', wish: text };
    // "hoeveel kost het, hoe lang duurt het en kan ik het krijgen?": the answers in words in the order asked, the flow last.
    if (asked.length > 2) return { answer: [...asked.filter((a) => 'info' in a), ...asked.filter((a) => 'flow' in a)] };
    const [first, second] = asked;
    if (!first || !second) return undefined;
    const [info, other] = 'flow' in first ? [second, first] : [first, second];
    // "kan ik die cheque krijgen en hoeveel moe k betalen?": the check starts at once and says the price in brief.
    const priced = 'info' in info && (info.info === 'cost' || info.info === 'money');
    if (priced && 'flow' in other && other.flow === 'check' && this.check.saysThePriceAsked(text)) return { start: 'check', wish: text };
    // "mijn vrouw wil van job veranderen, kan zij een cheque krijgen?": a wish told, not asked, beside
    // the check asked for is the check's story (for her), never what the cheque is and the check offered for "je".
    // Work told beside it ("ik werk al 30 jaar in de bouw en mijn rug is op") asks nothing: both, as before.
    const told = 'info' in info && info.info === 'explain_cheque' && !asks(info.said);
    if (told && 'flow' in other && other.flow === 'check' && asks(other.said)) return { start: 'check', wish: text };
    // "hoeveel kost het en kan ik het krijgen?": the answer first, then the flow it leads to.
    return { answer: [info, other] };
  }

  /**
   * Answers what was asked, in order. Returns the offer to show in place of the next question
   * (the second question, or the flow), or undefined when both answers were given.
   */
  async answer(context: TurnContext, asked: Asked[], room: TurnRoom): Promise<FirstOffer | undefined> {
    if (asked.length > 2) return this.answerMore(context, asked, room);
    const [first, second] = asked;
    if (!first || !second || !('info' in first)) return undefined;
    const t = this.deps.language.t(context);
    if ('flow' in second) {
      // The offer is the question on screen next: "ik ben 24 en wil een loopbaancheque" hears that age is
      // no condition, never "Tik op 'Kan ik er een krijgen?'" above a Ja / Nee that shows no such button.
      const place = this.placeOf(second);
      await send(context, ...(await this.side.texts(context, first.info, first.said, yesNo(flowOfferText(second.flow, place)))));
      return flowOffer(t, second.flow, second.said, place);
    }
    // The second first: the answer remembered for "ik begrijp het niet" is the first one's.
    const later = await this.side.texts(context, second.info, second.said);
    const now = await this.side.texts(context, first.info, first.said);
    if (fitsOneTurn(room, [...now, ...later])) {
      await send(context, ...now, ...later);
      return undefined;
    }
    // Too long for one turn: both in brief where each has a brief answer ("wat kost het en hoe lang
    // duurt het": the price, then the length of the first meeting), never the second dropped for an offer.
    const brief = [this.side.briefText(context, first.info), this.side.briefText(context, second.info)];
    if (brief.every((text) => text !== undefined) && fitsOneTurn(room, brief)) {
      await send(context, ...brief);
      return undefined;
    }
    await send(context, ...now);
    const text = TOPICS.has(second.info)
      ? t('sideQuestions:twoQuestions.alsoAsk', { question: t(`sideQuestions:twoQuestions.topics.${second.info}` as never) as string })
      : t('sideQuestions:twoQuestions.alsoAskOther');
    return { text, offered: yesOrNo(t, { side: second.info, said: second.said }) };
  }

  /**
   * Three questions in one message: the answers in order while they fit one turn; what is left is
   * offered, one question as with two, more as buttons that say them ("Hoe lang duurt het?").
   */
  private async answerMore(context: TurnContext, asked: Asked[], room: TurnRoom): Promise<FirstOffer | undefined> {
    const t = this.deps.language.t(context);
    const infos = asked.filter((a): a is Extract<Asked, { info: SideQuestion }> => 'info' in a);
    // The later first: the answer remembered for "ik begrijp het niet" is the first one's.
    const texts = new Map<Asked, string[]>();
    for (const one of [...infos].reverse()) texts.set(one, await this.side.texts(context, one.info, one.said));
    const said: string[] = [];
    let answered = 0;
    for (const one of infos) {
      const these = texts.get(one) ?? [];
      if (answered > 0 && !fitsOneTurn(room, [...said, ...these])) break;
      said.push(...these);
      answered++;
    }
    await send(context, ...said);
    const left = asked.slice(answered);
    const [next] = left;
    if (!next) return undefined;
    if (left.length === 1) {
      if ('flow' in next) return flowOffer(t, next.flow, next.said, this.placeOf(next));
      const text = TOPICS.has(next.info)
        ? t('sideQuestions:twoQuestions.alsoAsk', { question: t(`sideQuestions:twoQuestions.topics.${next.info}` as never) as string })
        : t('sideQuestions:twoQuestions.alsoAskOther');
      return { text, offered: yesOrNo(t, { side: next.info, said: next.said }) };
    }
    const offered: Offer[] = left.map((one) =>
      'flow' in one
        ? { title: t(one.flow === 'check' ? 'menu.check' : 'menu.book'), action: { choice: one.flow, said: one.said } }
        : { title: asAQuestion(one.said, this.deps.language.locale(context)), action: { side: one.info, said: one.said } },
    );
    return { text: t('sideQuestions:twoQuestions.moreAsked'), offered };
  }

  /** The one place a booking asked for names ("waar is da in roeselare"), for its offer. */
  private placeOf(asked: Extract<Asked, { flow: string }>): string | undefined {
    return asked.flow === 'book' ? this.places.onePlaceIn(asked.said) : undefined;
  }

  /** What one clause asks, when it is clear: a side question with a short answer, what the cheque is, the check or a booking. */
  private asked(clause: string, reading: ClauseReading): Asked | undefined {
    if (!reading) return undefined;
    if ('choice' in reading) {
      if (reading.choice === 'explain') return { info: 'explain_cheque', said: clause };
      return reading.choice === 'check' || reading.choice === 'book' ? { flow: reading.choice, said: clause } : undefined;
    }
    if (reading.kind !== 'side') return undefined;
    // "waar is da in roeselare": where to go in a town asks for its centres, a booking there.
    if (reading.question === 'where' && this.places.onePlaceIn(clause)) return { flow: 'book', said: clause };
    if (reading.question === 'check_eligibility') return { flow: 'check', said: clause };
    return ASKED_INFO.has(reading.question) ? { info: reading.question, said: clause } : undefined;
  }
}

/** "Zullen we kijken of je er een kan krijgen?", "Zullen we een afspraak maken in Roeselare?", as a key. */
export function flowOfferText(flow: 'check' | 'book', place?: string): Text {
  if (flow === 'check') return { key: 'sideQuestions:twoQuestions.offerCheck' };
  return place ? { key: 'sideQuestions:twoQuestions.offerBookIn', params: { place } } : { key: 'sideQuestions:twoQuestions.offerBook' };
}

/** That question with Ja / Nee: Ja starts `flow` with the words that asked for it (`said`). */
export function flowOffer(t: Translator, flow: 'check' | 'book', said: string | undefined, place?: string): FirstOffer {
  const { key, params } = flowOfferText(flow, place);
  return { text: t(key as never, params) as string, offered: yesChooses(t, flow, said) };
}

/** A clause as the title of its button: "hoe lang duurt het" → "Hoe lang duurt het?" ("C'est où ?" in French). */
function asAQuestion(clause: string, locale: Locale): string {
  const trimmed = clause.trim().replace(/[\s?.!]+$/u, '');
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${locale === 'fr' ? ' ?' : '?'}`;
}

function topicOf(asked: Asked): string {
  return 'info' in asked ? asked.info : asked.flow;
}

/** `asked` with one flow to each place: of several clauses that lead there, the last, which asks for it ("kan ik die cheque krijgen"). */
function oneFlowEach(asked: readonly Asked[]): Asked[] {
  return asked.filter((a, at) => !('flow' in a) || !asked.slice(at + 1).some((later) => 'flow' in later && later.flow === a.flow));
}

/** Ja takes the offer ("ja" typed too); Nee gives the question that would have come (the menu). */
function yesOrNo(t: Translator, action: Offer['action']): Offer[] {
  return [
    { title: t('answers.yes'), action, answers: 'yes' },
    { title: t('answers.no'), action: { tryAgain: true }, answers: 'no' },
  ];
}
