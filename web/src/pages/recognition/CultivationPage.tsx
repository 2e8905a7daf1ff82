/** 培育情况表: the city keeps its rows (the pack's columns); the province sees all its cities; export in the form's layout. */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Drawer, Form, Input, InputNumber, Popconfirm, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/session.ts';
import RegionCascader from '../../components/RegionCascader.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useExport } from '../../lib/use-export.ts';
import { policyApi } from '../policy/api.ts';
import { recognitionApi, type CultivationEntryView } from './api.ts';
import { errorText } from './shared.tsx';
import { currentLocale } from '../../i18n/index.ts';

interface Values {
  name: string;
  category: string;
  leadOrg: string;
  memberOrgs?: string;
  capabilitySummary: string;
  physicalSites: string;
  constructionPeriod: string;
  jurisdiction: string;
}

export default function CultivationPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<CultivationEntryView | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const exporter = useExport('/cultivation-report/export.xlsx', '培育情况表.xlsx');
  const isCity = me.roles.some((r) => r.role === 'city_officer');
  const query = { year, ...page };
  const { data, isFetching } = useQuery({
    queryKey: ['cultivation', query],
    queryFn: () => recognitionApi.cultivation(query),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['cultivation'] });
  // Column headings come from the pack's 培育情况表 template (the document's own wording, zh/en).
  const pack = useQuery({
    queryKey: ['policy-pack', 'fujian-cultivation-2022'],
    queryFn: () => policyApi.get('fujian-cultivation-2022'),
  });
  const template = pack.data?.reportTemplates.find((x) => x.id === 'cultivation_report');
  const h = (key: string, fallback: string) => {
    const c = template?.columns.find((x) => x.key === key);
    return c ? (currentLocale() === 'en' ? c.en : c.zh) : fallback;
  };

  const open = (row: CultivationEntryView | 'new') => {
    setEditing(row);
    form.setFieldsValue(
      row === 'new' ? { category: 'comprehensive' } : { ...row, memberOrgs: row.memberOrgs.join('、') },
    );
  };

  const save = async () => {
    const v = await form.validateFields();
    const body = {
      ...v,
      memberOrgs: (v.memberOrgs ?? '')
        .split(/[、,，\n]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    };
    try {
      if (editing === 'new') {
        await recognitionApi.createCultivation({ ...body, year });
      } else if (editing) {
        await recognitionApi.updateCultivation(editing.id, { ...body, version: editing.version });
      }
      setEditing(null);
      await refresh();
      message.success(t('common.saved'));
    } catch (e) {
      message.error(errorText(e, t('common.error')));
    }
  };

  const columns: ColumnsType<CultivationEntryView> = [
    { title: h('serialNo', '序号'), dataIndex: 'serialNo', width: 64 },
    { title: h('name', '名称'), dataIndex: 'name', width: 220 },
    { title: h('category', '类别'), width: 90, render: (_, r) => t(`recognition.types.${r.category}`) },
    { title: h('leadOrg', '牵头组建单位'), dataIndex: 'leadOrg', width: 200 },
    { title: h('memberOrgs', '成员单位'), width: 200, render: (_, r) => r.memberOrgs.join('、') },
    {
      title: h('capabilitySummary', '能力简介（重点阐述）'),
      dataIndex: 'capabilitySummary',
      width: 260,
      ellipsis: true,
    },
    {
      title: h('physicalSites', '技术交流、展示、孵化、创新的实体落地点位'),
      dataIndex: 'physicalSites',
      width: 220,
      ellipsis: true,
    },
    { title: h('constructionPeriod', '建设周期'), dataIndex: 'constructionPeriod', width: 120 },
    { title: h('jurisdiction', '属地'), dataIndex: 'jurisdictionName', width: 160 },
    ...(isCity ? [] : [{ title: t('recognition.cultivation.city'), dataIndex: 'regionName', width: 120 }]),
    {
      key: 'actions',
      fixed: 'right',
      width: 130,
      render: (_, r) =>
        r.abilities.update && (
          <Space>
            <Button size="small" type="link" onClick={() => open(r)}>
              {t('recognition.cultivation.edit')}
            </Button>
            <Popconfirm
              title={t('recognition.cultivation.removeConfirm')}
              onConfirm={() => void recognitionApi.removeCultivation(r.id, r.version).then(refresh)}
            >
              <Button size="small" type="link" danger>
                {t('recognition.cultivation.remove')}
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];

  return (
    <Card
      title={t('recognition.cultivation.title')}
      extra={
        <Space>
          {t('recognition.cultivation.year')}
          <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.exporting}
            onClick={() => void exporter.run({ year })}
          >
            {t('recognition.cultivation.export')}
          </Button>
          {isCity && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
              {t('recognition.cultivation.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Table<CultivationEntryView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 1600 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, size) => setPage({ page: p, pageSize: size }),
        }}
      />
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        size={560}
        title={editing === 'new' ? t('recognition.cultivation.create') : t('recognition.cultivation.edit')}
        extra={
          <Button type="primary" onClick={() => void save()}>
            {t('common.save')}
          </Button>
        }
      >
        <Form form={form} layout="vertical" name="cultivation">
          <Form.Item name="name" label={h('name', '名称')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="category" label={h('category', '类别')} rules={[{ required: true }]}>
            <Select
              options={['comprehensive', 'industry', 'functional'].map((v) => ({
                value: v,
                label: t(`recognition.types.${v}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="leadOrg" label={h('leadOrg', '牵头组建单位')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="memberOrgs" label="成员单位（以顿号分隔）">
            <Input />
          </Form.Item>
          <Form.Item
            name="capabilitySummary"
            label={h('capabilitySummary', '能力简介（重点阐述）')}
            rules={[{ required: true }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item
            name="physicalSites"
            label={h('physicalSites', '技术交流、展示、孵化、创新的实体落地点位')}
            rules={[{ required: true }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item
            name="constructionPeriod"
            label={h('constructionPeriod', '建设周期')}
            rules={[{ required: true }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="jurisdiction" label={h('jurisdiction', '属地')} rules={[{ required: true }]}>
            <RegionCascader />
          </Form.Item>
        </Form>
      </Drawer>
    </Card>
  );
}
