/**
 * The outbox sender: claims due e-mails with a lease (so concurrent senders never send one twice), sends
 * them through SMTP (DTPC_SMTP_URL), and retries failures with exponential backoff.
 */
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../db/client.ts';
import { emailOutbox } from '../../db/schema/index.ts';
import { takeOutboxDirty } from './outbox-signal.ts';

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 60_000;
const BATCH = 20;

/** Backoff after the n-th failed attempt: 30 s, 1 min, 2 min … capped at 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

export function mailFrom(): string {
  return process.env.DTPC_MAIL_FROM ?? '数促中心服务平台 <noreply@dtpc.local>';
}

/** A nodemailer transport for the configured SMTP URL, or null when none is configured. */
export function smtpTransport(url = process.env.DTPC_SMTP_URL): Transporter | null {
  return url ? nodemailer.createTransport(url) : null;
}

export interface DrainResult {
  sent: number;
  failed: number;
}

/** Sends every due e-mail once; returns how many were sent and how many failed this round. */
export async function drainOutbox(db: Db, transport: MailTransport, now = new Date()): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, failed: 0 };
  for (;;) {
    const due = db
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.status, 'pending'),
          lte(emailOutbox.nextAttemptAt, now),
          or(isNull(emailOutbox.leaseUntil), lte(emailOutbox.leaseUntil, now)),
        ),
      )
      .orderBy(asc(emailOutbox.createdAt))
      .limit(BATCH)
      .for('update', { skipLocked: true });
    const claimed = await db
      .update(emailOutbox)
      .set({
        leaseUntil: new Date(now.getTime() + LEASE_MS),
        attempts: sql`${emailOutbox.attempts} + 1`,
      })
      .where(inArray(emailOutbox.id, due))
      .returning();
    if (claimed.length === 0) {
      return result;
    }
    for (const mail of claimed) {
      try {
        await transport.sendMail({
          from: mailFrom(),
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.text,
        });
        await db
          .update(emailOutbox)
          .set({ status: 'sent', sentAt: new Date(), leaseUntil: null, lastError: null })
          .where(eq(emailOutbox.id, mail.id));
        result.sent += 1;
      } catch (error) {
        const giveUp = mail.attempts >= MAX_ATTEMPTS;
        await db
          .update(emailOutbox)
          .set({
            status: giveUp ? 'failed' : 'pending',
            leaseUntil: null,
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)),
            lastError: (error as Error).message.slice(0, 500),
          })
          .where(eq(emailOutbox.id, mail.id));
        result.failed += 1;
      }
    }
  }
}

export interface Mailer {
  /** Sends now if e-mails were queued since the last send (called after each request completes). */
  kick(): void;
  /** Sends whatever is due and waits for it. */
  flush(): Promise<DrainResult>;
  stop(): Promise<void>;
}

/**
 * Starts the background sender: polls every DTPC_MAIL_POLL_MS (default 15 s) for retries, and sends at
 * once when kicked after a request that queued mail. Null when no SMTP URL is configured.
 */
export function startMailer(
  db: Db,
  options: { transport?: MailTransport | null; pollMs?: number; onError?: (error: unknown) => void } = {},
): Mailer | null {
  const transport = options.transport === undefined ? smtpTransport() : options.transport;
  if (!transport) {
    return null;
  }
  let running: Promise<DrainResult> | null = null;
  let again = false;
  const run = (): Promise<DrainResult> => {
    if (running) {
      again = true;
      return running;
    }
    running = drainOutbox(db, transport)
      .catch((error: unknown) => {
        options.onError?.(error);
        return { sent: 0, failed: 0 };
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void run();
        }
      });
    return running;
  };
  const timer = setInterval(
    () => void run(),
    options.pollMs ?? Number(process.env.DTPC_MAIL_POLL_MS ?? 15_000),
  );
  timer.unref();
  return {
    kick() {
      if (takeOutboxDirty()) {
        void run();
      }
    },
    flush: run,
    async stop() {
      clearInterval(timer);
      await running;
      (transport as Partial<Transporter>).close?.();
    },
  };
}
