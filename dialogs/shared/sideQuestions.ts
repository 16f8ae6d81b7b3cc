import { centreAddress } from '../../src/booking/ics.js';
import { firstMeetingFreeWhenBooked } from '../../src/booking/slots.js';
import type { TurnContext } from '../../src/bot/sdk.js';
import { addDays, brusselsDate, type IsoDate } from '../../src/domain/calendar.js';
import { workStandingOn } from '../../src/domain/eligibility.js';
import { formatClock, formatDate } from '../../src/i18n/format.js';
import { containsPhrase, wordsOf } from '../../src/understanding/text.js';
import { THE_USER } from '../../src/handover/model.js';
import { channelGroup } from '../../src/handover/summary.js';
import type { Intent } from '../../src/understanding/nlu/intents.js';
import {
  announcedOn,
  announcedStart,
  changeNotice,
  checkVdab,
  priceInBrief,
  announcedRunBy,
  describeAnnounced,
  describeComing,
  describeConditions,
  describeCost,
  describeHours,
  lastDayOfRules,
  freeContext,
  simpleExplanation,
  type RulesView,
} from './chequeTerms.js';
import { slotText } from '../booking/format.js';
import { CHECK } from '../menu.js';
import { helperContext, reasonMessages, resultViewOf } from '../eligibilityResult.js';
import { isMenuQuestion, shownChoices, type Question, type Text } from './ask.js';
import { notePlainLanguage, rememberExplanation, rememberSimplerSaid, standingCallback, upcomingBooking, type DialogDeps } from './deps.js';
import { pronounSaid } from './pronoun.js';
import { send } from './send.js';
import { dismissedBefore, namesAStudentJob, workKindsNamed } from './workKinds.js';

/** Questions answered on the side, at any question, after which the same question comes back. */
export const SIDE_QUESTIONS = ['explain_cheque', 'cost', 'explain_word', 'check_eligibility', 'privacy', 'simpler'] as const;
/**
 * The side questions, and what is no intent of its own but spotted by its words: `job_search` ("ik
 * zoek werk": the cheque is not for finding a job) gets the way to VDAB's free help, `training`
 * ("ik wil een opleiding volgen") where courses are found and that a coach helps choose, `dismissal`
 * ("mijn baas wil me ontslaan") what outplacement is and that it does not go with the cheque, and
 * `first_meeting` ("hoe lang duurt het gesprek?", "wat neem ik mee?") what the first meeting at a
 * centre is, `order_cheque` ("hoe vraag ik een cheque aan?") where the cheque is ordered, and
 * `order_first` ("moet ik de cheque al besteld hebben?") that the free first meeting may come first,
 * rather than "I did not understand" or a guess (the recognizer hears a booking in the latter).
 * The people the cheque reaches least say what stands in their way: `no_computer` ("ik heb geen
 * laptop") hears that the coach is met in a centre and that the bot books it, `reading` ("ik kan
 * niet goed lezen") that buttons are enough, where the page reads aloud, and the free number;
 * `no_diploma` ("ik ben laaggeschoold") that the cheque asks for no diploma, `employer` ("moet mijn
 * baas dat weten?") that the employer need not know, `guidance_language` ("is de begeleiding in het
 * Frans?") that the guidance is in Dutch. Who tells of `work_trouble` ("mijn werk maakt
 * me ziek", "mijn baas pest mij") hears what a coach is for, and that a person can be called.
 * `money` ("te duur", "ik heb geen geld", "korting?", "sectorfonds") hears that nobody pays less,
 * and where part may come back: the sector fund or the employer, as a "no" because of the years says.
 */
/**
 * Side questions answered by one fixed message: "mag ik iemand meebrengen?", "moet ik iets
 * bewijzen?", "kan het online?", "ik wil nie online", "ik heb geen auto", "mijn werkgever wil het
 * betalen" (not with the cheque: domain C6, alternatives), and why a first name,
 * a contact or a number for a call is needed when someone would rather not give it.
 */
/**
 * Side questions answered by one fixed message with VDAB's free number in it: what stands in the
 * way (no computer, no phone, the website), trouble at work, the bot itself, and what the sources
 * leave open, said so with where to ask: time off for the guidance, work abroad (domain notes, 1d;
 * never "all years count"), a student job toward the years (1c, 1d).
 */
const SAID_WITH_THE_NUMBER = {
  no_computer: 'sideQuestions:noComputer',
  no_phone: 'sideQuestions:noPhone',
  website_trouble: 'sideQuestions:websiteTrouble',
  work_trouble: 'sideQuestions:workTrouble',
  are_you_a_bot: 'sideQuestions:iAmABot',
  time_off: 'sideQuestions:timeOff',
  work_abroad: 'sideQuestions:workAbroad',
  student_job_counts: 'sideQuestions:studentJobCounts',
  no_email: 'sideQuestions:noEmail',
  no_contact: 'sideQuestions:noContact',
  voice_message: 'sideQuestions:voiceMessage',
  no_fixed_address: 'sideQuestions:noFixedAddress',
  benefits: 'sideQuestions:benefits',
} as const satisfies Partial<Record<SideQuestion, string>>;

const SAID_AS_IS = {
  bring_someone: 'sideQuestions:bringSomeone',
  proof: 'sideQuestions:proof',
  remote: 'sideQuestions:remote',
  helper: 'sideQuestions:helper',
  what_needed: 'sideQuestions:whatNeeded',
  at_home: 'sideQuestions:atHome',
  no_time: 'sideQuestions:noTime',
  not_remote: 'sideQuestions:notRemote',
  no_transport: 'sideQuestions:noTransport',
  getting_there: 'sideQuestions:gettingThere',
  employer_pays: 'sideQuestions:employerPays',
  employer_wants: 'sideQuestions:employerWants',
  name_needed: 'sideQuestions:nameNeeded',
  nickname: 'sideQuestions:nickname',
  recommend_centre: 'sideQuestions:recommendCentre',
  coach_gender: 'sideQuestions:coachGender',
  distance: 'sideQuestions:distance',
  contact_needed: 'sideQuestions:contactNeeded',
  phone_needed: 'sideQuestions:phoneNeeded',
  waiting_time: 'sideQuestions:waitingTime',
} as const satisfies Partial<Record<Situation, string>>;

export type SideQuestion = (typeof SIDE_QUESTIONS)[number] | Situation;
export type Situation =
  | 'job_search'
  | 'training'
  | 'dismissal'
  | 'first_meeting'
  | 'order_cheque'
  | 'order_first'
  | 'cancel_callback'
  | 'no_computer'
  | 'website_trouble'
  | 'no_time'
  | 'coach_gender'
  | 'distance'
  | 'no_phone'
  | 'no_email'
  | 'getting_there'
  | 'no_contact'
  | 'voice_message'
  | 'no_fixed_address'
  | 'proof'
  | 'running_late'
  | 'cannot_come'
  | 'reading'
  | 'no_diploma'
  | 'employer'
  | 'employer_refuses'
  | 'employer_wants'
  | 'benefits'
  | 'confidential'
  | 'guidance'
  | 'time_off'
  | 'guidance_language'
  | 'other_speaks_language'
  | 'bring_someone'
  | 'work_trouble'
  | 'work_abroad'
  | 'student_job_counts'
  | 'years_needed'
  | 'on_leave'
  | 'phone_hours'
  | 'remote'
  | 'helper'
  | 'what_needed'
  | 'at_home'
  | 'not_remote'
  | 'no_transport'
  | 'employer_pays'
  | 'name_needed'
  | 'nickname'
  | 'recommend_centre'
  | 'vdab_role'
  | 'contact_needed'
  | 'phone_needed'
  | 'nationality'
  | 'disability'
  | 'pregnancy'
  | 'age'
  | 'validity'
  | 'own_order'
  | 'steps'
  | 'conditions'
  | 'where'
  | 'when_meeting'
  | 'centre_contact'
  | 'what_comes'
  | 'are_you_a_bot'
  | 'temp_work'
  | 'work_qualifies'
  | 'work_counts'
  | 'hours'
  | 'money'
  | 'why_asked'
  | 'why_not'
  | 'waiting_time'
  | 'already_registered'
  | 'how_to_register'
  | 'not_exactly';

/** How `respond` says its messages: sent, or kept (SideQuestions.texts). */
type Sender = (context: TurnContext, ...texts: string[]) => Promise<void>;

/** A cheque is valid three months to start the guidance (domain notes, ordering step 5). */
const VALIDITY_DAYS = 92;
/** Within this many days of the end of a free first meeting, "is het gratis?" says until when it is. */
const ENDS_SOON_DAYS = 31;

/**
 * What the cheque's conditions say to someone without a diploma, whose employer should not know,
 * who asks the guidance's language, nationality or age, who has a disability or is pregnant, or whether interim work counts.
 */
const CONDITION_ANSWERS = {
  no_diploma: 'sideQuestions:noDiploma',
  employer: 'sideQuestions:employer',
  employer_refuses: 'sideQuestions:employerRefuses',
  guidance_language: 'sideQuestions:guidanceLanguage',
  nationality: 'sideQuestions:nationality',
  disability: 'sideQuestions:disability',
  pregnancy: 'sideQuestions:pregnancy',
  temp_work: 'sideQuestions:tempWork',
} as const;

export function isSideQuestion(intent: Intent): intent is (typeof SIDE_QUESTIONS)[number] {
  return (SIDE_QUESTIONS as readonly string[]).includes(intent);
}

/**
 * Short answers to what people ask in the middle of something else: what the cheque is, what it
 * costs, what a word means, whether they can get one, what happens with their data, where to look
 * for a job, what to do when dismissed, and "zeg het eenvoudiger". One or two messages, so the question that follows still fits the turn.
 */
export class SideQuestions {
  constructor(
    private readonly deps: Pick<DialogDeps, 'language' | 'rules' | 'contact' | 'clock' | 'understanding' | 'vocabulary'> &
      Partial<Pick<DialogDeps, 'booking' | 'handover' | 'eligibilityCheck'>>,
  ) {}

  /** `open`: the question on screen, if any ("ik begrijp het niet" is about it when it has a plainer wording). */
  answer(context: TurnContext, question: SideQuestion, text: string, open?: Question): Promise<void> {
    return this.respond(context, question, text, open, send);
  }

  /**
   * The messages `answer` would send, not sent (what it remembers is remembered): a message that
   * asks two things (twoQuestions.ts) first sees whether both answers fit one turn.
   */
  async texts(context: TurnContext, question: SideQuestion, text: string, open?: Question): Promise<string[]> {
    const said: string[] = [];
    await this.respond(context, question, text, open, async (_context, ...texts) => {
      said.push(...texts);
    });
    return said;
  }

  /**
   * The answer in one short message, for two questions asked at once ("wat kost het en hoe lang
   * duurt het"), where both whole answers do not fit one turn: the price (the first meeting free
   * where the rules say so, then the price of the day or that it is not sure yet, with where to
   * check) and how long the first meeting takes. Undefined where no brief answer is written.
   */
  briefText(context: TurnContext, question: SideQuestion): string | undefined {
    if (question === 'first_meeting') return this.deps.language.t(context)('sideQuestions:firstMeetingLength');
    return question === 'cost' ? priceInBrief(this.view(context)) : undefined;
  }

  /** "de cheque", "loopbaancheque", and not the credit that replaces it ("het loopbaankrediet"). */
  private namesTheCheque(text: string): boolean {
    const { vocabulary } = this.deps;
    return containsPhrase(text, vocabulary.chequeWords) && !containsPhrase(text, vocabulary.creditWords);
  }

  private async respond(
    context: TurnContext,
    question: SideQuestion,
    text: string,
    open: Question | undefined,
    send: Sender,
  ): Promise<void> {
    const t = this.deps.language.t(context);
    const { understanding, contact } = this.deps;
    const view = this.view(context);
    const announced = announcedOn(view.rules, view.date) !== undefined;
    if (question in SAID_AS_IS) {
      await send(context, t(SAID_AS_IS[question as keyof typeof SAID_AS_IS]));
      return;
    }
    if (question in SAID_WITH_THE_NUMBER) {
      await send(context, t(SAID_WITH_THE_NUMBER[question as keyof typeof SAID_WITH_THE_NUMBER], { phone: contact.phone }));
      return;
    }
    switch (question) {
      case 'vdab_role': {
        // Under the cheque: VDAB gives it and recognises the centres (domain C5 and the ordering).
        // Once rules after it are in force: what came instead and who runs it, as far as known.
        const regime = announcedOn(view.rules, view.date);
        const role = regime ? [announcedStart(view, regime), announcedRunBy(view, regime)] : [t('sideQuestions:vdabRole')];
        await send(context, [...role, t('sideQuestions:vdabHelpsJobseekers')].filter((s) => s !== undefined).join(' '));
        return;
      }
      case 'explain_cheque': {
        // "Wat is het loopbaankrediet?" before it starts: what is announced, not the cheque.
        const coming = !announced && containsPhrase(text, this.deps.vocabulary.creditWords) ? describeComing(view) : [];
        await send(context, coming[0] ?? (announced ? (describeAnnounced(view)[0] ?? '') : t('explainCheque:what')));
        await rememberExplanation(this.deps, context, this.simple(view, announced || coming.length > 0));
        return;
      }
      case 'cost': {
        // "Hoeveel kost het loopbaankrediet?" before it starts: what is planned, never the cheque's price.
        if (!announced && containsPhrase(text, this.deps.vocabulary.creditWords) && describeComing(view).length > 0) {
          await send(context, ...this.whatComes(view));
          return;
        }
        // "Wat kost het?", "is het gratis?": the first meeting is free, where the rules say so (the
        // worry that keeps people from booking it); then what the cheque costs.
        const free = firstMeetingFreeWhenBooked(view.rules, view.date);
        // "Wat kost de cheque?" once the cheque is gone (2027): what comes in its place, before its price.
        const regime = announcedOn(view.rules, view.date);
        const instead = regime && this.namesTheCheque(text) ? [announcedStart(view, regime)] : [];
        const described = describeCost(view);
        const cost = [[...instead, described[0] ?? ''].join(' ').trim(), ...described.slice(1)];
        await send(context, ...(free ? [`${t('sideQuestions:firstMeetingFree')} ${cost[0] ?? ''}`.trim(), ...cost.slice(1)] : cost));
        await rememberExplanation(this.deps, context, this.simple(view, announced));
        return;
      }
      case 'money': {
        // The domain (2, price): the same price for everyone, no reduced one; a sector fund may pay
        // part back; one can ask the employer or HR. Under rules only announced nothing is known of
        // their price: what is known of it, as "wat kost het?".
        if (!this.deps.rules.regimeOn(view.date)?.conditions) return this.respond(context, 'cost', text, open, send);
        const free = firstMeetingFreeWhenBooked(view.rules, view.date);
        const said = [
          ...(free ? [t('sideQuestions:firstMeetingFree')] : []),
          t('sideQuestions:noDiscount'),
          t('checkEligibility:next.sector_fund'),
          t('checkEligibility:next.ask_employer'),
        ];
        await send(context, said.join(' '));
        return;
      }
      case 'where': {
        // At "Klopt dit?" the centre is chosen but not booked yet: that one.
        const shown = open?.where;
        await send(context, shown ? (t(shown.key as never, shown.params) as string) : await this.where(context));
        return;
      }
      case 'when_meeting': {
        // At "Klopt dit?" the hour is chosen but not booked yet: that one.
        const shown = open?.when;
        await send(context, shown ? (t(shown.key as never, shown.params) as string) : await this.whenMeeting(context));
        return;
      }
      case 'centre_contact':
        await send(context, await this.centreContact(context));
        return;
      case 'cannot_come':
      case 'running_late': {
        // Late, or not coming (moved or cancelled here with the booking's code): the centre of the
        // booking made here and how to reach it, else where the centres are listed.
        const said = question === 'cannot_come' ? t('sideQuestions:cannotCome') : t('sideQuestions:runningLate');
        await send(context, `${said} ${await this.centreContact(context)}`);
        return;
      }
      case 'check_eligibility':
        await send(context, ...this.eligibilityInBrief(view));
        return;
      case 'work_qualifies':
        await send(context, this.workQualifies(view, text));
        return;
      case 'conditions':
        // Asked in the check, whose questions follow: the conditions alone.
        await send(context, this.eligibilityInBrief(view)[0] ?? '');
        return;
      case 'explain_word': {
        const term = understanding.glossary.find(text);
        // "Wat betekent dat?" names no word: it asks about what was just said, as "ik begrijp het niet" does.
        if (!term && wordsOf(text).every((w) => this.deps.vocabulary.whatThatMeans.has(w)))
          return this.respond(context, 'simpler', text, open, send);
        if (!term) {
          await send(context, t('glossary:unknownWord', { phone: contact.phone }));
          return;
        }
        // A word whose meaning says "free" (kennismakingsgesprek) says so only while the rules do.
        const free = freeContext(view.rules, view.date);
        await send(context, t(`glossary:terms.${term}.explanation` as never, free) as string);
        await rememberExplanation(this.deps, context, { key: `glossary:terms.${term}.simple`, params: free });
        return;
      }
      case 'privacy': {
        // With a booking made here, what the booking keeps too (as said before the name was asked).
        const { booking } = this.deps;
        const booked = booking ? await booking.lastBooking.get(context) : undefined;
        await send(
          context,
          t('freeText:privacy.kept', { days: understanding.stateTtlDays }),
          ...(booking && booked ? [t('bookIntake:who.consent', { days: booking.retentionDays })] : []),
          // Two messages, so a first message's hello and the menu still fit one turn.
          `${t('freeText:privacy.logs')} ${t('freeText:privacy.questions', { phone: contact.phone })}`,
        );
        await rememberExplanation(this.deps, context, { key: 'freeText:privacy.simple', params: { days: understanding.stateTtlDays } });
        return;
      }
      case 'job_search':
        await send(context, t('sideQuestions:jobSearch', { home: contact.homeLabel, phone: contact.phone }));
        return;
      case 'training':
        await send(context, t('sideQuestions:training', { home: contact.homeLabel, phone: contact.phone }));
        return;
      case 'dismissal':
        // Under the loopbaankrediet (only announced) nothing is known of outplacement and the new rules.
        // "ik ben vorig jaar ontslagen": the job is gone already, never "Word je ontslagen?".
        await send(
          context,
          t(
            announced
              ? 'sideQuestions:dismissalAnnounced'
              : dismissedBefore(this.deps.vocabulary, text, this.deps.clock.now())
                ? 'sideQuestions:dismissedBefore'
                : 'sideQuestions:dismissal',
            { phone: contact.phone },
          ),
        );
        return;
      case 'reading': {
        // The web chat page has a read-aloud button above the chat (src/channels/webchat).
        const readAloud = channelGroup(context.activity.channelId) === 'webchat';
        const said = t('sideQuestions:reading', { phone: contact.phone });
        await send(context, ...(readAloud ? [said, t('sideQuestions:readAloud', { button: t('webchat:page.readAloud') })] : [said]));
        return;
      }
      case 'validity':
        await send(context, ...this.validity(view));
        return;
      case 'steps':
        await send(context, ...this.steps(view));
        return;
      case 'own_order': {
        // The bot sees no orders: VDAB does. A refusal comes with its reason (domain notes, 1e).
        const refused = containsPhrase(text, this.deps.vocabulary.allLocales('understanding:refusedWords'));
        await send(context, t(refused ? 'sideQuestions:ownOrderRefused' : 'sideQuestions:ownOrder', { phone: contact.phone }));
        return;
      }
      case 'age':
        await send(
          context,
          ...(this.deps.rules.regimeOn(view.date)?.conditions ? [this.ageNoCondition(view, open)] : this.eligibilityInBrief(view)),
        );
        return;
      case 'why_asked': {
        // "Waarom vraag je dat?": the condition the question on screen checks, else why the bot asks at all.
        const why = open?.why ?? [];
        await send(context, why.length > 0 ? why.map((w) => t(w.key as never, w.params) as string).join(' ') : t('sideQuestions:whyAsked'));
        return;
      }
      case 'why_not': {
        // "Waarom niet?" after a "no": the reasons of that verdict and the way on; without one, why the bot asks.
        const check = await this.deps.eligibilityCheck?.get(context);
        const said = check?.result ? reasonMessages(t, check.result, resultViewOf(this.deps.rules, contact, t, check)) : [];
        await send(context, ...(said.length > 0 ? said : [t('sideQuestions:whyAsked')]));
        return;
      }
      case 'already_registered': {
        // "ja, ik ben al ingeschreven" after a jobseeker's "no" and its "Nog niet ingeschreven?": a VDAB counsellor helps on (domain §5).
        const check = await this.deps.eligibilityCheck?.get(context);
        const who = helperContext(check?.forWhom, check?.pronoun);
        await send(context, t('sideQuestions:alreadyRegistered', { phone: contact.phone, ...(who && { context: who }) }));
        return;
      }
      case 'how_to_register':
        await send(context, t('sideQuestions:howToRegister', { home: contact.homeLabel, phone: contact.phone }));
        return;
      case 'not_exactly': {
        // "Hoe weet ik dat?", "ik weet het niet precies": the question's own help for not knowing exactly.
        const unsure = open?.unsure;
        await send(context, unsure ? (t(unsure.key as never, unsure.params) as string) : t('freeText:questionHelp'));
        return;
      }
      case 'other_speaks_language': {
        // "Mijn man spreekt geen Nederlands": the one typing reads Dutch; the bot speaks three languages,
        // and the guidance itself is in Dutch (domain C5), where the rules say so.
        const guidance = this.deps.rules.regimeOn(view.date)?.conditions ? [t('sideQuestions:guidanceLanguage')] : [];
        const who = pronounSaid(this.deps.vocabulary, text);
        await send(context, [t('sideQuestions:otherSpeaksLanguage', who ? { context: who } : {}), ...guidance].join(' '));
        return;
      }
      case 'no_diploma':
      case 'employer':
      case 'employer_refuses':
      case 'guidance_language':
      case 'nationality':
      case 'disability':
      case 'pregnancy':
      case 'temp_work':
        // Conditions of the cheque (no diploma among them; the employer need not know; in Dutch); under
        // announced rules, what is known of those.
        await send(
          context,
          ...(this.deps.rules.regimeOn(view.date)?.conditions ? [t(CONDITION_ANSWERS[question])] : this.eligibilityInBrief(view)),
        );
        return;
      case 'confidential': {
        // "Is het anoniem?": the centre treats one's data confidentially (domain: content of the
        // guidance); that the employer need not know is a condition of the cheque's rules only.
        const employer = this.deps.rules.regimeOn(view.date)?.conditions ? [t('sideQuestions:employer')] : [];
        await send(context, [t('sideQuestions:confidential'), ...employer].join(' '));
        return;
      }
      case 'guidance':
        // "Wat gebeurt er tijdens de begeleiding?": what guidance is, the first part of "Meer uitleg".
        await send(context, t('explainCheque:guidance'));
        return;
      case 'phone_hours': {
        // The hours in data/vdab-contact.json, said to be unsure while the sources disagree.
        const hours = { from: formatClock(view.locale, contact.hours.from), to: formatClock(view.locale, contact.hours.to) };
        const unsure = contact.hoursConfirmed ? [] : [t('sideQuestions:phoneHoursUnsure', { home: contact.homeLabel })];
        await send(context, [t('talkToPerson:call', { phone: contact.phone }), t('talkToPerson:hours', hours), ...unsure].join(' '));
        return;
      }
      case 'on_leave':
        // The domain table: ⚠️ probably yes while the contract runs; online orders are often refused.
        await send(
          context,
          ...(this.deps.rules.regimeOn(view.date)?.conditions
            ? [t('sideQuestions:onLeave', { phone: contact.phone })]
            : this.eligibilityInBrief(view)),
        );
        return;
      case 'years_needed':
        await send(context, this.yearsNeeded(view).join(' '));
        return;
      case 'work_counts': {
        // What counts as work is known for the cheque, not yet for rules only announced.
        await send(context, announced ? t('sideQuestions:workCountsAnnounced', { phone: contact.phone }) : t('sideQuestions:workCounts'));
        if (!announced) await notePlainLanguage(this.deps, context, { workCountsTold: true });
        return;
      }
      case 'order_cheque':
        await send(context, ...this.howToOrder(view, this.asksUntilWhen(text)));
        return;
      case 'order_first':
        await send(context, ...this.orderFirst(view));
        return;
      case 'cancel_callback':
        await send(context, t((await this.cancelCallback(context)) ? 'handover:callback.cancelled' : 'handover:callback.noneOpen'));
        return;
      case 'hours':
        await send(context, ...this.hours(view, text));
        return;
      case 'what_comes':
        await send(context, ...this.whatComes(view));
        return;
      case 'first_meeting': {
        // "Is het in januari nog gratis?": free until the day the free rules end, then not known.
        // So "is het gratis?" in the last month of those rules: the hours offered may lie after them.
        const freeUntil = view.rules.firstMeetingFreeUntil(view.date);
        const endsSoon =
          freeUntil !== undefined &&
          freeUntil !== null &&
          freeUntil <= addDays(view.date, ENDS_SOON_DAYS) &&
          this.deps.vocabulary.asksWhatItCosts(text);
        if (freeUntil && (endsSoon || containsPhrase(text, this.deps.vocabulary.nextYearWords))) {
          await send(context, t('sideQuestions:firstMeetingFreeUntil', { date: formatDate(view.locale, freeUntil) }));
          return;
        }
        // Whether the first meeting is free is a rule of the day (unknown for the loopbaankrediet).
        await send(
          context,
          t(firstMeetingFreeWhenBooked(view.rules, view.date) ? 'sideQuestions:firstMeeting' : 'sideQuestions:firstMeetingMaybeFree'),
        );
        return;
      }
      case 'simpler': {
        // At a question of the check or the booking, "ik begrijp het niet" is about that question.
        const remembered = (await understanding.state.get(context, {})).simpler;
        const simpler = open?.simpler ?? remembered;
        if (simpler) await send(context, t(simpler.key as never, simpler.params) as string);
        // Nothing explained yet: at a question, how to answer it; at the menu, what to choose.
        else await send(context, t(open && !isMenuQuestion(open) ? 'freeText:questionHelp' : 'freeText:noSimpler'));
        // The short version of the last explanation said, or at the menu what to choose: asked for
        // again, a person is offered (Interruptions), never the same words again and again.
        if (!open?.simpler && (remembered || !open || isMenuQuestion(open))) await rememberSimplerSaid(this.deps, context);
        return;
      }
    }
  }

  /** The booking made in this conversation that is still to come, with its centre; undefined without one. */
  private async bookedHere(context: TurnContext) {
    const { booking } = this.deps;
    const booked = booking ? await upcomingBooking(booking, context, this.deps.clock.now()) : undefined;
    const centre = booked ? booking?.centres.get(booked.centreId) : undefined;
    return booked && centre ? { booked, centre } : undefined;
  }

  /**
   * "Wat is het adres?": the centre and address of the booking made here, when it is still to
   * come (and how the talk goes when not on site); else that one chooses a centre, or online.
   */
  private async where(context: TurnContext): Promise<string> {
    const t = this.deps.language.t(context);
    const { booked, centre } = (await this.bookedHere(context)) ?? {};
    if (!booked || !centre) return t('sideQuestions:whereNotBooked');
    const at = t('sideQuestions:whereBooked', { centre: centre.name, address: centreAddress(centre) });
    return booked.mode === 'in_person' ? at : `${at} ${t(`bookIntake:summary.mode.${booked.mode}`)}`;
  }

  /** When the meeting booked here is; without one, that the day and hour are chosen when booking. */
  private async whenMeeting(context: TurnContext): Promise<string> {
    const t = this.deps.language.t(context);
    const { booked, centre } = (await this.bookedHere(context)) ?? {};
    if (!booked || !centre) return t('sideQuestions:whenNotBooked');
    return t('sideQuestions:whenBooked', { when: slotText(t, this.deps.language.locale(context), booked.slot.start), centre: centre.name });
  }

  /**
   * How to reach the centre of the booking made here: its number and e-mail from the centre data.
   * Without a booking, or for a demo centre (whose number is made up), where every centre's number
   * is listed and VDAB's free number.
   */
  private async centreContact(context: TurnContext): Promise<string> {
    const t = this.deps.language.t(context);
    const { contact } = this.deps;
    const { centre } = (await this.bookedHere(context)) ?? {};
    if (centre && !centre.demo && centre.contact.phone)
      return t('sideQuestions:centreContact', { centre: centre.name, phone: centre.contact.phone, email: centre.contact.email });
    return t('sideQuestions:centreContactUnknown', { website: contact.websiteLabel, phone: contact.phone });
  }

  /**
   * Where the cheque is ordered, under the rules in force: VDAB's "Mijn loopbaan" or its number; under
   * announced rules what is said about applying (usually that it is not known yet), with where to check.
   */
  private howToOrder(view: RulesView, untilWhen = false): string[] {
    const { t, contact } = view;
    const regime = announcedOn(view.rules, view.date);
    if (!regime?.announced) {
      // In the last weeks of the rules: until when ("Deze regeling loopt tot 31 december 2026.").
      const notice = changeNotice(view);
      const order = t('sideQuestions:orderCheque', { website: contact.websiteLabel, phone: contact.phone });
      if (!notice) return [order];
      // On the last day: "Deze regeling stopt vandaag. … Bestel hem dan vandaag nog."
      const deadline = lastDayOfRules(view.rules, view.date) ? `${notice} ${t('rules:orderToday')}` : notice;
      // "Tot wanneer kan ik nog?": the day first, then how.
      return [untilWhen ? `${deadline} ${order}` : `${order} ${deadline}`];
    }
    const apply = regime.announced.howToApply.value;
    const said =
      apply === null
        ? t('rules:announced.notKnownYet', { list: t('rules:announced.unknown.howToApply') })
        : t('rules:announced.howToApply', { url: apply });
    // "Kan ik nog een loopbaancheque bestellen?" in 2027: first that the cheque has made way.
    return [`${announcedStart(view, regime)} ${said} ${checkVdab(t, contact)}`];
  }

  /** "Tot wanneer kan ik nog?", "is het te laat?", "until when": a question about the day the rules end. */
  private asksUntilWhen(text: string): boolean {
    const { vocabulary } = this.deps;
    return containsPhrase(text, vocabulary.deadlineWords) || containsPhrase(text, vocabulary.untilWhenWords);
  }

  /**
   * "Ik wil toch niet gebeld worden": closes the call-back this conversation asked for, when staff
   * have not closed it yet (they see the user left); false when there is none open.
   */
  private async cancelCallback(context: TurnContext): Promise<boolean> {
    const handover = this.deps.handover;
    const found = handover && (await standingCallback(handover, context));
    if (!handover || !found) return false;
    await handover.service.close(found.id, THE_USER, context);
    await handover.callback?.delete(context);
    return true;
  }

  /**
   * "En dan?", "hoe begin ik eraan?": the free first meeting (which the bot books), then the order at
   * VDAB (domain notes, flow steps 1 and 2); while the cheque ends on a known day, to order it by
   * then (never "daarna" alone, when the first free hours may come after it). Under rules only
   * announced, what is known of applying.
   */
  private steps(view: RulesView): string[] {
    const until = view.rules.firstMeetingFreeUntil(view.date);
    if (until === undefined) return this.howToOrder(view);
    const first = until === null ? view.t('sideQuestions:steps') : view.t('sideQuestions:stepsFreeUntil', freeUntil(view, until));
    return [first, ...this.howToOrder(view)];
  }

  /**
   * "Moet ik de cheque al besteld hebben?": no, a first meeting at a centre is free (domain notes 2,
   * free introductory meeting), until when that holds, and how to order; while the cheque ends on
   * a known day, to order it by then (was "De cheque bestel je daarna" and, on 31 December, "Bestel
   * de cheque dan vandaag nog" in one turn). Where the rules in force do not say the meeting is
   * free, only how to order.
   */
  private orderFirst(view: RulesView): string[] {
    const until = view.rules.firstMeetingFreeUntil(view.date);
    if (until === undefined) return this.howToOrder(view);
    const first = until === null ? view.t('sideQuestions:orderFirst') : view.t('sideQuestions:orderFirstFreeUntil', freeUntil(view, until));
    return [first, ...this.howToOrder(view)];
  }

  /**
   * "Hoeveel uur krijg ik?": the hours of the day's rules. "Hoe lang duurt de begeleiding?", "hoeveel
   * gesprekken zijn er?": how guidance usually goes, a few meetings of 1 to 2 hours over some weeks
   * (domain notes 2, content of the guidance), with the hours where announced rules name them.
   */
  private hours(view: RulesView, text: string): string[] {
    const { vocabulary } = this.deps;
    const asksLength =
      containsPhrase(text, vocabulary.allLocales('understanding:howLongWords')) ||
      containsPhrase(text, vocabulary.allLocales('understanding:sessionCountWords'));
    if (!asksLength) return describeHours(view);
    const length = view.t('sideQuestions:guidanceLength');
    return announcedOn(view.rules, view.date)?.announced ? [length, ...describeHours(view)] : [length];
  }

  /**
   * "Wat gebeurt er na 31 december?": in brief, what is announced of the rules to come (or in force)
   * and where to check; "wat is het loopbaankrediet?" gives the rest. Else that none are known.
   */
  private whatComes(view: RulesView): string[] {
    const coming = describeComing(view);
    const [first] = coming.length > 0 ? coming : announcedOn(view.rules, view.date) ? describeAnnounced(view) : [];
    return [`${first ?? view.t('sideQuestions:noChangeKnown')} ${checkVdab(view.t, view.contact)}`];
  }

  /**
   * How long a cheque can be used: three months to start. When the rules in force end within those
   * months, that nobody knows whether a cheque ordered now still counts after, and where to ask.
   */
  private validity(view: RulesView): string[] {
    const { t, rules, date, locale, contact } = view;
    // Near or after the end of the rules, no "order a new one": under the next rules that may not exist.
    const said = (after: 'Change' | 'End', endsOn: IsoDate) => [
      t('sideQuestions:validityRefund'),
      `${t(`sideQuestions:validityAfter${after}`, { date: formatDate(locale, endsOn) })} ${checkVdab(t, contact)}`,
    ];
    if (!rules.regimeOn(date)?.conditions) {
      // Weeks after the cheque's rules ended, a cheque ordered before may still run.
      const before = rules.regimeOn(addDays(date, -VALIDITY_DAYS));
      return before?.conditions && before.validTo && before.validTo < date ? said('End', before.validTo) : this.eligibilityInBrief(view);
    }
    const ahead = rules.changeAhead(date, VALIDITY_DAYS);
    return ahead ? said('Change', ahead.endsOn) : [t('sideQuestions:validity')];
  }

  /**
   * "Ben ik te oud?", "ik ben 58, heeft dat nog zin?": age is no condition of rules that have
   * conditions (none of them names an age). Where a button that starts the check is on screen next
   * (the menu, or the menu after a first message), that button is named; in the check or a booking
   * the question on screen comes back instead. No conditions listed: the check asks those the rules of the day have.
   */
  private ageNoCondition(view: RulesView, open: Question | undefined): string {
    const { t } = view;
    const checkOnScreen = open === undefined || shownChoices(open).some((c) => c.id === CHECK.id);
    const said = t('sideQuestions:age');
    if (!checkOnScreen) return said;
    const button = t(CHECK.label as never) as string;
    return `${said} ${t('sideQuestions:ageCheck', { button })}`;
  }

  /**
   * "Kan een zelfstandige het krijgen?": yes or no for that kind of work under the rules of the day
   * (domain 1c: employees and the self-employed yes; jobseekers, students and the retired without
   * work no, as a student job with too few years: "kan een jobstudent het krijgen?"), with the
   * years asked of everyone who can, and VDAB's free help for a jobseeker. Where no adopted rules decide, the conditions in brief.
   */
  private workQualifies(view: RulesView, text: string): string {
    const { t, rules, date, contact } = view;
    const [kind, ...more] = workKindsNamed(this.deps.vocabulary, text);
    const standing = kind && more.length === 0 ? workStandingOn(kind, rules, date) : undefined;
    if (!kind || !standing) return this.eligibilityInBrief(view)[0] ?? '';
    const group = t(`sideQuestions:workQualifies.groups.${kind}`);
    const years = t('sideQuestions:yearsOfWork', { years: rules.experienceYearsOn(date) ?? 0 });
    const career = rules.regimeOn(date)?.conditions?.experience.kind === 'career';
    switch (standing.status) {
      case 'accepted':
        return [t('sideQuestions:workQualifies.yes', { group }), ...(career ? [years] : [])].join(' ');
      case 'unclear':
        return t('sideQuestions:workQualifies.unclear', { group, phone: contact.phone });
      case 'excluded':
        // "Kan een jobstudent het krijgen?": a student who works; what is missing is the years (domain 1c).
        if (kind === 'student' && career && namesAStudentJob(this.deps.vocabulary, text))
          return [t('sideQuestions:workQualifies.no', { group }), years].join(' ');
        return [
          t('sideQuestions:workQualifies.no', { group }),
          t(`checkEligibility:reason.${standing.reason}` as never) as string,
          ...(kind === 'student' && career ? [years] : []),
          ...(kind === 'jobseeker' ? [t('sideQuestions:jobSearch', { home: this.deps.contact.homeLabel, phone: contact.phone })] : []),
        ].join(' ');
    }
  }

  /**
   * "Hoeveel jaar moet ik gewerkt hebben?": the years of work the rules of the day ask for, as the
   * years question says why it asks. Under rules only announced, what is announced and that it is
   * not sure; with no number known, the conditions in brief.
   */
  private yearsNeeded(view: RulesView): string[] {
    const { t, rules, date } = view;
    const conditions = rules.regimeOn(date)?.conditions;
    if (conditions?.experience.kind === 'career') return [t('sideQuestions:yearsOfWork', { years: conditions.experience.years })];
    const announced = announcedOn(rules, date)?.announced?.experienceYears;
    if (conditions || !announced || announced.value === null) return this.eligibilityInBrief(view);
    return [
      t('rules:announced.experienceYears', { years: announced.value }),
      ...(announced.status === 'official' ? [] : [t('rules:announced.notSure')]),
    ];
  }

  /** "Kan ik er een krijgen?" in brief: the conditions in force, from the rules data. */
  private eligibilityInBrief(view: RulesView): string[] {
    const conditions = describeConditions(view);
    if (!conditions) return [describeAnnounced(view)[0] ?? view.t('explainCheque:terms.rulesChanging'), view.t('sideQuestions:checkLater')];
    return [conditions, view.t('sideQuestions:checkLater')];
  }

  private simple(view: RulesView, announced: boolean): Text {
    return simpleExplanation(view.rules, view.date, view.contact.phone, announced);
  }

  private view(context: TurnContext): RulesView {
    const { language, rules, contact, clock } = this.deps;
    return { t: language.t(context), locale: language.locale(context), rules, date: brusselsDate(clock.now()), contact };
  }
}

/**
 * The params of "gratis tot en met {{date}}": on that last day itself, "vandaag nog" (i18next
 * context "today"), where the order is said to be for today too.
 */
function freeUntil(view: RulesView, until: IsoDate): { date: string; context?: 'today' } {
  return { date: formatDate(view.locale, until), ...(until === view.date && { context: 'today' as const }) };
}
