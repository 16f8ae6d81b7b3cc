import { describe, expect, it } from 'vitest';
import { whatsAppSettings } from '../../../src/channels/whatsapp/index.js';
import { loadConfig } from '../../../src/config.js';
import { problemsOf } from '../../support/config.js';

const complete = {
  WHATSAPP_TOKEN: 'token',
  WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
  WHATSAPP_APP_SECRET: 'secret',
  WHATSAPP_VERIFY_TOKEN: 'verify',
};

describe('WhatsApp configuration', () => {
  it('When no WHATSAPP_* variable is set, Then WhatsApp is off', () => {
    expect(whatsAppSettings(loadConfig({}))).toBeUndefined();
  });

  it('When the four required variables are set, Then WhatsApp is on with Graph v21.0 and no template', () => {
    expect(whatsAppSettings(loadConfig(complete))).toStrictEqual({
      apiUrl: 'https://graph.facebook.com/v21.0',
      token: 'token',
      phoneNumberId: '106540352242922',
      appSecret: 'secret',
      verifyToken: 'verify',
    });
  });

  it('When a template is configured, Then it comes with its language (nl unless set)', () => {
    expect(whatsAppSettings(loadConfig({ ...complete, WHATSAPP_REMINDER_TEMPLATE: 'loopbaanbot_reminder' }))?.template).toStrictEqual({
      name: 'loopbaanbot_reminder',
      language: 'nl',
    });
    expect(
      whatsAppSettings(loadConfig({ ...complete, WHATSAPP_REMINDER_TEMPLATE: 'reminder', WHATSAPP_REMINDER_TEMPLATE_LANGUAGE: 'en_US' }))
        ?.template,
    ).toStrictEqual({ name: 'reminder', language: 'en_US' });
  });

  it('When only part of WhatsApp is configured, Then every missing variable is named, never a value', () => {
    const problems = problemsOf({ WHATSAPP_TOKEN: 'very-secret-token', WHATSAPP_APP_SECRET: 'secret' });
    expect(problems).toEqual([
      'WHATSAPP_PHONE_NUMBER_ID: is required when WhatsApp is configured (WHATSAPP_TOKEN is set)',
      'WHATSAPP_VERIFY_TOKEN: is required when WhatsApp is configured (WHATSAPP_TOKEN is set)',
    ]);
    expect(problems.join('\n')).not.toContain('very-secret-token');
  });

  it('When the Graph URL is plain http to another host, or the phone number id is not numeric, Then both are refused', () => {
    expect(problemsOf({ ...complete, WHATSAPP_API_URL: 'http://graph.example.org/v21.0', WHATSAPP_PHONE_NUMBER_ID: '+32 470' })).toEqual([
      'WHATSAPP_API_URL: must be an https:// URL (http:// only for localhost)',
      'WHATSAPP_PHONE_NUMBER_ID: must be the numeric phone number id from Meta',
    ]);
    expect(loadConfig({ ...complete, WHATSAPP_API_URL: 'http://127.0.0.1:4000/v21.0' }).WHATSAPP_API_URL).toBe(
      'http://127.0.0.1:4000/v21.0',
    );
  });
});
