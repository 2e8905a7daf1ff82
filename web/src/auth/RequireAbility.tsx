/** Shows 403 instead of a page the user's abilities do not cover (the API refuses it anyway). */
import StatusResult from '../components/StatusResult.tsx';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ability } from '../api/contracts.ts';
import { hasAbility, useMe } from './session.ts';

export default function RequireAbility({ ability, children }: { ability: Ability; children: ReactNode }) {
  const me = useMe();
  const { t } = useTranslation();
  if (!hasAbility(me, ability)) {
    return <StatusResult status="403" title="403" subTitle={t('notFound.forbidden')} />;
  }
  return <>{children}</>;
}
