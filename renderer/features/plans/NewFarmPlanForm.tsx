import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../shared/domain/organisation.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../organisations/form/Field.js';
import { formValidationError } from '../organisations/form/form-issues.js';
import type { FieldProblems } from '../organisations/form/form-issues.js';
import { useFocusFirstProblem } from '../organisations/form/use-focus-first-problem.js';
import { navigate } from '../producers/producer-routes.js';
import { PlanPeriodFields } from './PlanPeriodFields.js';
import { defaultPlanPeriod, defaultPlanScenario } from './plan-defaults.js';
import { parsePlanValues } from './plan-form-values.js';
import type { PlanFormValues } from './plan-form-values.js';
import { plansHref } from './plan-routes.js';
import { useMutation } from './use-mutation.js';
import { useProducers } from './use-plan-queries.js';

interface NewFarmPlanFormProps {
  readonly organisation: Organisation;
  readonly onCancel: () => void;
}

/** "Nuevo plan de finca": which family, the period and scenario, and what the family wants to achieve. */
export function NewFarmPlanForm({ organisation, onCancel }: NewFarmPlanFormProps) {
  const { t } = useTranslation();
  const producers = useProducers(organisation.id);
  const form = useRef<HTMLFormElement>(null);
  const [producerId, setProducerId] = useState('');
  const [values, setValues] = useState<PlanFormValues>({
    // The title is written from the family's name when the plan is saved.
    title: '',
    startYear: String(defaultPlanPeriod.startYear),
    endYear: String(defaultPlanPeriod.endYear),
    scenarioId: defaultPlanScenario,
    objectives: '',
  });
  const [problems, setProblems] = useState<FieldProblems>({});
  const { run, pending, error } = useMutation();
  const [formError, setFormError] = useState<unknown>(null);
  useFocusFirstProblem(form, problems);

  function set<K extends keyof PlanFormValues>(field: K, value: PlanFormValues[K]): void {
    setValues((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setFormError(null);
    const producer = producers.status === 'ready' ? producers.data.find((row) => row.id === producerId) : undefined;
    const parsed = parsePlanValues({
      ...values,
      title: producer ? t('farmPlans.new.defaultTitle', { producer: producer.names }) : '',
    });
    const found: FieldProblems = {
      ...(parsed.ok ? {} : parsed.problems),
      title: undefined,
      producerId: producer ? undefined : { key: 'required', params: {} },
    };
    if (!parsed.ok || !producer) {
      setProblems(found);
      setFormError(formValidationError);
      return;
    }
    setProblems({});
    const plan = await run((api) =>
      api.plans.create({ organisationId: organisation.id, kind: 'farm', producerId: producer.id, ...parsed.fields }),
    );
    if (plan) navigate(plansHref.farm(plan.id));
  }

  const shownError = formError ?? error;
  return (
    <form
      ref={form}
      className="card form plan-form"
      data-testid="farm-plan-form"
      noValidate
      aria-labelledby="farm-plan-form-heading"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="farm-plan-form-heading">{t('farmPlans.new.title')}</h3>
      <Field label={t('farmPlans.new.producer')} testId="plan-producer" problem={problems.producerId}>
        {(control) => (
          <select {...control} value={producerId} onChange={(event) => setProducerId(event.target.value)}>
            <option value="">
              {producers.status === 'loading' ? t('app.loading') : t('farmPlans.new.chooseProducer')}
            </option>
            {producers.status === 'ready' &&
              producers.data.map((producer) => (
                <option key={producer.id} value={producer.id}>
                  {t('farmPlans.new.producerOption', { name: producer.names, code: producer.memberCode })}
                </option>
              ))}
          </select>
        )}
      </Field>
      {producers.status === 'ready' && producers.data.length === 0 && (
        <p className="notice" data-testid="plan-no-producers">
          {t('farmPlans.new.noProducers')}
        </p>
      )}
      <PlanPeriodFields values={values} problems={problems} onChange={set} />
      <Field
        label={t('farmPlans.form.objectives')}
        testId="plan-objectives"
        problem={problems.objectives}
        hint={t('farmPlans.form.objectivesHint')}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={values.objectives}
            onChange={(event) => set('objectives', event.target.value)}
          />
        )}
      </Field>
      {producers.status === 'error' && <ErrorNotice error={producers.error} />}
      {shownError !== null && <ErrorNotice error={shownError} />}
      <div className="form-actions button-row">
        <button type="button" className="button" data-testid="farm-plan-cancel" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" data-testid="farm-plan-create" disabled={pending}>
          {t('farmPlans.new.create')}
        </button>
      </div>
    </form>
  );
}
