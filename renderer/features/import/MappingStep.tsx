import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importFields } from '../../../shared/domain/import.js';
import type { ImportField, ImportMapping } from '../../../shared/domain/import.js';
import { DefaultProducerChoice } from './DefaultProducerChoice.js';
import { MappingField } from './MappingField.js';
import type { OpenedImport } from './use-import-file.js';
import type { ImportChoices } from './use-import-preview.js';

const producerFields = ['producerCode', 'producerName', 'producerDni'] as const satisfies readonly ImportField[];
/** Every other field of the contract's list, in its order: a field added there shows up here. */
const plotFields = importFields.filter((field) => !(producerFields as readonly ImportField[]).includes(field));

const withoutProducerColumns = (mapping: ImportMapping): ImportMapping => {
  const rest = { ...mapping };
  for (const field of producerFields) delete rest[field];
  return rest;
};

interface MappingStepProps {
  readonly opened: OpenedImport;
  readonly organisationId: string;
  readonly choices: ImportChoices;
  readonly onChange: (choices: ImportChoices) => void;
}

/**
 * Step 4: which column holds what. Each select lists the file's columns with
 * a few of its values underneath, prefilled with the mapping remembered for
 * this column layout or else the one guessed from the names. A file without
 * producer columns (a GPS walk of one farm) can go to one existing producer.
 */
export function MappingStep({ opened, organisationId, choices, onChange }: MappingStepProps) {
  const { t } = useTranslation();
  const [oneProducer, setOneProducer] = useState(choices.defaultProducerId !== null);
  const initial = opened.mapping.remembered ?? opened.mapping.suggested;

  function setField(field: ImportField, column: string): void {
    const mapping = { ...choices.mapping };
    if (column === '') delete mapping[field];
    else mapping[field] = column;
    onChange({ ...choices, mapping });
  }

  function setMode(one: boolean): void {
    setOneProducer(one);
    // One producer for every feature: the producer columns must be empty, or they would win (producer-matching.ts).
    if (one) onChange({ ...choices, mapping: withoutProducerColumns(choices.mapping) });
    else {
      const restored = { ...choices.mapping };
      for (const field of producerFields) if (initial[field]) restored[field] = initial[field];
      onChange({ ...choices, mapping: restored, defaultProducerId: null });
    }
  }

  const field = (name: ImportField) => (
    <MappingField
      key={name}
      field={name}
      columns={opened.columns}
      sampleRows={opened.sampleRows}
      value={choices.mapping[name] ?? ''}
      onChange={(column) => setField(name, column)}
    />
  );

  return (
    <section className="import-step" aria-labelledby="import-step-heading">
      <h2 id="import-step-heading">{t('importWizard.mapping.title')}</h2>
      <p className="page-intro">
        {opened.mapping.remembered ? t('importWizard.mapping.remembered') : t('importWizard.mapping.suggested')}
      </p>
      <fieldset className="mapping-group">
        <legend>{t('importWizard.mapping.producerGroup')}</legend>
        <div className="mapping-mode" role="radiogroup" aria-label={t('importWizard.mapping.producerGroup')}>
          <label className="checkbox">
            <input
              type="radio"
              name="producer-mode"
              data-testid="import-producer-mode-columns"
              checked={!oneProducer}
              onChange={() => setMode(false)}
            />
            {t('importWizard.mapping.fromColumns')}
          </label>
          <label className="checkbox">
            <input
              type="radio"
              name="producer-mode"
              data-testid="import-producer-mode-one"
              checked={oneProducer}
              onChange={() => setMode(true)}
            />
            {t('importWizard.mapping.oneProducer')}
          </label>
        </div>
        {oneProducer ? (
          <DefaultProducerChoice
            organisationId={organisationId}
            value={choices.defaultProducerId}
            onChange={(defaultProducerId) => onChange({ ...choices, defaultProducerId })}
          />
        ) : (
          <div className="mapping-grid">{producerFields.map(field)}</div>
        )}
      </fieldset>
      <fieldset className="mapping-group">
        <legend>{t('importWizard.mapping.plotGroup')}</legend>
        <div className="mapping-grid">{plotFields.map(field)}</div>
      </fieldset>
    </section>
  );
}
