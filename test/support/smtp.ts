import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message the local SMTP server accepted. */
export interface Captured {
  from: string;
  to: string[];
  raw: string;
}

/** A local SMTP server (loopback, port 0) that refuses the first `failFirst` messages with a temporary error. */
export async function smtpCapture(failFirst = 0) {
  const messages: Captured[] = [];
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refused < failFirst) {
          refused++;
          callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
          return;
        }
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    messages,
    refused: () => refused,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The decoded body of the first MIME part with this content type. */
export function mimePart(raw: string, contentType: string): string {
  const at = raw.toLowerCase().indexOf(`content-type: ${contentType}`);
  if (at < 0) throw new Error(`no ${contentType} part`);
  const headerEnd = raw.indexOf('\r\n\r\n', at);
  const headers = raw.slice(at, headerEnd).toLowerCase();
  const body = raw.slice(headerEnd + 4, raw.indexOf('\r\n--', headerEnd));
  if (headers.includes('base64')) return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  if (headers.includes('quoted-printable')) {
    return Buffer.from(
      body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  }
  return body;
}

export function decodedSubject(raw: string): string {
  const line = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return line.replace(/\r\n[ \t]/g, ' ').replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/g, (__, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}
