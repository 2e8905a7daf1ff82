/** 需求图谱 (authorities): what enterprises of a region need, industries × scenarios, as an ECharts heat map. */
import { useQuery } from '@tanstack/react-query';
import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { Button, Card, Empty, Space, Statistic, Table, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';
import RegionCascader from '../../components/RegionCascader.tsx';
import { demandGraphApi, type DemandGraph } from './api.ts';

echarts.use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

function Heatmap({ graph }: { graph: DemandGraph }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) {
      return;
    }
    const chart = echarts.init(ref.current);
    const industries = graph.industries.map((i) => i.name);
    const scenarios = graph.scenarios.map((s) => t(`resources.scenarios.${s}`));
    const data = graph.cells.map((c) => [
      graph.scenarios.indexOf(c.scenario),
      graph.industries.findIndex((i) => i.code === c.industryCode),
      c.total,
      c.open,
      c.agreed,
    ]);
    chart.setOption({
      tooltip: {
        formatter: (p: { value: number[] }) =>
          `${industries[p.value[1]!]} · ${scenarios[p.value[0]!]}<br/>${t('matching.graph.total')} ${p.value[2]}，${t(
            'matching.graph.open',
          )} ${p.value[3]}，${t('matching.graph.agreed')} ${p.value[4]}`,
      },
      grid: { left: 200, right: 24, top: 16, bottom: 100 },
      xAxis: { type: 'category', data: scenarios, splitArea: { show: true } },
      yAxis: { type: 'category', data: industries, splitArea: { show: true } },
      visualMap: {
        min: 0,
        max: Math.max(1, ...graph.cells.map((c) => c.total)),
        calculable: true,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
      },
      series: [
        {
          type: 'heatmap',
          data,
          label: { show: true, formatter: (p: { value: number[] }) => String(p.value[2]) },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [graph, t]);
  return (
    <div
      ref={ref}
      data-testid="demand-heatmap"
      style={{ height: Math.max(240, 48 * graph.industries.length + 120) }}
    />
  );
}

export default function DemandGraphPage() {
  const { t } = useTranslation();
  // The region is kept in the address (?region=370100), so a graph can be linked and bookmarked.
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? undefined;
  const setRegion = (code: string | undefined) => setParams(code ? { region: code } : {});
  const graph = useQuery({ queryKey: ['demand-graph', region], queryFn: () => demandGraphApi.graph(region) });
  if (!graph.data) {
    return <PageLoading />;
  }
  const g = graph.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('matching.graph.title')} · {g.regionName}
        </Typography.Title>
        <Space>
          <RegionCascader value={region ?? g.regionCode} onChange={setRegion} style={{ minWidth: 240 }} />
          <Link to="/decision">
            <Button>{t('matching.graph.back')}</Button>
          </Link>
        </Space>
      </Space>
      <Card>
        <Typography.Paragraph type="secondary">{t('matching.graph.subtitle')}</Typography.Paragraph>
        <Statistic title={t('matching.graph.needs')} value={g.total} />
      </Card>
      <Card>
        {g.cells.length === 0 ? (
          <Empty description={t('matching.graph.empty')} />
        ) : (
          <>
            <Heatmap graph={g} />
            <Table
              size="small"
              rowKey={(c) => `${c.industryCode}-${c.scenario}`}
              pagination={false}
              dataSource={[...g.cells].sort((a, b) => b.total - a.total)}
              columns={[
                {
                  title: t('matching.graph.industry'),
                  dataIndex: 'industryCode',
                  render: (code: string) => g.industries.find((i) => i.code === code)?.name ?? code,
                },
                {
                  title: t('matching.graph.scenario'),
                  dataIndex: 'scenario',
                  render: (s: string) => t(`resources.scenarios.${s}`),
                },
                { title: t('matching.graph.total'), dataIndex: 'total', align: 'right' },
                { title: t('matching.graph.open'), dataIndex: 'open', align: 'right' },
                { title: t('matching.graph.agreed'), dataIndex: 'agreed', align: 'right' },
              ]}
            />
          </>
        )}
      </Card>
    </Space>
  );
}
