/** 消息通知设置 strings (Chinese): the channels of each kind, grouped. */
import {
  notificationGroupLabels,
  notificationKindCatalogue,
  type Localised,
} from '../../../../src/domain/notifications/kinds.ts';

const zh = <K extends string>(table: Record<K, Localised>) =>
  Object.fromEntries(Object.entries<Localised>(table).map(([k, v]) => [k, v.zh])) as Record<K, string>;

const messages = {
  notificationSettings: {
    title: '通知设置',
    channelsTitle: '按类型选择接收方式',
    kind: '通知类型',
    inApp: '站内消息',
    byEmail: '邮件',
    allOfGroup: '{{group}}（全部）',
    emailOff: '邮件通知已关闭或未填写接收邮箱，邮件列暂不生效。',
    hint: '站内消息在本页和页首的消息提醒中查看；邮件发送到上方的接收邮箱。默认全部接收站内消息，邮件随“同时发送邮件”开关。',
    groups: zh(notificationGroupLabels),
    /** Keyed by kind (the keys hold dots: read with returnObjects). */
    kinds: zh(notificationKindCatalogue),
  },
};

export default messages;
