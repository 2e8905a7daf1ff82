/** Searchable organisation picker over GET /api/organisations?q=. */
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationsApi } from '../api/endpoints.ts';

export interface OrganisationSelectProps {
  value?: string;
  onChange?: (id: string | undefined) => void;
  id?: string;
}

export default function OrganisationSelect({ value, onChange, id }: OrganisationSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const { data, isFetching } = useQuery({
    queryKey: ['organisations', 'pick', q],
    queryFn: () => organisationsApi.list({ q: q || undefined, page: 1, pageSize: 20 }),
    placeholderData: (prev) => prev,
  });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      loading={isFetching}
      placeholder={t('users.organisationPlaceholder')}
      options={(data?.items ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.regionName}）` }))}
      notFoundContent={isFetching ? t('app.loading') : undefined}
      style={{ width: '100%' }}
    />
  );
}
