import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../shared/domain/measure.js';
import type { Plan } from '../../../shared/domain/plan.js';
import type { PlotSummary } from '../../../shared/domain/plot.js';
import { useRiskLabels } from '../risk/use-risk-labels.js';
import { NewActionForm } from './NewActionForm.js';
import { searchMeasures } from './measure-search.js';
import { usePlanLabels } from './use-plan-labels.js';
import { useSoles } from './use-soles.js';

interface AddMeasureDialogProps {
  readonly plan: Plan;
  readonly measures: readonly Measure[];
  readonly plots: readonly PlotSummary[];
  readonly onClose: () => void;
}

/**
 * "Añadir medida": the catalogue's farm measures by group, searchable; choosing
 * one asks where, how much and when. A modal <dialog>: the browser traps
 * focus, Esc closes it, and focus returns to the button that opened it.
 */
export function AddMeasureDialog({ plan, measures, plots, onClose }: AddMeasureDialogProps) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const risk = useRiskLabels();
  const soles = useSoles();
  const searchId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Measure | null>(null);
  const planned = new Set(plan.actions.filter((a) => a.status !== 'dropped').map((a) => a.measure.measureId));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus({ preventScroll: true });
    };
  }, []);

  const groups = searchMeasures(
    measures,
    query,
    (m) =>
      `${labels.text(m.name)} ${labels.text(m.description)} ${labels.group(m.group)} ${m.hazards.map(risk.hazard).join(' ')}`,
  );

  return (
    <dialog
      ref={dialogRef}
      className="plan-dialog"
      aria-labelledby="add-measure-title"
      data-testid="add-measure-dialog"
      onClose={onClose}
    >
      <div className="plan-dialog-body">
        <header className="plan-dialog-header">
          <h2 id="add-measure-title">
            {chosen
              ? t('farmPlans.addMeasure.titleChosen', { measure: labels.text(chosen.name) })
              : t('farmPlans.addMeasure.title')}
          </h2>
          <button type="button" className="button" data-testid="add-measure-close" onClick={onClose}>
            {t('farmPlans.addMeasure.close')}
          </button>
        </header>
        {chosen ? (
          <NewActionForm plan={plan} measure={chosen} plots={plots} onBack={() => setChosen(null)} onAdded={onClose} />
        ) : (
          <>
            <div className="field">
              <label htmlFor={searchId}>{t('farmPlans.addMeasure.search')}</label>
              <input
                id={searchId}
                type="search"
                data-testid="add-measure-search"
                autoComplete="off"
                placeholder={t('farmPlans.addMeasure.searchPlaceholder')}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
            <p className="visually-hidden" role="status">
              {t('farmPlans.addMeasure.found', { count: groups.reduce((n, g) => n + g.measures.length, 0) })}
            </p>
            {groups.length === 0 && <p className="empty-state">{t('farmPlans.addMeasure.noMatch')}</p>}
            {groups.map(({ group, measures: inGroup }) => (
              <section key={group} className="measure-group" aria-labelledby={`${searchId}-${group}`}>
                <h3 id={`${searchId}-${group}`}>{labels.group(group)}</h3>
                <ul className="measure-choices">
                  {inGroup.map((measure) => (
                    <li key={measure.id}>
                      <button
                        type="button"
                        className="measure-choice"
                        data-testid="add-measure-choice"
                        data-measure-id={measure.id}
                        onClick={() => setChosen(measure)}
                      >
                        <span className="measure-choice-name">{labels.text(measure.name)}</span>
                        <span className="measure-choice-facts">
                          {t('farmPlans.addMeasure.costPerUnit', {
                            cost: soles(measure.costPerUnitSoles),
                            unit: labels.unitSingular(measure.unit),
                          })}
                          {measure.hazards.length > 0 &&
                            ` · ${t('farmPlans.addMeasure.answers', { hazards: measure.hazards.map(risk.hazard).join(', ') })}`}
                          {planned.has(measure.id) && ` · ${t('farmPlans.addMeasure.alreadyPlanned')}`}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </div>
    </dialog>
  );
}
