/** Training registration and public events strings (English). */
import { vocabularyLabels } from '../../../../src/contracts/vocabulary-labels.ts';
import { enNames } from '../../i18n/vocabulary.ts';
import type zh from './i18n.zh-cn.ts';

const training: typeof zh = {
  menu: 'Training',
  title: 'Training',
  subtitle:
    'Courses the recognised centers offer enterprises. Choose a session to register; registration needs an enterprise account.',
  searchLabel: 'Search courses',
  searchPlaceholder: 'Course name, e.g. industrial internet',
  search: 'Search',
  empty: 'No session open for registration soon',
  noMatch: 'No course matches that name',
  total: '{{n}} courses',
  teachers: 'Taught by {{names}}',
  modes: { online: 'Online', offline: 'On site', hybrid: 'Hybrid' },
  seatsLeft: '{{n}} of {{seats}} seats left',
  full: 'Full',
  loginToRegister: 'Sign in to register',
  register: 'Register',
  registered: 'Registered',
  registeredOk: 'Registered',
  cancel: 'Cancel registration',
  cancelledOk: 'Registration cancelled',
  enterpriseOnly: 'Enterprise accounts can register',
  centerCourses: 'Courses',
  centerEvents: 'Events held',
  centerOffers: 'SME offers',
  portalTitle: 'Upcoming training',
  portalEmpty: 'No session open for registration soon',
  portalNext: 'Starts {{date}}',
  portalSessions: '{{n}} sessions',
  offers: {
    empty: 'No SME offer running now',
    provider: 'By {{name}}',
    price: 'Offer price CNY {{price}}',
    listPrice: 'List price CNY {{price}}',
    trialDays: '{{n}}-day free trial',
    uses: 'Used {{n}} times',
    loginToClaim: 'Sign in to claim or book',
    claim: 'Claim or book',
    enterpriseOnly: 'Enterprise accounts claim or book SME offers',
  },
  events: {
    kinds: enNames(vocabularyLabels.eventKind),
    empty: 'No events recorded',
    participants: '{{n}} took part',
    teams: '{{n}} teams',
    agreements: '{{n}} agreements reached',
  },
};

export default training;
