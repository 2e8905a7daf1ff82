/** Catalog search: text, facets (kind, industry, scenario, region, provider, grade), sort and pages. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Input,
  List,
  Pagination,
  Radio,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { formatNumber } from '../../lib/format.ts';
import { catalogApi, type CatalogQuery, type FacetBucket, type ResourceSummaryView } from './api.ts';
import { Highlighted, SearchHints } from './SearchHints.tsx';

type Ranges = { title: [number, number][]; summary: [number, number][] };

const MULTI = ['kind', 'industry', 'scenario', 'grade'] as const;
type MultiFacet = (typeof MULTI)[number];

function readQuery(params: URLSearchParams, center?: string): CatalogQuery {
  const list = (key: string) => params.get(key)?.split(',').filter(Boolean) ?? undefined;
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? undefined,
    kind: list('kind'),
    industry: list('industry'),
    scenario: list('scenario'),
    grade: list('grade'),
    region: params.get('region') ?? undefined,
    provider: params.get('provider') ?? undefined,
    sort: sort === 'newest' || sort === 'most_reused' || sort === 'relevance' ? sort : undefined,
    center,
    page: Number(params.get('page') ?? 1) || 1,
    pageSize: 10,
  };
}

function ResultItem({ item, hits }: { item: ResourceSummaryView; hits: Ranges | undefined }) {
  const { t } = useTranslation();
  return (
    <List.Item>
      <List.Item.Meta
        title={
          <Space wrap>
            <Link to={`/catalog/${item.id}`} data-testid="result-title">
              <Highlighted text={item.title} ranges={hits?.title} />
            </Link>
            <Tag color="blue">{t(`resources.kinds.${item.kind}`)}</Tag>
            {item.grade && <Tag color="gold">{t(`resources.grades.${item.grade}`)}</Tag>}
            {item.access !== 'public' && <Tag color="orange">{t(`resources.access.${item.access}`)}</Tag>}
          </Space>
        }
        description={
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
              <Highlighted text={item.summary} ranges={hits?.summary} />
            </Typography.Paragraph>
            <Space wrap size={[8, 4]}>
              <Typography.Text type="secondary">{item.providerName}</Typography.Text>
              {item.scenarios.map((s) => (
                <Tag key={s}>{t(`resources.scenarios.${s}`)}</Tag>
              ))}
              <Typography.Text type="secondary">
                {t('resources.catalog.reused', { n: item.reuseCount })} ·{' '}
                {t('resources.catalog.deployed', { n: item.deploymentCount })}
              </Typography.Text>
              <Link to={`/centers/${item.center.slug}`}>{item.center.name}</Link>
            </Space>
          </Space>
        }
      />
    </List.Item>
  );
}

function FacetChecks({
  buckets,
  value,
  onChange,
}: {
  buckets: FacetBucket[];
  value: string[];
  onChange: (v: string[]) => void;
}) {
  return (
    <Checkbox.Group
      value={value}
      onChange={(v) => onChange(v as string[])}
      style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
    >
      {buckets.slice(0, 12).map((b) => (
        <Checkbox key={b.value} value={b.value}>
          {b.label} <Typography.Text type="secondary">({formatNumber(b.count)})</Typography.Text>
        </Checkbox>
      ))}
    </Checkbox.Group>
  );
}

export default function CatalogSearch({ center }: { center?: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params, center);
  const [text, setText] = useState(query.q ?? '');
  const { data, isFetching, error } = useQuery({
    queryKey: ['catalog', query],
    queryFn: () => catalogApi.search(query),
    placeholderData: keepPreviousData,
  });

  const update = (patch: Record<string, string | string[] | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      const v = Array.isArray(value) ? value.join(',') : value;
      if (v) {
        next.set(key, v);
      } else {
        next.delete(key);
      }
    }
    if (!('page' in patch)) {
      next.delete('page');
    }
    setParams(next);
  };

  const facets = data?.facets;
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Input.Search
          size="large"
          allowClear
          enterButton={t('resources.catalog.search')}
          placeholder={t('resources.catalog.searchPlaceholder')}
          aria-label={t('resources.catalog.searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined, sort: undefined })}
          data-testid="catalog-search"
        />
        {data && (
          <div style={{ marginTop: 8 }}>
            <SearchHints
              expansions={data.expansions}
              suggestions={data.suggestions}
              onSearch={(term) => {
                setText(term);
                update({ q: term, sort: undefined });
              }}
            />
          </div>
        )}
      </Col>
      <Col xs={24} md={7} lg={6}>
        <Card size="small">
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            {MULTI.map((facet: MultiFacet) =>
              facets && facets[facet].length > 0 ? (
                <div key={facet}>
                  <Typography.Text strong>{t(`resources.catalog.facets.${facet}`)}</Typography.Text>
                  <FacetChecks
                    buckets={facets[facet]}
                    value={query[facet] ?? []}
                    onChange={(v) => update({ [facet]: v })}
                  />
                </div>
              ) : null,
            )}
            {facets && facets.region.length > 0 && (
              <div>
                <Typography.Text strong>{t('resources.catalog.facets.region')}</Typography.Text>
                <Select
                  aria-label={t('resources.catalog.facets.region')}
                  allowClear
                  style={{ width: '100%' }}
                  value={query.region}
                  onChange={(v: string | undefined) => update({ region: v })}
                  options={facets.region.map((b) => ({
                    value: b.value,
                    label: `${b.label} (${formatNumber(b.count)})`,
                  }))}
                />
              </div>
            )}
            {facets && facets.provider.length > 0 && (
              <div>
                <Typography.Text strong>{t('resources.catalog.facets.provider')}</Typography.Text>
                <Select
                  aria-label={t('resources.catalog.facets.provider')}
                  allowClear
                  showSearch
                  style={{ width: '100%' }}
                  value={query.provider}
                  onChange={(v: string | undefined) => update({ provider: v })}
                  options={facets.provider.map((b) => ({
                    value: b.value,
                    label: `${b.label} (${formatNumber(b.count)})`,
                  }))}
                />
              </div>
            )}
            <Button
              onClick={() => {
                setText('');
                setParams(new URLSearchParams());
              }}
            >
              {t('resources.catalog.clear')}
            </Button>
          </Space>
        </Card>
      </Col>
      <Col xs={24} md={17} lg={18}>
        <Card
          size="small"
          title={
            data ? (
              <Typography.Text type="secondary" data-testid="catalog-total">
                {t(data.totalApproximate ? 'resources.catalog.totalApproximate' : 'resources.catalog.total', {
                  total: formatNumber(data.total),
                })}{' '}
                · {t('resources.catalog.took', { ms: data.tookMs })}
                {data.facetsApproximate ? t('resources.catalog.approximate') : ''}
              </Typography.Text>
            ) : null
          }
          extra={
            <Radio.Group
              size="small"
              value={query.sort ?? (query.q ? 'relevance' : 'newest')}
              onChange={(e) => update({ sort: e.target.value as string })}
              optionType="button"
              options={(['relevance', 'newest', 'most_reused'] as const)
                .filter((s) => s !== 'relevance' || query.q)
                .map((s) => ({ value: s, label: t(`resources.catalog.sort.${s}`) }))}
            />
          }
        >
          {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
          <List<ResourceSummaryView>
            loading={isFetching}
            dataSource={data?.items ?? []}
            locale={{ emptyText: <Empty description={t('resources.catalog.empty')} /> }}
            renderItem={(item) => (
              <ResultItem item={item} hits={data?.highlights.find((h) => h.id === item.id)} />
            )}
          />
          {data && data.total > query.pageSize && (
            <Pagination
              style={{ marginTop: 16, textAlign: 'right' }}
              current={query.page}
              pageSize={query.pageSize}
              total={Math.min(data.total, 1000)}
              showSizeChanger={false}
              onChange={(p) => update({ page: String(p) })}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
