import type { FeatureCollection } from 'geojson';
import { Suspense, lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../components/ErrorBoundary.js';
import { useFormat } from '../../i18n/use-format.js';
import { FileSummary } from './FileSummary.js';
import type { OpenedImport } from './use-import-file.js';
import type { PreviewResult } from './use-import-preview.js';
import { VerdictLegend } from './VerdictLegend.js';
import { VerdictTable } from './VerdictTable.js';

// MapLibre is most of the bundle: it loads only when a file reaches the preview.
const PreviewMap = lazy(() => import('./PreviewMap.js'));

interface PreviewStepProps {
  readonly opened: OpenedImport;
  readonly result: PreviewResult | null;
  readonly selectedRow: number | null;
  readonly onSelect: (row: number) => void;
}

/** Step 2: every feature of the file on the map and in the table, coloured by what the import would do. */
export function PreviewStep({ opened, result, selectedRow, onSelect }: PreviewStepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const allRows = useMemo(() => (result ? result.verdicts.map((_, row) => row) : []), [result]);
  // The contract types the preview loosely (any FeatureCollection); the core builds it from GeoJSON features.
  const collection = result?.preview as FeatureCollection | undefined;
  return (
    <section className="import-step" aria-labelledby="import-step-heading">
      <h2 id="import-step-heading">{t('importWizard.preview.title')}</h2>
      <FileSummary opened={opened} />
      {result && <VerdictLegend counts={result.counts} />}
      <div className="import-preview-grid">
        <div className="import-map">
          {collection && collection.features.length > 0 ? (
            <ErrorBoundary fallback={() => <p className="notice notice-error">{t('map.webglError')}</p>}>
              <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
                <PreviewMap collection={collection} selectedRow={selectedRow} onSelect={onSelect} />
              </Suspense>
            </ErrorBoundary>
          ) : (
            <p className="empty-state" data-testid="import-map-empty">
              {result ? t('importWizard.preview.noGeometry') : t('importWizard.preview.waiting')}
            </p>
          )}
        </div>
        {result && (
          <VerdictTable
            verdicts={result.verdicts}
            rows={allRows}
            selectedRow={selectedRow}
            onSelect={onSelect}
            showReasons={false}
            caption={t('importWizard.preview.tableCaption', {
              count: result.verdicts.length,
              total: format.number(result.verdicts.length),
            })}
          />
        )}
      </div>
    </section>
  );
}
