import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config.js';

const root = new URL('../../', import.meta.url).pathname;
const deployment = `${root}deployment/`;

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  deploy?: { replicas?: number };
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  volumes?: string[];
  stop_grace_period?: string;
  read_only?: boolean;
}

const compose = parse(readFileSync(`${deployment}compose.yaml`, 'utf8')) as { services: Record<string, Service> };
const { bot, proxy, redis, mailpit } = compose.services;
const nginx = readFileSync(`${deployment}nginx/loopbaanbot.conf`, 'utf8');

/** `${NAME:-default}` as compose substitutes it when NAME is not set. */
const substituted = (value: string) => value.replace(/\$\{[A-Za-z_]\w*:-([^}]*)\}/g, '$1');

/** The body of one `location <path> { … }` block of the nginx file. */
function location(path: string): string {
  const start = nginx.indexOf(`location ${path} {`);
  expect(start, `location ${path}`).toBeGreaterThan(-1);
  return nginx.slice(start, nginx.indexOf('\n    }', start));
}

describe('deployment/compose.yaml', () => {
  it('When the stack starts, Then it has the bot, a proxy, Redis and a mail catcher', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['bot', 'mailpit', 'proxy', 'redis']);
  });

  it('When the bot is built, Then compose uses deployment/Dockerfile from the repository root', () => {
    expect(bot.build).toEqual({ context: '..', dockerfile: 'deployment/Dockerfile' });
    expect(existsSync(`${deployment}${bot.build?.context}/${bot.build?.dockerfile}`)).toBe(true);
  });

  it('When the bot runs, Then two replicas share Redis and are reachable only through the proxy', () => {
    expect(bot.deploy?.replicas).toBe(2);
    expect(bot.ports).toBeUndefined();
    expect(bot.environment?.REDIS_URL).toBe('redis://redis:6379/0');
    expect(bot.environment?.SMTP_URL).toBe('smtp://mailpit:1025');
  });

  it('When the bot environment is loaded as compose sets it, Then it is a valid configuration for two replicas', () => {
    const env = Object.fromEntries(Object.entries(bot.environment ?? {}).map(([k, v]) => [k, substituted(String(v))]));
    const config = loadConfig(env);
    expect(config).toMatchObject({ WORKERS: 1, TRUST_PROXY_HOPS: 1, REDIS_URL: 'redis://redis:6379/0' });
  });

  it('When a bot replica is checked, Then the health check asks /readyz (Redis answers) and the proxy waits for it', () => {
    expect(bot.healthcheck?.test.join(' ')).toContain('http://127.0.0.1:3978/readyz');
    expect(proxy.depends_on?.bot).toEqual({ condition: 'service_healthy' });
    expect(bot.depends_on?.redis).toEqual({ condition: 'service_healthy' });
    expect(redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
  });

  it('When compose stops a replica, Then it gets time to drain (SIGTERM before the kill) and cannot write its own files', () => {
    expect(Number.parseInt(bot.stop_grace_period ?? '0', 10)).toBeGreaterThanOrEqual(30);
    expect(bot.read_only).toBe(true);
  });

  it('When images are pulled, Then every one has a pinned version, never latest', () => {
    for (const service of [proxy, redis, mailpit]) {
      expect(service.image).toMatch(/^[\w./-]+:v?\d+\.\d+(\.\d+)?(-[\w.]+)?$/);
    }
  });

  it('When nginx starts, Then it publishes one port and mounts the config that is in the repository', () => {
    expect(proxy.image).toMatch(/^nginx:/);
    expect(proxy.ports?.map(substituted)).toEqual(['8080:80']);
    expect(proxy.volumes).toEqual(['./nginx/loopbaanbot.conf:/etc/nginx/conf.d/default.conf:ro']);
  });

  it('When traffic reaches nginx, Then every bot replica behind the `bot` name gets it, re-resolved as replicas change', () => {
    expect(nginx).toContain('resolver 127.0.0.11');
    expect(nginx.match(/server bot:3978 resolve;/g)).toHaveLength(2);
    expect(location('= /api/messages')).toContain('proxy_pass http://loopbaanbot;');
  });

  it('When a browser opens a Direct Line WebSocket, Then nginx passes the upgrade through and keeps the visitor on one replica', () => {
    const directLine = location('/v3/directline/');
    expect(directLine).toContain('proxy_set_header Upgrade $http_upgrade;');
    expect(directLine).toContain('proxy_set_header Connection $connection_upgrade;');
    expect(directLine).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;');
    expect(directLine).toContain('proxy_pass http://loopbaanbot_sticky;');
    expect(nginx).toMatch(/upstream loopbaanbot_sticky \{[^}]*hash \$remote_addr consistent;/);
  });

  it('When a body is larger than the bot accepts, Then nginx refuses it first', () => {
    expect(nginx).toMatch(/client_max_body_size 2\d\dk;/);
  });
});
