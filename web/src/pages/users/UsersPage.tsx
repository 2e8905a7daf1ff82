/** 账号管理: paginated, filtered account list with export, create, edit, unlock and reset password. */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Form,
  Grid,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleValues, type Role, type UserView } from '../../api/contracts.ts';
import { usersApi } from '../../api/endpoints.ts';
import ListFilters from '../../components/ListFilters.tsx';
import RegionCascader from '../../components/RegionCascader.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { roleWithJurisdiction } from '../../lib/roles.ts';
import { useExport } from '../../lib/use-export.ts';
import CreateUserDrawer from './CreateUserDrawer.tsx';
import EditUserDrawer from './EditUserDrawer.tsx';
import ResetPasswordModal from './ResetPasswordModal.tsx';

function isLocked(user: UserView): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();
}

interface Filters {
  q?: string;
  role?: Role;
  regionCode?: string;
}

export default function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const drawerWidth = screens.md === false ? '100%' : 560;
  const [filterForm] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserView | null>(null);
  const [resetting, setResetting] = useState<UserView | null>(null);
  const exporter = useExport('/users/export.xlsx', 'users.xlsx');

  const query = { ...filters, ...page };
  const { data, isFetching, error } = useQuery({
    queryKey: ['users', query],
    queryFn: () => usersApi.list(query),
    placeholderData: keepPreviousData,
  });

  const unlock = async (user: UserView) => {
    try {
      await usersApi.unlock(user.id);
      message.success(t('users.unlocked'));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    } catch (e) {
      message.error(e instanceof Error ? e.message : t('common.error'));
    }
  };

  const columns: ColumnsType<UserView> = [
    {
      title: t('users.displayName'),
      key: 'name',
      render: (_, u) => (
        <div>
          <div>{u.displayName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {u.username}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('users.organisation'), key: 'org', render: (_, u) => u.organisation.name, ellipsis: true },
    {
      title: t('users.roles'),
      key: 'roles',
      width: 280,
      render: (_, u) => (
        <Space wrap size={[4, 4]}>
          {u.roles.map((g, i) => (
            <Tag key={i}>{roleWithJurisdiction(g, t)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('users.status'),
      key: 'status',
      width: 150,
      render: (_, u) => {
        if (u.disabled) {
          return <Tag>{t('users.disabled')}</Tag>;
        }
        if (isLocked(u)) {
          return <Tag color="red">{t('users.locked', { until: formatDateTime(u.lockedUntil) })}</Tag>;
        }
        return <Tag color="green">{t('users.active')}</Tag>;
      },
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (v: string | null) => formatDateTime(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, u) => (
        <Space size={0} wrap>
          {u.abilities.update && (
            <Button type="link" size="small" onClick={() => setEditing(u)}>
              {t('common.edit')}
            </Button>
          )}
          {u.abilities.unlock && isLocked(u) && (
            <Popconfirm
              title={t('users.unlockConfirm')}
              onConfirm={() => unlock(u)}
              okText={t('common.yes')}
              cancelText={t('common.no')}
            >
              <Button type="link" size="small">
                {t('users.unlock')}
              </Button>
            </Popconfirm>
          )}
          {u.abilities.resetPassword && (
            <Button type="link" size="small" onClick={() => setResetting(u)}>
              {t('users.resetPassword')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card title={t('users.title')}>
      <ListFilters<Filters>
        form={filterForm}
        onSearch={(values) => {
          setFilters({ q: values.q?.trim() || undefined, role: values.role, regionCode: values.regionCode });
          setPage((p) => ({ ...p, page: 1 }));
        }}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={exporter.exporting}
              onClick={() => void exporter.run({ ...filters })}
            >
              {t('common.export')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          </>
        }
      >
        <Form.Item name="q">
          <Input
            placeholder={`${t('common.keyword')}：${t('users.username')} / ${t('users.displayName')}`}
            allowClear
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item name="role">
          <Select
            placeholder={t('users.role')}
            allowClear
            style={{ width: 160 }}
            options={roleValues.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="regionCode">
          <RegionCascader style={{ width: 220 }} />
        </Form.Item>
      </ListFilters>
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      <Table<UserView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 960 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
        }}
      />
      <CreateUserDrawer open={creating} onClose={() => setCreating(false)} width={drawerWidth} />
      <EditUserDrawer user={editing} onClose={() => setEditing(null)} width={drawerWidth} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Card>
  );
}
