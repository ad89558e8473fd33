import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { core } from 'zod';
import { measureFieldsSchema } from '../../../shared/domain/measure.js';
import type { Measure, MeasureFields } from '../../../shared/domain/measure.js';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { FormIssues } from '../../components/FormIssues.js';
import { MeasureFormFields } from './MeasureFormFields.js';
import { readMeasureForm } from './measure-form.js';
import { useMeasureLabels } from './use-measure-labels.js';

type MeasureFormProps = {
  readonly initial: MeasureFields;
  readonly onSaved: (measure: Measure) => void;
  readonly onCancel: () => void;
} & (
  { readonly mode: 'create'; readonly organisationId: string } | { readonly mode: 'update'; readonly measure: Measure }
);

/** Labels for an issue's path: `name.es` → "Nombre (español)"; the first segment otherwise. */
function useFieldLabel() {
  const { t } = useTranslation();
  return (path: readonly PropertyKey[]): string => {
    const [first, second] = path.map(String);
    if ((first === 'name' || first === 'description') && (second === 'es' || second === 'en')) {
      return t(`catalogue.form.${first}${second === 'es' ? 'Es' : 'En'}`);
    }
    if (first === 'effect') return t('catalogue.fields.effect');
    if (first === 'coBenefits') return t('catalogue.fields.coBenefits');
    const known = measureFieldsSchema.keyof().safeParse(first);
    return known.success ? t(`catalogue.fields.${known.data}`) : t('validation.general');
  };
}

/**
 * The full form of a measure. Editing writes a new version (plans keep the
 * one they used); creating adds one of the organisation's own measures.
 */
export function MeasureForm(props: MeasureFormProps) {
  const { t } = useTranslation();
  const { api, invalidate } = useApiContext();
  const fieldLabel = useFieldLabel();
  const labels = useMeasureLabels();
  const [issues, setIssues] = useState<core.$ZodIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const invalid = new Set(issues.map((issue) => issue.path.map(String).join('.')));

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const parsed = measureFieldsSchema.safeParse(readMeasureForm(new FormData(event.currentTarget)));
    if (!parsed.success) {
      setIssues(parsed.error.issues);
      return;
    }
    setIssues([]);
    setSaving(true);
    setError(null);
    try {
      const saved =
        props.mode === 'create'
          ? await api.measures.create({ organisationId: props.organisationId, fields: parsed.data })
          : await api.measures.update({ id: props.measure.id, fields: parsed.data });
      invalidate();
      props.onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  const title =
    props.mode === 'create'
      ? t('catalogue.form.createTitle')
      : t('catalogue.form.editTitle', { name: labels.name(props.initial) });
  return (
    <form
      className="card form catalogue-form"
      aria-label={title}
      data-testid="measure-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3>{title}</h3>
      {props.mode === 'update' && (
        <p className="notice" data-testid="measure-form-version">
          {t('catalogue.form.newVersion', { current: props.measure.version, next: props.measure.version + 1 })}
        </p>
      )}
      <MeasureFormFields initial={props.initial} invalid={invalid} />
      <FormIssues issues={issues} title={t('catalogue.form.invalid')} fieldLabel={fieldLabel} testId="measure-issues" />
      {error !== null && <ErrorNotice error={error} />}
      <div className="catalogue-form-actions">
        <button type="button" className="button" disabled={saving} onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={saving} data-testid="measure-save">
          {props.mode === 'create' ? t('catalogue.form.create') : t('catalogue.form.save')}
        </button>
      </div>
    </form>
  );
}
