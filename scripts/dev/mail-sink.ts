/**
 * A local mail sink on loopback: a real SMTP server (the smtp-server package) that keeps every message as
 * an .eml file, so reminders can be read without any mail account. Used by `npm start` and the tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  file: string | null;
  from: string;
  to: string[];
  subject: string;
  messageId: string;
  receivedAt: Date;
  raw: string;
  /** The plain-text body, decoded (quoted-printable soft line breaks joined). */
  text: string;
}

function decodeBody(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (!/content-transfer-encoding:\s*quoted-printable/i.test(head)) return body;
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
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

export async function startMailSink(opts: { port?: number; dir?: string } = {}): Promise<MailSink> {
  const messages: ReceivedMail[] = [];
  const waiters: Array<{ pred: (m: ReceivedMail) => boolean; resolve: (m: ReceivedMail) => void }> = [];
  let refuse: number | null = null;
  let refuseOnly: string | undefined;
  if (opts.dir) mkdirSync(opts.dir, { recursive: true, mode: 0o700 }); // mail may name incidents: the user's eyes only
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (refuse && (!refuseOnly || address.address === refuseOnly)) {
        const err = new Error(refuse >= 500 ? 'mailbox unavailable' : 'service not available') as Error & { responseCode: number };
        err.responseCode = refuse;
        return cb(err);
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail: ReceivedMail = {
          file: null,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: header(raw, 'Subject'),
          messageId: header(raw, 'Message-ID'),
          receivedAt: new Date(),
          raw,
          text: decodeBody(raw),
        };
        if (opts.dir) {
          const name = `${mail.receivedAt.toISOString().replace(/[:.]/g, '-')}-${messages.length}.eml`;
          mail.file = path.join(opts.dir, name);
          writeFileSync(mail.file, raw, { mode: 0o600 });
        }
        messages.push(mail);
        for (const w of [...waiters]) {
          if (w.pred(mail)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(mail);
          }
        }
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
    messages,
    waitFor(pred, timeoutMs = 30_000) {
      const hit = messages.find(pred);
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const w = { pred, resolve: (m: ReceivedMail) => { clearTimeout(t); resolve(m); } };
        const t = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`no matching mail within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        waiters.push(w);
      });
    },
    refuseWith(code, address) {
      refuse = code;
      refuseOnly = address;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
