/** 培训报名: courses of recognised centers with their sessions; register (seats enforced) or cancel. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { enterpriseApi, type SessionView } from '../center/api.ts';
import { reportError } from '../center/errors.ts';

export default function CoursesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { data, isFetching } = useQuery({
    queryKey: ['enterprise-courses'],
    queryFn: () => enterpriseApi.courses({ page: 1, pageSize: 50 }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['enterprise-courses'] });
  const register = useMutation({
    mutationFn: (s: SessionView) => enterpriseApi.register(s.id),
    onSuccess: async () => {
      message.success(t('centerPlatform.training.registeredOk'));
      await refresh();
    },
    onError: (e) => reportError(e, message, t),
  });
  const cancel = useMutation({
    mutationFn: (id: string) => enterpriseApi.cancelRegistration(id),
    onSuccess: refresh,
    onError: (e) => reportError(e, message, t),
  });
  if (!isFetching && (data?.items.length ?? 0) === 0) {
    return <Empty />;
  }
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {(data?.items ?? [])
        .filter((c) => c.sessions.length > 0)
        .map((c) => (
          <Card
            key={c.id}
            title={c.title}
            extra={<Tag>{t(`centerPlatform.training.modes.${c.mode}`)}</Tag>}
            size="small"
          >
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {c.centerName} · {t('centerPlatform.training.teachers')}：{c.teachers.join('、')}
            </Typography.Paragraph>
            <List<SessionView>
              size="small"
              dataSource={c.sessions}
              renderItem={(s) => {
                const mine = s.myRegistration?.status === 'registered' ? s.myRegistration : null;
                const full = s.registered >= s.seats;
                return (
                  <List.Item
                    actions={[
                      mine ? (
                        mine.attended ? (
                          <Tag color="green" key="a">
                            {t('centerPlatform.training.attendedTag')}
                          </Tag>
                        ) : (
                          <Button key="c" size="small" onClick={() => cancel.mutate(mine.id)}>
                            {t('centerPlatform.training.cancel')}
                          </Button>
                        )
                      ) : (
                        <Button
                          key="r"
                          size="small"
                          type="primary"
                          disabled={full}
                          loading={register.isPending}
                          onClick={() => register.mutate(s)}
                        >
                          {full ? t('centerPlatform.training.full') : t('centerPlatform.training.register')}
                        </Button>
                      ),
                    ]}
                  >
                    <Space wrap>
                      <span>
                        {formatDate(s.sessionDate)} {s.startTime}–{s.endTime}
                      </span>
                      <span>{s.location}</span>
                      <Typography.Text type="secondary">
                        {t('centerPlatform.training.registered')} {s.registered}/{s.seats}
                      </Typography.Text>
                      {mine && <Tag color="blue">{t('centerPlatform.training.registeredTag')}</Tag>}
                    </Space>
                  </List.Item>
                );
              }}
            />
          </Card>
        ))}
    </Space>
  );
}
