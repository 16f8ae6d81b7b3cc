// Debug only: plays messages through the whole bot and prints what a user sees. Not committed.
import { ActivityTypes, MemoryStorage, TestAdapter } from 'botbuilder';
import { composeBot } from '../../src/composition.js';
import { fixedDateClock, type IsoDate } from '../../src/domain/calendar.js';
import { ChequeRules } from '../../src/domain/chequeRegimes.js';
import { loadVdabContact } from '../../src/domain/vdabContact.js';
import { MemoryHandoverStore } from '../../src/handover/memoryStore.js';
import { StaffHours } from '../../src/handover/staffHours.js';
import { MemoryTranscriptRecorder } from '../../src/handover/transcript.js';
import { createI18n } from '../../src/i18n/i18n.js';

const clock = fixedDateClock((process.env.DATE ?? '2026-11-26') as IsoDate);
const { app } = composeBot({
  storage: new MemoryStorage(),
  i18n: await createI18n(),
  rules: ChequeRules.load(),
  contact: loadVdabContact(),
  clock,
  handover: { store: new MemoryHandoverStore({ clock }), transcripts: new MemoryTranscriptRecorder(clock), hours: StaffHours.load(), users: { fallback: async () => {} } },
});
const adapter = new TestAdapter((context) => app.run(context), {
  channelId: process.env.CHANNEL ?? 'webchat',
  conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' },
  from: { id: 'u1', name: 'user' },
  recipient: { id: 'bot', name: 'Loopbaanbot' },
});
const locale = process.env.LOC;
const show = () => {
  for (const a of adapter.activeQueue.splice(0)) {
    if (a.type !== ActivityTypes.Message) continue;
    const buttons = (a.suggestedActions?.actions ?? []).map((b) => b.title).join(' | ');
    const att = (a.attachments ?? []).map((x) => x.contentType + (x.content ? ' ' + JSON.stringify(x.content).slice(0, 300) : '')).join(' ');
    console.log(`  BOT: ${a.text ?? ''}${buttons ? `\n       [${buttons}]` : ''}${att ? `\n       <${att}>` : ''}`);
  }
};
await adapter.processActivity({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'u1', name: 'user' }], ...(locale && { locale }) });
show();
for (const text of process.argv.slice(2)) {
  console.log(`USER: ${text}`);
  await adapter.processActivity({ type: ActivityTypes.Message, text, ...(locale && { locale }) });
  show();
}
process.exit(0);
