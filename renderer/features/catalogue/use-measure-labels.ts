import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelHazard } from '../../../shared/domain/hazard.js';
import type { MeasureFields, MeasureGroup, MeasureUnit } from '../../../shared/domain/measure.js';
import type { certificationsRelevant, coBenefitLevels } from '../../../shared/domain/measure.js';
import { activeLocale } from '../../i18n/i18n.js';
import { useFormat } from '../../i18n/use-format.js';
import { assertNever } from '../../lib/assert-never.js';
import { useSoles } from '../income/money.js';

export type CoBenefitLevel = (typeof coBenefitLevels)[number];
export type CertificationRelevant = (typeof certificationsRelevant)[number];

/**
 * A measure's fields in words, in the user's language: its name and
 * description in the language of the UI (each measure carries both), groups,
 * units, the effect as a sentence, co-benefits and certifications. Group,
 * unit, co-benefit, certification and effect names are the shared
 * `measureGroups.*`… keys (plans-data.json), as the farm plans and the CLI say them.
 */
export function useMeasureLabels() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { soles } = useSoles();
  const lang = activeLocale(i18n.language) === 'en' ? 'en' : 'es';
  return useMemo(() => {
    const percent = (value: number) =>
      `${format.number(value, { signDisplay: 'exceptZero', maximumFractionDigits: 1 })} %`;
    const unit = (value: MeasureUnit): string => t(`measureUnits.${value}`);
    return {
      name: (fields: Pick<MeasureFields, 'name'>): string => fields.name[lang],
      description: (fields: Pick<MeasureFields, 'description'>): string => fields.description[lang],
      group: (group: MeasureGroup): string => t(`measureGroups.${group}`),
      unit,
      /** "por ha", "por planta"… */
      perUnit: (value: MeasureUnit): string => t(`catalogue.perUnit.${value}`),
      hazard: (hazard: ModelHazard): string => t(`risk.hazards.${hazard}`),
      hazards: (hazards: readonly ModelHazard[]): string =>
        hazards.length === 0 ? t('catalogue.noHazards') : hazards.map((h) => t(`risk.hazards.${h}`)).join(', '),
      coBenefit: (level: CoBenefitLevel): string => t(`coBenefits.levels.${level}`),
      certification: (value: CertificationRelevant): string => t(`certificationsRelevant.${value}`),
      effect: (fields: Pick<MeasureFields, 'effect' | 'unit'>): string => {
        const { kind, value } = fields.effect;
        switch (kind) {
          case 'yield_pct':
            return t('catalogue.effects.yield_pct', { value: percent(value) });
          case 'income_per_unit':
            return t('catalogue.effects.income_per_unit', {
              value: soles(value),
              perUnit: t(`catalogue.perUnit.${fields.unit}`),
            });
          case 'cost_pct':
            return t('catalogue.effects.cost_pct', { value: percent(value) });
          case 'price_premium_pct':
            return t('catalogue.effects.price_premium_pct', { value: percent(value) });
          case 'none':
            return t('catalogue.effects.none');
          default:
            return assertNever(kind, 'effect kind');
        }
      },
    };
  }, [t, format, soles, lang]);
}
export type MeasureLabels = ReturnType<typeof useMeasureLabels>;
