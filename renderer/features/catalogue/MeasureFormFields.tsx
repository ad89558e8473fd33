import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { modelHazards } from '../../../shared/domain/hazard.js';
import {
  certificationsRelevant,
  coBenefitLevels,
  effectKinds,
  measureGroups,
  measureScopes,
  measureUnits,
} from '../../../shared/domain/measure.js';
import type { MeasureFields } from '../../../shared/domain/measure.js';
import { useMeasureLabels } from './use-measure-labels.js';

interface MeasureFormFieldsProps {
  readonly initial: MeasureFields;
  /** Input names (paths) with an issue: marked aria-invalid. */
  readonly invalid: ReadonlySet<string>;
}

/** Every field of a measure, grouped in fieldsets; input names are the fields' paths. */
export function MeasureFormFields({ initial, invalid }: MeasureFormFieldsProps) {
  const { t } = useTranslation();
  const labels = useMeasureLabels();
  const prefix = useId();
  const [effectKind, setEffectKind] = useState(initial.effect.kind);
  const id = (name: string) => `${prefix}-${name}`;
  const bad = (name: string) => (invalid.has(name) ? true : undefined);
  const input = (name: string, label: string, value: string | number | null, type: 'text' | 'number' = 'text') => (
    <div className="field">
      <label htmlFor={id(name)}>{label}</label>
      <input
        id={id(name)}
        name={name}
        type={type}
        step={type === 'number' ? 'any' : undefined}
        // Effects can be negative (costs −15 %); the schema checks the other numbers' bounds.
        min={type === 'number' && name !== 'effect.value' ? 0 : undefined}
        defaultValue={value ?? ''}
        aria-invalid={bad(name)}
        data-testid={`measure-input-${name}`}
      />
    </div>
  );
  const select = (name: string, label: string, value: string, options: readonly [string, string][]) => (
    <div className="field">
      <label htmlFor={id(name)}>{label}</label>
      <select id={id(name)} name={name} defaultValue={value} data-testid={`measure-input-${name}`}>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <fieldset className="catalogue-fieldset">
        <legend>{t('catalogue.form.names')}</legend>
        <div className="catalogue-grid catalogue-grid-wide">
          {input('name.es', t('catalogue.form.nameEs'), initial.name.es)}
          {input('name.en', t('catalogue.form.nameEn'), initial.name.en)}
          <div className="field">
            <label htmlFor={id('description.es')}>{t('catalogue.form.descriptionEs')}</label>
            <textarea
              id={id('description.es')}
              name="description.es"
              rows={3}
              defaultValue={initial.description.es}
              aria-invalid={bad('description.es')}
              data-testid="measure-input-description.es"
            />
          </div>
          <div className="field">
            <label htmlFor={id('description.en')}>{t('catalogue.form.descriptionEn')}</label>
            <textarea
              id={id('description.en')}
              name="description.en"
              rows={3}
              defaultValue={initial.description.en}
              aria-invalid={bad('description.en')}
              data-testid="measure-input-description.en"
            />
          </div>
        </div>
        <p className="field-hint">{t('catalogue.form.oneLanguage')}</p>
      </fieldset>
      <fieldset className="catalogue-fieldset">
        <legend>{t('catalogue.form.what')}</legend>
        <div className="catalogue-grid">
          {select(
            'group',
            t('catalogue.fields.group'),
            initial.group,
            measureGroups.map((g) => [g, labels.group(g)]),
          )}
          {select(
            'scope',
            t('catalogue.fields.scope'),
            initial.scope,
            measureScopes.map((s) => [s, t(`catalogue.scopes.${s}`)]),
          )}
          {select(
            'unit',
            t('catalogue.fields.unit'),
            initial.unit,
            measureUnits.map((u) => [u, labels.unit(u)]),
          )}
        </div>
        <fieldset className="catalogue-checks">
          <legend>{t('catalogue.fields.hazards')}</legend>
          {modelHazards.map((hazard) => (
            <label key={hazard}>
              <input type="checkbox" name="hazards" value={hazard} defaultChecked={initial.hazards.includes(hazard)} />
              {labels.hazard(hazard)}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <fieldset className="catalogue-fieldset">
        <legend>{t('catalogue.form.costAndEffect')}</legend>
        <div className="catalogue-grid">
          {input('costPerUnitSoles', t('catalogue.fields.costPerUnitSoles'), initial.costPerUnitSoles, 'number')}
          {input('labourDaysPerUnit', t('catalogue.fields.labourDaysPerUnit'), initial.labourDaysPerUnit, 'number')}
          {input('yearsToFullEffect', t('catalogue.fields.yearsToFullEffect'), initial.yearsToFullEffect, 'number')}
          {input('minAltitudeM', t('catalogue.fields.minAltitudeM'), initial.minAltitudeM, 'number')}
          {input('maxAltitudeM', t('catalogue.fields.maxAltitudeM'), initial.maxAltitudeM, 'number')}
          <div className="field">
            <label htmlFor={id('effect.kind')}>{t('catalogue.form.effectKind')}</label>
            <select
              id={id('effect.kind')}
              name="effect.kind"
              value={effectKind}
              data-testid="measure-input-effect.kind"
              onChange={(event) => setEffectKind(event.currentTarget.value as typeof effectKind)}
            >
              {effectKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`effectKinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          {effectKind !== 'none' &&
            input('effect.value', t(`catalogue.effectValue.${effectKind}`), initial.effect.value, 'number')}
        </div>
        <p className="field-hint">{t('catalogue.form.costHint')}</p>
      </fieldset>
      <fieldset className="catalogue-fieldset">
        <legend>{t('catalogue.fields.coBenefits')}</legend>
        <div className="catalogue-grid">
          {(['carbon', 'biodiversity', 'water'] as const).map((key) => (
            <div key={key}>
              {select(
                `coBenefits.${key}`,
                t(`coBenefits.${key}`),
                initial.coBenefits[key],
                coBenefitLevels.map((level) => [level, labels.coBenefit(level)]),
              )}
            </div>
          ))}
        </div>
        <fieldset className="catalogue-checks">
          <legend>{t('catalogue.fields.certifications')}</legend>
          {certificationsRelevant.map((value) => (
            <label key={value}>
              <input
                type="checkbox"
                name="certifications"
                value={value}
                defaultChecked={initial.certifications.includes(value)}
              />
              {labels.certification(value)}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <fieldset className="catalogue-fieldset">
        <legend>{t('catalogue.fields.source')}</legend>
        <div className="catalogue-grid catalogue-grid-source">
          {input('source', t('catalogue.form.source'), initial.source)}
          {input('sourceYear', t('catalogue.fields.sourceYear'), initial.sourceYear, 'number')}
        </div>
        <p className="field-hint">{t('catalogue.form.sourceHint')}</p>
      </fieldset>
    </>
  );
}
