import './export-panel.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormats } from '../../../shared/api/exports.js';
import { useActiveOrganisation } from '../../shell/active-organisation.js';
import { NeedsOrganisation } from '../producers/NeedsOrganisation.js';
import { ExportOutcome } from './ExportOutcome.js';
import { useExportJob } from './use-export-job.js';

type ExportFormat = (typeof exportFormats)[number];
type SmallPlotsAs = 'polygon' | 'point';

/**
 * `#/productores/exportar`: the active organisation's plots as a file, in the
 * format a buyer, a certifier, QGIS or the EU's TRACES system asks for.
 */
export function ExportPanel() {
  const { t } = useTranslation();
  const { organisation, organisations, status } = useActiveOrganisation();
  const job = useExportJob();
  const [format, setFormat] = useState<ExportFormat>('geojson');
  const [smallPlotsAs, setSmallPlotsAs] = useState<SmallPlotsAs>('polygon');
  if (status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (!organisation) return <NeedsOrganisation hasOrganisations={organisations.length > 0} />;
  const running = job.state.phase === 'running';

  function submit(organisationId: string): void {
    void job.start({ format, organisationId, ...(format === 'eudr' ? { eudr: { smallPlotsAs } } : {}) });
  }

  return (
    <section className="export-panel" aria-labelledby="export-heading" data-testid="export-panel">
      <h2 id="export-heading">{t('exportPanel.title')}</h2>
      <p className="page-intro">{t('exportPanel.intro', { organisation: organisation.name })}</p>
      <form
        className="card form"
        onSubmit={(event) => {
          event.preventDefault();
          submit(organisation.id);
        }}
      >
        <fieldset className="export-formats" disabled={running}>
          <legend>{t('exportPanel.formatLabel')}</legend>
          {exportFormats.map((value) => (
            <label key={value} className="export-format" data-active={format === value}>
              <input
                type="radio"
                name="export-format"
                value={value}
                checked={format === value}
                onChange={() => setFormat(value)}
                data-testid={`export-format-${value}`}
              />
              <span>
                <strong>{t(`exportPanel.formats.${value}.name`)}</strong>
                <span className="export-format-hint">{t(`exportPanel.formats.${value}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {format === 'eudr' && (
          <fieldset className="export-eudr" disabled={running} data-testid="export-eudr-options">
            <legend>{t('exportPanel.eudr.smallPlotsLabel')}</legend>
            <p className="field-hint">{t('exportPanel.eudr.rules')}</p>
            {(['polygon', 'point'] as const).map((value) => (
              <label key={value} className="checkbox">
                <input
                  type="radio"
                  name="eudr-small-plots"
                  checked={smallPlotsAs === value}
                  onChange={() => setSmallPlotsAs(value)}
                  data-testid={`export-eudr-small-${value}`}
                />
                {t(`exportPanel.eudr.${value}`)}
              </label>
            ))}
          </fieldset>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={running} data-testid="export-submit">
            {t('exportPanel.submit')}
          </button>
        </div>
      </form>
      <ExportOutcome state={job.state} onCancel={job.cancel} />
    </section>
  );
}
