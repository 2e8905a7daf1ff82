/** The dimension radar, drawn as SVG (not canvas) so the printed report stays sharp. */
import { RadarChart as Radar } from 'echarts/charts';
import { RadarComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([Radar, RadarComponent, TooltipComponent, SVGRenderer]);

/** One axis per dimension, as a percentage of its maximum so unequal weights compare. */
export default function RadarChart({ axes }: { axes: { name: string; score: number; max: number }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) {
      return;
    }
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: {},
      radar: {
        indicator: axes.map((a) => ({ name: a.name, max: 100 })),
        radius: '65%',
      },
      series: [
        {
          type: 'radar',
          areaStyle: { opacity: 0.25 },
          data: [{ value: axes.map((a) => (a.max > 0 ? Math.round((a.score / a.max) * 100) : 0)) }],
        },
      ],
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [axes]);
  return (
    <div ref={ref} className="diagnosis-radar" style={{ width: '100%', height: 300 }} data-testid="radar" />
  );
}
