import { Chat } from './converse.js';
const list = (process.env.T ?? '').split('|').map((s) => s.trim()).filter(Boolean);
let n = 0;
for (const text of list) {
  n++;
  const chat = await Chat.start({ channelId: process.env.CHANNEL ?? 'webchat', ...(process.env.LOC && { locale: process.env.LOC }), conversationId: `f-${n}` });
  if (process.env.OPEN) await chat.opens();
  try {
    const replies = await chat.says(text);
    console.log(`> ${text}\n${replies.map((r) => `  ${r.text.replace(/\n/g, ' / ')}${r.buttons.length ? `  [${r.buttons.join(' | ')}]` : ''}`).join('\n')}`);
  } catch (e) {
    console.log(`> ${text}\n  !! ${(e as Error).message.split('\n').slice(0, 4).join(' ')}`);
  }
}
