import './verdicts.css';
import { useTranslation } from 'react-i18next';
import type { ImportVerdict } from '../../../shared/domain/import.js';

/**
 * A symbol as well as a colour for each verdict, so the table still reads on
 * a greyscale print or for someone who does not tell red from green.
 */
export const verdictSymbols: Record<ImportVerdict, string> = {
  imported: '✓',
  warnings: '!',
  rejected: '✕',
  unchanged: '=',
};

export function VerdictBadge({ verdict }: { verdict: ImportVerdict }) {
  const { t } = useTranslation();
  return (
    <span className={`verdict-badge verdict-${verdict}`}>
      <span aria-hidden="true">{verdictSymbols[verdict]}</span> {t(`importWizard.verdicts.${verdict}`)}
    </span>
  );
}
