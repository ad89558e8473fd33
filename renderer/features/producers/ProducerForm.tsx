import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { genders } from '../../../shared/domain/producer.js';
import type { Producer } from '../../../shared/domain/producer.js';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { CertificationsField } from '../organisations/form/CertificationsField.js';
import { Field } from '../organisations/form/Field.js';
import { formValidationError, problemsFromApiError } from '../organisations/form/form-issues.js';
import type { FieldProblems } from '../organisations/form/form-issues.js';
import { useFocusFirstProblem } from '../organisations/form/use-focus-first-problem.js';
import { emptyProducerValues, parseProducerValues, producerValuesOf } from './producer-form-values.js';
import type { Gender, ProducerFormValues } from './producer-form-values.js';

type TextKey = 'memberCode' | 'names' | 'dni' | 'birthYear' | 'householdSize' | 'phone' | 'community' | 'district';
type InputExtra = { inputMode?: 'numeric' | 'tel'; maxLength?: number; required?: boolean; hint?: string };

interface ProducerFormProps {
  readonly organisationId: string;
  /** Edits this family; without it the form registers a new one. */
  readonly producer?: Producer;
  /** `another`: the user wants to register the next family straight away. */
  readonly onSaved: (producer: Producer, another: boolean) => void;
  readonly cancelHref: string;
}

/**
 * A family's data. Checked with the contract's schema before sending; a
 * member code or DNI already used comes back from the core and is shown next
 * to its field, naming who has it.
 */
export function ProducerForm({ organisationId, producer, onSaved, cancelHref }: ProducerFormProps) {
  const { t } = useTranslation();
  const { api, invalidate } = useApiContext();
  const form = useRef<HTMLFormElement>(null);
  const another = useRef(false);
  const [values, setValues] = useState(() => (producer ? producerValuesOf(producer) : emptyProducerValues));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  useFocusFirstProblem(form, problems);

  function set<K extends keyof ProducerFormValues>(field: K, value: ProducerFormValues[K]): void {
    setValues((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setError(null);
    const parsed = parseProducerValues(values, organisationId);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      setError(formValidationError);
      return;
    }
    setProblems({});
    setPending(true);
    try {
      const { organisationId: _organisation, ...patch } = parsed.fields;
      const saved = producer
        ? await api.producers.update({ id: producer.id, patch })
        : await api.producers.create(parsed.fields);
      if (another.current) {
        setValues(emptyProducerValues);
        form.current?.querySelector<HTMLElement>('input')?.focus();
      }
      onSaved(saved, another.current);
      invalidate();
    } catch (caught) {
      const fieldProblems = problemsFromApiError(caught);
      if (fieldProblems) setProblems(fieldProblems);
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  const input = (field: TextKey, extra: InputExtra = {}) => (
    <Field
      label={t(`producerForm.fields.${field}`)}
      testId={`producer-${field}`}
      problem={problems[field]}
      hint={extra.hint}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          autoComplete="off"
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
          inputMode={extra.inputMode}
          maxLength={extra.maxLength}
          required={extra.required}
        />
      )}
    </Field>
  );

  return (
    <form
      ref={form}
      className="card form producer-form"
      data-testid="producer-form"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <div className="field-row">
        {input('memberCode', { required: true, hint: t('producerForm.hints.memberCode') })}
        {input('dni', { inputMode: 'numeric', maxLength: 8, hint: t('producerForm.hints.dni') })}
      </div>
      {input('names', { required: true, hint: t('producerForm.hints.names') })}
      <div className="field-row-3">
        <Field label={t('producerForm.fields.gender')} testId="producer-gender" problem={problems.gender}>
          {(control) => (
            <select {...control} value={values.gender} onChange={(e) => set('gender', e.target.value as Gender)}>
              {genders.map((gender) => (
                <option key={gender} value={gender}>
                  {t(`genders.${gender}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {input('birthYear', { inputMode: 'numeric', maxLength: 4 })}
        {input('householdSize', { inputMode: 'numeric', maxLength: 2 })}
      </div>
      <div className="field-row-3">
        {input('phone', { inputMode: 'tel' })}
        {input('community')}
        {input('district')}
      </div>
      <CertificationsField
        legend={t('producerForm.fields.certifications')}
        value={values.certifications}
        onChange={(value) => set('certifications', value)}
        testIdPrefix="producer-cert"
      />
      <Field label={t('producerForm.fields.notes')} testId="producer-notes" problem={problems.notes}>
        {(control) => (
          <textarea {...control} rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
        )}
      </Field>
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        <a className="button" href={cancelHref} data-testid="producer-cancel">
          {t('common.cancel')}
        </a>
        {!producer && (
          // NOTE: type=button, so Enter in a field (implicit submission) always means plain "Guardar".
          <button
            type="button"
            className="button"
            data-testid="producer-submit-another"
            disabled={pending}
            onClick={() => {
              another.current = true;
              form.current?.requestSubmit();
            }}
          >
            {t('producerForm.saveAndAnother')}
          </button>
        )}
        <button
          type="submit"
          className="button button-primary"
          data-testid="producer-submit"
          disabled={pending}
          onClick={() => (another.current = false)}
        >
          {pending ? t('producerForm.saving') : t('producerForm.save')}
        </button>
      </div>
    </form>
  );
}
