/**
 * A local mail sink on loopback: a real SMTP server (the smtp-server package) that keeps every message as
 * an .eml file, so reminders can be read without any mail account. Used by `npm start` and the tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  file: string | null;
  from: string;
  to: string[];
  /** Decoded (RFC 2047 encoded words, as nodemailer writes a subject with an em dash). */
  subject: string;
  messageId: string;
  receivedAt: Date;
  raw: string;
  /** The plain-text body, decoded. */
  text: string;
  /** The HTML alternative, decoded, when the message has one. */
  html: string | null;
  attachments: Array<{ filename: string; contentType: string; content: string }>;
}

/** A MIME part's body by its transfer encoding (quoted-printable, base64, or as is), as UTF-8 text. */
function decodeTransfer(head: string, body: string): string {
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return body;
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** RFC 2047 encoded words (=?UTF-8?Q?...?= and =?UTF-8?B?...?=), with the space between adjacent words dropped. */
function decodeWords(value: string): string {
  const q = (data: string) => Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : q(data),
    );
}

interface Part {
  head: string;
  body: string;
}

/** The leaf parts of a MIME message (multipart/mixed and multipart/alternative, nested). */
function leafParts(head: string, body: string): Part[] {
  const boundary = /content-type:\s*multipart\/[^;]+;[\s\S]*?boundary="?([^";\r\n]+)"?/i.exec(head)?.[1];
  if (!boundary) return [{ head, body }];
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((p) => !p.startsWith('--'))
    .flatMap((p) => {
      const [h, ...rest] = p.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
      return leafParts(h, rest.join('\n\n').replace(/\r?\n$/, ''));
    });
}

function parseMessage(raw: string): Pick<ReceivedMail, 'text' | 'html' | 'attachments'> {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const parts = leafParts(head, rest.join('\n\n'));
  const type = (p: Part) => /content-type:\s*([^;\r\n]+)/i.exec(p.head)?.[1]?.trim().toLowerCase() ?? 'text/plain';
  const isAttachment = (p: Part) => /content-disposition:\s*attachment/i.test(p.head);
  const text = parts.find((p) => type(p) === 'text/plain' && !isAttachment(p));
  const html = parts.find((p) => type(p) === 'text/html' && !isAttachment(p));
  return {
    text: text ? decodeTransfer(text.head, text.body) : '',
    html: html ? decodeTransfer(html.head, html.body) : null,
    attachments: parts.filter(isAttachment).map((p) => ({
      filename: /filename="?([^";\r\n]+)"?/i.exec(p.head)?.[1] ?? 'attachment',
      contentType: type(p),
      content: decodeTransfer(p.head, p.body),
    })),
  };
}

export interface MailSink {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Resolves when a message matching `pred` has arrived. */
  waitFor(pred: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Refuse recipients with a code (421 transient, 550 permanent), all or only `address`; null accepts again. */
  refuseWith(code: number | null, address?: string): void;
  close(): Promise<void>;
}

function header(raw: string, name: string): string {
  const m = new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(raw.split(/\r?\n\r?\n/)[0] ?? '');
  return m ? m[1].replace(/\r?\n[ \t]+/g, ' ').trim() : '';
}

/** One message as the sink keeps it, parsed from the raw text (and written to `dir` when given). */
function received(raw: string, session: SMTPServerSession, seq: number, dir?: string): ReceivedMail {
  const mail: ReceivedMail = {
    file: null,
    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
    to: session.envelope.rcptTo.map((r) => r.address),
    subject: decodeWords(header(raw, 'Subject')),
    messageId: header(raw, 'Message-ID'),
    receivedAt: new Date(),
    raw,
    ...parseMessage(raw),
  };
  if (dir) {
    mail.file = path.join(dir, `${mail.receivedAt.toISOString().replace(/[:.]/g, '-')}-${seq}.eml`);
    writeFileSync(mail.file, raw, { mode: 0o600 });
  }
  return mail;
}

/** Mail as it arrives, and promises waiting for a message that matches. */
class Inbox {
  readonly messages: ReceivedMail[] = [];
  private readonly waiters: Array<{ pred: (m: ReceivedMail) => boolean; resolve: (m: ReceivedMail) => void }> = [];

  add(mail: ReceivedMail): void {
    this.messages.push(mail);
    for (const w of [...this.waiters]) {
      if (!w.pred(mail)) continue;
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve(mail);
    }
  }

  waitFor(pred: (m: ReceivedMail) => boolean, timeoutMs = 30_000): Promise<ReceivedMail> {
    const hit = this.messages.find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const w = {
        pred,
        resolve: (m: ReceivedMail) => {
          clearTimeout(t);
          resolve(m);
        },
      };
      const t = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        reject(new Error(`no matching mail within ${timeoutMs} ms (${this.messages.length} received)`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }
}

export async function startMailSink(opts: { port?: number; dir?: string } = {}): Promise<MailSink> {
  const inbox = new Inbox();
  const refusal: { code: number | null; only?: string } = { code: null };
  if (opts.dir) mkdirSync(opts.dir, { recursive: true, mode: 0o700 }); // mail may name incidents: the user's eyes only
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (!refusal.code || (refusal.only && address.address !== refusal.only)) return cb();
      const err = new Error(refusal.code >= 500 ? 'mailbox unavailable' : 'service not available') as Error & { responseCode: number };
      err.responseCode = refusal.code;
      cb(err);
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.add(received(Buffer.concat(chunks).toString('utf8'), session, inbox.messages.length, opts.dir));
        cb();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages: inbox.messages,
    waitFor: (pred, timeoutMs) => inbox.waitFor(pred, timeoutMs),
    refuseWith(code, address) {
      refusal.code = code;
      refusal.only = address;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
