import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../shared/domain/measure.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import { MeasureFacts } from './MeasureFacts.js';
import { MeasureHistory } from './MeasureHistory.js';
import { useMeasureLabels } from './use-measure-labels.js';

interface MeasureCardProps {
  readonly measure: Measure;
  readonly onEdit: () => void;
  readonly onRemove: () => Promise<void>;
}

/** One measure of the catalogue: its name, badges (own, version, archived), facts, and what can be done. */
export function MeasureCard({ measure, onEdit, onRemove }: MeasureCardProps) {
  const { t } = useTranslation();
  const labels = useMeasureLabels();
  const [showHistory, setShowHistory] = useState(false);
  const name = labels.name(measure);
  const archived = measure.archivedAt !== null;
  const headingId = `measure-${measure.id}`;
  return (
    <article
      className="card measure-card"
      aria-labelledby={headingId}
      data-testid="measure-card"
      data-code={measure.code ?? ''}
      data-archived={archived}
    >
      <header className="measure-card-header">
        <h3 id={headingId} data-testid="measure-name">
          {name}
        </h3>
        <ul className="measure-badges" aria-label={t('catalogue.badges')}>
          {!measure.builtIn && (
            <li className="badge badge-own" data-testid="measure-own">
              {t('catalogue.own')}
            </li>
          )}
          {measure.scope === 'organisation' && <li className="badge">{t('catalogue.scopes.organisation')}</li>}
          <li className="badge badge-quiet" data-testid="measure-version" data-version={measure.version}>
            {t('catalogue.version', { version: measure.version })}
          </li>
          {archived && (
            <li className="badge badge-archived" data-testid="measure-archived">
              {t('catalogue.archived')}
            </li>
          )}
        </ul>
      </header>
      <p className="measure-description">{labels.description(measure)}</p>
      <MeasureFacts fields={measure} />
      <div className="measure-actions">
        <button type="button" className="button" data-testid="measure-edit" onClick={onEdit}>
          {t('catalogue.edit')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={showHistory}
          data-testid="measure-history-toggle"
          onClick={() => setShowHistory((shown) => !shown)}
        >
          {showHistory ? t('catalogue.hideHistory') : t('catalogue.showHistory')}
        </button>
        {!archived && (
          <InlineConfirm
            label={t('catalogue.delete')}
            question={t('catalogue.confirmDelete', { name })}
            confirmLabel={t('catalogue.delete')}
            testId="measure-delete"
            onConfirm={onRemove}
          />
        )}
      </div>
      {showHistory && <MeasureHistory measureId={measure.id} currentVersion={measure.version} />}
    </article>
  );
}
