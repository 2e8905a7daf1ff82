/** 资源目录: the global catalog across all centers. */
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import CatalogSearch from './CatalogSearch.tsx';

export default function CatalogPage() {
  const { t } = useTranslation();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('resources.catalog.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('resources.catalog.subtitle')}</Typography.Paragraph>
      <CatalogSearch />
    </Card>
  );
}
