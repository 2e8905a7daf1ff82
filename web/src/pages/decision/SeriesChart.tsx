/** A monthly series with its anomalies marked (ECharts, imported module by module). */
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export default function SeriesChart({
  points,
  anomalies,
  names,
}: {
  points: { period: string; value: number }[];
  anomalies: { period: string; value: number }[];
  names: { value: string; anomalies: string };
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) {
      return;
    }
    const chart = echarts.init(ref.current);
    const periods = points.map((p) => p.period);
    // A merged 1—2月 anomaly sits on February.
    const at = (period: string) => periods.indexOf(period.replace('-01/02', '-02'));
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 56, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value' },
      series: [
        { name: names.value, type: 'line', data: points.map((p) => p.value), showSymbol: false },
        {
          name: names.anomalies,
          type: 'scatter',
          symbolSize: 14,
          itemStyle: { color: '#cf1322' },
          data: anomalies.map((a) => [at(a.period), a.value]),
        },
      ],
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [points, anomalies, names]);
  return <div ref={ref} style={{ width: '100%', height: 300 }} data-testid="series-chart" />;
}
