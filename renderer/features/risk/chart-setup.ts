import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { Plugin } from 'chart.js';

// Only what the bar charts use: chart.js tree-shakes the rest (line, pie, legend, animations' extras…).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };

const LABEL_PADDING_PX = 6;

/**
 * Writes each segment's value inside it when it fits, so the chart reads
 * without hovering, printed, and in greyscale. A white halo keeps dark text
 * legible over every level's colour and hatch.
 */
export function segmentLabels(format: (value: number) => string): Plugin<'bar'> {
  return {
    id: 'cafetalSegmentLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = '600 12px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.lineJoin = 'round';
      chart.data.datasets.forEach((dataset, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.hidden) return;
        meta.data.forEach((element, index) => {
          const value = dataset.data[index];
          if (typeof value !== 'number' || value <= 0) return;
          const { x, y, base } = element.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
          const text = format(value);
          if (Math.abs(x - base) < ctx.measureText(text).width + LABEL_PADDING_PX) return;
          const centre = (x + base) / 2;
          ctx.lineWidth = 3;
          ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
          ctx.strokeText(text, centre, y);
          ctx.fillStyle = '#1c2520';
          ctx.fillText(text, centre, y);
        });
      });
      ctx.restore();
    },
  };
}
