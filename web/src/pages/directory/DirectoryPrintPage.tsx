/**
 * 促进中心名录 in the official layout, for print: the title with the date it is read as of, the filters
 * applied (by their labels), then one ruled table — 序号, name, level, type, region, lead organisation,
 * recognition date, status, latest rating — and the total. Reads the same filters as the list (from the
 * URL its 打印名录 button builds), fetching every page up to PRINT_LIMIT entries.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { chineseDate } from '../../../../src/domain/decisions/notice.ts';
import { referenceApi } from '../../api/endpoints.ts';
import OfficialDocument from '../../components/OfficialDocument.tsx';
import PageLoading from '../../components/PageLoading.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { directoryApi, type DirectoryEntry } from '../publicity/api.ts';
import { typeLabel } from '../publicity/shared.tsx';

const PRINT_LIMIT = 1000;
const PAGE = 200;
const FILTER_KEYS = ['q', 'level', 'type', 'kind', 'regionCode', 'status', 'year', 'asOf'] as const;

async function everyEntry(
  query: Record<string, string>,
): Promise<{ items: DirectoryEntry[]; total: number }> {
  const items: DirectoryEntry[] = [];
  let total = 0;
  for (let page = 1; items.length < PRINT_LIMIT; page++) {
    const res = await directoryApi.list({ ...query, page, pageSize: PAGE });
    total = res.total;
    items.push(...res.items);
    if (res.items.length < PAGE || items.length >= total) {
      break;
    }
  }
  return { items: items.slice(0, PRINT_LIMIT), total };
}

export default function DirectoryPrintPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const query: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) {
      query[key] = value;
    }
  }
  const { data, error } = useQuery({
    queryKey: ['directory-print', query],
    queryFn: () => everyEntry(query),
  });
  const region = useQuery({
    queryKey: ['region', query.regionCode],
    queryFn: () => referenceApi.region(query.regionCode!),
    enabled: Boolean(query.regionCode),
  });
  if (error) {
    return <Alert type="error" showIcon title={error.message} />;
  }
  if (!data || (query.regionCode && region.isPending)) {
    return <PageLoading />;
  }
  const en = i18n.language === 'en';
  const date = (iso: string) => (en ? formatDate(iso) : chineseDate(iso));
  const asOf = query.asOf ?? new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const filters = [
    query.q && `${t('common.keyword')}：${query.q}`,
    query.level && `${t('directory.level')}：${t(`directory.levels.${query.level}`)}`,
    query.type && `${t('directory.type')}：${t(`directory.types.${query.type}`)}`,
    query.kind && `${t(`directory.kinds.${query.kind}`)}`,
    query.regionCode && `${t('directory.region')}：${region.data?.name ?? ''}`,
    query.status && `${t('directory.status')}：${t(`directory.statuses.${query.status}`)}`,
    query.year && `${t('directory.year')}：${query.year}`,
  ].filter(Boolean);
  return (
    <OfficialDocument testId="directory-print">
      <h1>
        {t('directoryPrint.title')}
        <br />
        {t('directoryPrint.asOf', { date: date(asOf) })}
      </h1>
      {filters.length > 0 && (
        <p>{t('directoryPrint.filtered', { filters: filters.join(en ? '; ' : '；') })}</p>
      )}
      {data.total > data.items.length && (
        <p className="no-print" style={{ color: '#c00' }}>
          {t('directoryPrint.truncated', { n: PRINT_LIMIT })}
        </p>
      )}
      <table data-testid="directory-print-entries">
        <thead>
          <tr>
            <th style={{ width: '6%' }}>{t('directoryPrint.number')}</th>
            <th>{t('directory.name')}</th>
            <th style={{ width: '7%' }}>{t('directory.level')}</th>
            <th style={{ width: '11%' }}>{t('directory.type')}</th>
            <th style={{ width: '14%' }}>{t('directory.region')}</th>
            <th style={{ width: '18%' }}>{t('directory.leadOrganisation')}</th>
            <th style={{ width: '11%' }}>{t('directory.recognisedOn')}</th>
            <th style={{ width: '7%' }}>{t('directory.status')}</th>
            <th style={{ width: '8%' }}>{t('management.directoryRating')}</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((c, i) => (
            <tr key={c.id}>
              <td style={{ textAlign: 'center' }}>{i + 1}</td>
              <td>{c.name}</td>
              <td>{t(`directory.levels.${c.level}`)}</td>
              <td>{typeLabel(c, t)}</td>
              <td>{c.regionName}</td>
              <td>{c.leadOrganisation.name}</td>
              <td>{c.recognisedOn ? formatDate(c.recognisedOn) : '—'}</td>
              <td>{t(`directory.statuses.${c.status}`)}</td>
              <td>{c.rating ? `${c.rating.year} ${en ? c.rating.label.en : c.rating.label.zh}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('directoryPrint.total', { n: data.total })}</p>
      <div className="note">{t('directoryPrint.note', { at: formatDateTime(new Date()) })}</div>
    </OfficialDocument>
  );
}
