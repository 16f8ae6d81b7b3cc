import { unnumbered } from '../conversation/activity.js';
import type { OutgoingMessage } from '../conversation/message.js';
import { turnLocale } from '../bot/language.js';
import { ActionTypes, ActivityTypes, type Activity, type CardAction, type TurnContext } from '../bot/sdk.js';
import { DEFAULT_LOCALE, INTL_TAGS, toSupported, type Locale } from '../i18n/locale.js';
import { resources } from '../i18n/resources.js';
import type { ButtonsPayload, ListPayload, OutboundPayload, TextPayload } from './whatsapp/payloads.js';
import {
  distinctTitles,
  frenchSpacing,
  fromMarkdown,
  hasContactLinks,
  splitText,
  spokenText,
  toMarkdown,
  toWhatsAppText,
  withoutFrenchSpacing,
} from './text.js';

/*
 * The one place that knows what each channel can show.
 *
 * Dialogs build an OutgoingMessage (text + buttons) and send it as the channel-neutral activity of
 * `toActivity` (src/conversation/activity.ts): text, `speak`, and every button as an imBack
 * suggested action that sends its title back. At send time one hook (`renderOnSend`, installed for every turn in src/bot/app.ts) shapes
 * that activity for the turn's channel and language; the WhatsApp adapter calls `renderWhatsApp`
 * for Graph API payloads. Dialogs never look at the channel.
 *
 * Tappable contacts, each channel in its own way: Web Chat and Teams get Markdown links for phone
 * numbers (`tel:`) and web addresses; WhatsApp gets the plain text (it links numbers itself).
 * `speak` names the answers too ("Kies: Ja, Nee."), in the message's language, and never reads a
 * map address aloud (only its label: "Bekijk op de kaart.").
 */

/** What one Bot Framework channel can show. */
export interface ChannelProfile {
  /** Suggested actions the client shows; more are moved into a card. */
  maxSuggestedActions: number;
  /** Highest Adaptive Card schema version the client renders. */
  maxAdaptiveCardVersion: string;
  /** The client can read `speak` aloud; `speak` then names the answers after the text. */
  speech: boolean;
  /** 'markdown': phone numbers and web addresses become links; 'plain': the copy exactly as written. */
  textFormat: 'markdown' | 'plain';
  /**
   * Conversations with personal questions belong in a one-to-one chat on this channel; in a group
   * or team channel the bot only points there (Teams: conversationType 'groupChat' or 'channel').
   */
  oneToOneOnly?: boolean;
  /** The client can open a `call` action (`tel:` link); else such buttons are dropped and the number stays in the text. */
  tapToCall?: boolean;
  /**
   * Answer buttons show their number ("1. Ja"), so "typ het nummer" matches what is on screen. Only
   * the title changes: tapping still sends the answer's own words (the imBack value).
   */
  numberedButtons?: boolean;
}

const WEB_CHAT: ChannelProfile = {
  maxSuggestedActions: Number.POSITIVE_INFINITY,
  maxAdaptiveCardVersion: '1.6',
  speech: true,
  textFormat: 'markdown',
  tapToCall: true,
  numberedButtons: true,
};

/**
 * Bot Framework channels by `channelId`. Unknown channels get Web Chat's profile: the neutral
 * activity is already what Web Chat wants. Sources: /work/shared/reference/channels.md §7.
 */
export const CHANNEL_PROFILES: Readonly<Record<string, ChannelProfile>> = {
  webchat: WEB_CHAT,
  directline: WEB_CHAT,
  emulator: WEB_CHAT,
  /** Teams shows only the first 3 suggested actions (imBack only, no `call`) and Adaptive Cards up to 1.5. */
  msteams: {
    maxSuggestedActions: 3,
    maxAdaptiveCardVersion: '1.5',
    speech: true,
    textFormat: 'markdown',
    oneToOneOnly: true,
    numberedButtons: true,
  },
};

export function profileFor(channelId: string | undefined): ChannelProfile {
  return CHANNEL_PROFILES[channelId ?? ''] ?? WEB_CHAT;
}

/**
 * WhatsApp Cloud API limits (channels.md §7.1). `textBody` is below Meta's 4096 on purpose: split
 * pieces then leave room for WhatsApp's own rendering.
 */
export const WHATSAPP_LIMITS = {
  buttons: 3,
  buttonTitle: 20,
  buttonId: 256,
  listRows: 10,
  rowTitle: 24,
  rowDescription: 72,
  rowId: 200,
  listButton: 20,
  interactiveBody: 1024,
  textBody: 4000,
} as const;

/**
 * A neutral activity shaped for a Bot Framework channel, in `locale` (the turn's language).
 * - Every message carries its `locale` (the web chat page follows it) and a `speak` text; where
 *   the client reads aloud, `speak` also names the answers: "Waar kan ik je mee helpen? Kies: …".
 * - Markdown channels get tappable phone numbers and web addresses (textFormat 'markdown').
 * - Teams: more than 3 answers go into a hero card with one button each (imBack, so the reply is
 *   the same text as a suggested action would send); no Adaptive Card is produced, so the 1.5
 *   limit cannot be crossed.
 * WhatsApp activities are left as they are, but for `speak` (never a map address): the WhatsApp
 * adapter renders them.
 */
export function renderForChannel(activity: Partial<Activity>, channelId: string | undefined, locale?: Locale): Partial<Activity> {
  if ((activity.type ?? ActivityTypes.Message) !== ActivityTypes.Message) return activity;
  // The WhatsApp adapter renders the rest; `speak` is still the text as read aloud (never a map address).
  if (channelId === 'whatsapp') {
    const { text, speak } = activity;
    const spoken = text ? spokenText(text) : undefined;
    return spoken !== undefined && spoken !== speak && (speak === undefined || speak === text) ? { ...activity, speak: spoken } : activity;
  }
  const profile = profileFor(channelId);
  const language = locale ?? toSupported(activity.locale) ?? DEFAULT_LOCALE;
  // A client that cannot open a `tel:` action keeps the number in the text instead.
  const callable = profile.tapToCall ? activity : withoutCallActions(activity);
  const text = callable.text ?? '';
  // French puts a space before ? ! : ; — a no-break one, so the sign never starts a line alone.
  const french = language === 'fr';
  const spaced = french ? frenchSpacing(text) : text;
  const actions = callable.suggestedActions?.actions ?? [];
  const ownSpeak = callable.speak !== undefined && callable.speak !== callable.text;
  const linked = profile.textFormat === 'markdown' && (callable.textFormat ?? 'plain') === 'plain' && hasContactLinks(text);
  const titled =
    profile.numberedButtons && !unnumbered(callable) && actions.some((a) => a.type !== ActionTypes.Call) ? numbered(actions) : actions;
  const shown = french ? titled.map(withFrenchSpacing) : titled;
  const shaped: Partial<Activity> = {
    ...callable,
    ...(locale && { locale: INTL_TAGS[locale] }),
    ...(spaced !== text && { text: spaced }),
    ...(linked && { text: toMarkdown(spaced), textFormat: 'markdown' }),
    ...(text &&
      !ownSpeak && {
        speak: profile.speech
          ? speakWithChoices(
              spokenText(text),
              actions.filter((a) => a.type !== 'call').map((a) => String(a.title ?? a.value)),
              language,
            )
          : spokenText(text),
      }),
    ...(shown !== actions && { suggestedActions: { to: callable.suggestedActions?.to ?? [], actions: shown } }),
  };
  if (actions.length <= profile.maxSuggestedActions) return shaped;
  const { suggestedActions: _moved, ...rest } = shaped;
  return {
    ...rest,
    attachments: [
      ...(rest.attachments ?? []),
      {
        contentType: 'application/vnd.microsoft.card.hero',
        content: { buttons: shown.map((a) => ({ type: ActionTypes.ImBack, title: a.title, value: a.value })) },
      },
    ],
  };
}

/**
 * "1. Ja", "2. Nee": answer buttons with the number that can be typed instead (the prompts read
 * "2" as the second answer). Tap-to-call buttons are no answer and keep their title; the value,
 * which is what a tap sends, stays the answer's own words.
 */
function numbered(actions: readonly CardAction[]): CardAction[] {
  let n = 0;
  return actions.map((a) =>
    a.type === ActionTypes.Call ? a : { ...a, title: `${++n}. ${String(a.title ?? a.value)}`, value: a.value ?? a.title },
  );
}

/** A button's title with French spacing; what a tap sends stays the answer's own words. */
function withFrenchSpacing(action: CardAction): CardAction {
  const title = frenchSpacing(action.title);
  return title === action.title ? action : { ...action, title, value: action.value ?? action.title };
}

/** Drops tap-to-call buttons for clients that cannot open them; the number is in the text anyway. */
function withoutCallActions(activity: Partial<Activity>): Partial<Activity> {
  const actions = activity.suggestedActions?.actions;
  if (!actions?.some((a) => a.type === ActionTypes.Call)) return activity;
  const kept = actions.filter((a) => a.type !== ActionTypes.Call);
  if (kept.length > 0) return { ...activity, suggestedActions: { to: activity.suggestedActions?.to ?? [], actions: kept } };
  const { suggestedActions: _dropped, ...rest } = activity;
  return rest;
}

/**
 * What read-aloud says: the text, then the answers to choose from, so someone who listens instead
 * of reads hears the choices too ("Was dit duidelijk? Kies: Ja, Nee.").
 */
export function speakWithChoices(text: string, titles: readonly string[], locale: Locale): string {
  if (titles.length === 0) return text;
  // A title's own "?" would make the list sound like questions.
  const choices = titles.map((title) => title.trim().replace(/\s*[?.!]+$/, '')).join(', ');
  return `${text} ${resources[locale].channels.speakChoices.replace('{{choices}}', choices)}`;
}

/** The copy of a rendered message as the dialog wrote it, whatever format the channel got. */
export function plainTextOf(activity: Partial<Activity>): string {
  const text = activity.text ?? '';
  if (toSupported(activity.locale) !== 'fr') return activity.textFormat === 'markdown' ? fromMarkdown(text) : text;
  return withoutFrenchSpacing(activity.textFormat === 'markdown' ? fromMarkdown(text, ' : ') : text);
}

/**
 * The send hook that renders every outgoing activity for the turn's channel and language. Install
 * it once per turn with `context.onSendActivities(renderOnSend)`; it also covers the turn-error
 * message and proactive sends.
 */
export function renderOnSend<T>(context: TurnContext, activities: Partial<Activity>[], next: () => Promise<T>): Promise<T> {
  const channelId = context.activity.channelId;
  const locale = turnLocale(context) ?? toSupported(context.activity.locale);
  activities.forEach((activity, i) => {
    activities[i] = renderForChannel(activity, channelId, locale);
  });
  return next();
}

/** Words WhatsApp rendering needs in the user's language (locales/<lng>/channels.json). */
export interface WhatsAppLabels {
  /** The button that opens a list (≤ 20 characters). */
  listButton: string;
  /** Below a numbered list of more than 10 answers. */
  numberedChoices: string;
}

/**
 * One message as WhatsApp Cloud API payloads, in sending order.
 *
 * - No buttons: text, split below the text limit at paragraph or sentence ends.
 * - At most 3 buttons whose numbered titles ("1. Ja") all fit 20 characters: reply buttons.
 * - Otherwise, up to 10 answers: a list (one tap opens it). Numbered row titles fit 24
 *   characters; a shortened title keeps its full wording in the row description (72).
 * - More than 10 answers: numbered text; the user types the number.
 *
 * Every button and row id is `<number>:<full title>` (or `<number>` when the title does not fit the
 * id), so `replyText` maps the reply back to exactly what a tap sends in Web Chat, however the
 * title was shortened on screen. Interactive bodies hold at most 1024 characters; longer text goes
 * first as plain text messages.
 */
export function renderWhatsApp(message: OutgoingMessage, to: string, labels: WhatsAppLabels): OutboundPayload[] {
  const text = toWhatsAppText(message.text);
  const buttons = message.buttons ?? [];
  const titles = buttons.map((b) => b.title.trim());
  const addressed = { messaging_product: 'whatsapp', recipient_type: 'individual', to } as const;
  const textPayload = (body: string): TextPayload => ({ ...addressed, type: 'text', text: { body, preview_url: false } });

  if (buttons.length === 0 || buttons.length > WHATSAPP_LIMITS.listRows) {
    const numbered =
      buttons.length === 0 ? text : `${text}\n\n${titles.map((t, i) => `${i + 1}. ${t}`).join('\n')}\n\n${labels.numberedChoices}`;
    return splitText(numbered, WHATSAPP_LIMITS.textBody).map(textPayload);
  }

  const pieces = splitText(text, WHATSAPP_LIMITS.interactiveBody);
  const body = pieces.pop() ?? labels.listButton;
  const before = pieces.length > 0 ? splitText(pieces.join('\n\n'), WHATSAPP_LIMITS.textBody).map(textPayload) : [];

  // Buttons and rows show their number, as the help says ("typ het nummer dat op de knop staat"),
  // unless a number typed there means something else (years of work).
  const labelled = message.unnumbered ? titles : titles.map((title, i) => `${i + 1}. ${title}`);
  const fitsButtons = buttons.length <= WHATSAPP_LIMITS.buttons && labelled.every((t) => t.length <= WHATSAPP_LIMITS.buttonTitle);
  if (fitsButtons) {
    const shown = labelled;
    const interactive: ButtonsPayload = {
      ...addressed,
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: body },
        action: {
          buttons: titles.map((title, i) => ({
            type: 'reply',
            reply: { id: replyId(i, title, WHATSAPP_LIMITS.buttonId), title: shown[i] ?? title },
          })),
        },
      },
    };
    return [...before, interactive];
  }

  const shown = distinctTitles(labelled, WHATSAPP_LIMITS.rowTitle);
  const list: ListPayload = {
    ...addressed,
    type: 'interactive',
    interactive: {
      type: 'list',
      body: { text: body },
      action: {
        button: labels.listButton.slice(0, WHATSAPP_LIMITS.listButton),
        sections: [
          {
            rows: titles.map((title, i) => {
              const rowTitle = shown[i] ?? title;
              return {
                id: replyId(i, title, WHATSAPP_LIMITS.rowId),
                title: rowTitle,
                ...(rowTitle !== labelled[i] && { description: distinctTitles([title], WHATSAPP_LIMITS.rowDescription)[0] }),
              };
            }),
          },
        ],
      },
    },
  };
  return [...before, list];
}

function replyId(index: number, title: string, max: number): string {
  const id = `${index + 1}:${title}`;
  return id.length <= max ? id : String(index + 1);
}

/**
 * What the user "said" by tapping a WhatsApp button or list row: the full title encoded in the id
 * by `renderWhatsApp`, or the button's number (which dialogs read as "the n-th answer"). Ids made
 * elsewhere fall back to the title shown.
 */
export function replyText(id: string, title: string): string {
  const match = /^(\d+)(?::([\s\S]+))?$/.exec(id);
  if (!match) return title;
  return match[2] ?? match[1] ?? title;
}
