import { useTranslation } from 'react-i18next';
import type { DemoStatus } from '../../../../shared/api/demo.js';
import { useApiQuery } from '../../../api/use-api-query.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { InlineConfirm } from '../../../components/InlineConfirm.js';
import { useFormat } from '../../../i18n/use-format.js';
import { assertNever } from '../../../lib/assert-never.js';
import { useLastDemoSwitch } from './demo-last-switch.js';
import type { LastDemoSwitch } from './demo-last-switch.js';
import { loadDemoStatus } from './demo-queries.js';
import { DemoError, DemoProgress } from './DemoProgress.js';
import { useDemoActions } from './use-demo-actions.js';
import './demo.css';

/**
 * Taller → the demo organisation: load it (made in a few seconds the first
 * time), reset it to its fixed content, go back to one's own data. The demo
 * is a separate database file; the real one is only closed, never written.
 */
export function DemoPanel() {
  const { t } = useTranslation();
  const status = useApiQuery(loadDemoStatus);
  const actions = useDemoActions();
  const current = status.status === 'ready' ? status.data : null;

  return (
    <section className="workshop-panel demo-panel" aria-labelledby="demo-panel-title" data-testid="demo-panel">
      <h2 id="demo-panel-title">{t('demo.title')}</h2>
      <p>{t('demo.intro')}</p>
      {status.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {status.status === 'error' && <ErrorNotice error={status.error} />}
      {current && <DemoState status={current} />}

      {current && (
        <div className="demo-actions">
          {!current.active && (
            <button
              type="button"
              className="button button-primary"
              data-testid="demo-load"
              disabled={actions.running}
              onClick={() => void actions.load.start()}
            >
              {t('demo.load')}
            </button>
          )}
          {(current.active || current.exists) && (
            <InlineConfirm
              label={t('demo.reset')}
              question={t('demo.resetQuestion')}
              confirmLabel={t('demo.resetConfirm')}
              testId="demo-reset"
              disabled={actions.running}
              onConfirm={() => actions.reset.start()}
            />
          )}
          {current.active && (
            <button
              type="button"
              className="button"
              data-testid="demo-leave"
              disabled={actions.running}
              onClick={() => void actions.leave()}
            >
              {t('demo.leave')}
            </button>
          )}
        </div>
      )}
      <DemoProgress state={actions.load.state} />
      <DemoProgress state={actions.reset.state} />
      {actions.leaveError !== null && <DemoError error={actions.leaveError} />}
      <LastSwitchNotice />
    </section>
  );
}

function DemoState({ status }: { status: DemoStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = status.active ? t('demo.statusActive') : status.exists ? t('demo.statusReady') : t('demo.statusMissing');
  return (
    <div className="demo-state" data-testid="demo-state" data-active={status.active} data-exists={status.exists}>
      <p className={status.active ? 'demo-state-line is-active' : 'demo-state-line'}>{text}</p>
      {status.counts && (
        <p className="muted" data-testid="demo-counts">
          {t('demo.counts', {
            producers: format.number(status.counts.producers),
            plots: format.number(status.counts.plots),
            layers: format.number(status.counts.layers),
            plans: format.number(status.counts.plans),
          })}
          {status.generatedAt && <> · {t('demo.generatedAt', { date: format.date(status.generatedAt) })}</>}
        </p>
      )}
      <details className="demo-path">
        <summary>{t('demo.path')}</summary>
        <code>{status.dbPath}</code>
      </details>
    </div>
  );
}

/** How the last load, reset or leave ended (kept across the remount a swap causes). */
function LastSwitchNotice() {
  const { t } = useTranslation();
  const format = useFormat();
  const last = useLastDemoSwitch();
  if (!last) return null;
  return (
    <p className="notice notice-success" role="status" data-testid="demo-result">
      {lastSwitchText(last, (key, seconds) =>
        t(key, { seconds: format.number(seconds, { maximumFractionDigits: 1 }) }),
      )}
    </p>
  );
}

type SwitchKey = 'demo.loaded' | 'demo.resetDone' | 'demo.left';

function lastSwitchText(last: LastDemoSwitch, say: (key: SwitchKey, seconds: number) => string): string {
  const seconds = (last.value?.durationMs ?? 0) / 1000;
  switch (last.kind) {
    case 'load':
      return say('demo.loaded', seconds);
    case 'reset':
      return say('demo.resetDone', seconds);
    case 'leave':
      return say('demo.left', seconds);
    default:
      return assertNever(last.kind, 'demo switch');
  }
}
