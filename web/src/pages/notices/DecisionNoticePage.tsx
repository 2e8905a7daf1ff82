/**
 * A decision notice (决定书) as issued, laid out as an official document on A4: the authority's name as
 * the red header, the 文号, the title, the addressee, the decision, the opinion and its basis, then the
 * authority and date. Printing drops the app chrome.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { chineseDate } from '../../../../src/domain/decisions/notice.ts';
import { formatDateTime } from '../../lib/format.ts';
import { noticeApi } from './api.ts';

const css = `
@page { size: A4; margin: 25mm 26mm 24mm 28mm; }
.decision-notice { max-width: 210mm; margin: 0 auto; background: #fff; padding: 20mm 22mm; box-shadow: 0 0 8px rgba(0,0,0,.12); font-family: "Noto Serif CJK SC", "Songti SC", serif; font-size: 16px; line-height: 2; color: #000; }
.decision-notice .red-header { color: #c00; text-align: center; font-size: 30px; font-weight: bold; letter-spacing: 2px; line-height: 1.4; }
.decision-notice .doc-number { text-align: center; margin-top: 8px; }
.decision-notice .red-rule { border-top: 2px solid #c00; margin: 6px 0 24px; }
.decision-notice h1 { text-align: center; font-size: 22px; font-weight: bold; margin: 0 0 24px; line-height: 1.6; }
.decision-notice p { margin: 0; }
.decision-notice .para { text-indent: 2em; }
.decision-notice .signature { text-align: right; margin-top: 40px; }
.decision-notice .note { margin-top: 40px; font-size: 12px; color: #666; border-top: 1px solid #ddd; padding-top: 6px; line-height: 1.6; }
@media (max-width: 640px) { .decision-notice { padding: 16px; font-size: 15px; } .decision-notice .red-header { font-size: 22px; } }
@media print {
  .no-print, .ant-layout-sider, .ant-layout-header, .ant-layout-footer { display: none !important; }
  .ant-layout-content, .ant-card, .ant-card-body { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; }
  .decision-notice { box-shadow: none; padding: 0; max-width: none; }
}
`;

export default function DecisionNoticePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: n, error } = useQuery({
    queryKey: ['decision-notices', id],
    queryFn: () => noticeApi.get(id),
  });
  if (error) {
    return <Alert type="error" title={error.message} />;
  }
  if (!n) {
    return <Card loading />;
  }
  const en = i18n.language === 'en';
  const text = (x: { zh: string; en: string }) => (en ? x.en : x.zh);
  const date = en ? n.decidedOn : chineseDate(n.decidedOn);
  return (
    <>
      <style>{css}</style>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button onClick={() => navigate(-1)}>{t('notices.back')}</Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('notices.print')}
        </Button>
      </Space>
      <article className="decision-notice" data-testid="decision-notice">
        <div className="red-header">{n.authorityName}</div>
        <div className="doc-number" data-testid="notice-document-number">
          {n.documentNumber}
        </div>
        <div className="red-rule" />
        <h1>{text(n.title)}</h1>
        <p>{t('notices.addressee', { name: n.addressee })}</p>
        {n.body.map((b, i) => (
          <p className="para" key={i}>
            {text(b)}
          </p>
        ))}
        <p className="para" data-testid="notice-opinion">
          {t('notices.opinion')}：{n.opinion}
        </p>
        {n.basis.length > 0 && (
          <p className="para">
            {t('notices.basis')}：{n.basis.map(text).join(en ? '; ' : '；')}
          </p>
        )}
        <div className="signature">
          <p>{n.authorityName}</p>
          <p data-testid="notice-date">{date}</p>
        </div>
        <div className="note">
          {t('notices.kept')} {t('notices.issuedAt', { time: formatDateTime(n.issuedAt) })}
        </div>
      </article>
    </>
  );
}
