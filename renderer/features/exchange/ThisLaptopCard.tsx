import { useTranslation } from 'react-i18next';
import type { ExchangeStatus } from '../../../shared/api/exchange.js';
import { useFormat } from '../../i18n/use-format.js';
import { DeviceNameForm } from './DeviceNameForm.js';
import { exchangeHref } from './exchange-routes.js';

/**
 * "Esta laptop": its name (editable), the fingerprint people compare aloud,
 * its network, how much it has changed and what is left to review.
 */
export function ThisLaptopCard({ status }: { status: ExchangeStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card exchange-card" aria-labelledby="exchange-laptop-heading" data-testid="exchange-laptop">
      <h2 id="exchange-laptop-heading">{t('exchange.thisLaptop.title')}</h2>
      {status.demo && (
        <p className="notice" role="status" data-testid="exchange-demo">
          {t('exchange.thisLaptop.demo')}
        </p>
      )}
      <DeviceNameForm saved={status.device.name} disabled={status.demo} />
      <dl className="facts exchange-facts">
        <div className="fact">
          <dt>{t('exchange.thisLaptop.fingerprint')}</dt>
          <dd>
            <code className="exchange-fingerprint" data-testid="exchange-fingerprint">
              {status.device.fingerprint}
            </code>
            <span className="field-hint">{t('exchange.thisLaptop.fingerprintHint')}</span>
          </dd>
        </div>
        <div className="fact">
          <dt>{t('exchange.thisLaptop.network')}</dt>
          <dd data-testid="exchange-network">{status.network?.name ?? t('exchange.thisLaptop.noNetwork')}</dd>
        </div>
        <div className="fact">
          <dt>{t('exchange.thisLaptop.localChanges')}</dt>
          <dd data-testid="exchange-local-changes">{format.number(status.localChanges)}</dd>
        </div>
        <div className="fact">
          <dt>{t('exchange.thisLaptop.openConflicts')}</dt>
          <dd className="exchange-conflict-count">
            <span data-testid="exchange-open-conflicts">{format.number(status.openConflicts)}</span>
            {status.openConflicts > 0 && (
              <a href={exchangeHref.conflicts} data-testid="exchange-review-conflicts">
                {t('exchange.thisLaptop.reviewConflicts')}
              </a>
            )}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('exchange.thisLaptop.peers')}</dt>
          <dd data-testid="exchange-peers">
            {status.peers.length === 0 ? (
              t('exchange.thisLaptop.noPeers')
            ) : (
              <ul className="exchange-peers">
                {status.peers.map((peer) => (
                  <li key={peer.id}>
                    {peer.name} <code className="exchange-fingerprint">{peer.fingerprint}</code>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
