/** A resource's card: shared fields, kind-specific sections, attachments or the access request for gated items. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  List,
  Modal,
  Result,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.ts';
import PageLoading from '../../components/PageLoading.tsx';
import { formatDate } from '../../lib/format.ts';
import { catalogApi, type ResourceView } from './api.ts';
import ResourceFiles from './ResourceFiles.tsx';
import { usePageTitle } from '../../lib/page-title.ts';

interface CaseDetails {
  conditions: string;
  solution: string;
  results: { indicator: string; value: number; unit: string }[];
}

function KindSection({ resource }: { resource: ResourceView }) {
  const { t } = useTranslation();
  if (resource.evaluation) {
    const e = resource.evaluation;
    return (
      <Card size="small" title={t('resources.detail.evaluation')}>
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('resources.detail.weightedScore', {
            score: e.score,
            grade: t(`resources.grades.${e.grade}`),
          })}
          description={t('resources.detail.evaluatedBy', {
            evaluator: e.evaluator,
            date: formatDate(e.evaluatedOn),
          })}
        />
        <Table
          size="small"
          rowKey="name"
          pagination={false}
          dataSource={e.criteria}
          columns={[
            { title: t('resources.detail.criterion'), dataIndex: 'name' },
            { title: t('resources.detail.weight'), dataIndex: 'weight', width: 80 },
            { title: t('resources.detail.score'), dataIndex: 'score', width: 80 },
            { title: t('resources.detail.evidence'), dataIndex: 'evidence' },
          ]}
        />
      </Card>
    );
  }
  if (resource.kind === 'case') {
    const d = resource.details as unknown as CaseDetails;
    return (
      <Card size="small" title={t('resources.kinds.case')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('resources.detail.conditions')}>{d.conditions}</Descriptions.Item>
          <Descriptions.Item label={t('resources.detail.solution')}>{d.solution}</Descriptions.Item>
          <Descriptions.Item label={t('resources.detail.results')}>
            <Space wrap>
              {d.results.map((r) => (
                <Tag color="green" key={r.indicator}>
                  {r.indicator} {r.value}
                  {r.unit}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }
  if (resource.kind === 'infrastructure') {
    const d = resource.details as { subkind: string; capacity: string };
    return (
      <Card size="small" title={t('resources.kinds.infrastructure')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('resources.detail.subkind')}>
            {t(`resources.subkinds.${d.subkind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('resources.detail.capacity')}>{d.capacity || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }
  const specs = (resource.details as { specs?: string }).specs;
  return specs ? (
    <Card size="small" title={t('resources.detail.specs')}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>{specs}</Typography.Paragraph>
    </Card>
  ) : null;
}

function Attachments({ resource }: { resource: ResourceView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ purpose: string }>();
  const request = useMutation({
    mutationFn: (purpose: string) => catalogApi.requestAccess(resource.id, purpose),
    onSuccess: (view) => {
      queryClient.setQueryData(['resource', resource.id], view);
      setOpen(false);
      void message.success(t('resources.detail.requested'));
    },
    onError: (error) => void message.error(error.message),
  });
  const links = resource.attachments;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {links === null && (
        <>
          <Alert type="info" showIcon message={t('resources.detail.gated')} />
          {resource.myAccessRequest && (
            <Tag color={resource.myAccessRequest.status === 'rejected' ? 'red' : 'orange'}>
              {t(`resources.detail.requestStatus.${resource.myAccessRequest.status}`)}
            </Tag>
          )}
          {!session && (
            <Link to="/login">
              <Button type="primary">{t('resources.detail.loginToRequest')}</Button>
            </Link>
          )}
          {resource.abilities.requestAccess && (
            <Button type="primary" onClick={() => setOpen(true)}>
              {t('resources.detail.requestAccess')}
            </Button>
          )}
        </>
      )}
      <Typography.Text strong>{t('resources.files.title')}</Typography.Text>
      <ResourceFiles
        resourceId={resource.id}
        onRequestAccess={resource.abilities.requestAccess ? () => setOpen(true) : undefined}
      />
      {links && (
        <>
          <Typography.Text strong>{t('resources.files.links')}</Typography.Text>
          {links.length === 0 ? (
            <Typography.Text type="secondary">{t('resources.detail.noAttachments')}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={links}
              renderItem={(a) => (
                <List.Item>
                  <a href={a.url} target="_blank" rel="noreferrer">
                    {a.name}
                  </a>
                </List.Item>
              )}
            />
          )}
        </>
      )}
      <Modal
        open={open}
        title={t('resources.detail.requestAccess')}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((v) => request.mutate(v.purpose))}
        confirmLoading={request.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="request-access">
          <Form.Item
            name="purpose"
            label={t('resources.detail.purpose')}
            rules={[{ required: true, min: 4 }]}
          >
            <Input.TextArea rows={3} placeholder={t('resources.detail.purposePlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

export default function ResourceDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, isPending, error } = useQuery({
    queryKey: ['resource', id],
    queryFn: () => catalogApi.get(id),
  });
  usePageTitle([data?.title, t('menu.catalog')], !data);
  if (isPending) {
    return <PageLoading />;
  }
  if (error || !data) {
    return <Result status="404" title="404" subTitle={error?.message} />;
  }
  const price = data.priceFen === null ? '—' : `¥${(data.priceFen / 100).toLocaleString('zh-CN')}`;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Link to="/catalog">← {t('resources.detail.back')}</Link>
      <Card>
        <Space wrap style={{ marginBottom: 8 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {data.title}
          </Typography.Title>
          <Tag color="blue">{t(`resources.kinds.${data.kind}`)}</Tag>
          {data.grade && <Tag color="gold">{t(`resources.grades.${data.grade}`)}</Tag>}
          <Tag color={data.access === 'public' ? 'green' : 'orange'}>
            {t(`resources.access.${data.access}`)}
          </Tag>
          {data.status !== 'published' && <Tag>{t(`resources.statuses.${data.status}`)}</Tag>}
        </Space>
        <Typography.Paragraph>{data.summary}</Typography.Paragraph>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('resources.detail.provider')}>{data.providerName}</Descriptions.Item>
          <Descriptions.Item label={t('resources.detail.center')}>
            <Link to={`/centers/${data.center.slug}`}>{data.center.name}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('resources.detail.industries')}>
            {data.industryCodes.join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('resources.detail.scenarios')}>
            {data.scenarios.map((s) => t(`resources.scenarios.${s}`)).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('resources.detail.regions')}>
            {data.regionCodes.map((c) => (c === '000000' ? t('resources.form.nationwide') : c)).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('resources.detail.priceModel')}>
            {t(`resources.priceModels.${data.priceModel}`)} · {price}
          </Descriptions.Item>
          <Descriptions.Item label={t('resources.detail.version')}>
            {data.releaseVersion || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('resources.detail.adoption')}>
            {t('resources.detail.adoptionValue', { reuse: data.reuseCount, deploy: data.deploymentCount })}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <KindSection resource={data} />
      <Card size="small" title={t('resources.detail.attachments')}>
        <Attachments resource={data} />
      </Card>
    </Space>
  );
}
