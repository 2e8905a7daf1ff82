/** Monthly trend lines, ECharts imported module by module (echarts/core) to keep the chunk small. */
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface Trend {
  key: string;
  name: string;
  months: { month: string; value: number }[];
}

export default function TrendChart({ trends }: { trends: Trend[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) {
      return;
    }
    const chart = echarts.init(ref.current);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 40, right: 16, top: 40, bottom: 24 },
      xAxis: { type: 'category', data: trends[0]?.months.map((m) => m.month.slice(5) + '月') ?? [] },
      yAxis: { type: 'value', minInterval: 1 },
      series: trends.map((tr) => ({
        name: tr.name,
        type: 'line',
        smooth: true,
        data: tr.months.map((m) => m.value),
      })),
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [trends]);
  return <div ref={ref} style={{ width: '100%', height: 320 }} data-testid="trend-chart" />;
}
