/**
 * 地图 view of the directory (名录): China's provinces shaded by the number of centers recognised today, the
 * count in the tooltip; choosing a province — on the map or in the list of counts beside it, which is also
 * the map's accessible alternative — hands its GB/T 2260 code to the page, which lists its centers.
 * Loaded only when the view opens (React.lazy): ECharts' map and the boundaries stay out of the page's chunk.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Row, Spin, Typography } from 'antd';
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { directoryApi } from '../publicity/api.ts';
import { chinaGeoJson } from './china-geo.ts';

echarts.use([MapChart, TooltipComponent, CanvasRenderer]);

const geo = chinaGeoJson();
// 'china' is the name ECharts' own fixes for this map look for (南海诸岛 inset, label points).
echarts.registerMap('china', geo as unknown as Parameters<typeof echarts.registerMap>[1]);
/** The map's region name (short, e.g. 山东) by GB/T 2260 province code. */
const regionByCode = new Map(geo.features.map((f) => [f.id, f.properties.name]));

/** One center and up: light to dark blue (antd blue-3 … blue-9), the darker the more. No text is drawn on them. */
const SHADES = ['#91caff', '#4096ff', '#0958d9', '#002c8c'];
/** None: a neutral grey, told apart from one at a glance. */
const NONE = '#f0f0f0';

/** The fill for `count` centers when the most any province has is `max`. */
function shade(count: number, max: number): string {
  if (count <= 0) {
    return NONE;
  }
  return max <= 1 ? SHADES[0]! : echarts.color.lerp((count - 1) / (max - 1), SHADES);
}

interface Datum {
  name: string;
  value: number;
  regionCode: string;
  regionName: string;
  itemStyle: { areaColor: string };
}

export default function DirectoryMap({
  asOf,
  onChoose,
}: {
  /** The date the counts are read on (today when absent). */
  asOf?: string | undefined;
  onChoose: (regionCode: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const choose = useRef(onChoose);
  choose.current = onChoose;
  const { data, error, isPending } = useQuery({
    queryKey: ['directory', 'map', asOf ?? null],
    queryFn: () => directoryApi.map(asOf),
  });

  const provinces = useMemo(() => data?.provinces ?? [], [data]);
  const max = Math.max(0, ...provinces.map((p) => p.recognised));
  const withCenters = provinces
    .filter((p) => p.recognised > 0)
    .sort((a, b) => b.recognised - a.recognised || a.regionCode.localeCompare(b.regionCode));

  useEffect(() => {
    if (!ref.current || !data) {
      return;
    }
    const chart = echarts.init(ref.current);
    const series: Datum[] = provinces.flatMap((p) => {
      const name = regionByCode.get(p.regionCode);
      const areaColor = shade(p.recognised, max);
      return name
        ? [
            {
              name,
              value: p.recognised,
              regionCode: p.regionCode,
              regionName: p.regionName,
              itemStyle: { areaColor },
            },
          ]
        : [];
    });
    chart.setOption({
      // Plain text, no inline styles (the page's CSP), kept inside the chart (no arrow markup) on a phone.
      tooltip: {
        trigger: 'item',
        confine: true,
        textStyle: { color: '#262626' },
        formatter: (params: { name: string; data?: Datum }) =>
          echarts.format.encodeHTML(
            params.data
              ? t('directory.map.tooltip', {
                  name: params.data.regionName,
                  count: formatNumber(params.data.value),
                })
              : params.name,
          ),
      },
      series: [
        {
          type: 'map',
          map: 'china',
          roam: false,
          selectedMode: false,
          top: 8,
          bottom: 8,
          left: 'center',
          label: { show: false },
          itemStyle: { areaColor: '#f5f5f5', borderColor: '#8c8c8c', borderWidth: 0.6 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffc53d' } },
          data: series,
        },
      ],
    });
    chart.on('click', (params) => {
      const datum = params.data as Datum | undefined;
      if (datum?.regionCode) {
        choose.current(datum.regionCode);
      }
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [data, provinces, max, t, i18n.language]);

  if (error) {
    return <Alert type="error" showIcon title={t('directory.map.failed')} description={error.message} />;
  }
  return (
    <Spin spinning={isPending}>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={16}>
          <div
            ref={ref}
            role="img"
            aria-label={t('directory.map.aria')}
            data-testid="directory-map"
            style={{ width: '100%', aspectRatio: '4 / 3', maxHeight: 560 }}
          />
          {/* The scale, for sighted readers; the list of counts says the same in words. */}
          <div aria-hidden="true" style={legendStyle}>
            <span style={{ ...swatchStyle, width: 16, background: NONE }} />
            <span style={{ marginRight: 8 }}>0</span>
            {max === 1 && <span style={{ ...swatchStyle, width: 16, background: SHADES[0] }} />}
            {max >= 1 && <span>1</span>}
            {max > 1 && (
              <>
                <span
                  style={{ ...swatchStyle, background: `linear-gradient(to right, ${SHADES.join(', ')})` }}
                />
                <span>{formatNumber(max)}</span>
              </>
            )}
            <span>{t('directory.map.unit')}</span>
          </div>
          {/* The boundaries are the classic ECharts China map, not an approved 标准地图 (no 审图号): say so. */}
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="directory-map-disclaimer">
            {t('directory.map.disclaimer')}
          </Typography.Text>
        </Col>
        <Col xs={24} lg={8}>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
            {t('directory.map.title')}
          </Typography.Title>
          {data && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('directory.map.asOf', { date: formatDate(data.asOf) })} ·{' '}
              <span id={hintId}>{t('directory.map.hint')}</span>
            </Typography.Paragraph>
          )}
          <ul data-testid="directory-map-counts" aria-label={t('directory.map.title')} style={listStyle}>
            {withCenters.map((p) => (
              <li key={p.regionCode}>
                <Button
                  size="small"
                  onClick={() => onChoose(p.regionCode)}
                  aria-describedby={hintId}
                  data-region={p.regionCode}
                >
                  {p.regionName} <strong>{formatNumber(p.recognised)}</strong>
                </Button>
              </li>
            ))}
          </ul>
          {data && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {withCenters.length === 0
                ? t('directory.map.empty')
                : t('directory.map.none', { count: provinces.length - withCenters.length })}
            </Typography.Paragraph>
          )}
        </Col>
      </Row>
    </Spin>
  );
}

const legendStyle: React.CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: 8,
  fontSize: 12,
  color: 'rgba(0, 0, 0, 0.88)',
};
const swatchStyle: React.CSSProperties = {
  display: 'inline-block',
  width: 120,
  height: 10,
  border: '1px solid #8c8c8c',
};
const listStyle: React.CSSProperties = {
  listStyle: 'none',
  padding: 0,
  margin: 0,
  display: 'flex',
  flexWrap: 'wrap',
  gap: 8,
};
