/** 联合申报单位: members by credit code with the signed consortium agreement. */
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Table, Upload } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.ts';
import { recognitionApi, uploadFile, type ApplicationDetail } from './api.ts';
import { applyServerErrors } from '../../lib/form-errors.ts';
import { errorText } from './shared.tsx';

interface MemberValue {
  name: string;
  creditCode: string;
  orgKind: string;
  agreementFileId?: string | null;
  agreementName?: string;
}

const orgKinds = ['enterprise', 'university', 'research_institute', 'association', 'telecom_operator'];

export default function MembersCard({ app, editable }: { app: ApplicationDetail; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ members: MemberValue[] }>();

  useEffect(() => {
    form.setFieldsValue({
      members: app.members.map((m) => ({
        name: m.name,
        creditCode: m.creditCode,
        orgKind: m.orgKind,
        agreementFileId: m.agreementFile?.id ?? null,
        agreementName: m.agreementFile?.name,
      })),
    });
  }, [app, form]);

  if (!editable) {
    return (
      <Card title={t('recognition.app.members')}>
        <Table
          size="small"
          rowKey="creditCode"
          pagination={false}
          dataSource={app.members}
          columns={[
            { title: t('recognition.app.memberName'), dataIndex: 'name' },
            { title: t('recognition.app.memberCode'), dataIndex: 'creditCode', width: 200 },
            {
              title: t('recognition.app.agreement'),
              width: 220,
              render: (_, m) =>
                m.agreementFile ? (
                  <a href={recognitionApi.fileUrl(app.id, m.agreementFile.id)}>{m.agreementFile.name}</a>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
    );
  }

  const save = async () => {
    const members = (form.getFieldValue('members') as MemberValue[] | undefined) ?? [];
    try {
      const next = await recognitionApi.setMembers(app.id, {
        version: app.version,
        members: members.map((m) => ({
          name: m.name,
          creditCode: m.creditCode,
          orgKind: m.orgKind ?? 'enterprise',
          agreementFileId: m.agreementFileId ?? null,
        })),
      });
      queryClient.setQueryData(['application', app.id], next);
      message.success(t('recognition.app.saved'));
    } catch (e) {
      // A refused credit code or name is marked on its row's field; only the rest goes to a message.
      const general = applyServerErrors(e, form, t, { fields: ['members'] });
      if (general) {
        message.error(general);
      }
    }
  };

  return (
    <Card
      title={t('recognition.app.members')}
      extra={<Button onClick={() => void save()}>{t('recognition.app.saveMembers')}</Button>}
    >
      <Form form={form} name="members">
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field) => (
                <Space key={field.key} wrap align="baseline">
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true }]}>
                    <Input placeholder={t('recognition.app.memberName')} style={{ width: 240 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'creditCode']} rules={[{ required: true, len: 18 }]}>
                    <Input placeholder={t('recognition.app.memberCode')} style={{ width: 210 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'orgKind']} initialValue="enterprise">
                    <Select
                      style={{ width: 140 }}
                      options={orgKinds.map((k) => ({ value: k, label: t(`organisations.kinds.${k}`) }))}
                    />
                  </Form.Item>
                  <Form.Item shouldUpdate noStyle>
                    {() => (
                      <Upload
                        showUploadList={false}
                        beforeUpload={(file) => {
                          void uploadFile(app.id, file, 'attachments', {}, session?.csrfToken ?? '')
                            .then((f) => {
                              form.setFieldValue(['members', field.name, 'agreementFileId'], f.id);
                              form.setFieldValue(['members', field.name, 'agreementName'], f.name);
                              // The upload belongs to the member list: saved with it at once, not lost.
                              return save();
                            })
                            .catch((e: unknown) => message.error(errorText(e, t('common.error'))));
                          return false;
                        }}
                      >
                        <Button icon={<UploadOutlined />}>
                          {(form.getFieldValue(['members', field.name, 'agreementName']) as
                            string | undefined) ?? t('recognition.app.agreement')}
                        </Button>
                      </Upload>
                    )}
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(field.name)}>
                    ×
                  </Button>
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ orgKind: 'enterprise' })}>
                {t('recognition.app.addMember')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
