import { describe, expect, it } from 'vitest';
import { renderNotification } from './templates.ts';
import type { NotificationKind } from '../../domain/notifications/kinds.ts';

/** The params the center platform's commands give each new kind (see notify-platform.ts and the commands). */
const platformParams: [NotificationKind, Record<string, unknown>][] = [
  [
    'call.published',
    {
      call: '2026年申报通知',
      authority: '山东省工业和信息化厅',
      year: 2026,
      opensOn: '2026-04-01',
      closesOn: '2026-05-31',
    },
  ],
  [
    'service_record.awaiting_confirmation',
    {
      center: '济南数促中心',
      count: 1,
      what: '服务「诊断」（诊断评估，2026-03-05）',
      whatEn: 'the service "诊断" (Diagnosis, 2026-03-05)',
    },
  ],
  [
    'course_registration.confirmed',
    {
      center: '济南数促中心',
      course: '标识解析实训',
      sessionDate: '2026-07-10',
      when: '2026-07-10 09:00–12:00',
      whenEn: '2026-07-10 09:00–12:00',
    },
  ],
  [
    'finance_match.proposed',
    {
      center: '济南数促中心',
      product: '科创贷',
      institution: '齐鲁银行',
      amount: '5,000,000 元',
      amountEn: 'CNY 5,000,000',
      purpose: '购置设备',
    },
  ],
  [
    'demand.answered',
    {
      demand: '视觉检测',
      center: '济南数促中心',
      provider: '慧眼科技',
      answer: '接受对接',
      answerEn: 'accepted',
      noteZh: '',
      noteEn: '',
    },
  ],
];

describe('the center platform’s notification templates', () => {
  it.each(platformParams)('fills every placeholder of %s in both languages', (kind, params) => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { title, body } = renderNotification(kind, params, locale);
      expect(`${title} ${body}`).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('dates in notifications', () => {
  it('reads a whole date param in Chinese as the screens write it, and leaves English ISO', () => {
    const params = platformParams.find(([kind]) => kind === 'call.published')![1];
    expect(renderNotification('call.published', params, 'zh-CN').body).toContain(
      '申报时间 2026年4月1日 至 2026年5月31日',
    );
    expect(renderNotification('call.published', params, 'en').body).toContain(
      'from 2026-04-01 to 2026-05-31',
    );
  });
});
