/** Portal strings (English). */
import type zh from './i18n.zh-cn.ts';

const portal: typeof zh = {
  menu: 'Home',
  nav: 'Public sections',
  openMenu: 'Open the section menu',
  title: 'Industrial Internet Digital Transformation Promotion Centers',
  intro:
    'Promotion centers offer SMEs public services for their digital transformation: diagnosis, solutions and resource matching, training. This platform brings together the centers’ applications and recognition, publicity and announcements, the directory and annual evaluations, and a searchable catalog of services.',
  searchLabel: 'Search the resource catalog',
  searchPlaceholder: 'Search services, e.g. predictive maintenance',
  search: 'Search',
  diagnose: 'Digital diagnosis for enterprises',
  postNeed: 'Post a transformation need',
  apply: 'Apply',
  stats: {
    centers: 'Recognised centers',
    openCalls: 'Calls open for applications',
    inPublicity: 'Lists in publicity',
  },
  calls: {
    title: 'Calls for applications',
    closesOn: 'Closes {{date}}',
    daysLeft: '{{n}} days left',
    lastDay: 'Closes today',
    empty: 'No call is open for applications',
  },
  publicity: {
    title: 'Publicity and announcements',
    window: '{{start}} to {{end}}',
    empty: 'No publicity notice yet',
  },
  directory: {
    title: 'Directory of centers',
    recognisedOn: 'Recognised {{date}}',
    empty: 'The directory is empty',
  },
  cases: {
    title: 'Case studies',
    provider: 'By {{name}}',
    reused: 'Reused {{n}} times',
    empty: 'No case study in the catalog yet',
  },
  policy: {
    empty: 'No policy document yet',
    title: 'Policy documents',
    criteria: '{{n}} recognition criteria',
  },
  more: 'View all',
};

export default portal;
