/** 批量导入: template, dry run with a row-by-row report, then commit with a progress bar (a polled job). */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Progress, Result, Space, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.ts';
import { poolApi, uploadImport, type ImportJobView, type ImportReport } from './api.ts';

export default function ImportPanel({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [checking, setChecking] = useState(false);
  const [job, setJob] = useState<ImportJobView | null>(null);

  const dryRun = async () => {
    if (!file) {
      return;
    }
    setChecking(true);
    setJob(null);
    try {
      setReport(await uploadImport<ImportReport>(slug, file, 'dry-run', session?.csrfToken));
    } catch (error) {
      void message.error((error as Error).message);
    } finally {
      setChecking(false);
    }
  };

  const commit = async () => {
    if (!file) {
      return;
    }
    try {
      let current = await uploadImport<ImportJobView>(slug, file, 'commit', session?.csrfToken);
      setJob(current);
      while (current.status === 'running') {
        await new Promise((r) => setTimeout(r, 300));
        current = await poolApi.job(current.id);
        setJob(current);
      }
      if (current.status === 'succeeded') {
        await queryClient.invalidateQueries({ queryKey: ['pool'] });
      } else if (current.report) {
        setReport(current.report);
      }
    } catch (error) {
      void message.error((error as Error).message);
    }
  };

  const passed = report !== null && report.errors.length === 0 && report.validRows > 0;
  const percent = job && job.total > 0 ? Math.round((job.processed / job.total) * 100) : 0;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Steps
        size="small"
        current={job?.status === 'succeeded' ? 3 : passed ? 2 : file ? 1 : 0}
        items={[
          { title: t('resources.import.step1') },
          { title: t('resources.import.step2') },
          { title: t('resources.import.step3') },
        ]}
      />
      <Card size="small" title={t('resources.import.step1')}>
        <Typography.Paragraph type="secondary">{t('resources.import.step1Hint')}</Typography.Paragraph>
        <Button icon={<DownloadOutlined />} onClick={() => void poolApi.template(slug)}>
          {t('resources.import.template')}
        </Button>
      </Card>
      <Card size="small" title={t('resources.import.step2')}>
        <Space wrap>
          <Upload
            accept=".xlsx,.csv"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setReport(null);
              setJob(null);
              return false;
            }}
            onRemove={() => {
              setFile(null);
              setReport(null);
            }}
          >
            <Button icon={<UploadOutlined />}>{t('resources.import.choose')}</Button>
          </Upload>
          <Button
            type="primary"
            disabled={!file}
            loading={checking}
            onClick={() => void dryRun()}
            data-testid="dry-run"
          >
            {t('resources.import.dryRun')}
          </Button>
        </Space>
        {report && (
          <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
            <Alert
              type={report.errors.length === 0 ? 'success' : 'error'}
              showIcon
              data-testid="import-summary"
              message={t('resources.import.summary', {
                rows: report.fileRows,
                valid: report.validRows,
                errors: report.errors.length,
              })}
              description={
                report.errors.length === 0 ? t('resources.import.passed') : t('resources.import.failed')
              }
            />
            {report.errors.length > 0 && (
              <Table
                size="small"
                rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
                dataSource={report.errors}
                pagination={{ pageSize: 10 }}
                data-testid="import-errors"
                columns={[
                  { title: t('resources.import.row'), dataIndex: 'row', width: 80 },
                  { title: t('resources.import.column'), dataIndex: 'column', width: 160 },
                  { title: t('resources.import.message'), dataIndex: 'message' },
                ]}
              />
            )}
          </Space>
        )}
      </Card>
      <Card size="small" title={t('resources.import.step3')}>
        <Typography.Paragraph type="secondary">{t('resources.import.commitHint')}</Typography.Paragraph>
        <Button
          type="primary"
          disabled={!passed || job?.status === 'running'}
          onClick={() => void commit()}
          data-testid="commit"
        >
          {t('resources.import.commit')}
        </Button>
        {job && job.status === 'running' && (
          <div style={{ marginTop: 16 }}>
            <Typography.Text>{t('resources.import.progress')}</Typography.Text>
            <Progress percent={percent} status="active" />
          </div>
        )}
        {job?.status === 'succeeded' && (
          <Result
            status="success"
            title={t('resources.import.done', { n: job.created })}
            data-testid="import-done"
          />
        )}
        {job?.status === 'failed' && (
          <Alert type="error" showIcon message={t('resources.import.jobFailed')} />
        )}
      </Card>
    </Space>
  );
}
