/**
 * 年度工作情况报告 (operator): pick a finished year, write the summary and the declared values by metric,
 * with the value the center's own records prove beside each; save the draft, then file it (final).
 * Authorities reach this tab read-only.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';
import { formatDate } from '../../lib/format.ts';
import { useExport } from '../../lib/use-export.ts';
import { evaluationApi, type AnnualReportView } from '../evaluation/api.ts';
import { ReportStateTag, useLocalized } from '../evaluation/shared.tsx';
import type { CenterSummary } from './api.ts';
import { useDocumentTitle } from '../../lib/citation.ts';
import { applyServerErrors } from '../../lib/form-errors.ts';

interface Values {
  summary: string;
  declared: Record<string, number | null>;
}

export default function AnnualReportPage() {
  const { t } = useTranslation();
  const center = useOutletContext<CenterSummary>();
  const years = useQuery({
    queryKey: ['annual-reports', center.slug],
    queryFn: () => evaluationApi.centerReports(center.slug),
  });
  const [year, setYear] = useState<number | null>(null);
  const exporter = useExport(
    `/centers/${encodeURIComponent(center.slug)}/annual-reports/export.xlsx`,
    'annual-reports.xlsx',
  );
  const items = years.data?.items ?? [];
  const selected = year ?? items[0]?.year ?? null;
  if (years.isPending) {
    return <PageLoading />;
  }
  if (selected === null) {
    return (
      <Card>
        <Empty description={t('evaluation.annualReport.none')} />
      </Card>
    );
  }
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('evaluation.annualReport.pickYear')}</Typography.Text>
        <Select
          aria-label={t('evaluation.annualReport.pickYear')}
          value={selected}
          style={{ width: 260 }}
          onChange={setYear}
          options={items.map((i) => ({
            value: i.year,
            label: `${i.year} · ${t(`evaluation.reportStates.${i.state}`)}${i.overdue ? ` · ${t('evaluation.overdue')}` : ''}`,
          }))}
        />
        <Button
          icon={<DownloadOutlined />}
          loading={exporter.exporting}
          onClick={() => void exporter.run({})}
        >
          {t('common.export')}
        </Button>
      </Space>
      <ReportEditor slug={center.slug} year={selected} />
    </Space>
  );
}

function ReportEditor({ slug, year }: { slug: string; year: number }) {
  const { t } = useTranslation();
  const docTitle = useDocumentTitle();
  const loc = useLocalized();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { data: report } = useQuery({
    queryKey: ['annual-report', slug, year],
    queryFn: () => evaluationApi.report(slug, year),
  });
  useEffect(() => {
    if (report) {
      form.setFieldsValue({
        summary: report.summary,
        declared: Object.fromEntries(
          report.fields.map((f) => [f.metric, report.declaredValues[f.metric] ?? null]),
        ),
      });
    }
  }, [report, form]);
  if (!report) {
    return <PageLoading />;
  }
  const refresh = async (next: AnnualReportView) => {
    queryClient.setQueryData(['annual-report', slug, year], next);
    await queryClient.invalidateQueries({ queryKey: ['annual-reports', slug] });
  };
  const save = async (): Promise<AnnualReportView | null> => {
    const v = await form.validateFields();
    const declaredValues = Object.fromEntries(
      Object.entries(v.declared ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'),
    );
    return evaluationApi.saveReport(slug, year, {
      summary: v.summary ?? '',
      declaredValues,
      version: report.version,
    });
  };
  const act = async (submit: boolean) => {
    setBusy(true);
    setError(null);
    try {
      let next = await save();
      if (next && submit) {
        next = await evaluationApi.submitReport(slug, year, next.version);
      }
      if (next) {
        await refresh(next);
        message.success(
          submit ? t('evaluation.annualReport.submitted') : t('evaluation.annualReport.savedDraft'),
        );
      }
    } catch (e) {
      // A refused value (negative, absurd) is marked on its field: declaredValues.x → declared.x.
      setError(
        applyServerErrors(e, form, t, {
          fields: ['summary', 'declaredValues'],
          fieldOf: (path) => (path[0] === 'declaredValues' ? ['declared', ...path.slice(1)] : path),
        }),
      );
    } finally {
      setBusy(false);
    }
  };
  const readOnly = !report.abilities.edit;
  return (
    <Card
      title={t('evaluation.annualReport.title', { year })}
      extra={<ReportStateTag state={report.state} overdue={report.overdue} late={report.late} />}
    >
      {report.overdue && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('evaluation.annualReport.overdueAlert', { due: formatDate(report.dueOn) })}
        />
      )}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={
          report.dueOn && report.dueSource
            ? t('evaluation.annualReport.dueAlert', {
                due: formatDate(report.dueOn),
                ref: `${docTitle(report.dueSource.file)} ${report.dueSource.ref}`,
              })
            : t('evaluation.noDue')
        }
      />
      {report.state === 'submitted' && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${t('evaluation.annualReport.readOnly')}（${formatDate(report.submittedOn)}）`}
        />
      )}
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} />}
      <Form form={form} layout="vertical" disabled={readOnly}>
        <Form.Item name="summary" label={t('evaluation.annualReport.summary')}>
          <Input.TextArea rows={5} placeholder={t('evaluation.annualReport.summaryPlaceholder')} />
        </Form.Item>
        <Typography.Title level={5}>{t('evaluation.annualReport.declared')}</Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('evaluation.annualReport.declaredHelp')}
        </Typography.Paragraph>
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
            gap: '0 24px',
          }}
        >
          {report.fields.map((f) => (
            <Form.Item
              key={f.metric}
              name={['declared', f.metric]}
              label={`${loc(f.name)}（${loc(f.unit)}）`}
              extra={
                f.basis === 'records'
                  ? t('evaluation.annualReport.provenRef', { v: f.proven ?? 0 })
                  : t('evaluation.annualReport.notProvable')
              }
            >
              <InputNumber style={{ width: '100%' }} aria-label={loc(f.name)} />
            </Form.Item>
          ))}
        </div>
      </Form>
      {!readOnly && (
        <Space>
          <Button onClick={() => void act(false)} loading={busy}>
            {t('evaluation.annualReport.save')}
          </Button>
          <Popconfirm title={t('evaluation.annualReport.submitConfirm')} onConfirm={() => void act(true)}>
            <Button type="primary" loading={busy}>
              {t('evaluation.annualReport.submit')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}
