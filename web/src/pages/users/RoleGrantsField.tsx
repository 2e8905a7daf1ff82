/** Form.List of role grants: role + jurisdiction region (cascader over /api/regions). */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleValues } from '../../api/contracts.ts';
import RegionCascader from '../../components/RegionCascader.tsx';

export default function RoleGrantsField() {
  const { t } = useTranslation();
  return (
    <Form.List name="roles">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="start" style={{ display: 'flex', width: '100%' }} wrap={false}>
              <Form.Item name={[field.name, 'role']} style={{ width: 170, marginBottom: 12 }}>
                <Select
                  placeholder={t('users.role')}
                  options={roleValues.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'regionCode']}
                style={{ flex: 1, minWidth: 150, marginBottom: 12 }}
              >
                <RegionCascader placeholder={t('users.grantRegion')} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('common.cancel')}
                onClick={() => remove(field.name)}
                disabled={fields.length <= 1}
              />
            </Space>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ role: undefined, regionCode: undefined })}
            block
          >
            {t('users.addGrant')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
