import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../components/ErrorBoundary.js';
import { PlotsMap } from '../plots/PlotsMap.js';
import './map-page.css';

export function MapPage() {
  const { t } = useTranslation();
  return (
    <div className="page page-map">
      <header className="page-header">
        <h1>{t('map.title')}</h1>
        <p className="page-intro">{t('map.intro')}</p>
      </header>
      <ErrorBoundary
        fallback={(error) => (
          <div className="notice notice-error" role="alert" data-testid="map-error">
            <p className="notice-summary">{t('map.webglError')}</p>
            <code>{error instanceof Error ? error.message : String(error)}</code>
          </div>
        )}
      >
        <PlotsMap />
      </ErrorBoundary>
    </div>
  );
}
