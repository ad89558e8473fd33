import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeStatus } from '../../../shared/api/exchange.js';
import { ExchangeErrorNotice } from './ExchangeErrorNotice.js';
import { ExportJobStatus } from './ExportJobStatus.js';
import { useExportPackage } from './use-export-package.js';

/**
 * "Exportar paquete": everything, or only what one known laptop lacks;
 * raster files only when asked (they can be hundreds of MB).
 */
export function ExportPackageCard({ status }: { status: ExchangeStatus }) {
  const { t } = useTranslation();
  const job = useExportPackage();
  const ids = { heading: useId(), peer: useId(), rasters: useId(), rastersHint: useId() };
  const [scope, setScope] = useState<'all' | 'since'>('all');
  const [peerId, setPeerId] = useState<string>('');
  const [includeRasters, setIncludeRasters] = useState(false);
  const running = job.state.phase === 'running';
  const peer = status.peers.find((candidate) => candidate.id === peerId) ?? status.peers[0];
  const disabled = status.demo || running;

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (disabled) return;
    const since = scope === 'since' && peer ? { sinceLastExchangeWith: peer.id } : {};
    void job.start({ ...since, includeRasters });
  }

  return (
    <section className="card exchange-card" aria-labelledby={ids.heading} data-testid="exchange-export">
      <h2 id={ids.heading}>{t('exchange.export.title')}</h2>
      <p className="field-hint">{t('exchange.export.intro')}</p>
      <form className="form" onSubmit={onSubmit}>
        <fieldset className="exchange-scope" disabled={disabled}>
          <legend>{t('exchange.export.scope')}</legend>
          <label className="exchange-choice">
            <input
              type="radio"
              name="exchange-scope"
              checked={scope === 'all'}
              onChange={() => setScope('all')}
              data-testid="exchange-export-all"
            />
            <span>
              {t('exchange.export.all')} <span className="field-hint">{t('exchange.export.allHint')}</span>
            </span>
          </label>
          <label className="exchange-choice">
            <input
              type="radio"
              name="exchange-scope"
              checked={scope === 'since'}
              disabled={status.peers.length === 0}
              onChange={() => setScope('since')}
              data-testid="exchange-export-since"
            />
            <span>
              {t('exchange.export.since')} <span className="field-hint">{t('exchange.export.sinceHint')}</span>
            </span>
          </label>
          {status.peers.length === 0 ? (
            <p className="field-hint">{t('exchange.export.noPeers')}</p>
          ) : (
            <div className="field field-narrow exchange-peer">
              <label htmlFor={ids.peer}>{t('exchange.export.peer')}</label>
              <select
                id={ids.peer}
                value={peer?.id ?? ''}
                disabled={scope !== 'since'}
                onChange={(event) => setPeerId(event.target.value)}
                data-testid="exchange-export-peer"
              >
                {status.peers.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>
        <div className="exchange-choice">
          <input
            id={ids.rasters}
            type="checkbox"
            checked={includeRasters}
            disabled={disabled}
            aria-describedby={ids.rastersHint}
            onChange={(event) => setIncludeRasters(event.target.checked)}
            data-testid="exchange-export-rasters"
          />
          <span>
            <label htmlFor={ids.rasters}>{t('exchange.export.rasters')}</label>{' '}
            <span id={ids.rastersHint} className="field-hint">
              {t('exchange.export.rastersHint')}
            </span>
          </span>
        </div>
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={disabled}
            data-testid="exchange-export-submit"
          >
            {t('exchange.export.submit')}
          </button>
        </div>
      </form>
      <ExportJobStatus job={job} />
      {job.state.phase === 'failed' && <ExchangeErrorNotice error={job.state.error} />}
    </section>
  );
}
