import type { AdaptiveCard } from '@microsoft/teams-ai/lib/AdaptiveCards.js';
import type { Translator } from '../../i18n/i18n.js';
import type { Actor, HandoverCase } from '../model.js';
import { summaryLines } from '../summary.js';

export const TAKE_VERB = 'handover.take';
export const CLOSE_VERB = 'handover.close';
export const HAND_BACK_VERB = 'handover.handBack';

/** Lines of the transcript shown on the card; the rest would push the buttons off screen. */
const CARD_TRANSCRIPT_LINES = 10;

/** What `Action.Execute` sends back with either button. */
export interface CardActionData {
  caseId: string;
}

/** Who acted, as staff read it: a name, "the contact centre" or "the person". */
export function actorName(actor: Actor, t: Translator): string {
  if (actor.kind === 'hub') return t('staff:card.hubTook');
  if (actor.kind === 'user') return t('staff:card.person');
  return actor.name;
}

/**
 * The case card in the staff channel: summary, recent transcript, and its state. "Neem over" only
 * while the case waits, "Sluit af" until it is closed. Adaptive Card 1.4 (Action.Execute; Teams
 * renders up to 1.5).
 *
 * Every line is a RichTextBlock of TextRuns, never a TextBlock: a TextBlock reads its text as
 * Markdown, so what a person typed ("jan_de_smet", "**dringend**", "[vdab.be](https://…)") would
 * turn into italics, bold or a link with other words on it, and Teams clients honour backslash
 * escapes differently (desktop, iOS, Android). A TextRun takes no Markdown at all: the person's
 * words show as typed, and the bot's own labels stand out by weight and colour, not by `**`.
 */
export function caseCard(c: HandoverCase, t: Translator): AdaptiveCard {
  const status =
    c.state === 'waiting'
      ? c.leftAt
        ? t('staff:card.left')
        : c.handedBackBy
          ? t('staff:card.handedBackBy', { name: actorName(c.handedBackBy, t) })
          : t('staff:card.waiting')
      : c.state === 'taken'
        ? t('staff:card.takenBy', { name: actorName(c.takenBy ?? { kind: 'staff', id: '', name: '?' }, t) })
        : t('staff:card.closedBy', { name: actorName(c.closedBy ?? { kind: 'staff', id: '', name: '?' }, t) });
  const transcript = c.transcript.slice(-CARD_TRANSCRIPT_LINES).map((said) => {
    const style = { isSubtle: said.from !== 'user' };
    return line(labelled(t, said.from === 'user' ? 'staff:relay.user' : 'staff:relay.bot', said.text, style));
  });
  const data: CardActionData = { caseId: c.id };
  const actions = [
    ...(c.state === 'waiting' && !c.leftAt ? [{ type: 'Action.Execute', title: t('staff:card.take'), verb: TAKE_VERB, data }] : []),
    ...(c.state === 'taken' && c.mode === 'chat' && c.takenBy?.kind === 'staff'
      ? [{ type: 'Action.Execute', title: t('staff:card.handBack'), verb: HAND_BACK_VERB, data }]
      : []),
    ...(c.state !== 'closed' ? [{ type: 'Action.Execute', title: t('staff:card.close'), verb: CLOSE_VERB, data }] : []),
  ];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [
      line([run(t(c.mode === 'chat' ? 'staff:card.titleChat' : 'staff:card.titleCallback'), { weight: 'Bolder', size: 'Medium' })]),
      line([run(status, { color: c.state === 'waiting' ? 'Attention' : 'Good' })]),
      // The person closed the chat page: nobody to take over, but all they said is still here.
      ...(c.leftAt && c.state === 'taken' ? [line([run(t('staff:card.left'), { color: 'Warning', weight: 'Bolder' })])] : []),
      ...summaryLines(c, t).map((text) => line([run(text)])),
      ...(transcript.length > 0 ? [line([run(t('staff:card.transcript'), { weight: 'Bolder' })], { separator: true }), ...transcript] : []),
    ],
    actions,
  };
}

type Style = Record<string, string | boolean>;

/** One line of the card: its runs side by side, wrapped. */
function line(inlines: Record<string, unknown>[], extra: Style = {}): Record<string, unknown> {
  return { type: 'RichTextBlock', inlines, ...extra };
}

/**
 * A run of text shown exactly as given. Adaptive Cards still expand `{{DATE(…)}}` and `{{TIME(…)}}`
 * in text; an invisible zero-width space between the braces keeps typed words from being run as one.
 */
function run(text: string, style: Style = {}): Record<string, unknown> {
  return { type: 'TextRun', text: text.replace(/\{\{(?=\s*(?:DATE|TIME)\s*\()/gi, '{\u200b{'), ...style };
}

/** "Persoon: …" as a bold label run and the words as they were said, from the locale's template. */
function labelled(t: Translator, key: 'staff:relay.user' | 'staff:relay.bot', text: string, style: Style): Record<string, unknown>[] {
  const [before = '', after = ''] = t(key, { text: WORDS }).split(WORDS);
  return [
    ...(before ? [run(before, { ...style, weight: 'Bolder' })] : []),
    run(text, style),
    ...(after ? [run(after, { ...style, weight: 'Bolder' })] : []),
  ];
}

/** Stands for the person's words in a template, so the label around them can be styled apart. */
const WORDS = '\u0000';
