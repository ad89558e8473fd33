import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationTypes } from '../../../shared/domain/organisation.js';
import type { Organisation } from '../../../shared/domain/organisation.js';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { CertificationsField } from './form/CertificationsField.js';
import { Field } from './form/Field.js';
import { formValidationError, problemsFromApiError } from './form/form-issues.js';
import type { FieldProblems } from './form/form-issues.js';
import { useFocusFirstProblem } from './form/use-focus-first-problem.js';
import { LogoField } from './LogoField.js';
import { emptyOrganisationValues, organisationValuesOf, parseOrganisationValues } from './organisation-form-values.js';
import type { OrganisationFormValues, OrganisationType } from './organisation-form-values.js';
import { cajamarcaProvinces } from './organisations-queries.js';
import { RucField } from './RucField.js';

type TextField = 'name' | 'region' | 'province' | 'district' | 'contact';

interface OrganisationFormProps {
  /** Edits this organisation; without it the form registers a new one. */
  readonly organisation?: Organisation;
  readonly onSaved: (organisation: Organisation, created: boolean) => void;
  readonly onCancel?: () => void;
}

/**
 * Registers or edits an organisation. The values are checked with the
 * contract's schema before sending; what the core still refuses (a name
 * already taken) comes back next to its field.
 */
export function OrganisationForm({ organisation, onSaved, onCancel }: OrganisationFormProps) {
  const { t } = useTranslation();
  const { api, invalidate } = useApiContext();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() =>
    organisation ? organisationValuesOf(organisation) : emptyOrganisationValues,
  );
  const [problems, setProblems] = useState<FieldProblems>({});
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  useFocusFirstProblem(form, problems);

  function set<K extends keyof OrganisationFormValues>(field: K, value: OrganisationFormValues[K]): void {
    setValues((current) => ({ ...current, [field]: value }));
    // The problem was about the old value.
    setProblems((current) => ({ ...current, [field]: undefined }));
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setError(null);
    const parsed = parseOrganisationValues(values);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      setError(formValidationError);
      return;
    }
    setProblems({});
    setPending(true);
    try {
      const saved = organisation
        ? await api.organisations.update({ id: organisation.id, patch: parsed.fields })
        : await api.organisations.create(parsed.fields);
      if (!organisation) setValues(emptyOrganisationValues);
      onSaved(saved, !organisation);
      invalidate();
    } catch (caught) {
      const fieldProblems = problemsFromApiError(caught);
      if (fieldProblems) setProblems(fieldProblems);
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  const textField = (field: TextField, label: string, extra: { list?: string; required?: boolean } = {}) => (
    <Field label={label} testId={`org-${field}`} problem={problems[field]}>
      {(control) => (
        <input
          {...control}
          type="text"
          autoComplete="off"
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
          list={extra.list}
          required={extra.required}
        />
      )}
    </Field>
  );

  return (
    <form
      ref={form}
      className="card form"
      data-testid="org-form"
      data-mode={organisation ? 'edit' : 'create'}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3>
        {organisation ? t('organisations.form.editTitle', { name: organisation.name }) : t('organisations.form.title')}
      </h3>
      {textField('name', t('organisations.form.name'), { required: true })}
      <div className="field-row">
        <Field label={t('organisations.form.type')} testId="org-type" problem={problems.type}>
          {(control) => (
            <select {...control} value={values.type} onChange={(e) => set('type', e.target.value as OrganisationType)}>
              {organisationTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`organisations.types.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <RucField value={values.ruc} onChange={(ruc) => set('ruc', ruc)} problem={problems.ruc} />
      </div>
      <div className="field-row">
        {textField('region', t('organisations.form.region'))}
        {textField('province', t('organisations.form.province'), { list: 'cajamarca-provinces' })}
      </div>
      {textField('district', t('organisations.form.district'))}
      <datalist id="cajamarca-provinces">
        {cajamarcaProvinces.map((province) => (
          <option key={province} value={province} />
        ))}
      </datalist>
      {textField('contact', t('organisations.form.contact'))}
      <CertificationsField
        legend={t('organisations.form.certifications')}
        value={values.certifications}
        onChange={(value) => set('certifications', value)}
        testIdPrefix="org-cert"
      />
      <LogoField
        value={values.logoDataUrl}
        onChange={(value) => set('logoDataUrl', value)}
        problem={problems.logoDataUrl}
      />
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="button" data-testid="org-cancel" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" className="button button-primary" data-testid="org-submit" disabled={pending}>
          {pending
            ? t('organisations.form.submitting')
            : organisation
              ? t('organisations.form.save')
              : t('organisations.form.submit')}
        </button>
      </div>
    </form>
  );
}
