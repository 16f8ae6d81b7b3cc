/** How many messages' answers a `RecentAnswers` keeps; emptied when full (a turn reads one message). */
const REMEMBERED_MESSAGES = 64;

/**
 * The answers of a pure reading of a message, remembered per message text. Several readers ask
 * the same of one message in one turn (the interruptions first, then the question itself), and a
 * reading may walk every phrase of a question: each message is read once.
 */
export class RecentAnswers<T> {
  private readonly answers = new Map<string, T>();

  constructor(private readonly size = REMEMBERED_MESSAGES) {}

  of(text: string, read: (text: string) => T): T {
    if (this.answers.has(text)) return this.answers.get(text) as T;
    const answer = read(text);
    if (this.answers.size >= this.size) this.answers.clear();
    this.answers.set(text, answer);
    return answer;
  }
}

/**
 * One `RecentAnswers` per object the reading also depends on (a word list, a question, a
 * translator): the answers go with the object when it is no longer used.
 */
export class RecentAnswersPer<K extends object, T> {
  private readonly per = new WeakMap<K, RecentAnswers<T>>();

  of(key: K, text: string, read: (text: string) => T): T {
    let answers = this.per.get(key);
    if (!answers) this.per.set(key, (answers = new RecentAnswers<T>()));
    return answers.of(text, read);
  }
}
