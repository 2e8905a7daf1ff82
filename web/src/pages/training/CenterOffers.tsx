/**
 * The SME offers a center runs now, as its public page lists them: kind, provider, prices and trial, how often
 * they were used. Claiming and booking happen in 企业服务 (an enterprise account), so the action here leads
 * there — through the login for a visitor.
 */
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasAbility, useSession } from '../../auth/session.ts';
import { formatNumber } from '../../lib/format.ts';
import { yuan } from '../center/api.ts';
import { trainingApi } from './api.ts';

const ENTERPRISE_OFFERS = '/enterprise/offers';

export default function CenterOffers({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const { data, isPending } = useQuery({
    queryKey: ['center-offers-public', slug],
    queryFn: () => trainingApi.offers(slug, { pageSize: 20 }),
  });
  let action;
  if (!session) {
    action = (
      <Link to={`/login?from=${encodeURIComponent(ENTERPRISE_OFFERS)}`}>
        <Button type="primary">{t('training.offers.loginToClaim')}</Button>
      </Link>
    );
  } else if (hasAbility(session.user, 'enterprise.services')) {
    action = (
      <Link to={ENTERPRISE_OFFERS}>
        <Button type="primary">{t('training.offers.claim')}</Button>
      </Link>
    );
  } else {
    action = <Typography.Text type="secondary">{t('training.offers.enterpriseOnly')}</Typography.Text>;
  }
  const items = data?.items ?? [];
  return (
    <Space direction="vertical" size={12} style={{ display: 'flex' }}>
      <List
        data-testid="center-offers"
        loading={isPending}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('training.offers.empty')} /> }}
        renderItem={(o) => (
          <List.Item>
            <List.Item.Meta
              title={o.title}
              description={
                <Space wrap size={8}>
                  <Tag>{t(`centerPlatform.offers.kinds.${o.kind}`)}</Tag>
                  <span>{t('training.offers.provider', { name: o.provider })}</span>
                  {o.offerPriceFen !== null && (
                    <span>
                      {t('training.offers.price', { price: yuan(o.offerPriceFen) })}
                      {o.listPriceFen !== null && o.listPriceFen > o.offerPriceFen && (
                        <>
                          {' '}
                          <del>{t('training.offers.listPrice', { price: yuan(o.listPriceFen) })}</del>
                        </>
                      )}
                    </span>
                  )}
                  {o.trialDays !== null && <span>{t('training.offers.trialDays', { n: o.trialDays })}</span>}
                  {o.uses > 0 && <span>{t('training.offers.uses', { n: formatNumber(o.uses) })}</span>}
                </Space>
              }
            />
            {o.summary && (
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {o.summary}
              </Typography.Paragraph>
            )}
          </List.Item>
        )}
      />
      {items.length > 0 && action}
    </Space>
  );
}
