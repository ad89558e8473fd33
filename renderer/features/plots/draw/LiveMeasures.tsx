import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format.js';

interface LiveMeasuresProps {
  /** Null while there is no meaningful area yet (fewer than 3 vertices, crossing edges). */
  readonly areaHa: number | null;
  readonly perimeterM: number | null;
  readonly isPoint: boolean;
  readonly pending: boolean;
}

/** Area and perimeter of the shape being drawn, updated on every vertex. */
export function LiveMeasures({ areaHa, perimeterM, isPoint, pending }: LiveMeasuresProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="live-measures" aria-live="polite">
      <dl>
        <div>
          <dt>{isPoint ? t('draw.declaredArea') : t('draw.area')}</dt>
          <dd data-testid="draw-area" data-area-ha={areaHa ?? undefined}>
            {areaHa !== null && areaHa > 0 ? format.ha(areaHa) : t('common.notSet')}
          </dd>
        </div>
        {!isPoint && (
          <div>
            <dt>{t('draw.perimeter')}</dt>
            <dd data-testid="draw-perimeter">
              {perimeterM !== null
                ? format.number(perimeterM, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 })
                : t('common.notSet')}
            </dd>
          </div>
        )}
      </dl>
      <p className="live-measures-method muted">
        {t('plots.details.areaMethod')}
        {pending ? ` · ${t('draw.checking')}` : ''}
      </p>
    </div>
  );
}
