import { useTranslation } from 'react-i18next';
import { DemoError } from './DemoProgress.js';
import { useDemoActions } from './use-demo-actions.js';
import { useWorkspaceKind } from './use-workspace-kind.js';
import './demo.css';

/**
 * While the demo is open, a strip across the app that no screen can hide:
 * what is shown is fictitious and the real data is safe, with the way back.
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const workspace = useWorkspaceKind();
  const actions = useDemoActions();
  if (workspace !== 'demo') return null;
  return (
    <div className="demo-banner" role="region" aria-label={t('demo.bannerLabel')} data-testid="demo-banner">
      <strong className="demo-banner-text">{t('demo.banner')}</strong>
      <button
        type="button"
        className="button demo-banner-leave"
        data-testid="demo-banner-leave"
        disabled={actions.running}
        onClick={() => void actions.leave()}
      >
        {t('demo.leave')}
      </button>
      {actions.leaveError !== null && <DemoError error={actions.leaveError} />}
    </div>
  );
}
