import './income.css';
import { useTranslation } from 'react-i18next';
import { useSoles } from './money.js';

/**
 * The gap to the living income in words, never a bare signed number:
 * "Faltan S/ 19,468" below the benchmark, "Supera en S/ 1,200" above it.
 */
export function GapText({ gapSoles }: { gapSoles: number }) {
  const { t } = useTranslation();
  const { soles } = useSoles();
  return gapSoles > 0 ? (
    <span className="gap gap-open">{t('income.gap.below', { amount: soles(gapSoles) })}</span>
  ) : (
    <span className="gap gap-closed">{t('income.gap.above', { amount: soles(-gapSoles) })}</span>
  );
}
