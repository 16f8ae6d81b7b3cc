import { Chat } from './converse.js';
const say = process.env.SAY ?? '';
const convs = say.split('||');
let n = 0;
for (const conv of convs) {
  n++;
  const chat = await Chat.start({
    channelId: process.env.CHANNEL ?? 'webchat',
    ...(process.env.LOC && { locale: process.env.LOC }),
    ...(process.env.DATE && { date: process.env.DATE as never }),
    conversationId: `cli-${n}`,
  });
  console.log(`==== conversation ${n}`);
  for (const raw of conv.split('|')) {
    const text = raw.trim();
    console.log(`> ${text}`);
    try {
      const replies = text === '<open>' ? await chat.opens() : await chat.says(text);
      for (const r of replies) console.log(`  ${r.text.replace(/\n/g, '\n  ')}${r.buttons.length ? `  [${r.buttons.join(' | ')}]` : ''}`);
    } catch (e) {
      console.log(`  !! ${(e as Error).message.split('\n').slice(0, 6).join('\n  ')}`);
    }
  }
}
