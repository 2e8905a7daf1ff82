/**
 * A wrapping filter bar for list pages: fields, 查询 / 重置, and extra buttons on the right. Below antd's md
 * breakpoint (phones) the fields move into a drawer opened by one 筛选 button that counts the active filters;
 * the extra buttons stay beside it.
 */
import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Form, Grid, Space } from 'antd';
import type { FormInstance } from 'antd';
import { Children, cloneElement, isValidElement, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ListFiltersProps<T> {
  form: FormInstance<T>;
  onSearch: (values: T) => void;
  children: ReactNode;
  extra?: ReactNode;
}

/** Whether a filter value narrows the list (an empty string, list or cleared field does not). */
function isActive(value: unknown): boolean {
  if (value === undefined || value === null) {
    return false;
  }
  if (typeof value === 'string') {
    return value.trim() !== '';
  }
  if (Array.isArray(value)) {
    return value.some(isActive);
  }
  return true;
}

/** How many of the form's filters are set. */
function countActive(values: unknown): number {
  return values && typeof values === 'object' ? Object.values(values).filter(isActive).length : 0;
}

type ItemProps = { label?: ReactNode; children?: ReactNode };
type ControlProps = { 'aria-label'?: unknown; ariaLabel?: unknown; placeholder?: unknown };

/**
 * The bar's fields carry no labels (their placeholders and aria-labels say what they are); stacked in the
 * drawer a chosen value would lose its name, so each unlabelled item is labelled from its control.
 */
function withLabels(children: ReactNode): ReactNode {
  return Children.map(children, (child) => {
    if (!isValidElement<ItemProps>(child) || child.type !== Form.Item || child.props.label) {
      return child;
    }
    const control = child.props.children;
    if (!isValidElement<ControlProps>(control)) {
      return child;
    }
    const { 'aria-label': ariaLabel, ariaLabel: ownLabel, placeholder } = control.props;
    const label = [ariaLabel, ownLabel, placeholder].find((v) => typeof v === 'string' && v !== '');
    return label ? cloneElement(child as ReactElement<ItemProps>, { label: label as string }) : child;
  });
}

export default function ListFilters<T extends object>({
  form,
  onSearch,
  children,
  extra,
}: ListFiltersProps<T>) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Filters in force: the form's initial values until the drawer first opens, then what 查询 / 重置 applied
  // (values edited in the drawer but not searched do not count).
  const [applied, setApplied] = useState<number | null>(null);
  const watched = Form.useWatch((values: T) => countActive(values), { form, preserve: true });
  const search = (values: T) => {
    setApplied(countActive(values));
    setDrawerOpen(false);
    onSearch(values);
  };
  const reset = () => {
    form.resetFields();
    search(form.getFieldsValue());
  };

  // Until antd has measured the screen, keep the desktop bar (the back office is mostly used on desktops).
  if (screens.md === false) {
    const active = applied ?? watched ?? 0;
    return (
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}>
        <Badge count={active} size="small" color="#1456c8">
          <Button
            icon={<FilterOutlined />}
            onClick={() => {
              setApplied((n) => n ?? active);
              setDrawerOpen(true);
            }}
            aria-label={active > 0 ? t('common.filtersActive', { count: active }) : t('common.filters')}
            aria-haspopup="dialog"
            aria-expanded={drawerOpen}
            data-testid="list-filters-open"
          >
            {t('common.filters')}
          </Button>
        </Badge>
        {extra}
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="bottom"
          size="auto"
          title={t('common.filters')}
          // The form stays mounted while the drawer is shut: the page reads and resets its fields.
          forceRender
          className="dtpc-filters-drawer"
          // As tall as its fields, at most 85 % of the screen (the fields scroll, 查询 stays in view).
          styles={{ wrapper: { maxHeight: '85vh' }, section: { maxHeight: '85vh' } }}
          footer={
            <div style={{ display: 'flex', gap: 12 }}>
              <Button block onClick={reset}>
                {t('common.reset')}
              </Button>
              <Button block type="primary" onClick={() => form.submit()}>
                {t('common.search')}
              </Button>
            </div>
          }
        >
          <Form<T> form={form} layout="vertical" onFinish={search}>
            {withLabels(children)}
            {/* 查询 sits in the drawer's footer, outside the form: this unseen submit button lets Enter in a
                field (the phone keyboard's 搜索 key) search too. */}
            <button type="submit" hidden tabIndex={-1} aria-hidden="true" />
          </Form>
        </Drawer>
      </div>
    );
  }

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
      <Form<T> form={form} layout="inline" onFinish={search} style={{ rowGap: 12, flex: '1 1 480px' }}>
        {children}
        <Form.Item style={{ marginInlineEnd: 0 }}>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <Button onClick={reset}>{t('common.reset')}</Button>
          </Space>
        </Form.Item>
      </Form>
      {extra && <Space wrap>{extra}</Space>}
    </div>
  );
}
