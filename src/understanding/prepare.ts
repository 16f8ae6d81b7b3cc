import { prepareLanguageDetection } from './languageDetect.js';
import { sharedRecognizer } from './nlu/recognizer.js';
import { whenWordSet } from './whenWords.js';

/**
 * Builds at start-up what understanding would otherwise build for the first message that needs
 * it: the free-text model (about 200 ms), the languages' word lists and the date phrases (20–35 ms
 * each, measured). Built lazily, they stalled every user of the process on one person's turn.
 */
export async function prepareUnderstanding(): Promise<void> {
  await sharedRecognizer();
  prepareLanguageDetection();
  whenWordSet();
}
