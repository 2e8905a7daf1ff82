/** One change filing: dates and lateness, materials, confirm / return; an operator change offers a revocation. */
import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Modal, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.ts';
import { DecisionNoticeButton } from '../../components/DecisionNoticeButton.tsx';
import {
  confirmDecision,
  DecisionDocumentFields,
  type DecisionDocumentValues,
} from '../../components/DecisionDocument.tsx';
import { applyServerErrors } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/format.ts';
import { changeFilingApi, revocationApi } from './api.ts';
import { Timeliness } from './ChangeFilingsPage.tsx';
import { Citation, STATUS_COLORS, useLocalized } from './shared.tsx';

export default function ChangeFilingPage() {
  const { t } = useTranslation();
  const lz = useLocalized();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const { data: f, error } = useQuery({
    queryKey: ['change-filings', id],
    queryFn: () => changeFilingApi.get(id),
  });
  const [outcome, setOutcome] = useState<'confirm' | 'return' | null>(null);
  const [form] = Form.useForm<Omit<DecisionDocumentValues, 'comment'> & { reason: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  if (error) {
    return <Alert type="error" title={error.message} />;
  }
  if (!f) {
    return <Card loading />;
  }
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['change-filings'] });
  const decide = async () => {
    const v = await form.validateFields();
    const confirmed = await confirmDecision(modal, t, {
      action: outcome === 'confirm' ? t('management.confirm') : t('management.return'),
      values: v,
      consequence: t(`management.consequences.${outcome!}`),
    });
    if (!confirmed) {
      return;
    }
    setFailure(null);
    try {
      await changeFilingApi.decide(id, {
        outcome: outcome!,
        reason: v.reason.trim(),
        documentNumber: v.documentNumber.trim(),
        decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        version: f.version,
      });
      setOutcome(null);
      message.success(t('management.saved'));
      await refresh();
    } catch (e) {
      setFailure(applyServerErrors(e, form, t, { fields: ['reason', 'documentNumber', 'decidedOn'] }));
    }
  };
  const proposeRevocation = async () => {
    const r = await revocationApi.propose({
      centerId: f.center.id,
      groundId: f.revocationGround!.id,
      facts: f.description,
      groundDate: f.changeDate,
      changeFilingId: f.id,
    });
    void navigate(`/management/revocations/${r.id}`);
  };
  return (
    <Card
      title={
        <Space>
          {f.center.name}
          <Tag color={STATUS_COLORS[f.status]}>{t(`management.filingStatuses.${f.status}`)}</Tag>
          <Timeliness f={f} />
        </Space>
      }
      extra={
        f.status !== 'filed' ? (
          <DecisionNoticeButton subjectId={f.id} decided />
        ) : (
          f.abilities.decide && (
            <Space>
              <Button type="primary" data-action="confirm" onClick={() => setOutcome('confirm')}>
                {t('management.confirm')}
              </Button>
              <Button data-action="return" onClick={() => setOutcome('return')}>
                {t('management.return')}
              </Button>
            </Space>
          )
        )
      }
    >
      {f.revocationGround && (
        <Alert
          type="warning"
          style={{ marginBottom: 12 }}
          title={t('management.revocationOffered', {
            ground: lz(f.revocationGround.description),
            ref: f.revocationGround.source.ref,
          })}
          action={
            f.revocationId ? (
              <Link to={`/management/revocations/${f.revocationId}`}>{t('management.revocationOpened')}</Link>
            ) : f.abilities.proposeRevocation ? (
              <Button danger size="small" onClick={() => void proposeRevocation()}>
                {t('management.proposeFromFiling')}
              </Button>
            ) : null
          }
        />
      )}
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('management.kind')}>{t(`management.kinds.${f.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('management.changeDate')}>{formatDate(f.changeDate)}</Descriptions.Item>
        <Descriptions.Item label={t('management.filedOn')}>{formatDate(f.filedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('management.dueOn')}>
          <Space orientation="vertical" size={0}>
            <span>{formatDate(f.dueOn)}</span>
            {f.deadlineSource && <Citation source={f.deadlineSource} />}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('management.oldName')}>{f.oldName}</Descriptions.Item>
        {f.newName && <Descriptions.Item label={t('management.newName')}>{f.newName}</Descriptions.Item>}
        <Descriptions.Item label={t('management.description')}>{f.description}</Descriptions.Item>
        {f.decidedOn && (
          <Descriptions.Item label={t('management.decisionOn')}>{formatDate(f.decidedOn)}</Descriptions.Item>
        )}
        {f.decidedOn && (
          <Descriptions.Item label={t('management.opinion')}>{f.decisionReason}</Descriptions.Item>
        )}
        {f.documentNumber && (
          <Descriptions.Item label={t('management.documentNumber')}>
            <span data-testid="change-document-number">{f.documentNumber}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('management.evidence')}>
          <Space orientation="vertical">
            {f.evidence.map((e) => (
              <a key={e.id} href={changeFilingApi.fileUrl(f.id, e.id)}>
                {e.name}
              </a>
            ))}
            {f.abilities.attach && (
              <Upload
                showUploadList={false}
                customRequest={({ file, onSuccess, onError }) => {
                  changeFilingApi
                    .upload(f.id, file as File, session?.csrfToken ?? '')
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
                <Button icon={<UploadOutlined />}>{t('management.uploadEvidence')}</Button>
              </Upload>
            )}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <Modal
        open={outcome !== null}
        title={outcome === 'confirm' ? t('management.confirm') : t('management.return')}
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
