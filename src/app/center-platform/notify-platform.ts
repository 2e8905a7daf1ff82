/** The center platform's notifications to enterprises, each naming what it is about and where to act. */
import type { Db } from '../../db/client.ts';
import { chineseDate } from '../../domain/calendar/dates.ts';
import { serviceTypeLabels, type ServiceType } from '../../domain/center-platform/vocabulary.ts';
import { sessionText, yuanText } from '../../domain/notifications/wording.ts';
import type { AnyActor } from '../actor.ts';
import { notify } from '../notifications/notify.ts';

/** The actor's own user id, so the one who acted is not told what they did (none for the system). */
function except(actor: AnyActor): string[] {
  return 'userId' in actor ? [actor.userId] : [];
}

type RecordFacts = {
  serviceType: string;
  serviceDate: string;
  title: string;
  amountFen?: number | null;
};

/** What the records are, in words: one named with its type, date and amount; several counted with their span. */
function recordsText(records: readonly RecordFacts[]): { what: string; whatEn: string } {
  if (records.length === 1) {
    const r = records[0]!;
    const type = serviceTypeLabels[r.serviceType as ServiceType] ?? { zh: r.serviceType, en: r.serviceType };
    const amount = r.amountFen ? yuanText(r.amountFen) : null;
    return {
      what: `服务「${r.title}」（${type.zh}，${chineseDate(r.serviceDate)}${amount ? `，金额 ${amount.zh}` : ''}）`,
      whatEn: `the service "${r.title}" (${type.en}, ${r.serviceDate}${amount ? `, ${amount.en}` : ''})`,
    };
  }
  const dates = records.map((r) => r.serviceDate).sort();
  const from = dates[0]!;
  const to = dates[dates.length - 1]!;
  const span = from === to ? chineseDate(from) : `${chineseDate(from)} 至 ${chineseDate(to)}`;
  const spanEn = from === to ? from : `${from} to ${to}`;
  return {
    what: `${records.length} 条服务记录（${span}）`,
    whatEn: `${records.length} service records (${spanEn})`,
  };
}

/** Tells an enterprise's users that ledger records about it await their confirmation. */
export async function notifyServiceRecordsToConfirm(
  tx: Db,
  {
    actor,
    center,
    enterpriseId,
    records,
  }: { actor: AnyActor; center: { name: string }; enterpriseId: string; records: readonly RecordFacts[] },
): Promise<string[]> {
  return notify(tx, {
    role: 'enterprise',
    organisationId: enterpriseId,
    kind: 'service_record.awaiting_confirmation',
    params: { center: center.name, count: records.length, ...recordsText(records) },
    link: '/enterprise/services',
    exceptUserIds: except(actor),
  });
}

/** Confirms a registration to the user who registered: course, center, day, hours and place. */
export async function notifyRegistrationConfirmed(
  tx: Db,
  {
    userId,
    center,
    course,
    session,
  }: {
    userId: string;
    center: { name: string };
    course: { title: string };
    session: { sessionDate: string; startTime: string; endTime: string; location: string };
  },
): Promise<string[]> {
  const when = sessionText(session);
  return notify(tx, {
    userIds: [userId],
    kind: 'course_registration.confirmed',
    params: {
      center: center.name,
      course: course.title,
      sessionDate: session.sessionDate,
      when: when.zh,
      whenEn: when.en,
    },
    link: '/enterprise/courses',
  });
}

/** Tells the enterprise that filed a financing need which product the center matched it with. */
export async function notifyFinanceMatchProposed(
  tx: Db,
  {
    actor,
    center,
    need,
    product,
  }: {
    actor: AnyActor;
    center: { name: string };
    need: { organisationId: string; amountFen: number; purpose: string };
    product: { name: string; institution: string };
  },
): Promise<string[]> {
  const amount = yuanText(need.amountFen);
  return notify(tx, {
    role: 'enterprise',
    organisationId: need.organisationId,
    kind: 'finance_match.proposed',
    params: {
      center: center.name,
      product: product.name,
      institution: product.institution,
      amount: amount.zh,
      amountEn: amount.en,
      purpose: need.purpose,
    },
    link: '/enterprise/financing',
    exceptUserIds: except(actor),
  });
}
