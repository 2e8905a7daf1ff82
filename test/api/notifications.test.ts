import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { emailOutbox, users } from '../../src/db/schema/index.ts';
import { notify } from '../../src/app/notifications/notify.ts';
import { drainOutbox, MAX_ATTEMPTS } from '../../src/app/notifications/mailer.ts';
import { createTestApp, type Session, type TestApp } from '../support/api.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';

let t: TestApp;
let sink: SmtpSink;
let gs: Session;
let sd: Session;
/** province.sd's notifications from the demo story (its evaluations and reports), read before the tests. */
let sdDemoTotal = 0;

async function userId(username: string): Promise<string> {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return u!.id;
}

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.DTPC_SMTP_URL = sink.url;
  t = await createTestApp();
  delete process.env.DTPC_SMTP_URL;
  gs = await t.login('province.gs');
  sd = await t.login('province.sd');
  await t.request(sd, 'POST', '/api/notifications/read-all');
  sdDemoTotal = (await t.request(sd, 'GET', '/api/notifications')).json().total as number;
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

describe('in-app notifications', () => {
  it('reaches the provincial admins whose jurisdiction covers the region, and nobody else', async () => {
    const recipients = await t.database.db.transaction((tx) =>
      notify(tx, {
        role: 'provincial_admin',
        regionCode: '620102',
        kind: 'objection.filed',
        params: { notice: '2026年甘肃省数促中心拟认定名单公示', application: '兰州数促中心' },
        link: '/publicity/x',
      }),
    );
    expect(recipients).toEqual([await userId('province.gs')]);

    const gsList = (await t.request(gs, 'GET', '/api/notifications')).json();
    expect(gsList.total).toBe(1);
    expect(gsList.items[0]).toMatchObject({
      kind: 'objection.filed',
      title: '收到公示异议：2026年甘肃省数促中心拟认定名单公示',
      link: '/publicity/x',
      readAt: null,
    });
    expect(gsList.items[0].body).toContain('兰州数促中心');
    expect((await t.request(sd, 'GET', '/api/notifications')).json().total).toBe(sdDemoTotal);
  });

  it('renders the template in the recipient’s language', async () => {
    const id = await userId('province.fj');
    await t.database.db.update(users).set({ locale: 'en' }).where(eq(users.id, id));
    await t.database.db.transaction((tx) =>
      notify(tx, {
        userIds: [id],
        kind: 'application.returned',
        params: { application: 'Fuzhou hub', reason: 'missing agreement' },
      }),
    );
    const fj = await t.login('province.fj');
    const list = (await t.request(fj, 'GET', '/api/notifications')).json();
    expect(list.items[0].title).toBe('Application returned: Fuzhou hub');
    expect(list.items[0].body).toContain('missing agreement');
  });

  it('counts unread, marks one read, and refuses to mark someone else’s (404)', async () => {
    expect((await t.request(gs, 'GET', '/api/notifications/unread-count')).json()).toEqual({ unread: 1 });
    const [item] = (await t.request(gs, 'GET', '/api/notifications?unread=true')).json().items;
    expect((await t.request(sd, 'POST', `/api/notifications/${item.id}/read`)).statusCode).toBe(404);
    expect((await t.request(gs, 'POST', `/api/notifications/${item.id}/read`)).statusCode).toBe(200);
    expect((await t.request(gs, 'GET', '/api/notifications/unread-count')).json()).toEqual({ unread: 0 });
    expect((await t.request(gs, 'GET', '/api/notifications?unread=true')).json().total).toBe(0);
    expect((await t.request(gs, 'GET', '/api/notifications')).json().items[0].readAt).not.toBeNull();
  });

  it('marks all read at once', async () => {
    const id = await userId('province.sd');
    await t.database.db.transaction(async (tx) => {
      await notify(tx, { userIds: [id], kind: 'review.completed', params: { application: 'A' } });
      await notify(tx, { userIds: [id], kind: 'review.completed', params: { application: 'B' } });
    });
    expect((await t.request(sd, 'POST', '/api/notifications/read-all')).json()).toEqual({ updated: 2 });
    expect((await t.request(sd, 'GET', '/api/notifications/unread-count')).json()).toEqual({ unread: 0 });
  });

  it('requires a session', async () => {
    expect((await t.request(null, 'GET', '/api/notifications')).statusCode).toBe(401);
  });

  it('writes nothing when the transaction that notified rolls back', async () => {
    const id = await userId('city.lanzhou');
    await expect(
      t.database.db.transaction(async (tx) => {
        await notify(tx, { userIds: [id], kind: 'application.submitted', params: { application: 'X' } });
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    const lz = await t.login('city.lanzhou');
    expect((await t.request(lz, 'GET', '/api/notifications')).json().total).toBe(0);
  });
});

describe('e-mail notifications', () => {
  it('rejects an invalid e-mail address naming the field', async () => {
    const res = await t.request(gs, 'PUT', '/api/notifications/settings', {
      email: 'not-an-address',
      emailEnabled: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('email');
  });

  it('sends the Chinese e-mail to a local SMTP sink after the transaction commits', async () => {
    const put = await t.request(gs, 'PUT', '/api/notifications/settings', {
      email: 'Gansu.Admin@example.cn',
      emailEnabled: true,
    });
    expect(put.json()).toMatchObject({ email: 'gansu.admin@example.cn', emailEnabled: true });
    await t.database.db.transaction((tx) =>
      notify(tx, {
        role: 'provincial_admin',
        regionCode: '620100',
        kind: 'objection.filed',
        params: { notice: '甘肃公示', application: '兰州数促中心' },
        link: '/publicity/abc',
      }),
    );
    // Any request completing afterwards wakes the sender (here: the bell's count).
    await t.request(gs, 'GET', '/api/notifications/unread-count');
    const mail = await sink.waitFor((m) => m.to.includes('gansu.admin@example.cn'));
    expect(mail.subject).toBe('【数促中心服务平台】收到公示异议：甘肃公示');
    expect(mail.text).toContain('兰州数促中心');
    expect(mail.text).toContain('/publicity/abc');
    // The sender marks the row sent once the server has accepted the message.
    let row: typeof emailOutbox.$inferSelect | undefined;
    for (let i = 0; i < 50 && row?.status !== 'sent'; i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      [row] = await t.database.db
        .select()
        .from(emailOutbox)
        .where(eq(emailOutbox.toAddress, 'gansu.admin@example.cn'));
    }
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('sends no e-mail when the user turned e-mail off', async () => {
    await t.request(gs, 'PUT', '/api/notifications/settings', {
      email: 'gansu.admin@example.cn',
      emailEnabled: false,
    });
    const before = (await t.database.db.select().from(emailOutbox)).length;
    await t.database.db.transaction((tx) =>
      notify(tx, { userIds: [gsId], kind: 'review.completed', params: { application: 'Y' } }),
    );
    expect((await t.database.db.select().from(emailOutbox)).length).toBe(before);
  });

  it('retries a failed send with backoff and gives up after the last attempt', async () => {
    await t.database.db.delete(emailOutbox);
    await t.request(gs, 'PUT', '/api/notifications/settings', {
      email: 'gansu.admin@example.cn',
      emailEnabled: true,
    });
    await t.database.db.transaction((tx) =>
      notify(tx, { userIds: [gsId], kind: 'review.completed', params: { application: 'Z' } }),
    );
    let calls = 0;
    const failing = {
      sendMail: async () => {
        calls += 1;
        throw new Error('421 try later');
      },
    };
    const start = new Date(Date.now() + 3_600_000);
    expect(await drainOutbox(t.database.db, failing, start)).toEqual({ sent: 0, failed: 1 });
    // Not due again until the backoff has passed.
    expect(await drainOutbox(t.database.db, failing, new Date(start.getTime() + 1000))).toEqual({
      sent: 0,
      failed: 0,
    });
    let now = start;
    for (let i = 2; i <= MAX_ATTEMPTS; i += 1) {
      now = new Date(now.getTime() + 2 * 3_600_000);
      await drainOutbox(t.database.db, failing, now);
    }
    const [row] = await t.database.db.select().from(emailOutbox);
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastError: '421 try later' });
    expect(calls).toBe(MAX_ATTEMPTS);
  });

  it('sends a message that failed once on the next round', async () => {
    await t.database.db.delete(emailOutbox);
    await t.database.db.transaction((tx) =>
      notify(tx, { userIds: [gsId], kind: 'review.completed', params: { application: 'W' } }),
    );
    const sent: string[] = [];
    let fail = true;
    const flaky = {
      sendMail: async (m: { subject: string }) => {
        if (fail) {
          fail = false;
          throw new Error('connection reset');
        }
        sent.push(m.subject);
      },
    };
    const now = new Date(Date.now() + 3_600_000);
    await drainOutbox(t.database.db, flaky, now);
    expect(await drainOutbox(t.database.db, flaky, new Date(now.getTime() + 31_000))).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(sent).toEqual(['【数促中心服务平台】专家评审完成：W']);
  });
});

let gsId = '';
beforeAll(async () => {
  gsId = await userId('province.gs');
});
