import type { Plugin } from 'chart.js';

/**
 * Writes each bar's value above it (vertical bars), so the histogram reads
 * without hovering and in print. Zero bars get a "0" too: "no family" is an
 * answer, not a missing one.
 */
export function barTopLabels(format: (value: number) => string): Plugin<'bar'> {
  return {
    id: 'cafetalBarTopLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = '600 12px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      ctx.fillStyle = '#1c2520';
      chart.data.datasets.forEach((dataset, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.hidden) return;
        meta.data.forEach((element, index) => {
          const value = dataset.data[index];
          if (typeof value !== 'number') return;
          const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
          ctx.fillText(format(value), x, y - 3);
        });
      });
      ctx.restore();
    },
  };
}
