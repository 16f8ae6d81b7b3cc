import { afterEach, describe, expect, it } from 'vitest';
import { routeConsoleTo } from '../../src/observability/console.js';
import { createLogger } from '../../src/observability/logger.js';

const original = { error: console.error, warn: console.warn, info: console.info, log: console.log, debug: console.debug };
afterEach(() => Object.assign(console, original));

describe('routeConsoleTo', () => {
  it('When a library prints an error object with a stack, Then one JSON line comes out with its class, message and top of stack', () => {
    const lines: string[] = [];
    routeConsoleTo(createLogger('debug', (l) => lines.push(l)));
    const error = Object.assign(new Error('Unauthorized. No valid identity.'), { dialogState: { answers: 'what the user typed' } });
    console.error(error);
    console.warn('BadRequest: Missing activity\nsecond line');

    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((l) => JSON.parse(l) as Record<string, string>);
    expect(first).toMatchObject({ level: 'error', msg: 'library said', error: 'Error', message: 'Unauthorized. No valid identity.' });
    expect(second).toMatchObject({ level: 'warn', msg: 'library said', text: 'BadRequest: Missing activity' });
    expect(lines.join('')).not.toContain('what the user typed');
    for (const line of lines) expect(line).not.toContain('\n');
  });
});
