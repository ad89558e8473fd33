import './verdicts.css';
import { useTranslation } from 'react-i18next';
import { importVerdicts } from '../../../shared/domain/import.js';
import type { ImportCounts } from '../../../shared/domain/import.js';
import { useFormat } from '../../i18n/use-format.js';
import { verdictSymbols } from './VerdictBadge.js';

/** How many features get each verdict, with the map's colour and pattern for each. */
export function VerdictLegend({ counts }: { counts: ImportCounts }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="verdict-legend" aria-label={t('importWizard.preview.legend')}>
      {importVerdicts.map((verdict) => (
        <li key={verdict} data-testid={`import-count-${verdict}`} data-count={counts[verdict]}>
          <span className={`verdict-swatch verdict-${verdict}`} aria-hidden="true">
            {verdictSymbols[verdict]}
          </span>
          {t(`importWizard.verdicts.${verdict}`)}: <strong>{format.number(counts[verdict])}</strong>
        </li>
      ))}
    </ul>
  );
}
