import { createHmac, randomBytes } from 'node:crypto';
import type { Logger } from '../observability/logger.js';

/**
 * Pseudonyms for storage keys and indexes that would otherwise name a person (a WhatsApp phone
 * number, a channel user id). A salted HMAC, not a plain hash: phone numbers are few enough to
 * hash them all, so an unsalted hash would be as good as the number itself to whoever reads Redis.
 *
 * Every instance of the bot must use the same salt (DATA_HASH_SALT), or they disagree on keys.
 */
export class PersonKeys {
  private constructor(private readonly salt: Buffer) {}

  /** From DATA_HASH_SALT; unset = a random salt for this process, with a warning (local use only). */
  static fromSalt(salt: string | undefined, logger: Logger): PersonKeys {
    if (salt) return new PersonKeys(Buffer.from(salt, 'utf8'));
    logger.warn(
      'DATA_HASH_SALT is not set: keys that name a person use a random salt, so conversations start over after a restart and instances disagree',
    );
    return PersonKeys.random();
  }

  /** A random salt: for tests and a single local process. */
  static random(): PersonKeys {
    return new PersonKeys(randomBytes(32));
  }

  /**
   * A stable pseudonym for `value` used as `purpose` (e.g. 'whatsapp-user'): 32 hex characters.
   * Different purposes give unrelated pseudonyms for the same value.
   */
  of(purpose: string, value: string): string {
    return createHmac('sha256', this.salt).update(purpose).update('\u0000').update(value).digest('hex').slice(0, 32);
  }
}
