/** Ledger import: choose the filled template, dry run (row errors in Chinese), then commit all or nothing. */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Progress, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiUrl } from '../../api/client.ts';
import { useSession } from '../../auth/session.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { ImportResult, ImportRowError } from './api.ts';

async function upload(
  slug: string,
  file: File,
  dryRun: boolean,
  csrf: string | null,
  onProgress: (p: number) => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(`/centers/${encodeURIComponent(slug)}/ledger/import`, { dryRun }));
    xhr.setRequestHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    xhr.setRequestHeader('accept-language', currentLocale());
    if (csrf) {
      xhr.setRequestHeader('x-csrf-token', csrf);
    }
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 90));
    xhr.onload = () => {
      onProgress(100);
      const body = JSON.parse(xhr.responseText || '{}') as ImportResult & {
        code?: string;
        detail?: string;
        errors?: unknown;
      };
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body);
      } else {
        reject(
          new ApiError({
            type: 'about:blank',
            title: '',
            status: xhr.status,
            code: body.code ?? `http.${xhr.status}`,
            detail: body.detail ?? '',
          }),
        );
      }
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}

export default function ImportLedgerModal({
  slug,
  open,
  onClose,
}: {
  slug: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const csrf = useSession().data?.csrfToken ?? null;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (dryRun: boolean) => {
    if (!file) {
      return;
    }
    setBusy(true);
    setProgress(0);
    try {
      const r = await upload(slug, file, dryRun, csrf, setProgress);
      setResult(r);
      if (!dryRun) {
        message.success(t('centerPlatform.ledger.committed', { n: r.committed }));
        await queryClient.invalidateQueries({ queryKey: ['ledger', slug] });
        setFile(null);
        setResult(null);
        onClose();
      }
    } catch (error) {
      message.error(error instanceof Error ? error.message : t('common.error'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      width={760}
      title={t('centerPlatform.ledger.importTitle')}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button disabled={!file} loading={busy} onClick={() => void run(true)}>
            {t('centerPlatform.ledger.dryRun')}
          </Button>
          <Button
            type="primary"
            disabled={!result || result.errors.length > 0 || !file}
            loading={busy}
            onClick={() => void run(false)}
          >
            {t('centerPlatform.ledger.commit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('centerPlatform.ledger.importHint')}</Typography.Paragraph>
      <Upload
        accept=".xlsx"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setResult(null);
          setProgress(null);
          return false;
        }}
        onRemove={() => {
          setFile(null);
          setResult(null);
        }}
        fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
      >
        <Button icon={<UploadOutlined />}>{t('centerPlatform.ledger.chooseFile')}</Button>
      </Upload>
      {progress !== null && <Progress percent={progress} size="small" style={{ marginTop: 12 }} />}
      {result && (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Alert
            type={result.errors.length ? 'error' : 'success'}
            showIcon
            title={
              result.errors.length
                ? t('centerPlatform.ledger.dryRunErrors', { rows: result.rows, count: result.errors.length })
                : t('centerPlatform.ledger.dryRunOk', { rows: result.rows })
            }
          />
          {result.errors.length > 0 && (
            <Table<ImportRowError>
              size="small"
              rowKey={(e) => `${e.row}:${e.column}:${e.message}`}
              dataSource={result.errors}
              pagination={{ pageSize: 8 }}
              columns={[
                { title: t('centerPlatform.ledger.row'), dataIndex: 'row', width: 70 },
                { title: t('centerPlatform.ledger.column'), dataIndex: 'column', width: 180 },
                { title: t('centerPlatform.ledger.message'), dataIndex: 'message' },
              ]}
            />
          )}
        </Space>
      )}
    </Modal>
  );
}
