import { describe, expect, it } from 'vitest';
import { recognizeCommand, type CommandVocabulary } from '../../src/understanding/commands.js';

const vocabulary: CommandVocabulary = {
  help: ['help', 'hulp', 'aide'],
  restart: ['opnieuw', 'recommencer', 'restart'],
  back: ['terug', 'retour', 'back'],
  stop: ['stop', 'arreter'],
  greeting: ['hallo', 'bonjour'],
  person: ['met iemand praten', 'talk to someone'],
  erase: ['vergeet mij', 'forget me'],
};

describe('recognizeCommand', () => {
  it.each([
    ['help', 'help'],
    ['Help!', 'help'],
    ['AIDE', 'help'],
    ['opnieuw', 'restart'],
    ['opniew', 'restart'],
    ['Recommencer', 'restart'],
    ['terug', 'back'],
    ['retour', 'back'],
    ['arrêter', 'stop'],
    ['Hallo', 'greeting'],
    ['Met iemand praten', 'person'],
    ['talk to someone', 'person'],
  ])('When the whole message is "%s", Then it is the %s command', (text, expected) => {
    expect(recognizeCommand(text, vocabulary)).toBe(expected);
  });

  it.each([['ik wil terug werken'], ['stopt de cheque?'], ['1'], [''], ['top']])(
    'When "%s" is an ordinary answer, Then it is no command',
    (text) => {
      expect(recognizeCommand(text, vocabulary)).toBeUndefined();
    },
  );
});

describe('recognizeCommand and short words', () => {
  it('When a short command word has a typo ("stp", "hlep"), Then it is not a command: short words are too easy to confuse', () => {
    expect(recognizeCommand('stp', vocabulary)).toBeUndefined();
    expect(recognizeCommand('hlep', vocabulary)).toBeUndefined();
  });
});
