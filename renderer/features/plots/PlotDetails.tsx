import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plot } from '../../../shared/domain/plot.js';
import { useFormat } from '../../i18n/use-format.js';
import { PlotIssueList } from './PlotIssueList.js';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** The plot's data as the side panel shows it; numbers in the user's locale. */
export function PlotDetails({ plot }: { plot: Plot }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notSet = t('common.notSet');
  const isPoint = plot.geometry.type === 'Point';
  const metres = (value: number) => format.number(value, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 });
  return (
    <>
      <dl className="facts plot-facts">
        <Fact label={t('plots.details.producer')} testId="plot-detail-producer">
          <a href={`#/mapa?producer=${plot.producerId}`}>{plot.producerName}</a>
        </Fact>
        <Fact label={t('plots.details.area')}>
          <span data-testid="plot-detail-area" data-area-ha={plot.areaHa}>
            {format.ha(plot.areaHa)}
          </span>{' '}
          <span className="muted">({isPoint ? t('plots.details.pointPlot') : t('plots.details.areaMethod')})</span>
        </Fact>
        {!isPoint && plot.declaredAreaHa !== null && (
          <Fact label={t('plots.details.declaredArea')}>{format.ha(plot.declaredAreaHa)}</Fact>
        )}
        {plot.perimeterM !== null && (
          <Fact label={t('plots.details.perimeter')} testId="plot-detail-perimeter">
            {metres(plot.perimeterM)}
          </Fact>
        )}
        <Fact label={t('plots.details.altitude')} testId="plot-detail-altitude">
          {plot.altitudeM !== null
            ? t('plots.details.altitudeValue', { value: format.number(plot.altitudeM) })
            : notSet}
        </Fact>
        <Fact label={t('plots.details.variety')} testId="plot-detail-variety">
          {plot.variety || notSet}
        </Fact>
        <Fact label={t('plots.details.system')}>{t(`plots.systems.${plot.productionSystem}`)}</Fact>
        {plot.plantingYear !== null && <Fact label={t('plots.details.plantingYear')}>{String(plot.plantingYear)}</Fact>}
        {plot.plantsPerHa !== null && (
          <Fact label={t('plots.details.plantsPerHa')}>{format.number(plot.plantsPerHa)}</Fact>
        )}
        {plot.shadePct !== null && (
          <Fact label={t('plots.details.shade')}>{format.number(plot.shadePct / 100, { style: 'percent' })}</Fact>
        )}
        <Fact label={t('plots.details.lastHarvest')} testId="plot-detail-harvest">
          {plot.lastHarvestQq !== null
            ? t('plots.details.lastHarvestValue', {
                value: format.number(plot.lastHarvestQq),
                basis: t(`plots.harvestBasis.${plot.lastHarvestBasis}`),
              })
            : notSet}
        </Fact>
        {plot.notes && <Fact label={t('plots.details.notes')}>{plot.notes}</Fact>}
      </dl>
      <h3>{t('plots.details.issues')}</h3>
      <PlotIssueList issues={plot.issues} testId="plot-detail-issues" emptyText={t('plots.details.noIssues')} />
      {plot.overlaps.length > 0 && (
        <>
          <h3>{t('plots.details.overlaps')}</h3>
          <ul className="plot-overlaps" data-testid="plot-detail-overlaps">
            {plot.overlaps.map((overlap) => (
              <li key={overlap.plotId}>
                {t('plots.details.overlapItem', {
                  area: format.ha(overlap.overlapHa),
                  plotName: overlap.plotName,
                  producerName: overlap.producerName,
                })}{' '}
                <a href={`#/mapa?plot=${overlap.plotId}`}>{t('plots.details.showOverlap')}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
