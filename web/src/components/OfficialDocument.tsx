/**
 * An official document on A4 as government notices are laid out (GB/T 9704 in spirit): a centered
 * title, indented body paragraphs, a ruled table, and the issuer and date at the right. On screen it is a
 * white sheet with 返回 / 打印 above it; in print media only the sheet remains. Styles are inline because
 * the app styles through antd's CSS-in-JS and has no stylesheet pipeline of its own.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

const css = `
@page { size: A4; margin: 25mm 20mm 22mm 24mm; }
.official-doc { max-width: 210mm; margin: 0 auto; background: #fff; padding: 20mm 18mm; box-shadow: 0 0 8px rgba(0,0,0,.12); font-family: "Noto Serif CJK SC", "Songti SC", serif; font-size: 15px; line-height: 1.9; color: #000; }
.official-doc h1 { text-align: center; font-size: 22px; font-weight: bold; margin: 0 0 20px; line-height: 1.6; }
.official-doc p { margin: 0; }
.official-doc .para { text-indent: 2em; }
.official-doc table { width: 100%; border-collapse: collapse; margin: 12px 0; font-size: 13px; line-height: 1.6; }
.official-doc th, .official-doc td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; word-break: break-all; }
.official-doc th { font-weight: bold; text-align: center; }
.official-doc tr { break-inside: avoid; }
.official-doc thead { display: table-header-group; }
.official-doc .signature { text-align: right; margin-top: 32px; }
.official-doc .note { margin-top: 24px; font-size: 12px; color: #444; border-top: 1px solid #999; padding-top: 6px; line-height: 1.6; }
@media (max-width: 640px) { .official-doc { padding: 14px; font-size: 14px; } .official-doc h1 { font-size: 19px; } }
@media print {
  .no-print, .ant-layout-sider, .ant-layout-header, .ant-layout-footer { display: none !important; }
  .ant-layout-content, .ant-card, .ant-card-body { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; }
  .official-doc { box-shadow: none; padding: 0; max-width: none; }
}
`;

export default function OfficialDocument({ testId, children }: { testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <style>{css}</style>
      <Space className="no-print" style={{ marginBottom: 16 }} wrap>
        <Button onClick={() => navigate(-1)}>{t('officialDocument.back')}</Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('officialDocument.print')}
        </Button>
      </Space>
      <article className="official-doc" data-testid={testId}>
        {children}
      </article>
    </>
  );
}
