/**
 * 申报书 for print: the application as submitted (or as drafted), laid out on A4 — basic facts, the
 * summary, the consortium members, the metrics against the pack's criteria with the pre-check's verdicts
 * and their citations, and the materials list with what was uploaded. Printing drops the app chrome; the
 * page itself is readable on screen, so the applicant and reviewers see what will print.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useDocumentTitle } from '../../lib/citation.ts';
import { recognitionApi } from './api.ts';
import { loc } from './shared.tsx';

const css = `
@page { size: A4; margin: 18mm 16mm 18mm 18mm; }
.application-print { max-width: 210mm; margin: 0 auto; background: #fff; padding: 16mm 16mm; box-shadow: 0 0 8px rgba(0,0,0,.12); font-family: "Noto Serif CJK SC", "Songti SC", serif; font-size: 14px; line-height: 1.7; color: #000; }
.application-print h1 { text-align: center; font-size: 24px; margin: 0 0 4px; letter-spacing: 2px; }
.application-print .subtitle { text-align: center; margin-bottom: 20px; }
.application-print h2 { font-size: 16px; margin: 20px 0 8px; border-left: 4px solid #000; padding-left: 8px; break-after: avoid; }
.application-print table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.application-print th, .application-print td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; word-break: break-all; }
.application-print th { background: #f2f2f2; font-weight: bold; text-align: left; }
.application-print tr { break-inside: avoid; }
.application-print .summary { white-space: pre-wrap; text-indent: 2em; }
.application-print .verdict { margin-top: 8px; font-weight: bold; }
.application-print .footer { margin-top: 24px; font-size: 12px; color: #444; border-top: 1px solid #999; padding-top: 6px; }
@media (max-width: 640px) { .application-print { padding: 12px; font-size: 13px; } }
@media print {
  .no-print, .ant-layout-sider, .ant-layout-header, .ant-layout-footer { display: none !important; }
  .ant-layout-content { margin: 0 !important; padding: 0 !important; }
  .application-print { box-shadow: none; padding: 0; max-width: none; }
}
`;

const VERDICT: Record<string, string> = { met: '✓', not_met: '✗', needs_judgement: '?', missing_value: '—' };

export default function ApplicationPrintPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const docTitle = useDocumentTitle();
  const { id = '' } = useParams();
  const app = useQuery({ queryKey: ['application', id], queryFn: () => recognitionApi.application(id) });
  const check = useQuery({
    queryKey: ['application-evaluation', id, app.data?.version],
    queryFn: () => recognitionApi.evaluation(id),
    enabled: Boolean(app.data),
  });
  if (app.isPending || (app.data && check.isPending)) {
    return <PageLoading />;
  }
  if (app.error || !app.data) {
    return <Result status="404" title="404" subTitle={app.error?.message} />;
  }
  const a = app.data;
  const ev = check.data;
  const materialKinds = [
    ...a.requiredMaterials,
    { key: 'other', name: { zh: '其他佐证材料', en: 'Other evidence' }, required: false },
  ];
  const type = a.directionName ? loc(a.directionName) : a.type ? t(`recognition.types.${a.type}`) : '—';
  const cite = (s: { file: string; ref: string }) => `${docTitle(s.file)} ${s.ref}`;
  return (
    <>
      <style>{css}</style>
      <Space className="no-print" style={{ marginBottom: 16 }} wrap>
        <Button onClick={() => navigate(-1)}>{t('recognition.print.back')}</Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('recognition.print.print')}
        </Button>
      </Space>
      <article className="application-print" data-testid="application-print">
        <h1>{t('recognition.print.title')}</h1>
        <div className="subtitle">{a.call.title}</div>

        <h2>{t('recognition.print.basic')}</h2>
        <table>
          <tbody>
            <tr>
              <th style={{ width: '22%' }}>{t('recognition.print.centerName')}</th>
              <td colSpan={3}>{a.centerName}</td>
            </tr>
            <tr>
              <th>{t('recognition.app.lead')}</th>
              <td colSpan={3}>{a.leadOrganisation.name}</td>
            </tr>
            <tr>
              <th>{t('recognition.app.memberCode')}</th>
              <td>{a.leadOrganisation.creditCode}</td>
              <th style={{ width: '18%' }}>{t('recognition.app.region')}</th>
              <td>{a.regionName}</td>
            </tr>
            <tr>
              <th>{t('recognition.print.level')}</th>
              <td>{t(`directory.levels.${a.level}`)}</td>
              <th>{t('recognition.mine.type')}</th>
              <td>
                {type}
                {a.kind ? ` · ${t(`recognition.kinds.${a.kind}`)}` : ''}
              </td>
            </tr>
            <tr>
              <th>{t('recognition.app.buildStatus')}</th>
              <td>{a.form.buildStatus ? t(`recognition.app.buildStatuses.${a.form.buildStatus}`) : '—'}</td>
              <th>{t('recognition.app.agreementSigned')}</th>
              <td>
                {a.form.consortiumAgreementSigned ? t('recognition.print.yes') : t('recognition.print.no')}
              </td>
            </tr>
            <tr>
              <th>{t('recognition.app.state')}</th>
              <td>{loc(a.stateLabel)}</td>
              <th>{t('recognition.app.version')}</th>
              <td>{a.currentVersionNo || '—'}</td>
            </tr>
            <tr>
              <th>{t('recognition.app.submittedAt')}</th>
              <td colSpan={3}>
                {a.submittedAt ? formatDateTime(a.submittedAt) : t('recognition.print.notSubmitted')}
              </td>
            </tr>
          </tbody>
        </table>

        <h2>{t('recognition.app.summary')}</h2>
        <p className="summary">{a.form.summary || '—'}</p>

        <h2>{t('recognition.app.members')}</h2>
        <table data-testid="print-members">
          <thead>
            <tr>
              <th style={{ width: '8%' }}>{t('recognition.print.no_')}</th>
              <th>{t('recognition.app.memberName')}</th>
              <th style={{ width: '26%' }}>{t('recognition.app.memberCode')}</th>
              <th style={{ width: '16%' }}>{t('recognition.app.memberKind')}</th>
              <th style={{ width: '14%' }}>{t('recognition.app.agreement')}</th>
            </tr>
          </thead>
          <tbody>
            {a.members.length === 0 ? (
              <tr>
                <td colSpan={5}>{t('recognition.print.noMembers')}</td>
              </tr>
            ) : (
              a.members.map((m, i) => (
                <tr key={m.creditCode}>
                  <td>{i + 1}</td>
                  <td>{m.name}</td>
                  <td>{m.creditCode}</td>
                  <td>{t(`organisations.kinds.${m.orgKind}`)}</td>
                  <td>{m.agreementFile ? t('recognition.print.uploaded') : t('recognition.app.missing')}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>

        {ev && ev.criteria.length > 0 && (
          <>
            <h2>{t('recognition.print.metrics')}</h2>
            <table data-testid="print-criteria">
              <thead>
                <tr>
                  <th>{t('recognition.app.criteria')}</th>
                  <th style={{ width: '12%' }}>{t('recognition.app.required_')}</th>
                  <th style={{ width: '12%' }}>{t('recognition.app.actual')}</th>
                  <th style={{ width: '14%' }}>{t('recognition.app.state')}</th>
                  <th style={{ width: '26%' }}>{t('recognition.app.source')}</th>
                </tr>
              </thead>
              <tbody>
                {ev.criteria.map((c) => (
                  <tr key={c.id}>
                    <td>{loc(c.name)}</td>
                    <td>{c.required === null ? '—' : formatNumber(c.required)}</td>
                    <td>{c.actual === null ? '—' : formatNumber(c.actual)}</td>
                    <td>
                      {VERDICT[c.status] ?? ''} {t(`recognition.app.statuses.${c.status}`)}
                    </td>
                    <td>{cite(c.source)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}

        {ev && (
          <>
            <h2>{t('recognition.print.precheck')}</h2>
            <table data-testid="print-precheck">
              <thead>
                <tr>
                  <th style={{ width: '10%' }}>{t('recognition.print.result')}</th>
                  <th>{t('recognition.print.rule')}</th>
                  <th style={{ width: '26%' }}>{t('recognition.app.source')}</th>
                </tr>
              </thead>
              <tbody>
                {ev.rules.map((r) => (
                  <tr key={r.id}>
                    <td>{r.passed ? '✓' : r.inPrinciple ? t('recognition.app.inPrinciple') : '✗'}</td>
                    <td>{loc(r.reason)}</td>
                    <td>{cite(r.source)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="verdict">
              {ev.eligible ? t('recognition.app.eligible') : t('recognition.app.notEligible')}
            </p>
          </>
        )}

        <h2>{t('recognition.app.materials')}</h2>
        <table data-testid="print-materials">
          <thead>
            <tr>
              <th style={{ width: '30%' }}>{t('recognition.print.material')}</th>
              <th style={{ width: '12%' }}>{t('recognition.app.required')}</th>
              <th>{t('recognition.print.files')}</th>
            </tr>
          </thead>
          <tbody>
            {materialKinds.map((m) => {
              const files = a.materials.filter((x) => x.kind === m.key);
              if (!m.required && files.length === 0) {
                return null;
              }
              return (
                <tr key={m.key}>
                  <td>{loc(m.name)}</td>
                  <td>{m.required ? t('recognition.print.yes') : t('recognition.print.no')}</td>
                  <td>
                    {files.length === 0
                      ? t('recognition.app.missing')
                      : files
                          .map(
                            (f) =>
                              `${f.file.name}（${t('recognition.print.size', { kb: formatNumber(Math.ceil(f.file.size / 1024)) })}）`,
                          )
                          .join('；')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>

        <div className="footer">{t('recognition.print.footer', { at: formatDateTime(new Date()) })}</div>
      </article>
    </>
  );
}
