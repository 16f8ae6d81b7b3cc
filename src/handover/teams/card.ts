import type { AdaptiveCard } from '@microsoft/teams-ai/lib/AdaptiveCards.js';
import type { Translator } from '../../i18n/i18n.js';
import type { Actor, HandoverCase } from '../model.js';
import { summaryLines } from '../summary.js';

export const TAKE_VERB = 'handover.take';
export const CLOSE_VERB = 'handover.close';

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
 */
export function caseCard(c: HandoverCase, t: Translator): AdaptiveCard {
  const status =
    c.state === 'waiting'
      ? t('staff:card.waiting')
      : c.state === 'taken'
        ? t('staff:card.takenBy', { name: actorName(c.takenBy ?? { kind: 'staff', id: '', name: '?' }, t) })
        : t('staff:card.closedBy', { name: actorName(c.closedBy ?? { kind: 'staff', id: '', name: '?' }, t) });
  const transcript = c.transcript.slice(-CARD_TRANSCRIPT_LINES).map((line) =>
    text(line.from === 'user' ? t('staff:relay.user', { text: line.text }) : t('staff:relay.bot', { text: line.text }), {
      isSubtle: line.from !== 'user',
    }),
  );
  const data: CardActionData = { caseId: c.id };
  const actions = [
    ...(c.state === 'waiting' ? [{ type: 'Action.Execute', title: t('staff:card.take'), verb: TAKE_VERB, data }] : []),
    ...(c.state !== 'closed' ? [{ type: 'Action.Execute', title: t('staff:card.close'), verb: CLOSE_VERB, data }] : []),
  ];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [
      text(t(c.mode === 'chat' ? 'staff:card.titleChat' : 'staff:card.titleCallback'), { weight: 'Bolder', size: 'Medium' }),
      text(status, { color: c.state === 'waiting' ? 'Attention' : 'Good' }),
      ...summaryLines(c, t).map((line) => text(line)),
      ...(transcript.length > 0 ? [text(t('staff:card.transcript'), { weight: 'Bolder', separator: true }), ...transcript] : []),
    ],
    actions,
  };
}

function text(value: string, extra: Record<string, string | boolean> = {}): Record<string, unknown> {
  return { type: 'TextBlock', text: value, wrap: true, ...extra };
}
