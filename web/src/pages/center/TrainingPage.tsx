/** 培训实训 (operator): courses and sessions; registrations and attendance (each attendance is one person-time). */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  TimePicker,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router-dom';
import { formatDate } from '../../lib/format.ts';
import { useExport } from '../../lib/use-export.ts';
import { courseModeValues } from '../../../../src/domain/center-platform/vocabulary.ts';
import {
  platformApi,
  type CenterSummary,
  type CourseView,
  type RegistrationView,
  type SessionView,
} from './api.ts';
import { reportError } from './errors.ts';

type Fmt = { format: (f: string) => string };

function RegistrationsDrawer({
  slug,
  session,
  onClose,
}: {
  slug: string;
  session: SessionView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<string[]>([]);
  const { data, isFetching } = useQuery({
    queryKey: ['registrations', slug, session?.id],
    queryFn: () => platformApi.registrations(slug, session!.id),
    enabled: session !== null,
  });
  const record = useMutation({
    mutationFn: () => platformApi.recordAttendance(slug, session!.id, selected),
    onSuccess: async (r) => {
      message.success(`${t('centerPlatform.training.recordAttendance')}：${r.recorded}`);
      setSelected([]);
      await queryClient.invalidateQueries({ queryKey: ['registrations', slug] });
      await queryClient.invalidateQueries({ queryKey: ['courses', slug] });
      await queryClient.invalidateQueries({ queryKey: ['dashboard', slug] });
    },
    onError: (e) => reportError(e, message, t),
  });
  return (
    <Drawer
      open={session !== null}
      onClose={onClose}
      width={640}
      title={t('centerPlatform.training.registrations')}
      extra={
        <Space wrap>
          {session && !session.attendanceOpen && (
            <Typography.Text type="secondary">
              {t('centerPlatform.training.attendanceFrom', { date: formatDate(session.sessionDate) })}
            </Typography.Text>
          )}
          <Button
            type="primary"
            disabled={selected.length === 0 || !session?.attendanceOpen}
            loading={record.isPending}
            onClick={() => record.mutate()}
          >
            {t('centerPlatform.training.recordAttendance')}
          </Button>
        </Space>
      }
    >
      <Table<RegistrationView>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={(data?.items ?? []).filter((r) => r.status === 'registered')}
        pagination={false}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (r) => ({ disabled: r.attended, 'aria-label': r.user.displayName }),
        }}
        columns={[
          { title: t('centerPlatform.training.person'), key: 'u', render: (_, r) => r.user.displayName },
          {
            title: t('centerPlatform.training.organisation'),
            key: 'o',
            render: (_, r) => r.organisation.name,
            ellipsis: true,
          },
          {
            title: t('centerPlatform.training.attendedTag'),
            key: 'a',
            width: 100,
            render: (_, r) =>
              r.attended ? <Tag color="green">{t('centerPlatform.training.attendedTag')}</Tag> : '—',
          },
        ]}
      />
    </Drawer>
  );
}

export default function TrainingPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const center = useOutletContext<CenterSummary>();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [addingTo, setAddingTo] = useState<CourseView | null>(null);
  const [viewing, setViewing] = useState<SessionView | null>(null);
  // Every course starts expanded (its sessions are what the operator works on).
  const [collapsed, setCollapsed] = useState<string[]>([]);
  const [courseForm] = Form.useForm();
  const [sessionForm] = Form.useForm();
  const exporter = useExport(`/centers/${center.slug}/courses/export.xlsx`, 'courses.xlsx');
  const { data, isFetching } = useQuery({
    queryKey: ['courses', center.slug, page],
    queryFn: () => platformApi.courses(center.slug, { page, pageSize: 10 }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['courses', center.slug] });
  const createCourse = useMutation({
    mutationFn: (v: { title: string; mode: string; teachers: string; summary?: string }) =>
      platformApi.createCourse(center.slug, {
        title: v.title,
        mode: v.mode as never,
        teachers: v.teachers.split(/[、,，\s]+/).filter(Boolean),
        summary: v.summary ?? '',
      }),
    onSuccess: async () => {
      setCreating(false);
      courseForm.resetFields();
      await refresh();
    },
    onError: (e) => reportError(e, message, t, courseForm, ['title', 'mode', 'teachers']),
  });
  const addSession = useMutation({
    mutationFn: (v: { sessionDate: Fmt; time: [Fmt, Fmt]; location?: string; seats: number }) =>
      platformApi.createSession(center.slug, addingTo!.id, {
        sessionDate: v.sessionDate.format('YYYY-MM-DD'),
        startTime: v.time[0].format('HH:mm'),
        endTime: v.time[1].format('HH:mm'),
        location: v.location ?? '',
        seats: v.seats,
      }),
    onSuccess: async () => {
      setAddingTo(null);
      sessionForm.resetFields();
      await refresh();
    },
    onError: (e) => reportError(e, message, t, sessionForm, ['seats', 'location']),
  });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('centerPlatform.training.createCourse')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          loading={exporter.exporting}
          onClick={() => void exporter.run({})}
        >
          {t('common.export')}
        </Button>
      </Space>
      <Table<CourseView>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        pagination={{ current: page, pageSize: 10, total: data?.total ?? 0, onChange: setPage }}
        expandable={{
          expandedRowKeys: (data?.items ?? []).map((c) => c.id).filter((id) => !collapsed.includes(id)),
          rowExpandable: (c) => c.sessions.length > 0,
          onExpand: (open, c) =>
            setCollapsed((prev) => (open ? prev.filter((id) => id !== c.id) : [...prev, c.id])),
          expandedRowRender: (c) => (
            <Table<SessionView>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={c.sessions}
              columns={[
                {
                  title: t('centerPlatform.training.sessionDate'),
                  dataIndex: 'sessionDate',
                  render: (d: string) => formatDate(d),
                },
                {
                  title: t('centerPlatform.training.time'),
                  key: 'time',
                  render: (_, s) => `${s.startTime}–${s.endTime}`,
                },
                { title: t('centerPlatform.training.location'), dataIndex: 'location' },
                {
                  title: t('centerPlatform.training.registered'),
                  key: 'reg',
                  render: (_, s) => `${s.registered} / ${s.seats}`,
                },
                { title: t('centerPlatform.training.attended'), dataIndex: 'attended' },
                {
                  title: t('common.actions'),
                  key: 'act',
                  render: (_, s) => (
                    <Button size="small" onClick={() => setViewing(s)}>
                      {t('centerPlatform.training.registrations')}
                    </Button>
                  ),
                },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('centerPlatform.training.course'), dataIndex: 'title' },
          {
            title: t('centerPlatform.training.mode'),
            dataIndex: 'mode',
            width: 140,
            render: (m: string) => t(`centerPlatform.training.modes.${m}`),
          },
          {
            title: t('centerPlatform.training.teachers'),
            dataIndex: 'teachers',
            render: (v: string[]) => v.join('、'),
          },
          {
            title: t('common.actions'),
            key: 'act',
            width: 140,
            render: (_, c) => (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingTo(c)}>
                {t('centerPlatform.training.addSession')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={t('centerPlatform.training.createCourse')}
        onCancel={() => setCreating(false)}
        onOk={() => courseForm.submit()}
        confirmLoading={createCourse.isPending}
      >
        <Form
          form={courseForm}
          name="create-course"
          layout="vertical"
          onFinish={(v) => createCourse.mutate(v)}
        >
          <Form.Item name="title" label={t('centerPlatform.training.course')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="mode" label={t('centerPlatform.training.mode')} rules={[{ required: true }]}>
            <Select
              options={courseModeValues.map((m) => ({
                value: m,
                label: t(`centerPlatform.training.modes.${m}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="teachers"
            label={t('centerPlatform.training.teachers')}
            extra={t('centerPlatform.training.teachersHint')}
            rules={[{ required: true }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="summary" label={t('centerPlatform.training.summary')}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={addingTo !== null}
        title={`${t('centerPlatform.training.addSession')} · ${addingTo?.title ?? ''}`}
        onCancel={() => setAddingTo(null)}
        onOk={() => sessionForm.submit()}
        confirmLoading={addSession.isPending}
      >
        <Form
          form={sessionForm}
          name="create-session"
          layout="vertical"
          onFinish={(v) => addSession.mutate(v)}
        >
          <Form.Item
            name="sessionDate"
            label={t('centerPlatform.training.sessionDate')}
            rules={[{ required: true }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="time" label={t('centerPlatform.training.time')} rules={[{ required: true }]}>
            <TimePicker.RangePicker format="HH:mm" minuteStep={15} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="location" label={t('centerPlatform.training.location')}>
            <Input />
          </Form.Item>
          <Form.Item name="seats" label={t('centerPlatform.training.seats')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10000} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
      <RegistrationsDrawer slug={center.slug} session={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
