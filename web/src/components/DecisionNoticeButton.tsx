/** "打印决定书": opens the notice issued with a decided record, once there is one. */
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { noticeApi } from '../pages/notices/api.ts';

export function DecisionNoticeButton({ subjectId, decided }: { subjectId: string; decided: boolean }) {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['decision-notices', 'subject', subjectId],
    queryFn: () => noticeApi.ofSubject(subjectId),
    enabled: decided,
  });
  const notice = data?.items[0];
  if (!notice) {
    return null;
  }
  return (
    <Link to={`/decision-notices/${notice.id}`} data-testid="print-decision-notice">
      <Button icon={<PrinterOutlined />}>{t('recognition.decisionDocument.printNotice')}</Button>
    </Link>
  );
}
