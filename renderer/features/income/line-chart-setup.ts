import { LineController, LineElement, PointElement } from 'chart.js';
import type { Plugin } from 'chart.js';
import { Chart } from '../risk/chart-setup.js';

// The risk dashboard registers the bar chart's parts (and tree-shakes the rest); the income chart adds the line's.
Chart.register(LineController, LineElement, PointElement);

export { Chart };

/**
 * A vertical rule at one category (the year the income gap closes) with its
 * label on top, so the chart says where the lines cross without hovering.
 */
export function categoryMarker(index: number | null, label: string): Plugin<'line'> {
  return {
    id: 'cafetalCategoryMarker',
    afterDatasetsDraw(chart) {
      if (index === null) return;
      const x = chart.scales.x?.getPixelForValue(index);
      if (x === undefined || Number.isNaN(x)) return;
      const { top, bottom } = chart.chartArea;
      const { ctx } = chart;
      ctx.save();
      ctx.strokeStyle = '#2a5a3e';
      ctx.lineWidth = 1.5;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = '600 12px system-ui, sans-serif';
      ctx.textBaseline = 'top';
      // Keep the label inside the plot area: flip it left of the rule near the right edge.
      const width = ctx.measureText(label).width;
      const flip = x + 6 + width > chart.chartArea.right;
      ctx.textAlign = flip ? 'right' : 'left';
      const textX = flip ? x - 6 : x + 6;
      ctx.lineWidth = 3;
      ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
      ctx.strokeText(label, textX, top + 4);
      ctx.fillStyle = '#173524';
      ctx.fillText(label, textX, top + 4);
      ctx.restore();
    },
  };
}
