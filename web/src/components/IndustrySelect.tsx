/** GB/T 4754-2017 industries from GET /api/industries, multi-select with search by code or name. */
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { referenceApi } from '../api/endpoints.ts';

export interface IndustrySelectProps {
  value?: string[];
  onChange?: (codes: string[]) => void;
  id?: string;
}

export default function IndustrySelect({ value, onChange, id }: IndustrySelectProps) {
  const { t, i18n } = useTranslation();
  const { data, isFetching } = useQuery({
    queryKey: ['industries', i18n.language],
    queryFn: referenceApi.industries,
    staleTime: Infinity,
  });
  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      value={value}
      onChange={(v: string[]) => onChange?.(v)}
      loading={isFetching}
      placeholder={t('organisations.industriesPlaceholder')}
      showSearch={{ optionFilterProp: 'label' }}
      maxTagCount="responsive"
      options={(data ?? []).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
      style={{ width: '100%' }}
    />
  );
}
