/** 培训报名 (public): every recognised center's courses with sessions from today on. */
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import CourseCalendar from './CourseCalendar.tsx';

export default function PublicTrainingPage() {
  const { t } = useTranslation();
  return (
    <Card style={{ maxWidth: 1200, margin: '0 auto' }}>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t('training.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('training.subtitle')}</Typography.Paragraph>
      <CourseCalendar />
    </Card>
  );
}
