/** 工作日历: covered years (packaged or imported), the working-day calculator, and loading next year's notice. */
import { CalculatorOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarYearView } from '../../api/contracts.ts';
import { ApiError } from '../../api/client.ts';
import { calendarApi } from '../../api/endpoints.ts';
import { useSession } from '../../auth/session.ts';

function WorkingDayCalculator() {
  const { t } = useTranslation();
  const [from, setFrom] = useState<Dayjs | null>(null);
  const [n, setN] = useState<number | null>(5);
  const calc = useMutation({
    mutationFn: () => calendarApi.addWorkingDays(from!.format('YYYY-MM-DD'), n ?? 0),
  });
  return (
    <Card title={t('calendar.calculator')}>
      <Space wrap>
        <DatePicker value={from} onChange={setFrom} placeholder={t('calendar.from')} />
        <InputNumber min={0} max={3650} value={n} onChange={setN} addonAfter={t('calendar.workingDays')} />
        <Button
          type="primary"
          icon={<CalculatorOutlined />}
          disabled={!from}
          onClick={() => calc.mutate()}
          data-testid="calendar-calc"
        >
          {t('calendar.compute')}
        </Button>
      </Space>
      {calc.data && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          data-testid="calendar-result"
          message={t('calendar.result', { from: calc.data.from, n: calc.data.n, result: calc.data.result })}
        />
      )}
      {calc.error && (
        <Alert style={{ marginTop: 16 }} type="error" showIcon message={(calc.error as Error).message} />
      )}
    </Card>
  );
}

function ImportNotice() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const save = useMutation({
    mutationFn: () => calendarApi.importYear(text),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['calendar-years'] }),
  });
  return (
    <Card title={t('calendar.import')}>
      <Typography.Paragraph type="secondary">{t('calendar.importHelp')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('calendar.noticeText')}>
          <Input.TextArea
            rows={8}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="calendar-notice"
          />
        </Form.Item>
        <Button
          type="primary"
          icon={<UploadOutlined />}
          disabled={!text.trim()}
          loading={save.isPending}
          onClick={() => save.mutate()}
        >
          {t('calendar.importButton')}
        </Button>
      </Form>
      {save.data && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          message={t('calendar.imported', { year: save.data.year })}
          description={save.data.warnings.length > 0 ? save.data.warnings.join('；') : undefined}
        />
      )}
      {save.error && (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          message={save.error instanceof ApiError ? save.error.problem.detail : (save.error as Error).message}
        />
      )}
    </Card>
  );
}

export default function CalendarPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const years = useQuery({ queryKey: ['calendar-years'], queryFn: calendarApi.years });
  const canManage = session?.user.abilities.includes('calendar.manage') ?? false;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('calendar.title')}
      </Typography.Title>
      <WorkingDayCalculator />
      <Card title={t('calendar.years')}>
        <Table<CalendarYearView>
          rowKey="year"
          size="small"
          loading={years.isLoading}
          dataSource={[...(years.data ?? [])].reverse()}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t('calendar.year'), dataIndex: 'year', width: 90 },
            {
              title: t('calendar.source'),
              dataIndex: 'source',
              width: 120,
              render: (s: CalendarYearView['source']) => (
                <Tag color={s === 'imported' ? 'blue' : 'default'}>{t(`calendar.sources.${s}`)}</Tag>
              ),
            },
            { title: t('calendar.holidays'), render: (_, y) => y.holidays.length, width: 100 },
            {
              title: t('calendar.makeUpWorkdays'),
              render: (_, y) => y.makeUpWorkdays.map((d) => d.date).join('、') || '—',
            },
            {
              title: t('calendar.reference'),
              dataIndex: 'reference',
              // Built-in years cite the data set they come from, not the package that ships it.
              render: (r: string, y) =>
                y.source === 'package'
                  ? t('calendar.builtinReference', { year: y.year, version: r.replace(/^[^@]*@/u, '') })
                  : r,
            },
          ]}
        />
      </Card>
      {canManage && <ImportNotice />}
    </Space>
  );
}
