/**
 * The text of a decision notice (决定书) — title, addressee, body and basis — composed from the facts of
 * the decision. Pure: the use cases freeze the result with the decision, so a notice printed later reads
 * as issued. Wording follows the documents' own verbs (认定 / 年度评价 / 撤销认定 / 予以确认, 000 第十七条、
 * 第二十条至第二十二条; 003 第十四条至第十八条).
 */
import { chineseDate } from '../calendar/dates.ts';

export interface NoticeText {
  zh: string;
  en: string;
}

export type NoticeKind = 'recognition' | 'rating' | 'revocation' | 'change';

export const noticeKindLabels: Record<NoticeKind, NoticeText> = {
  recognition: { zh: '认定决定', en: 'Recognition decision' },
  rating: { zh: '年度评价结果', en: 'Annual rating' },
  revocation: { zh: '撤销认定决定', en: 'Revocation decision' },
  change: { zh: '变更备案确认', en: 'Change filing decision' },
};

export type NoticeFacts =
  | {
      kind: 'recognition';
      outcome: 'approve' | 'reject';
      centerName: string;
      leadName: string;
      /** Criteria not met, by name, for a rejection. */
      unmet: string[];
    }
  | {
      kind: 'rating';
      centerName: string;
      leadName: string;
      year: number;
      rating: NoticeText;
    }
  | {
      kind: 'revocation';
      outcome: 'revoke' | 'dismiss';
      centerName: string;
      leadName: string;
      ground: NoticeText;
      effectiveOn: string;
      /** Exclusive: the lead unit may apply again from this day. */
      banEndsOn: string | null;
    }
  | {
      kind: 'change';
      outcome: 'confirm' | 'return';
      centerName: string;
      leadName: string;
      changeKind: NoticeText;
      changeDate: string;
      filedOn: string;
      newName: string | null;
    };

export interface ComposedNotice {
  title: NoticeText;
  addressee: string;
  body: NoticeText[];
}

export { chineseDate };

/** The day before an exclusive end date, for "until …" wording. */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function composeNotice(facts: NoticeFacts): ComposedNotice {
  const center = `「${facts.centerName}」`;
  switch (facts.kind) {
    case 'recognition':
      return facts.outcome === 'approve'
        ? {
            title: {
              zh: `关于${facts.centerName}认定申请的审定决定`,
              en: `Decision on the application of ${facts.centerName}`,
            },
            addressee: facts.leadName,
            body: [
              {
                zh: `经申报、审核和专家评审，由${facts.leadName}牵头申报的${center}符合认定条件，审定通过，拟予认定。经公示无异议后，予以公告认定。`,
                en: `After application, review and expert review, ${facts.centerName}, led by ${facts.leadName}, meets the conditions and is approved for recognition, to be announced once its publicity closes without upheld objections.`,
              },
              {
                zh: '请按照建设方案加快建设，完善公共服务平台，按要求报送年度总结报告，接受年度评价和动态管理。',
                en: 'Build the center according to its plan, keep its public service platform, report every year and take part in the annual evaluation and dynamic management.',
              },
            ],
          }
        : {
            title: {
              zh: `关于${facts.centerName}认定申请的决定`,
              en: `Decision on the application of ${facts.centerName}`,
            },
            addressee: facts.leadName,
            body: [
              {
                zh: `经审核，由${facts.leadName}牵头申报的${center}未达到认定条件，不予认定。`,
                en: `After review, ${facts.centerName}, led by ${facts.leadName}, does not meet the conditions and is not recognised.`,
              },
              ...(facts.unmet.length > 0
                ? [
                    {
                      zh: `未达到的条件：${facts.unmet.join('；')}。`,
                      en: `Conditions not met: ${facts.unmet.join('; ')}.`,
                    },
                  ]
                : []),
            ],
          };
    case 'rating':
      return {
        title: {
          zh: `关于${facts.centerName}${facts.year}年度评价结果的通知`,
          en: `Annual rating ${facts.year} of ${facts.centerName}`,
        },
        addressee: facts.leadName,
        body: [
          {
            zh: `经年度评价，${center}${facts.year}年度评价结果为：${facts.rating.zh}。`,
            en: `After the annual evaluation, the rating of ${facts.centerName} for ${facts.year} is: ${facts.rating.en}.`,
          },
        ],
      };
    case 'revocation':
      return facts.outcome === 'revoke'
        ? {
            title: {
              zh: `关于撤销${facts.centerName}认定的决定`,
              en: `Decision revoking the recognition of ${facts.centerName}`,
            },
            addressee: facts.leadName,
            body: [
              {
                zh: `经核实，${center}存在以下情形：${facts.ground.zh}。决定撤销其认定，自${chineseDate(facts.effectiveOn)}起不再列入促进中心名录。`,
                en: `It was established that ${facts.centerName}: ${facts.ground.en}. Its recognition is revoked and it leaves the directory from ${facts.effectiveOn}.`,
              },
              ...(facts.banEndsOn
                ? [
                    {
                      zh: `${facts.leadName}在${chineseDate(dayBefore(facts.banEndsOn))}（含）前不得再次申报。`,
                      en: `${facts.leadName} may not apply again until ${dayBefore(facts.banEndsOn)} inclusive.`,
                    },
                  ]
                : []),
            ],
          }
        : {
            title: {
              zh: `关于不予撤销${facts.centerName}认定的决定`,
              en: `Decision not to revoke the recognition of ${facts.centerName}`,
            },
            addressee: facts.leadName,
            body: [
              {
                zh: `经核实，${center}不构成“${facts.ground.zh}”情形，不予撤销认定。`,
                en: `It was established that the ground "${facts.ground.en}" does not apply to ${facts.centerName}; the recognition is not revoked.`,
              },
            ],
          };
    case 'change': {
      const what =
        facts.newName && facts.newName !== facts.centerName
          ? { zh: `，变更后名称为「${facts.newName}」`, en: `; new name: ${facts.newName}` }
          : { zh: '', en: '' };
      return {
        title: {
          zh: `关于${facts.centerName}${facts.changeKind.zh}备案的${facts.outcome === 'confirm' ? '确认意见' : '退回意见'}`,
          en: `${facts.outcome === 'confirm' ? 'Confirmation' : 'Return'} of the ${facts.changeKind.en.toLowerCase()} filing of ${facts.centerName}`,
        },
        addressee: facts.leadName,
        body: [
          {
            zh: `${center}于${chineseDate(facts.changeDate)}发生${facts.changeKind.zh}${what.zh}，于${chineseDate(facts.filedOn)}报备。经审核，${facts.outcome === 'confirm' ? '予以确认' : '予以退回，请按意见补正后重新报备'}。`,
            en: `${facts.centerName} reported a ${facts.changeKind.en.toLowerCase()} on ${facts.changeDate}${what.en}, filed on ${facts.filedOn}. After review it is ${facts.outcome === 'confirm' ? 'confirmed' : 'returned for correction and refiling'}.`,
          },
        ],
      };
    }
  }
}
