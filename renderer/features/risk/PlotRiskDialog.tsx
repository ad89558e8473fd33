import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { producersHref } from '../producers/producer-routes.js';
import { PlotRiskCard } from './PlotRiskCard.js';

interface PlotRiskDialogProps {
  readonly plot: { readonly plotId: string; readonly plotName: string; readonly producerName: string };
  readonly organisationId: string;
  readonly onClose: () => void;
}

/**
 * A table row's risk card in a modal <dialog>: the browser traps focus, Esc
 * closes it, and focus returns to the row that opened it.
 */
export function PlotRiskDialog({ plot, organisationId, onClose }: PlotRiskDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
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
  return (
    <dialog
      ref={dialogRef}
      className="risk-dialog"
      aria-labelledby="risk-dialog-title"
      data-testid="risk-dialog"
      onClose={onClose}
      // A click on the backdrop (the dialog element itself, outside its content) closes it.
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="risk-dialog-body">
        <header className="risk-dialog-header">
          <div>
            <h2 id="risk-dialog-title" data-testid="risk-dialog-title">
              {t('riskDashboard.card.title', { plot: plot.plotName })}
            </h2>
            <p className="muted">{plot.producerName}</p>
          </div>
          <div className="button-row">
            <a
              className="button button-small"
              href={producersHref.mapOfPlot(plot.plotId)}
              data-testid="risk-dialog-map"
            >
              {t('riskDashboard.card.showOnMap')}
            </a>
            <button type="button" className="button button-small" data-testid="risk-dialog-close" onClick={onClose}>
              {t('riskDashboard.card.close')}
            </button>
          </div>
        </header>
        <PlotRiskCard plotId={plot.plotId} organisationId={organisationId} />
      </div>
    </dialog>
  );
}
