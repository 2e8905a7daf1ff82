/** 批量导入专家: template, dry run with a row-by-row report (row and column named), then an all-or-nothing import. */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Steps, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.ts';
import { loc } from '../review/shared.tsx';
import { expertsApi, uploadExperts, type ExpertImportReport } from './api.ts';
import { FieldTags } from './ExpertPoolPage.tsx';

export default function ImportExpertsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ExpertImportReport | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (mode: 'dry-run' | 'commit') => {
    if (!file) {
      return;
    }
    setBusy(true);
    try {
      const r = await uploadExperts(file, mode, session?.csrfToken);
      setReport(r);
      if (mode === 'commit') {
        await queryClient.invalidateQueries({ queryKey: ['experts'] });
      }
    } catch (error) {
      message.error(error instanceof Error ? error.message : t('common.error'));
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setFile(null);
    setReport(null);
    onClose();
  };
  const step = report?.committed ? 2 : report && report.errors.length === 0 ? 2 : file ? 1 : 0;

  return (
    <Modal
      title={t('expertPool.importTitle')}
      open={open}
      onCancel={close}
      footer={null}
      width={820}
      destroyOnHidden
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Steps
          size="small"
          current={step}
          items={[
            { title: t('expertPool.importStep1') },
            { title: t('expertPool.importStep2') },
            { title: t('expertPool.importStep3') },
          ]}
        />
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => void expertsApi.template()}>
            {t('expertPool.template')}
          </Button>
          <Upload
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setReport(null);
              return false;
            }}
            onRemove={() => {
              setFile(null);
              setReport(null);
            }}
          >
            <Button icon={<UploadOutlined />}>{t('expertPool.chooseFile')}</Button>
          </Upload>
          <Button disabled={!file} loading={busy && !report} onClick={() => void run('dry-run')}>
            {t('expertPool.dryRun')}
          </Button>
          <Button
            type="primary"
            disabled={!report || report.committed || report.errors.length > 0 || report.validRows === 0}
            loading={busy && !!report}
            onClick={() => void run('commit')}
          >
            {t('expertPool.commit')}
          </Button>
        </Space>
        {report && report.committed && (
          <Alert
            type="success"
            showIcon
            message={t('expertPool.committed', { created: report.created, updated: report.updated })}
          />
        )}
        {report && !report.committed && report.errors.length === 0 && (
          <Alert
            type="info"
            showIcon
            message={t('expertPool.reportOk', {
              rows: report.fileRows,
              created: report.created,
              updated: report.updated,
            })}
          />
        )}
        {report && report.errors.length > 0 && (
          <>
            <Alert
              type="error"
              showIcon
              message={t('expertPool.reportErrors', { rows: report.fileRows, errors: report.errors.length })}
            />
            <Table
              rowKey={(e) => `${e.row}-${e.column}-${e.message.zh}`}
              size="small"
              pagination={{ pageSize: 10 }}
              dataSource={report.errors}
              data-testid="import-errors"
              columns={[
                { title: t('expertPool.row'), dataIndex: 'row', width: 60 },
                { title: t('expertPool.column'), dataIndex: 'column', width: 180 },
                { title: t('expertPool.problem'), key: 'm', render: (_, e) => loc(e.message) },
              ]}
            />
          </>
        )}
        {report && report.errors.length === 0 && report.rows.length > 0 && (
          <Table
            rowKey="row"
            size="small"
            pagination={{ pageSize: 10 }}
            dataSource={report.rows}
            data-testid="import-rows"
            columns={[
              { title: t('expertPool.row'), dataIndex: 'row', width: 60 },
              { title: t('expertPool.name'), dataIndex: 'name' },
              { title: t('users.username'), dataIndex: 'username' },
              { title: t('expertPool.field'), key: 'f', render: (_, r) => <FieldTags fields={r.fields} /> },
              {
                title: t('expertPool.action'),
                key: 'a',
                width: 80,
                render: (_, r) => <Tag>{t(`expertPool.${r.action}`)}</Tag>,
              },
            ]}
          />
        )}
      </Space>
    </Modal>
  );
}
