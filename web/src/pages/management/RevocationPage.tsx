/** One revocation: ground and citation, the evaluations behind it, evidence, the ban, and the decision. */
import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Modal, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.ts';
import { DecisionNoticeButton } from '../../components/DecisionNoticeButton.tsx';
import {
  confirmDecision,
  DecisionDocumentFields,
  type DecisionDocumentValues,
} from '../../components/DecisionDocument.tsx';
import { applyServerErrors } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/format.ts';
import { revocationApi } from './api.ts';
import { Citation, STATUS_COLORS, useLocalized } from './shared.tsx';

export default function RevocationPage() {
  const { t } = useTranslation();
  const lz = useLocalized();
  const { id = '' } = useParams();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const { data: r, error } = useQuery({
    queryKey: ['revocations', id],
    queryFn: () => revocationApi.get(id),
  });
  const [outcome, setOutcome] = useState<'revoke' | 'dismiss' | null>(null);
  const [form] = Form.useForm<Omit<DecisionDocumentValues, 'comment'> & { reason: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  if (error) {
    return <Alert type="error" title={error.message} />;
  }
  if (!r) {
    return <Card loading />;
  }
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['revocations'] });
  const decide = async () => {
    const v = await form.validateFields();
    const revoke = outcome === 'revoke';
    const confirmed = await confirmDecision(modal, t, {
      action: revoke ? t('management.revoke') : t('management.dismiss'),
      values: v,
      consequence: revoke
        ? t('management.consequences.revoke', { center: r.center.name })
        : t('management.consequences.dismiss'),
      danger: revoke,
    });
    if (!confirmed) {
      return;
    }
    setFailure(null);
    try {
      await revocationApi.decide(id, {
        outcome: outcome!,
        reason: v.reason.trim(),
        documentNumber: v.documentNumber.trim(),
        decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        version: r.version,
      });
      setOutcome(null);
      message.success(t('management.saved'));
      await refresh();
    } catch (e) {
      setFailure(applyServerErrors(e, form, t, { fields: ['reason', 'documentNumber', 'decidedOn'] }));
    }
  };
  return (
    <Card
      title={
        <Space>
          {r.center.name}
          <Tag color={STATUS_COLORS[r.status]}>{t(`management.statuses.${r.status}`)}</Tag>
        </Space>
      }
      extra={
        r.status !== 'proposed' ? (
          <DecisionNoticeButton subjectId={r.id} decided />
        ) : (
          r.abilities.decide && (
            <Space>
              <Button danger type="primary" data-action="revoke" onClick={() => setOutcome('revoke')}>
                {t('management.revoke')}
              </Button>
              <Button data-action="dismiss" onClick={() => setOutcome('dismiss')}>
                {t('management.dismiss')}
              </Button>
            </Space>
          )
        )
      }
    >
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('management.center')}>
          <Link to={`/directory/${r.center.id}`}>{r.center.name}</Link>（{r.regionName}）
        </Descriptions.Item>
        <Descriptions.Item label={t('management.leadOrganisation')}>
          {r.leadOrganisation.name}
        </Descriptions.Item>
        <Descriptions.Item label={t('management.ground')}>{lz(r.ground.description)}</Descriptions.Item>
        <Descriptions.Item label={t('management.citation')}>
          <Citation source={r.ground.source} />
        </Descriptions.Item>
        <Descriptions.Item label={t('management.origin')}>
          {t(`management.origins.${r.origin}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('management.facts')}>{r.facts}</Descriptions.Item>
        <Descriptions.Item label={t('management.groundDate')}>{formatDate(r.groundDate)}</Descriptions.Item>
        <Descriptions.Item label={t('management.proposedOn')}>{formatDate(r.proposedOn)}</Descriptions.Item>
        {r.ban && (
          <Descriptions.Item label={t('management.ban')}>
            <span data-testid="revocation-ban">
              {r.ban.endsOn
                ? t('management.banText', { years: r.ban.years, end: r.ban.endsOn, ref: r.ban.source.ref })
                : t('management.banPending', { years: r.ban.years, ref: r.ban.source.ref })}
            </span>
          </Descriptions.Item>
        )}
        {r.decidedOn && (
          <Descriptions.Item label={t('management.decisionOn')}>
            <span data-testid="revocation-decided-on">{formatDate(r.decidedOn)}</span>
          </Descriptions.Item>
        )}
        {r.decidedOn && (
          <Descriptions.Item label={t('management.opinion')}>{r.decisionReason}</Descriptions.Item>
        )}
        {r.documentNumber && (
          <Descriptions.Item label={t('management.documentNumber')}>
            <span data-testid="revocation-document-number">{r.documentNumber}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      {r.evaluations.length > 0 && (
        <Card type="inner" size="small" title={t('management.evaluations')} style={{ marginTop: 16 }}>
          <Table
            rowKey="year"
            size="small"
            pagination={false}
            dataSource={r.evaluations}
            columns={[
              { title: t('management.year'), dataIndex: 'year' },
              {
                title: t('management.rating'),
                key: 'r',
                render: (_, e) => (
                  <Tag color={e.rating === 'fail' || e.rating === '1' ? 'red' : 'green'}>
                    {lz(e.ratingLabel)}
                  </Tag>
                ),
              },
              {
                title: t('management.decidedOn'),
                dataIndex: 'decidedOn',
                render: (d: string | null) => formatDate(d),
              },
            ]}
          />
        </Card>
      )}
      <Card type="inner" size="small" title={t('management.evidence')} style={{ marginTop: 16 }}>
        {r.evidenceRequired && r.status === 'proposed' && (
          <Alert type="warning" title={t('management.evidenceRequired')} style={{ marginBottom: 8 }} />
        )}
        <Space orientation="vertical">
          {r.evidence.map((f) => (
            <a key={f.id} href={revocationApi.fileUrl(r.id, f.id)}>
              {f.name}
            </a>
          ))}
          {r.evidence.length === 0 && <span>{t('management.none')}</span>}
          {r.abilities.attach && (
            <Upload
              showUploadList={false}
              customRequest={({ file, onSuccess, onError }) => {
                revocationApi
                  .upload(r.id, file as File, session?.csrfToken ?? '')
                  .then(async (x) => {
                    onSuccess?.(x);
                    await refresh();
                  })
                  .catch((e: Error) => {
                    message.error(e.message);
                    onError?.(e);
                  });
              }}
            >
              <Button icon={<UploadOutlined />} data-testid="evidence-upload">
                {t('management.uploadEvidence')}
              </Button>
            </Upload>
          )}
        </Space>
      </Card>
      <Modal
        open={outcome !== null}
        title={outcome === 'revoke' ? t('management.revoke') : t('management.dismiss')}
        onCancel={() => setOutcome(null)}
        onOk={() => void decide()}
        okText={t('management.ok')}
        destroyOnHidden
      >
        {failure && <Alert type="error" title={failure} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical">
          <DecisionDocumentFields opinionName="reason" opinionLabel={t('management.opinion')} />
        </Form>
      </Modal>
    </Card>
  );
}
