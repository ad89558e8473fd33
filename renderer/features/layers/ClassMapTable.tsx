import { useTranslation } from 'react-i18next';
import { hazardLevels } from '../../../shared/domain/hazard.js';
import type { HazardLevel } from '../../../shared/domain/hazard.js';
import type { ClassMap } from '../../../shared/domain/layer.js';
import { useFormat } from '../../i18n/use-format.js';
import { levelSwatchBackground } from './level-colours.js';

export interface ClassValueCount {
  readonly value: string;
  readonly count: number;
}

interface ClassMapTableProps {
  readonly values: readonly ClassValueCount[];
  readonly classMap: ClassMap;
  readonly onChange: (classMap: ClassMap) => void;
  readonly testIdPrefix: string;
  readonly disabled?: boolean;
}

/** Each class of the file with its polygon count and the level it stands for ("(sin asignar)" leaves it out). */
export function ClassMapTable({ values, classMap, onChange, testIdPrefix, disabled = false }: ClassMapTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const setLevel = (value: string, level: HazardLevel | null) => {
    const next: ClassMap = { ...classMap };
    if (level === null) delete next[value];
    else next[value] = level;
    onChange(next);
  };
  return (
    <table className="data-table class-map-table" data-testid={`${testIdPrefix}-class-map`}>
      <thead>
        <tr>
          <th scope="col">{t('layers.form.classValue')}</th>
          <th scope="col" className="cell-number">
            {t('layers.form.classCount')}
          </th>
          <th scope="col">{t('layers.form.classLevel')}</th>
        </tr>
      </thead>
      <tbody>
        {values.map(({ value, count }) => {
          const level = classMap[value] ?? null;
          const label = value === '' ? t('layers.form.emptyValue') : value;
          return (
            <tr key={value} data-testid="class-map-row" data-class-value={value}>
              <th scope="row">{label}</th>
              <td className="cell-number">{format.number(count)}</td>
              <td>
                <span className="class-map-level">
                  <span
                    className="level-swatch"
                    style={{ background: levelSwatchBackground(level) }}
                    aria-hidden="true"
                  />
                  <select
                    value={level ?? ''}
                    disabled={disabled}
                    aria-label={`${t('layers.form.classLevel')}: ${label}`}
                    data-testid="class-map-level"
                    onChange={(event) =>
                      setLevel(value, event.target.value === '' ? null : (event.target.value as HazardLevel))
                    }
                  >
                    <option value="">{t('layers.form.unassigned')}</option>
                    {hazardLevels.map((option) => (
                      <option key={option} value={option}>
                        {t(`layers.levels.${option}`)}
                      </option>
                    ))}
                  </select>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
