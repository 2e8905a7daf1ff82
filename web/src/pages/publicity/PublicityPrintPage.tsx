/**
 * A publicity notice (公示) in the official layout, for print: its title, the notice text (the issuer's own
 * body, or the standard wording with the call, the window and its working days), the proposed list as a
 * ruled table, and the issuer and date at the right. Reopened entries are left out: they are no longer
 * proposed.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { chineseDate } from '../../../../src/domain/decisions/notice.ts';
import OfficialDocument from '../../components/OfficialDocument.tsx';
import PageLoading from '../../components/PageLoading.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { publicityApi } from './api.ts';
import { typeLabel } from './shared.tsx';

export default function PublicityPrintPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data: notice, error } = useQuery({
    queryKey: ['publicity', id],
    queryFn: () => publicityApi.get(id),
  });
  if (error) {
    return <Alert type="error" showIcon title={error.message} />;
  }
  if (!notice) {
    return <PageLoading />;
  }
  const date = (iso: string) => (i18n.language === 'en' ? formatDate(iso) : chineseDate(iso));
  const entries = notice.entries.filter((e) => e.status !== 'reopened');
  const body = notice.body.trim()
    ? notice.body.split(/\n+/)
    : [
        t('publicityPrint.defaultBody', {
          call: notice.callTitle,
          start: date(notice.startsOn),
          end: date(notice.endsOn),
          days:
            notice.rule.workingDays !== null ? t('publicityPrint.days', { n: notice.rule.workingDays }) : '',
        }),
      ];
  return (
    <OfficialDocument testId="publicity-print">
      <h1>{notice.title}</h1>
      {body.map((p, i) => (
        <p className="para" key={i}>
          {p}
        </p>
      ))}
      <table data-testid="publicity-print-entries">
        <thead>
          <tr>
            <th style={{ width: '8%' }}>{t('publicityPrint.number')}</th>
            <th>{t('publicity.centerName')}</th>
            <th style={{ width: '22%' }}>{t('publicity.leadOrganisation')}</th>
            <th style={{ width: '20%' }}>{t('publicity.members')}</th>
            <th style={{ width: '14%' }}>{t('publicity.type')}</th>
            <th style={{ width: '14%' }}>{t('publicity.region')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={e.id}>
              <td style={{ textAlign: 'center' }}>{i + 1}</td>
              <td>{e.centerName}</td>
              <td>{e.leadOrganisationName}</td>
              <td>{e.memberNames.length ? e.memberNames.join('、') : '—'}</td>
              <td>{typeLabel(e, t)}</td>
              <td>{e.regionName}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {notice.announcedOn && (
        <p className="para">
          {t('publicityPrint.announced', {
            date: date(notice.announcedOn),
            number: notice.announcementNumber ? `（${notice.announcementNumber}）` : '',
          })}
        </p>
      )}
      <div className="signature" data-testid="publicity-print-signature">
        <p>{notice.issuer}</p>
        <p>{date(notice.startsOn)}</p>
      </div>
      <div className="note">{t('publicityPrint.note', { at: formatDateTime(new Date()) })}</div>
    </OfficialDocument>
  );
}
