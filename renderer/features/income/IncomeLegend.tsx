import { useTranslation } from 'react-i18next';
import { incomeLineKeys, incomeLines } from './income-lines.js';
import type { IncomeLine } from './income-lines.js';

/** The lines' names beside a sample of each stroke (solid, dashed, dotted), as the chart draws them. */
export function IncomeLegend({ names }: { names: Record<IncomeLine, string> }) {
  const { t } = useTranslation();
  return (
    <ul className="income-legend" aria-label={t('income.chart.legend')}>
      {incomeLineKeys.map((line) => {
        const style = incomeLines[line];
        return (
          <li key={line} data-line={line}>
            <svg width="36" height="12" aria-hidden="true" focusable="false">
              <line
                x1="1"
                y1="6"
                x2="35"
                y2="6"
                stroke={style.colour}
                strokeWidth={style.widthPx}
                strokeDasharray={style.dash.length > 0 ? style.dash.join(' ') : undefined}
              />
            </svg>
            {names[line]}
          </li>
        );
      })}
    </ul>
  );
}
