import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors.js';
import { organisationTypes } from '../../../shared/domain/organisation.js';
import type { Organisation } from '../../../shared/domain/organisation.js';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { fieldIssuesOf } from '../../components/validation-issues.js';
import { cajamarcaProvinces } from './organisations-queries.js';

type OrganisationType = (typeof organisationTypes)[number];
type TextField = 'name' | 'province' | 'district' | 'contact';

const emptyFields = { name: '', type: 'cooperativa' as OrganisationType, province: '', district: '', contact: '' };

/**
 * Registers an organisation. Validation is the core's (one set of rules for
 * the app, browser mode and the CLI); its issues come back field by field.
 */
export function OrganisationForm({ onCreated }: { onCreated: (organisation: Organisation) => void }) {
  const { t } = useTranslation();
  const { api, invalidate } = useApiContext();
  const idPrefix = useId();
  const [fields, setFields] = useState(emptyFields);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const labels: Record<keyof typeof emptyFields, string> = {
    name: t('organisations.form.name'),
    type: t('organisations.form.type'),
    province: t('organisations.form.province'),
    district: t('organisations.form.district'),
    contact: t('organisations.form.contact'),
  };
  const fieldLabel = (field: string): string | undefined =>
    Object.hasOwn(labels, field) ? labels[field as keyof typeof labels] : undefined;
  const invalidFields = new Set(
    error instanceof ApiError && error.code === 'VALIDATION' ? fieldIssuesOf(error.details).map((i) => i.field) : [],
  );
  const errorId = `${idPrefix}-error`;

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const created = await api.organisations.create(fields);
      setFields(emptyFields);
      onCreated(created);
      invalidate();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  const textInput = (field: TextField, extra: { required?: boolean; list?: string; autoComplete?: string } = {}) => (
    <div className="field">
      <label htmlFor={`${idPrefix}-${field}`}>{labels[field]}</label>
      <input
        id={`${idPrefix}-${field}`}
        name={field}
        type="text"
        data-testid={`org-${field}`}
        value={fields[field]}
        onChange={(event) => setFields({ ...fields, [field]: event.target.value })}
        aria-invalid={invalidFields.has(field) || undefined}
        aria-describedby={invalidFields.has(field) ? errorId : undefined}
        autoComplete={extra.autoComplete ?? 'off'}
        required={extra.required}
        list={extra.list}
      />
    </div>
  );

  return (
    <form className="card form" data-testid="org-form" onSubmit={(event) => void submit(event)}>
      <h3>{t('organisations.form.title')}</h3>
      {textInput('name', { required: true })}
      <div className="field">
        <label htmlFor={`${idPrefix}-type`}>{labels.type}</label>
        <select
          id={`${idPrefix}-type`}
          name="type"
          data-testid="org-type"
          value={fields.type}
          onChange={(event) => setFields({ ...fields, type: event.target.value as OrganisationType })}
        >
          {organisationTypes.map((type) => (
            <option key={type} value={type}>
              {t(`organisations.types.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        {textInput('province', { list: `${idPrefix}-provinces` })}
        {textInput('district')}
      </div>
      <datalist id={`${idPrefix}-provinces`}>
        {cajamarcaProvinces.map((province) => (
          <option key={province} value={province} />
        ))}
      </datalist>
      {textInput('contact')}
      {error !== null && (
        <div id={errorId}>
          <ErrorNotice error={error} fieldLabel={fieldLabel} />
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="org-submit" disabled={pending}>
          {pending ? t('organisations.form.submitting') : t('organisations.form.submit')}
        </button>
      </div>
    </form>
  );
}
