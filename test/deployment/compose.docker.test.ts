import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** True when a Docker engine and the compose plugin answer; CI machines have no engine. */
function dockerAvailable(): boolean {
  const answers = (args: string[]) => spawnSync('docker', args, { stdio: 'ignore', timeout: 15_000 }).status === 0;
  return answers(['info']) && answers(['compose', 'version']);
}

const available = dockerAvailable();
if (!available) {
  console.warn(
    'SKIPPED test/deployment/compose.docker.test.ts: no Docker engine with compose answers `docker info` here ' +
      `(${process.env.CI === 'true' ? 'CI has no Docker engine, so it is skipped there too' : 'install Docker to run it'}).`,
  );
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

describe.skipIf(!available)('docker compose stack (deployment/compose.yaml)', () => {
  it('When the stack is up, Then the bot answers a message through the proxy and reports ready', async () => {
    const project = `loopbaanbot-test-${process.pid}`;
    const [port, mailPort] = [await freePort(), await freePort()];
    const compose = (...args: string[]) =>
      spawnSync('docker', ['compose', '-p', project, '-f', 'deployment/compose.yaml', ...args], {
        cwd: root,
        env: { ...process.env, LOOPBAANBOT_PORT: String(port), MAILPIT_PORT: String(mailPort) },
        encoding: 'utf8',
        timeout: 900_000,
      });
    try {
      const up = compose('up', '--build', '--detach', '--wait', '--wait-timeout', '300');
      expect(up.status, up.stderr).toBe(0);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          channelId: 'directline',
          from: { id: 'compose-user' },
          recipient: { id: 'bot' },
          conversation: { id: `compose-${process.pid}` },
          serviceUrl: 'http://127.0.0.1:9/',
          locale: 'nl-BE',
          text: 'hallo',
          deliveryMode: 'expectReplies',
        }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { activities: { text?: string }[] };
      expect(body.activities[0]?.text).toContain('Loopbaanbot');
    } finally {
      compose('down', '--volumes', '--remove-orphans');
    }
  }, 1_000_000);
});
