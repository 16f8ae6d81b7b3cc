let sequence = 0;

/**
 * One user message as a channel service posts it to /api/messages, with `expectReplies`, so the
 * bot's whole answer comes back in the response body. Authentication is off in these tests; the
 * service URL goes nowhere (nothing is sent to it with expectReplies).
 */
export function expectRepliesMessage(conversation: string, text: string) {
  return {
    type: 'message',
    id: `m-${++sequence}`,
    channelId: 'directline',
    from: { id: `u-${conversation}` },
    recipient: { id: 'bot' },
    conversation: { id: conversation },
    serviceUrl: 'http://127.0.0.1:9/',
    locale: 'nl-BE',
    text,
    deliveryMode: 'expectReplies',
  };
}
