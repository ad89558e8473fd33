import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format.js';
import { useDrawTool } from '../draw/use-draw-tool.js';
import type { DrawTool } from '../draw/use-draw-tool.js';
import type { MapSession } from '../map-session.js';
import { lineLengthM, polygonMeasures } from './measures.js';

interface MeasurePanelProps {
  readonly session: MapSession;
  readonly tool: Extract<DrawTool, { kind: 'measureDistance' | 'measureArea' }>;
  readonly onClose: () => void;
}

/** Metres up to a kilometre, then kilometres with two decimals. */
function useDistanceText(): (metres: number) => string {
  const format = useFormat();
  return (metres) =>
    metres < 1000
      ? format.number(metres, { style: 'unit', unit: 'meter', maximumFractionDigits: 1 })
      : format.number(metres / 1000, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 2 });
}

/** The measuring tools: a polyline's length or a polygon's area, live, never saved. */
export function MeasurePanel({ session, tool, onClose }: MeasurePanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const distance = useDistanceText();
  const shape = useDrawTool(session, tool);
  const isDistance = tool.kind === 'measureDistance';
  const lengthM = shape.geometry?.type === 'LineString' ? lineLengthM(shape.geometry) : null;
  const area = shape.geometry?.type === 'Polygon' ? polygonMeasures(shape.geometry) : null;
  return (
    <section className="map-panel-section" data-testid="measure-panel" aria-labelledby="measure-title">
      <h2 id="measure-title">{isDistance ? t('measure.titleDistance') : t('measure.titleArea')}</h2>
      <p className="draw-help">
        {shape.finished ? t('measure.helpAdjust') : isDistance ? t('measure.helpDistance') : t('measure.helpArea')}{' '}
        {t('draw.escape')}
      </p>
      <div className="live-measures" aria-live="polite">
        <dl>
          {isDistance ? (
            <div>
              <dt>{t('measure.length')}</dt>
              <dd data-testid="measure-value">{lengthM ? distance(lengthM) : t('common.notSet')}</dd>
            </div>
          ) : (
            <>
              <div>
                <dt>{t('draw.area')}</dt>
                <dd data-testid="measure-value">{area ? format.ha(area.areaHa) : t('common.notSet')}</dd>
              </div>
              <div>
                <dt>{t('draw.perimeter')}</dt>
                <dd>{area ? distance(area.perimeterM) : t('common.notSet')}</dd>
              </div>
            </>
          )}
        </dl>
        <p className="live-measures-method muted">{t('measure.method')}</p>
      </div>
      <div className="form-actions">
        <button type="button" className="button" data-testid="measure-close" onClick={onClose}>
          {t('measure.close')}
        </button>
      </div>
    </section>
  );
}
