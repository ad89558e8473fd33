import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CafetalApi } from '../../../shared/api/client-types.js';
import { measureGroups } from '../../../shared/domain/measure.js';
import type { Measure, MeasureGroup } from '../../../shared/domain/measure.js';
import { useApiContext } from '../../api/api-context.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { CatalogueNotice } from './CatalogueNotice.js';
import type { Notice } from './CatalogueNotice.js';
import { MeasureCard } from './MeasureCard.js';
import { MeasureForm } from './MeasureForm.js';
import { plansHref } from './catalogue-routes.js';
import { blankMeasure } from './measure-form.js';
import { useMeasureLabels } from './use-measure-labels.js';

type Editing =
  { readonly mode: 'create'; readonly group: MeasureGroup } | { readonly mode: 'update'; readonly id: string };

/** The catalogue grouped by kind of measure, with the form in place of the card being edited. */
export function CatalogueView({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const labels = useMeasureLabels();
  const { api, invalidate } = useApiContext();
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(
    (a: CafetalApi) => a.measures.list({ organisationId, includeArchived: showArchived }),
    [organisationId, showArchived],
  );
  const measures = useApiQuery(load);

  function edit(next: Editing | null): void {
    setNotice(null);
    setError(null);
    setEditing(next);
  }

  async function remove(measure: Measure): Promise<void> {
    setNotice(null);
    setError(null);
    try {
      const { outcome } = await api.measures.remove({ id: measure.id });
      invalidate();
      setNotice({ kind: outcome, name: labels.name(measure) });
    } catch (caught) {
      setError(caught);
    }
  }

  const saved = (measure: Measure, kind: 'created' | 'updated') => {
    setEditing(null);
    setNotice({ kind, name: labels.name(measure), version: measure.version });
  };

  return (
    <section className="catalogue" aria-labelledby="catalogue-heading" data-testid="catalogue-page">
      <a className="back-link" href={plansHref}>
        {t('catalogue.back')}
      </a>
      <div className="catalogue-heading">
        <div>
          <h1 id="catalogue-heading">{t('catalogue.title')}</h1>
          <p className="muted catalogue-intro">{t('catalogue.intro')}</p>
        </div>
        <div className="catalogue-toolbar">
          <label className="field-inline">
            <input
              type="checkbox"
              checked={showArchived}
              data-testid="catalogue-show-archived"
              onChange={(event) => setShowArchived(event.currentTarget.checked)}
            />
            {t('catalogue.showArchived')}
          </label>
          <button
            type="button"
            className="button button-primary"
            data-testid="catalogue-add"
            onClick={() => edit({ mode: 'create', group: 'diversification' })}
          >
            {t('catalogue.add')}
          </button>
        </div>
      </div>
      <CatalogueNotice notice={notice} />
      {error !== null && <ErrorNotice error={error} />}
      {editing?.mode === 'create' && (
        <MeasureForm
          mode="create"
          organisationId={organisationId}
          initial={blankMeasure(editing.group)}
          onSaved={(measure) => saved(measure, 'created')}
          onCancel={() => edit(null)}
        />
      )}
      {measures.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {measures.status === 'error' && <ErrorNotice error={measures.error} />}
      {measures.status === 'ready' && measures.data.length === 0 && (
        <p className="empty-state">{t('catalogue.empty')}</p>
      )}
      {measures.status === 'ready' && (
        <>
          <nav className="catalogue-jump" aria-label={t('catalogue.jump')}>
            {measureGroups
              .filter((group) => measures.data.some((m) => m.group === group))
              .map((group) => (
                <a
                  key={group}
                  href={`#catalogue-group-${group}`}
                  onClick={(event) => {
                    // The hash is the router: scroll without changing it.
                    event.preventDefault();
                    document.getElementById(`catalogue-group-${group}`)?.scrollIntoView();
                  }}
                >
                  {labels.group(group)}
                </a>
              ))}
          </nav>
          {measureGroups.map((group) => {
            const inGroup = measures.data.filter((measure) => measure.group === group);
            if (inGroup.length === 0) return null;
            return (
              <section
                key={group}
                className="catalogue-group"
                aria-labelledby={`catalogue-group-${group}`}
                data-testid="catalogue-group"
                data-group={group}
              >
                <h2 id={`catalogue-group-${group}`}>
                  {labels.group(group)} <span className="muted">({inGroup.length})</span>
                </h2>
                <div className="catalogue-cards">
                  {inGroup.map((measure) =>
                    editing?.mode === 'update' && editing.id === measure.id ? (
                      <MeasureForm
                        key={measure.id}
                        mode="update"
                        measure={measure}
                        initial={measure}
                        onSaved={(updated) => saved(updated, 'updated')}
                        onCancel={() => edit(null)}
                      />
                    ) : (
                      <MeasureCard
                        key={measure.id}
                        measure={measure}
                        onEdit={() => edit({ mode: 'update', id: measure.id })}
                        onRemove={() => remove(measure)}
                      />
                    ),
                  )}
                </div>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
