/** 工作台: greeting, the user's organisation, roles with jurisdiction, and links to the pages they may use. */
import { Alert, Button, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMe } from '../auth/session.ts';
import { navItemsFor } from '../layout/nav-items.tsx';
import { formatDate } from '../lib/format.ts';
import { roleWithJurisdiction } from '../lib/roles.ts';

function greetingKey(
  hour: number,
): 'home.greetingMorning' | 'home.greetingAfternoon' | 'home.greetingEvening' {
  if (hour < 12) {
    return 'home.greetingMorning';
  }
  return hour < 18 ? 'home.greetingAfternoon' : 'home.greetingEvening';
}

export default function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    ),
  );
  const cards = navItemsFor(me).filter((i) => i.key !== 'home');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          {t(greetingKey(hour), { name: me.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{formatDate(new Date())}</Typography.Text>
      </div>
      {me.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          title={t('home.mustChangePassword')}
          action={
            <Link to="/account">
              <Button size="small">{t('home.goChangePassword')}</Button>
            </Link>
          }
        />
      )}
      <Card>
        <Descriptions column={1} size="small" styles={{ label: { width: 140 } }}>
          <Descriptions.Item label={t('home.organisation')}>{me.organisation.name}</Descriptions.Item>
          <Descriptions.Item label={t('home.roles')}>
            <Space wrap size={[8, 8]}>
              {me.roles.map((grant, i) => (
                <Tag key={i} color="blue" data-testid="home-role">
                  {roleWithJurisdiction(grant, t)}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('home.quickLinks')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {cards.map((item) => (
          <Col key={item.key} xs={24} sm={12} xl={6}>
            <Link to={item.path} data-testid={`home-card-${item.key}`}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 22, color: '#1456c8' }}>{item.icon}</span>}
                  title={t(`menu.${item.key}`)}
                  // Entries without a description line show none rather than a raw key.
                  description={t(`home.cards.${item.key as 'users'}`, { defaultValue: '' })}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Space>
  );
}
