/** Open risk warnings with what the officer may do: acknowledge, comment, close with a resolution. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { decisionApi, type WarningView } from './api.ts';

const SEVERITY_COLOR = { high: 'red', medium: 'orange', low: 'default' } as const;
type Dialog = { kind: 'close' | 'comment'; warning: WarningView } | null;

export default function WarningsCard() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { data, isLoading } = useQuery({ queryKey: ['decision', 'warnings'], queryFn: decisionApi.warnings });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setFailure(null);
      message.success(t('decision.warnings.done'));
      await queryClient.invalidateQueries({ queryKey: ['decision'] });
      return true;
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
      return false;
    }
  };
  const submitDialog = async () => {
    if (!dialog) {
      return;
    }
    const id = dialog.warning.id;
    const ok = await run(() =>
      dialog.kind === 'close' ? decisionApi.close(id, text) : decisionApi.comment(id, text),
    );
    if (ok) {
      setDialog(null);
      setText('');
    }
  };
  return (
    <Card title={t('decision.warnings.title')} data-testid="warnings-card">
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      {!isLoading && (data ?? []).length === 0 ? (
        <Empty description={t('decision.warnings.empty')} />
      ) : (
        <List<WarningView>
          loading={isLoading}
          dataSource={data ?? []}
          pagination={{ pageSize: 6, size: 'small' }}
          renderItem={(w) => (
            <List.Item
              data-testid="warning-item"
              actions={[
                w.abilities.acknowledge && (
                  <Button
                    key="ack"
                    size="small"
                    onClick={() => void run(() => decisionApi.acknowledge(w.id))}
                  >
                    {t('decision.warnings.acknowledge')}
                  </Button>
                ),
                w.abilities.comment && (
                  <Button
                    key="comment"
                    size="small"
                    type="link"
                    onClick={() => setDialog({ kind: 'comment', warning: w })}
                  >
                    {t('decision.warnings.comment')}
                  </Button>
                ),
                w.abilities.close && (
                  <Button
                    key="close"
                    size="small"
                    danger
                    onClick={() => setDialog({ kind: 'close', warning: w })}
                  >
                    {t('decision.warnings.close')}
                  </Button>
                ),
              ].filter(Boolean)}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Tag color={SEVERITY_COLOR[w.severity]}>
                      {t(`decision.warnings.severity.${w.severity}`)}
                    </Tag>
                    {en ? w.ruleName.en : w.ruleName.zh}
                    <Tag>{t(`decision.warnings.statuses.${w.status}`)}</Tag>
                  </Space>
                }
                description={
                  <>
                    <div>{en ? w.reason.en : w.reason.zh}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {w.regionName} · {t('decision.warnings.owner', { owner: en ? w.owner.en : w.owner.zh })}{' '}
                      · {t('decision.warnings.due', { date: formatDate(w.dueDate) })}
                    </Typography.Text>
                    {w.comments.map((c) => (
                      <div key={c.at} style={{ fontSize: 12 }}>
                        {c.author}：{c.body}
                      </div>
                    ))}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Modal
        open={dialog !== null}
        title={dialog?.kind === 'close' ? t('decision.warnings.closeTitle') : t('decision.warnings.comment')}
        onOk={submitDialog}
        onCancel={() => setDialog(null)}
        okButtonProps={{ disabled: text.trim().length < (dialog?.kind === 'close' ? 2 : 1) }}
      >
        <Form layout="vertical">
          <Form.Item
            label={
              dialog?.kind === 'close' ? t('decision.warnings.note') : t('decision.warnings.commentBody')
            }
          >
            <Input.TextArea
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
              data-testid="warning-text"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
