/** The form an enterprise posts a need with (or a center, on an enterprise's behalf). */
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { referenceApi } from '../../api/endpoints.ts';
import RegionCascader from '../../components/RegionCascader.tsx';
import { platformApi } from '../center/api.ts';
import FormModal from '../center/FormModal.tsx';
import { matchingApi } from './api.ts';

const SCENARIOS = [
  'rd_design',
  'production',
  'management',
  'procurement_sales',
  'operation_service',
  'quality',
  'logistics',
  'safety',
  'energy',
] as const;

interface Values {
  centerId?: string;
  enterpriseCreditCode?: string;
  title: string;
  description: string;
  industryCode: string;
  scenarios: (typeof SCENARIOS)[number][];
  regionCode: string;
  budgetMinFen?: number;
  budgetMaxFen?: number;
  deadline: Dayjs;
  contactVisibility: 'public' | 'center_only';
  contactName: string;
  contactPhone: string;
}

const FIELDS = [
  'centerId',
  'enterpriseCreditCode',
  'title',
  'description',
  'industryCode',
  'scenarios',
  'regionCode',
  'budgetMinFen',
  'budgetMaxFen',
  'deadline',
  'contactVisibility',
  'contactName',
  'contactPhone',
];

const fen = (yuan: number | undefined) =>
  yuan === undefined || yuan === null ? null : Math.round(yuan * 100);

export default function PostDemandModal({
  open,
  onClose,
  onPosted,
  centerSlug,
}: {
  open: boolean;
  onClose: () => void;
  onPosted: () => Promise<unknown>;
  /** Set when a center posts on an enterprise's behalf. */
  centerSlug?: string;
}) {
  const { t, i18n } = useTranslation();
  const industries = useQuery({
    queryKey: ['industries', i18n.language],
    queryFn: referenceApi.industries,
    staleTime: Infinity,
  });
  const centers = useQuery({
    queryKey: ['me', 'centers'],
    queryFn: platformApi.myCenters,
    enabled: !centerSlug,
  });
  return (
    <FormModal<Values>
      open={open}
      title={t('matching.post')}
      name="post-demand"
      fields={FIELDS}
      onClose={onClose}
      onSubmit={async (v) => {
        const body = {
          title: v.title,
          description: v.description,
          industryCode: v.industryCode,
          scenarios: v.scenarios ?? [],
          regionCode: v.regionCode,
          budgetMinFen: fen(v.budgetMinFen),
          budgetMaxFen: fen(v.budgetMaxFen),
          deadline: v.deadline.format('YYYY-MM-DD'),
          contactVisibility: v.contactVisibility,
          contactName: v.contactName,
          contactPhone: v.contactPhone,
        };
        if (centerSlug) {
          await matchingApi.postForEnterprise(centerSlug, {
            ...body,
            enterpriseCreditCode: v.enterpriseCreditCode ?? '',
          });
        } else {
          await matchingApi.post({ ...body, centerId: v.centerId ?? '' });
        }
        await onPosted();
      }}
    >
      {() => (
        <>
          {centerSlug ? (
            <Form.Item
              name="enterpriseCreditCode"
              label={t('matching.enterprise')}
              rules={[{ required: true }]}
            >
              <Input placeholder="统一社会信用代码" />
            </Form.Item>
          ) : (
            <Form.Item name="centerId" label={t('matching.center')} rules={[{ required: true }]}>
              <Select
                options={(centers.data?.items ?? [])
                  .filter((c) => c.status === 'recognised')
                  .map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          )}
          <Form.Item name="title" label={t('matching.title')} rules={[{ required: true }]}>
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item name="description" label={t('matching.description')} rules={[{ required: true }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="industryCode" label={t('matching.industry')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(industries.data ?? []).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
            />
          </Form.Item>
          <Form.Item name="scenarios" label={t('matching.scenarios')}>
            <Select
              mode="multiple"
              options={SCENARIOS.map((s) => ({ value: s, label: t(`resources.scenarios.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="regionCode" label={t('matching.region')} rules={[{ required: true }]}>
            <RegionCascader />
          </Form.Item>
          <Form.Item name="budgetMinFen" label={t('matching.budgetMin')}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="budgetMaxFen" label={t('matching.budgetMax')}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="deadline" label={t('matching.deadline')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="contactVisibility"
            label={t('matching.contactVisibility')}
            initialValue="center_only"
            rules={[{ required: true }]}
          >
            <Radio.Group
              options={(['center_only', 'public'] as const).map((v) => ({
                value: v,
                label: t(`matching.visibility.${v}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="contactName" label={t('matching.contactName')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('matching.contactPhone')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
