/**
 * A decision is a document: its 文号, 日期 and 意见 (all required, as the API requires them), and a
 * confirmation that restates them with the consequences before anything is sent.
 */
import { DatePicker, Form, Input, Typography, type ModalFuncProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { afterToday } from '../lib/dates.ts';
import { formatDate } from '../lib/format.ts';

export interface DecisionDocumentValues {
  documentNumber: string;
  decidedOn: Dayjs;
  comment: string;
}

/**
 * The three fields of a decision document, inside the caller's antd Form. The opinion's field is `comment`
 * for recognition and `reason` for the management decisions (their API field), with its own label.
 */
export function DecisionDocumentFields({
  opinionName = 'comment',
  opinionLabel,
}: { opinionName?: string; opinionLabel?: string } = {}) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="documentNumber"
        label={t('recognition.decisionDocument.documentNumber')}
        rules={[
          {
            required: true,
            whitespace: true,
            min: 2,
            message: t('recognition.decisionDocument.documentNumberRequired'),
          },
        ]}
      >
        <Input style={{ width: 280 }} maxLength={64} placeholder="鲁工信字〔2026〕12号" />
      </Form.Item>
      <Form.Item
        name="decidedOn"
        label={t('recognition.decisionDocument.decidedOn')}
        rules={[{ required: true, message: t('recognition.decisionDocument.decidedOnRequired') }]}
      >
        <DatePicker disabledDate={afterToday} />
      </Form.Item>
      <Form.Item
        name={opinionName}
        label={opinionLabel ?? t('recognition.decisionDocument.comment')}
        rules={[
          {
            required: true,
            whitespace: true,
            min: 2,
            message: t('recognition.decisionDocument.opinionRequired', {
              label: opinionLabel ?? t('recognition.decisionDocument.comment'),
            }),
          },
        ]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </>
  );
}

/** The request fields of a decision document. */
export function decisionDocumentBody(v: DecisionDocumentValues): {
  documentNumber: string;
  decidedOn: string;
  comment: string;
} {
  return {
    documentNumber: v.documentNumber.trim(),
    decidedOn: v.decidedOn.format('YYYY-MM-DD'),
    comment: v.comment.trim(),
  };
}

/** Asks the official to confirm the decision, restating its document and what follows; true if confirmed. */
export function confirmDecision(
  modal: { confirm: (props: ModalFuncProps) => unknown },
  t: (key: string, options?: Record<string, unknown>) => string,
  {
    action,
    outcome,
    values,
    consequence,
    danger,
  }: {
    action: string;
    outcome?: 'approve' | 'reject';
    values: Pick<DecisionDocumentValues, 'documentNumber' | 'decidedOn'>;
    /** What follows from this decision; the recognition outcomes have theirs. */
    consequence?: string;
    danger?: boolean;
  },
): Promise<boolean> {
  return new Promise((resolve) => {
    modal.confirm({
      title: t('recognition.decisionDocument.confirmTitle', { action }),
      content: (
        <div data-testid="decision-confirm">
          <Typography.Paragraph>
            {t('recognition.decisionDocument.summary', {
              name: action,
              number: values.documentNumber.trim(),
              date: formatDate(values.decidedOn.format('YYYY-MM-DD')),
            })}
          </Typography.Paragraph>
          <Typography.Paragraph type="warning">
            {consequence ?? t(`recognition.decisionDocument.consequences.${outcome ?? 'approve'}`)}
          </Typography.Paragraph>
        </div>
      ),
      okText: t('recognition.decisionDocument.confirmOk'),
      cancelText: t('recognition.decisionDocument.cancel'),
      okButtonProps: danger || outcome === 'reject' ? { danger: true } : {},
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}
