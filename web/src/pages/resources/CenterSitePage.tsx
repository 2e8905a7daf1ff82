/**
 * A center's public site: who it is, its courses open for registration, its catalog, the SME offers it runs
 * and the events it held.
 */
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';
import { formatNumber } from '../../lib/format.ts';
import { catalogApi } from './api.ts';
import CatalogSearch from './CatalogSearch.tsx';
import CenterEvents from '../training/CenterEvents.tsx';
import CenterOffers from '../training/CenterOffers.tsx';
import CourseCalendar from '../training/CourseCalendar.tsx';
import { usePageTitle } from '../../lib/page-title.ts';

export default function CenterSitePage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, isPending, error } = useQuery({
    queryKey: ['center-site', slug],
    queryFn: () => catalogApi.center(slug),
  });
  usePageTitle([data?.name], !data);
  if (isPending) {
    return <PageLoading />;
  }
  if (error || !data) {
    return <Result status="404" title="404" subTitle={error?.message} />;
  }
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {data.name}
        </Typography.Title>
        {data.summary && <Typography.Paragraph>{data.summary}</Typography.Paragraph>}
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('resources.detail.regions')}>{data.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('resources.site.catalog')}>
            {t('resources.site.resources', { n: formatNumber(data.resourceCount) })}
          </Descriptions.Item>
        </Descriptions>
        {data.abilities.operate && (
          <Link to={`/resources?center=${data.slug}`}>
            <Button type="primary">{t('resources.site.operate')}</Button>
          </Link>
        )}
      </Card>
      <Card title={t('training.centerCourses')}>
        <CourseCalendar center={data.slug} pageSize={5} />
      </Card>
      <Card title={t('resources.site.catalog')}>
        <CatalogSearch center={data.slug} />
      </Card>
      <Card title={t('training.centerOffers')}>
        <CenterOffers slug={data.slug} />
      </Card>
      <Card title={t('training.centerEvents')}>
        <CenterEvents slug={data.slug} />
      </Card>
    </Space>
  );
}
