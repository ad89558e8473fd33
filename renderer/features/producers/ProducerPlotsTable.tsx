import { useTranslation } from 'react-i18next';
import type { PlotSummary } from '../../../shared/domain/plot.js';
import { useFormat } from '../../i18n/use-format.js';
import { producersHref } from './producer-routes.js';

/** The family's plots with their totals; each links to itself on the big map. */
export function ProducerPlotsTable({ plots }: { plots: readonly PlotSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const totalHa = plots.reduce((sum, plot) => sum + plot.areaHa, 0);
  const ha = (value: number) => format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <section className="page-section" aria-labelledby="producer-plots-heading">
      <h3 id="producer-plots-heading">{t('producerPage.plotsTitle')}</h3>
      {plots.length === 0 ? (
        <p className="empty-state" data-testid="producer-plots-empty">
          {t('producerPage.noPlots')}
        </p>
      ) : (
        <table className="data-table" data-testid="producer-plots">
          <caption className="visually-hidden">{t('producerPage.plotsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('producerPage.plotColumns.name')}</th>
              <th scope="col" className="cell-number">
                {t('producerPage.plotColumns.areaHa')}
              </th>
              <th scope="col" className="cell-number">
                {t('producerPage.plotColumns.altitudeM')}
              </th>
              <th scope="col">{t('producerPage.plotColumns.variety')}</th>
              <th scope="col">{t('producerPage.plotColumns.system')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('producerPage.plotColumns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plots.map((plot) => (
              <tr key={plot.id} data-testid="producer-plot-row">
                <th scope="row">{plot.name}</th>
                <td className="cell-number">{ha(plot.areaHa)}</td>
                <td className="cell-number">
                  {plot.altitudeM === null ? t('common.notSet') : format.number(Math.round(plot.altitudeM))}
                </td>
                <td>{plot.variety || t('common.notSet')}</td>
                <td>{t(`producerPage.systems.${plot.productionSystem}`)}</td>
                <td className="cell-actions">
                  <a
                    className="plot-map-link"
                    href={producersHref.mapOfPlot(plot.id)}
                    aria-label={t('producerPage.plotOnMap', { name: plot.name })}
                  >
                    {t('producerPage.viewOnMapShort')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="producer-plots-total">
              <th scope="row">
                {t('producerPage.plotsCount', { count: plots.length, total: format.number(plots.length) })}
              </th>
              <td className="cell-number">{ha(totalHa)}</td>
              <td colSpan={4} />
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
