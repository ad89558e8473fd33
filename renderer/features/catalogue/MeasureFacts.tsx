import { useTranslation } from 'react-i18next';
import type { MeasureFields } from '../../../shared/domain/measure.js';
import { useFormat } from '../../i18n/use-format.js';
import { useSoles } from '../income/money.js';
import { useMeasureLabels } from './use-measure-labels.js';

/** What a measure addresses, costs and does, as a definition list (the catalogue card and its history). */
export function MeasureFacts({ fields }: { fields: MeasureFields }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { soles } = useSoles();
  const labels = useMeasureLabels();
  const notSet = t('common.notSet');
  const coBenefits = (['carbon', 'biodiversity', 'water'] as const)
    .map((key) => `${t(`coBenefits.${key}`)}: ${labels.coBenefit(fields.coBenefits[key])}`)
    .join(' · ');
  const facts: [string, string, string][] = [
    ['hazards', t('catalogue.fields.hazards'), labels.hazards(fields.hazards)],
    ['unit', t('catalogue.fields.unit'), labels.unit(fields.unit)],
    [
      'cost',
      t('catalogue.fields.costPerUnitSoles'),
      `${soles(fields.costPerUnitSoles)} ${labels.perUnit(fields.unit)}`,
    ],
    [
      'labour',
      t('catalogue.fields.labourDaysPerUnit'),
      t('catalogue.labourDays', {
        days: format.number(fields.labourDaysPerUnit, { maximumFractionDigits: 1 }),
        perUnit: labels.perUnit(fields.unit),
      }),
    ],
    ['years', t('catalogue.fields.yearsToFullEffect'), t('catalogue.years', { count: fields.yearsToFullEffect })],
    ['effect', t('catalogue.fields.effect'), labels.effect(fields)],
    ...(fields.minAltitudeM !== null || fields.maxAltitudeM !== null
      ? ([
          [
            'altitude',
            t('catalogue.fields.altitudeBand'),
            `${format.number(fields.minAltitudeM ?? 0)}–${fields.maxAltitudeM === null ? '…' : format.number(fields.maxAltitudeM)} msnm`,
          ],
        ] as [string, string, string][])
      : []),
    ['coBenefits', t('catalogue.fields.coBenefits'), coBenefits],
    [
      'certifications',
      t('catalogue.fields.certifications'),
      fields.certifications.map(labels.certification).join(', ') || notSet,
    ],
    [
      'source',
      t('catalogue.fields.source'),
      fields.sourceYear === null
        ? fields.source
        : `${fields.source} (${format.number(fields.sourceYear, { useGrouping: false })})`,
    ],
  ];
  return (
    <dl className="measure-facts">
      {facts.map(([key, label, value]) => (
        <div key={key} data-fact={key}>
          <dt>{label}</dt>
          <dd data-testid={`measure-${key}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
