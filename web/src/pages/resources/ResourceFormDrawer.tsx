/** Create or edit a resource card; validated with the same zod schema as the API and the import. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Switch,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceApi } from '../../api/endpoints.ts';
import IndustrySelect from '../../components/IndustrySelect.tsx';
import { applyServerErrors, validateWith } from '../../lib/form-errors.ts';
import {
  catalogApi,
  infrastructureSubkindValues,
  poolApi,
  priceModelValues,
  resourceAccessValues,
  resourceCardSchema,
  resourceKindValues,
  scenarioValues,
  type ResourceKind,
  type ResourceView,
} from './api.ts';
import ResourceFiles from './ResourceFiles.tsx';

type Values = Record<string, unknown> & { kind: ResourceKind; priceYuan?: number | null; archived?: boolean };

const INITIAL: Values = {
  kind: 'solution',
  regionCodes: ['370000'],
  industryCodes: [],
  scenarios: [],
  priceModel: 'negotiable',
  access: 'public',
  status: 'published',
  attachments: [],
  details: { specs: '', results: [{}], evaluation: { criteria: [{}] } },
};

function toValues(r: ResourceView): Values {
  return {
    ...r,
    priceYuan: r.priceFen === null ? null : r.priceFen / 100,
    status: r.status === 'archived' ? 'published' : r.status,
    archived: r.status === 'archived',
    attachments: r.attachments ?? [],
  };
}

function toCard(values: Values): unknown {
  const { priceYuan, archived: _archived, ...rest } = values;
  const details = (values.details ?? {}) as Record<string, unknown>;
  const byKind: Record<string, unknown> =
    values.kind === 'supplier'
      ? { evaluation: details.evaluation }
      : values.kind === 'case'
        ? { conditions: details.conditions, solution: details.solution, results: details.results }
        : values.kind === 'infrastructure'
          ? { subkind: details.subkind, capacity: details.capacity ?? '' }
          : { specs: details.specs ?? '' };
  return {
    kind: rest.kind,
    title: rest.title,
    summary: rest.summary,
    providerName: rest.providerName,
    providerCreditCode: rest.providerCreditCode || null,
    industryCodes: rest.industryCodes,
    scenarios: rest.scenarios,
    regionCodes: rest.regionCodes,
    priceModel: rest.priceModel,
    priceFen: priceYuan === null || priceYuan === undefined ? null : Math.round(priceYuan * 100),
    access: rest.access,
    releaseVersion: rest.releaseVersion ?? '',
    attachments: rest.attachments ?? [],
    status: rest.status,
    details: byKind,
  };
}

export interface ResourceFormDrawerProps {
  slug: string;
  /** The resource to edit; null to create. */
  editing: string | null;
  open: boolean;
  onClose: () => void;
}

export default function ResourceFormDrawer({ slug, editing, open, onClose }: ResourceFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form) ?? 'solution';
  const existing = useQuery({
    queryKey: ['resource', editing],
    queryFn: () => catalogApi.get(editing!),
    enabled: open && editing !== null,
  });
  const provinces = useQuery({
    queryKey: ['regions', 'provinces'],
    queryFn: () => referenceApi.regions(),
    staleTime: Infinity,
  });
  const prefectures = useQuery({
    queryKey: ['regions', '370000'],
    queryFn: () => referenceApi.regions('370000'),
    staleTime: Infinity,
  });

  useEffect(() => {
    if (!open) {
      return;
    }
    setProblem(null);
    form.resetFields();
    form.setFieldsValue(editing && existing.data ? toValues(existing.data) : INITIAL);
  }, [open, editing, existing.data, form]);

  const save = useMutation({
    mutationFn: async (values: Values) => {
      const card = validateWith(resourceCardSchema, toCard(values), form, t, (p) =>
        p[0] === 'priceFen' ? ['priceYuan'] : p,
      );
      if (!card) {
        throw new Error('invalid');
      }
      return editing && existing.data
        ? poolApi.update(editing, {
            version: existing.data.version,
            card,
            archived: values.archived ?? false,
          })
        : poolApi.create(slug, card);
    },
    onSuccess: (view) => {
      void message.success(t('resources.admin.saved'));
      queryClient.setQueryData(['resource', view.id], view);
      void queryClient.invalidateQueries({ queryKey: ['pool'] });
      onClose();
    },
    onError: (error) => {
      if (error.message !== 'invalid') {
        setProblem(
          applyServerErrors(error, form, t, { fields: ['title', 'summary', 'providerName', 'details'] }),
        );
      }
    },
  });

  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  const regionOptions = [
    { value: '000000', label: t('resources.form.nationwide') },
    ...(provinces.data ?? []).map((r) => ({ value: r.code, label: r.name })),
    ...(prefectures.data ?? []).map((r) => ({ value: r.code, label: `山东省${r.name}` })),
  ];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={640}
      title={editing ? t('resources.form.editTitle') : t('resources.form.createTitle')}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('resources.form.cancel')}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => save.mutate(form.getFieldsValue(true))}
          >
            {t('resources.form.save')}
          </Button>
        </Space>
      }
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" name="resource-form" initialValues={INITIAL}>
        <Form.Item name="kind" label={t('resources.form.kind')} required>
          <Select disabled={editing !== null} options={options(resourceKindValues, 'resources.kinds')} />
        </Form.Item>
        <Form.Item name="title" label={t('resources.form.title')} required>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="summary" label={t('resources.form.summary')} required>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item
            name="providerName"
            label={t('resources.form.providerName')}
            required
            style={{ flex: 1 }}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="providerCreditCode"
            label={t('resources.form.providerCreditCode')}
            style={{ flex: 1 }}
          >
            <Input />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="industryCodes" label={t('resources.form.industryCodes')} required>
          <IndustrySelect />
        </Form.Item>
        <Form.Item name="scenarios" label={t('resources.form.scenarios')} required>
          <Select mode="multiple" options={options(scenarioValues, 'resources.scenarios')} />
        </Form.Item>
        <Form.Item name="regionCodes" label={t('resources.form.regionCodes')} required>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={regionOptions} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="priceModel" label={t('resources.form.priceModel')} required>
            <Select style={{ width: 180 }} options={options(priceModelValues, 'resources.priceModels')} />
          </Form.Item>
          <Form.Item name="priceYuan" label={t('resources.form.priceYuan')}>
            <InputNumber min={0} precision={2} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="releaseVersion" label={t('resources.form.releaseVersion')}>
            <Input style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <Form.Item name="access" label={t('resources.form.access')} required>
          <Radio.Group options={options(resourceAccessValues, 'resources.access')} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="status" label={t('resources.form.status')}>
            <Radio.Group options={options(['draft', 'published'] as const, 'resources.statuses')} />
          </Form.Item>
          {editing && (
            <Form.Item name="archived" label={t('resources.form.archived')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Space>
        {kind === 'supplier' && (
          <>
            <Form.List name={['details', 'evaluation', 'criteria']}>
              {(fields, { add, remove }) => (
                <Form.Item label={t('resources.form.criteria')}>
                  {fields.map((f) => (
                    <Space key={f.key} align="start" wrap>
                      <Form.Item name={[f.name, 'name']}>
                        <Input placeholder={t('resources.form.criterionName')} style={{ width: 120 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'weight']}>
                        <InputNumber
                          placeholder={t('resources.form.weight')}
                          min={0}
                          max={100}
                          style={{ width: 80 }}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'score']}>
                        <InputNumber
                          placeholder={t('resources.form.score')}
                          min={0}
                          max={100}
                          style={{ width: 80 }}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'evidence']}>
                        <Input placeholder={t('resources.form.evidence')} style={{ width: 200 }} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('resources.form.add')}
                  </Button>
                </Form.Item>
              )}
            </Form.List>
            <Space wrap>
              <Form.Item
                name={['details', 'evaluation', 'evaluatedOn']}
                label={t('resources.form.evaluatedOn')}
              >
                <Input placeholder="2026-06-30" />
              </Form.Item>
              <Form.Item name={['details', 'evaluation', 'evaluator']} label={t('resources.form.evaluator')}>
                <Input />
              </Form.Item>
            </Space>
          </>
        )}
        {kind === 'case' && (
          <>
            <Form.Item name={['details', 'conditions']} label={t('resources.form.conditions')} required>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name={['details', 'solution']} label={t('resources.form.solution')} required>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.List name={['details', 'results']}>
              {(fields, { add, remove }) => (
                <Form.Item label={t('resources.form.results')} required>
                  {fields.map((f) => (
                    <Space key={f.key} align="start">
                      <Form.Item name={[f.name, 'indicator']}>
                        <Input placeholder={t('resources.form.indicator')} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'value']}>
                        <InputNumber placeholder={t('resources.form.value')} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'unit']}>
                        <Input placeholder={t('resources.form.unit')} style={{ width: 80 }} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('resources.form.add')}
                  </Button>
                </Form.Item>
              )}
            </Form.List>
          </>
        )}
        {kind === 'infrastructure' && (
          <Space wrap>
            <Form.Item name={['details', 'subkind']} label={t('resources.form.subkind')} required>
              <Select
                style={{ width: 200 }}
                options={options(infrastructureSubkindValues, 'resources.subkinds')}
              />
            </Form.Item>
            <Form.Item name={['details', 'capacity']} label={t('resources.form.capacity')}>
              <Input style={{ width: 280 }} />
            </Form.Item>
          </Space>
        )}
        {!['supplier', 'case', 'infrastructure'].includes(kind) && (
          <Form.Item name={['details', 'specs']} label={t('resources.form.specs')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Form.List name="attachments">
          {(fields, { add, remove }) => (
            <Form.Item label={t('resources.form.attachments')}>
              {fields.map((f) => (
                <Space key={f.key} align="start">
                  <Form.Item name={[f.name, 'name']}>
                    <Input placeholder={t('resources.form.attachmentName')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'url']}>
                    <Input placeholder={t('resources.form.attachmentUrl')} style={{ width: 280 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                {t('resources.form.add')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
      {editing && (
        <>
          <Divider titlePlacement="start">{t('resources.files.title')}</Divider>
          <ResourceFiles resourceId={editing} />
        </>
      )}
    </Drawer>
  );
}
