/** Notification settings strings (English): the channels of each kind, grouped. */
import {
  notificationGroupLabels,
  notificationKindCatalogue,
  type Localised,
} from '../../../../src/domain/notifications/kinds.ts';
import type zh from './i18n.zh-cn.ts';

const en = <K extends string>(table: Record<K, Localised>) =>
  Object.fromEntries(Object.entries<Localised>(table).map(([k, v]) => [k, v.en])) as Record<K, string>;

const messages: typeof zh = {
  notificationSettings: {
    title: 'Notification settings',
    channelsTitle: 'How to receive each kind',
    kind: 'Kind',
    inApp: 'In-app',
    byEmail: 'E-mail',
    allOfGroup: '{{group}} (all)',
    emailOff: 'E-mail is off or no address is set, so the e-mail column has no effect for now.',
    hint: 'In-app messages are listed on this page and under the bell in the header; e-mails go to the address above. By default every kind is shown in-app, and e-mailed when "Also send by e-mail" is on.',
    groups: en(notificationGroupLabels),
    kinds: en(notificationKindCatalogue),
  },
};

export default messages;
