import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { mailsOf, passOn, reminderFixture, setDeadline } from './test-fixtures';

type Received = { from: string; to: string[]; data: string };

/**
 * A tiny SMTP server, enough for a client: greets, answers EHLO/HELO, MAIL, RCPT, DATA (up to the
 * lone dot), RSET, NOOP and QUIT. `rejectRcpt` answers 550 to every recipient.
 */
function smtpServer(opts: { rejectRcpt?: boolean } = {}) {
  const received: Received[] = [];
  const server = net.createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let mail: Received = { from: '', to: [], data: '' };
    const say = (line: string) => socket.write(`${line}\r\n`);
    say('220 test.local ESMTP ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mail.data = buffer.slice(0, end).replace(/^\.\./gm, '.');
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(mail);
          mail = { from: '', to: [], data: '' };
          say('250 2.0.0 queued');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') {
          say('250-test.local');
          say('250-8BITMIME');
          say('250 SMTPUTF8');
        } else if (verb === 'HELO') say('250 test.local');
        else if (verb === 'MAIL') {
          mail.from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          say('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          if (opts.rejectRcpt) say('550 5.1.1 no such user');
          else {
            mail.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
            say('250 2.1.5 ok');
          }
        } else if (verb === 'DATA') {
          inData = true;
          say('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'RSET' || verb === 'NOOP') say('250 ok');
        else if (verb === 'QUIT') {
          say('221 bye');
          socket.end();
          return;
        } else say('502 not implemented');
      }
    });
  });
  return new Promise<{ url: string; received: Received[]; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({ url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

/** A header's value, unfolded, with RFC 2047 encoded words decoded. */
function header(data: string, name: string): string {
  const head = data.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');
  const line = head.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  if (!line) return '';
  return line
    .slice(name.length + 1)
    .trim()
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
}

const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

describe('email through SMTP', () => {
  it('sends each reminder as a real SMTP conversation, with a Vietnamese subject, and records it', async () => {
    const smtp = await smtpServer();
    servers.push(smtp);
    const f = await reminderFixture({ day: '2021-03-01', env: { SMTP_URL: smtp.url, SMTP_FROM: 'Đôn Đốc <dondoc@stttt.langson.gov.vn>', PUBLIC_URL: 'https://dondoc.langson.gov.vn/' } });
    setDeadline(f.db, f.tasks.bls, '2021-03-10');
    await passOn(f, '2021-03-05');

    expect(smtp.received).toHaveLength(1);
    const [msg] = smtp.received;
    expect(msg!.from).toBe('dondoc@stttt.langson.gov.vn');
    expect(msg!.to).toEqual(['phongvien@baolangson.vn']);
    expect(header(msg!.data, 'Subject')).toBe('[Đôn Đốc] Sắp đến hạn: Văn bản số …/STTTT-TTBCXB');
    expect(header(msg!.data, 'To')).toBe('phongvien@baolangson.vn');
    expect(mailsOf(f.db, f.people.reporter)).toMatchObject([{ status: 'sent', error: null }]);
    expect(mailsOf(f.db, f.people.reporter)[0]!.body).toContain(`Xem chi tiết: https://dondoc.langson.gov.vn/tasks/${f.tasks.bls}`);
    // The person who turned email off: none.
    expect(mailsOf(f.db, f.people.quiet)).toEqual([]);
  });

  it('records a refused message as failed, keeping the notification', async () => {
    const smtp = await smtpServer({ rejectRcpt: true });
    servers.push(smtp);
    const f = await reminderFixture({ day: '2021-03-01', env: { SMTP_URL: smtp.url } });
    setDeadline(f.db, f.tasks.bls, '2021-03-10');
    await passOn(f, '2021-03-05');
    const [mail] = mailsOf(f.db, f.people.reporter);
    expect(mail).toMatchObject({ status: 'failed' });
    expect(mail!.error).toMatch(/550|no such user|recipients/i);
    expect(smtp.received).toEqual([]);
  });
});
