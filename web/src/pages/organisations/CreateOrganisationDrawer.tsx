/** 登记机构: 统一社会信用代码 checked as typed (GB 32100), kind, level, date, region, industries, flags. */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateCreditCode } from '../../../../src/domain/organisation/credit-code.ts';
import {
  authorityLevelSchema,
  createOrganisationBodySchema,
  organisationKindValues,
  type OrganisationKind,
} from '../../api/contracts.ts';
import { organisationsApi } from '../../api/endpoints.ts';
import IndustrySelect from '../../components/IndustrySelect.tsx';
import RegionCascader from '../../components/RegionCascader.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { applyServerErrors, validateWith } from '../../lib/form-errors.ts';

interface Values {
  name?: string;
  creditCode?: string;
  kind?: OrganisationKind;
  authorityLevel?: 'national' | 'provincial' | 'municipal' | 'county';
  registrationDate?: Dayjs | null;
  regionCode?: string;
  industryCodes?: string[];
  flags?: ('sme' | 'specialisedSme' | 'aboveScale')[];
  soe?: 'central' | 'provincial';
}

const FIELDS = [
  'name',
  'creditCode',
  'kind',
  'authorityLevel',
  'registrationDate',
  'regionCode',
  'industryCodes',
  'sme',
  'specialisedSme',
  'aboveScale',
  'soe',
];
const CODE_FIELDS = {
  'organisation.credit_code_invalid': 'creditCode',
  'organisation.credit_code_duplicate': 'creditCode',
  'reference.unknown_region': 'regionCode',
  'reference.unknown_industry': 'industryCodes',
};

export default function CreateOrganisationDrawer({
  open,
  onClose,
  width,
}: {
  open: boolean;
  onClose: () => void;
  width: number | string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);

  const submit = async () => {
    const v = form.getFieldsValue(true) as Values;
    const flags = new Set(v.flags ?? []);
    const candidate = {
      name: v.name,
      creditCode: v.creditCode,
      kind: v.kind,
      authorityLevel: v.kind === 'authority' ? v.authorityLevel : undefined,
      registrationDate: v.registrationDate ? v.registrationDate.format('YYYY-MM-DD') : undefined,
      regionCode: v.regionCode,
      industryCodes: v.industryCodes ?? [],
      sme: flags.has('sme'),
      specialisedSme: flags.has('specialisedSme'),
      aboveScale: flags.has('aboveScale'),
      soe: v.soe,
    };
    const body = validateWith(createOrganisationBodySchema, candidate, form, t, (p) =>
      ['sme', 'specialisedSme', 'aboveScale'].includes(String(p[0])) ? ['flags'] : p,
    );
    const check = v.creditCode ? validateCreditCode(v.creditCode) : null;
    if (check && !check.ok) {
      form.setFields([
        { name: 'creditCode', errors: [currentLocale() === 'en' ? check.message.en : check.message.zh] },
      ]);
      return;
    }
    if (!body) {
      return;
    }
    setSaving(true);
    setGeneral(null);
    try {
      await organisationsApi.create({ ...body, creditCode: check?.ok ? check.normalized : body.creditCode });
      message.success(t('common.created'));
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
      form.resetFields();
      onClose();
    } catch (error) {
      setGeneral(
        applyServerErrors(error, form, t, {
          fields: FIELDS,
          codeFields: CODE_FIELDS,
          fieldOf: (p) => (['sme', 'specialisedSme', 'aboveScale'].includes(String(p[0])) ? ['flags'] : p),
        }),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      title={t('organisations.create')}
      open={open}
      onClose={onClose}
      size={width}
      destroyOnHidden
      footer={
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()}>
            {t('common.submit')}
          </Button>
        </Space>
      }
    >
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="createOrganisation"
        layout="vertical"
        initialValues={{ kind: 'enterprise', flags: [] }}
        onFinish={() => void submit()}
      >
        <Form.Item name="name" label={t('organisations.name')} required>
          <Input />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label={t('organisations.creditCode')}
          required
          extra={t('organisations.creditCodeHelp')}
        >
          <Input maxLength={24} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="kind" label={t('organisations.kind')} required>
          <Select
            options={organisationKindValues.map((k) => ({ value: k, label: t(`organisations.kinds.${k}`) }))}
          />
        </Form.Item>
        {kind === 'authority' && (
          <Form.Item name="authorityLevel" label={t('organisations.authorityLevel')}>
            <Select
              allowClear
              options={authorityLevelSchema.options.map((l) => ({
                value: l,
                label: t(`organisations.levels.${l}`),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="registrationDate" label={t('organisations.registrationDate')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('organisations.region')} required>
          <RegionCascader />
        </Form.Item>
        <Form.Item name="industryCodes" label={t('organisations.industries')}>
          <IndustrySelect />
        </Form.Item>
        <Form.Item name="flags" label={t('organisations.flags')}>
          <Checkbox.Group
            options={[
              { value: 'sme', label: t('organisations.sme') },
              { value: 'specialisedSme', label: t('organisations.specialisedSme') },
              { value: 'aboveScale', label: t('organisations.aboveScale') },
            ]}
          />
        </Form.Item>
        <Form.Item name="soe" label={t('organisations.soe')}>
          <Select
            allowClear
            placeholder={t('organisations.soeNone')}
            options={[
              { value: 'central', label: t('organisations.soes.central') },
              { value: 'provincial', label: t('organisations.soes.provincial') },
            ]}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
