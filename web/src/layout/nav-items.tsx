/** The menu derived from the user's abilities: only pages that exist and that the user may open. */
import {
  AuditOutlined,
  CalendarOutlined,
  AppstoreOutlined,
  BankOutlined,
  DatabaseOutlined,
  CarryOutOutlined,
  FileProtectOutlined,
  FormOutlined,
  FundOutlined,
  GlobalOutlined,
  NotificationOutlined,
  ReadOutlined,
  TableOutlined,
  HomeOutlined,
  IdcardOutlined,
  SoundOutlined,
  UnorderedListOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import {
  DashboardOutlined as CenterPlatformIcon,
  ShopOutlined as EnterpriseServicesIcon,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Ability, Me } from '../api/contracts.ts';

export interface NavItem {
  key:
    | 'home'
    | 'centerPlatform'
    | 'enterpriseServices'
    | 'policy'
    | 'publicity'
    | 'directory'
    | 'calls'
    | 'myApplications'
    | 'review'
    | 'cultivation'
    | 'catalog'
    | 'training'
    | 'resourcePool'
    | 'organisations'
    | 'users'
    | 'audit'
    | 'calendar'
    | 'account'
    | 'expertReview'
    | 'expertPool'
    | 'reviewTasks'
    | 'evaluation'
    | 'revocations'
    | 'changeFilings'
    | 'recommendations'
    | 'decisionSupport'
    | 'network';
  path: string;
  icon: ReactNode;
  /** Ability required to see the entry; none = every signed-in user. */
  ability?: Ability;
}

const ALL: NavItem[] = [
  { key: 'home', path: '/', icon: <HomeOutlined /> },
  { key: 'decisionSupport', path: '/decision', icon: <FundOutlined />, ability: 'decision.read' },
  { key: 'network', path: '/network', icon: <GlobalOutlined />, ability: 'network.read' },
  { key: 'policy', path: '/policy', icon: <FileProtectOutlined /> },
  { key: 'publicity', path: '/publicity', icon: <SoundOutlined /> },
  { key: 'directory', path: '/directory', icon: <UnorderedListOutlined /> },
  { key: 'calls', path: '/calls', icon: <NotificationOutlined /> },
  { key: 'myApplications', path: '/applications/mine', icon: <FormOutlined />, ability: 'recognition.apply' },
  { key: 'review', path: '/review', icon: <AuditOutlined />, ability: 'recognition.review' },
  { key: 'cultivation', path: '/cultivation', icon: <TableOutlined />, ability: 'cultivation.read' },
  { key: 'catalog', path: '/catalog', icon: <AppstoreOutlined /> },
  { key: 'training', path: '/training', icon: <ReadOutlined /> },
  { key: 'resourcePool', path: '/resources', icon: <DatabaseOutlined />, ability: 'resources.operate' },
  { key: 'expertReview', path: '/expert-review', icon: <SolutionOutlined />, ability: 'review.manage' },
  { key: 'expertPool', path: '/experts', icon: <IdcardOutlined />, ability: 'review.manage' },
  { key: 'reviewTasks', path: '/expert-tasks', icon: <CarryOutOutlined />, ability: 'review.score' },
  {
    key: 'organisations',
    path: '/admin/organisations',
    icon: <BankOutlined />,
    ability: 'organisations.read',
  },
  { key: 'users', path: '/admin/users', icon: <TeamOutlined />, ability: 'accounts.manage' },
  { key: 'audit', path: '/admin/audit', icon: <AuditOutlined />, ability: 'audit.read' },
  { key: 'centerPlatform', path: '/center', icon: <CenterPlatformIcon />, ability: 'center.metrics' },
  { key: 'evaluation', path: '/evaluation', icon: <FileProtectOutlined />, ability: 'evaluation.read' },
  {
    key: 'revocations',
    path: '/management/revocations',
    icon: <AuditOutlined />,
    ability: 'revocation.read',
  },
  {
    key: 'changeFilings',
    path: '/management/change-filings',
    icon: <FormOutlined />,
    ability: 'changeFiling.read',
  },
  {
    key: 'recommendations',
    path: '/management/recommendations',
    icon: <BankOutlined />,
    ability: 'recommendation.read',
  },
  {
    key: 'enterpriseServices',
    path: '/enterprise',
    icon: <EnterpriseServicesIcon />,
    ability: 'enterprise.services',
  },
  { key: 'calendar', path: '/calendar', icon: <CalendarOutlined /> },
  { key: 'account', path: '/account', icon: <SettingOutlined /> },
];

export function navItemsFor(me: Me): NavItem[] {
  return ALL.filter((item) => !item.ability || me.abilities.includes(item.ability));
}

/** The menu key that owns a location (none for unknown paths, which show the 404 page). */
export function activeKey(pathname: string): NavItem['key'] | undefined {
  if (pathname === '/') {
    return 'home';
  }
  return ALL.find((i) => i.path !== '/' && pathname.startsWith(i.path))?.key;
}
