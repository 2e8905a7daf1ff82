/** A wrapping filter bar for list pages: fields, 查询 / 重置, and extra buttons on the right. */
import { Button, Form, Space } from 'antd';
import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ListFiltersProps<T> {
  form: FormInstance<T>;
  onSearch: (values: T) => void;
  children: ReactNode;
  extra?: ReactNode;
}

export default function ListFilters<T extends object>({
  form,
  onSearch,
  children,
  extra,
}: ListFiltersProps<T>) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 12,
        justifyContent: 'space-between',
        marginBottom: 16,
      }}
    >
      <Form<T> form={form} layout="inline" onFinish={onSearch} style={{ rowGap: 12, flex: '1 1 480px' }}>
        {children}
        <Form.Item style={{ marginInlineEnd: 0 }}>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                onSearch(form.getFieldsValue());
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {extra && <Space wrap>{extra}</Space>}
    </div>
  );
}
