/** 404 for unknown routes. */
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={
        <>
          <div style={{ fontSize: 16, color: 'rgba(0,0,0,0.88)', marginBottom: 4 }}>
            {t('notFound.title')}
          </div>
          {t('notFound.subtitle')}
        </>
      }
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
