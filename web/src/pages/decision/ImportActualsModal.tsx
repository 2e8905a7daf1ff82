/** Import target actual values from a bureau's .xlsx: dry run with row errors in Chinese, then commit all or nothing. */
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiUrl } from '../../api/client.ts';
import type { Problem } from '../../api/contracts.ts';
import { useSession } from '../../auth/session.ts';
import { currentLocale } from '../../i18n/index.ts';

interface RowError {
  row: number;
  column: string;
  message: string;
}
interface ImportResult {
  rows: number;
  valid: number;
  committed: number;
  errors: RowError[];
}

async function upload(file: File, dryRun: boolean, csrf: string | null): Promise<ImportResult> {
  const res = await fetch(apiUrl('/targets/import', { dryRun, fileName: file.name }), {
    method: 'POST',
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'accept-language': currentLocale(),
      ...(csrf ? { 'x-csrf-token': csrf } : {}),
    },
    body: file,
  });
  const body = (await res.json()) as ImportResult & Problem;
  if (!res.ok) {
    throw new ApiError(body);
  }
  return body;
}

export default function ImportActualsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const csrf = useSession().data?.csrfToken ?? null;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (dryRun: boolean) => {
    if (!file) {
      return;
    }
    setBusy(true);
    try {
      const r = await upload(file, dryRun, csrf);
      setResult(r);
      if (!dryRun) {
        message.success(t('decision.import.committed', { n: r.committed }));
        await queryClient.invalidateQueries({ queryKey: ['decision'] });
        setFile(null);
        setResult(null);
        onClose();
      }
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      width={720}
      title={t('decision.import.title')}
      footer={
        <Space>
          <Button onClick={onClose}>{t('decision.import.cancel')}</Button>
          <Button disabled={!file} loading={busy} onClick={() => void run(true)}>
            {t('decision.import.dryRun')}
          </Button>
          <Button
            type="primary"
            disabled={!result || result.errors.length > 0 || !file}
            loading={busy}
            onClick={() => void run(false)}
          >
            {t('decision.import.commit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('decision.import.hint')}{' '}
        <a href={apiUrl('/targets/import/template.xlsx')}>{t('decision.import.template')}</a>
      </Typography.Paragraph>
      <Upload
        accept=".xlsx"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setResult(null);
          return false;
        }}
        onRemove={() => {
          setFile(null);
          setResult(null);
        }}
        fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
      >
        <Button icon={<UploadOutlined />}>{t('decision.import.choose')}</Button>
      </Upload>
      {result && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Alert
            type={result.errors.length ? 'error' : 'success'}
            showIcon
            message={t('decision.import.summary', {
              rows: result.rows,
              valid: result.valid,
              errors: result.errors.length,
            })}
          />
          {result.errors.length > 0 && (
            <Table<RowError>
              size="small"
              rowKey={(e) => `${e.row}:${e.column}`}
              dataSource={result.errors}
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              columns={[
                { title: t('decision.import.row'), dataIndex: 'row', width: 80 },
                { title: t('decision.import.column'), dataIndex: 'column', width: 120 },
                { title: t('decision.import.message'), dataIndex: 'message' },
              ]}
            />
          )}
        </Space>
      )}
    </Modal>
  );
}
