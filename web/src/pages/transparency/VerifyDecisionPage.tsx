/**
 * 验证决定 (public): shows a published decision (recognition, rating, revocation) as this installation's
 * transparency log holds it, with the signed tree head, and checks in the browser — not on the server —
 * that the head's SM2 signature holds, that the record shown leads through the audit path to the signed
 * root (RFC 9162 inclusion proof), and that the head extends the one this browser saw before.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Input, Result, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { checkDecisionProof, type VerdictProblem } from '../../../../src/domain/transparency/verify.ts';
import { ApiError } from '../../api/client.ts';
import PageLoading from '../../components/PageLoading.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { transparencyApi, type DecisionProofView } from './api.ts';
import { decisionContentItems } from './decision-content.tsx';
import { checkAgainstSeenHead } from './seen-head.ts';

const mono = { fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' as const };

export default function VerifyDecisionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { decisionId = '' } = useParams();
  const [params] = useSearchParams();
  const kind = params.get('kind') ?? undefined;
  const proof = useQuery({
    queryKey: ['transparency', 'decision', decisionId, kind],
    queryFn: () => transparencyApi.decision(decisionId, kind),
    enabled: decisionId !== '',
    retry: false,
  });
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('transparency.title')}>
        <Typography.Paragraph type="secondary">{t('transparency.intro')}</Typography.Paragraph>
        <Input.Search
          key={decisionId}
          defaultValue={decisionId}
          placeholder={t('transparency.placeholder')}
          enterButton={t('transparency.verify')}
          allowClear
          data-testid="verify-decision-input"
          onSearch={(value) => {
            const id = value.trim();
            if (id) {
              void navigate(`/verify/${encodeURIComponent(id)}`);
            }
          }}
        />
      </Card>
      {decisionId !== '' && proof.isPending && <PageLoading />}
      {proof.error && (
        <Alert
          type={proof.error instanceof ApiError && proof.error.status === 404 ? 'warning' : 'error'}
          showIcon
          title={proof.error.message}
        />
      )}
      {proof.data && <Verification proof={proof.data} />}
    </Space>
  );
}

function Verification({ proof }: { proof: DecisionProofView }) {
  const { t } = useTranslation();
  const inclusion = checkDecisionProof(proof);
  const head = proof.treeHead;
  const consistency = useQuery({
    queryKey: ['transparency', 'consistency', head.publicKey, head.treeSize, head.rootHash],
    queryFn: () => checkAgainstSeenHead(head),
    // Only a validly signed head may become the one remembered.
    enabled: inclusion.problem !== 'signature_invalid' && inclusion.problem !== 'untrusted_key',
    retry: false,
  });
  const problem: VerdictProblem | null =
    inclusion.problem ?? (consistency.data && !consistency.data.ok ? consistency.data.problem : null);
  const settled = !inclusion.ok || consistency.data !== undefined || consistency.error !== null;
  return (
    <>
      <Card data-testid="verify-verdict">
        {!settled ? (
          <PageLoading />
        ) : problem === null ? (
          <Result
            status="success"
            title={<span data-testid="verify-result">{t('transparency.valid')}</span>}
            subTitle={t('transparency.validDetail', { size: head.treeSize })}
          />
        ) : (
          <Result
            status="error"
            title={<span data-testid="verify-result">{t('transparency.invalid')}</span>}
            subTitle={t(`transparency.problems.${problem}`)}
          />
        )}
        {consistency.error && (
          <Alert type="warning" showIcon title={t('transparency.consistencyUnavailable')} />
        )}
      </Card>
      <Card title={t('transparency.decision')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'kind',
              label: t('transparency.kind'),
              children: <Tag color="blue">{t(`transparency.kinds.${proof.decisionKind}`)}</Tag>,
            },
            { key: 'at', label: t('transparency.recordedAt'), children: formatDateTime(proof.record.at) },
            {
              key: 'id',
              label: t('transparency.decisionId'),
              span: 2,
              children: <span style={mono}>{proof.decisionId}</span>,
            },
            ...decisionContentItems(t, proof.record),
            {
              key: 'leaf',
              label: t('transparency.leafIndex'),
              children: t('transparency.leafIndexValue', { index: proof.leafIndex }),
            },
            {
              key: 'chain',
              label: t('transparency.chainHash'),
              span: 2,
              children: <span style={mono}>{proof.record.chainHash}</span>,
            },
          ]}
        />
      </Card>
      <Card title={t('transparency.treeHead')}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('transparency.treeSize')}>
            {t('transparency.treeSizeValue', { size: head.treeSize })}
          </Descriptions.Item>
          <Descriptions.Item label={t('transparency.rootHash')}>
            <span style={mono}>{head.rootHash}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('transparency.signedAt')}>
            {formatDateTime(head.timestamp)}
          </Descriptions.Item>
          <Descriptions.Item label={t('transparency.algorithm')}>
            {t('transparency.algorithmValue')}
          </Descriptions.Item>
          <Descriptions.Item label={t('transparency.publicKey')}>
            <Typography.Text style={mono} copyable={{ text: head.publicKey }}>
              {`${head.publicKey.slice(0, 24)}…${head.publicKey.slice(-8)}`}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('transparency.auditPath')}>
            {t('transparency.auditPathValue', { count: proof.auditPath.length })}
          </Descriptions.Item>
          <Descriptions.Item label={t('transparency.seenBefore')}>
            {consistency.data?.firstSeen === false
              ? t('transparency.seenBeforeChecked')
              : t('transparency.seenBeforeFirst')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
