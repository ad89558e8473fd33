import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { core } from 'zod';
import { defaultIncomeSettings, incomeSettingsSchema } from '../../../shared/plans/income-settings.js';
import type { IncomeSettings } from '../../../shared/plans/income-settings.js';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { issueCodes } from '../../components/validation-issues.js';
import type { IssueCode } from '../../components/validation-issues.js';
import { IncomeSectionFieldset } from './IncomeSectionFieldset.js';
import { incomeSections, readIncomeForm } from './income-form.js';

export type IncomeNotice = 'saved' | 'restored' | null;

interface IncomeSettingsFormProps {
  saved: IncomeSettings;
  /** Held by the parent: a save re-keys this form, and the message must outlive it. */
  notice: IncomeNotice;
  onNotice: (notice: IncomeNotice) => void;
}

const isIssueCode = (code: string): code is IssueCode => (issueCodes as readonly string[]).includes(code);

/**
 * The income settings' fields. Inputs are uncontrolled (read with FormData on
 * submit) and checked with the same schema the core applies before saving.
 */
export function IncomeSettingsForm({ saved, notice, onNotice }: IncomeSettingsFormProps) {
  const { t } = useTranslation();
  const { api, invalidate } = useApiContext();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [issues, setIssues] = useState<string[]>([]);

  /** "Jornal · Año: es demasiado corto o pequeño" for a schema issue. */
  function issueLabel(issue: core.$ZodIssue): string {
    const [sectionKey, fieldKey] = issue.path.map(String);
    const spec = incomeSections.find((candidate) => candidate.section === sectionKey);
    const field = spec?.fields.find((candidate) => candidate.field === fieldKey);
    let where = t('validation.general');
    if (spec) where = t(`incomeSettings.sections.${spec.section}`);
    if (field) where += ` · ${t(`incomeSettings.fields.${field.field}`)}`;
    return `${where}: ${isIssueCode(issue.code) ? t(`validation.${issue.code}`) : issue.message}`;
  }

  async function persist(income: IncomeSettings, done: IncomeNotice): Promise<void> {
    setSaving(true);
    setError(null);
    try {
      await api.settings.update({ income });
      onNotice(done);
      invalidate();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    onNotice(null);
    const parsed = incomeSettingsSchema.safeParse(readIncomeForm(new FormData(event.currentTarget), saved));
    if (!parsed.success) {
      setIssues(parsed.error.issues.map(issueLabel));
      return;
    }
    setIssues([]);
    await persist(parsed.data, 'saved');
  }

  return (
    <form className="climate-form" onSubmit={(event) => void submit(event)} onChange={() => onNotice(null)}>
      {incomeSections.map((spec) => (
        <IncomeSectionFieldset key={spec.section} spec={spec} saved={saved} />
      ))}
      {issues.length > 0 && (
        <div className="notice notice-error" role="alert" data-testid="income-form-issues">
          <p className="notice-summary">{t('incomeSettings.invalid')}</p>
          <ul className="notice-issues">
            {issues.map((issue, index) => (
              <li key={index}>{issue}</li>
            ))}
          </ul>
        </div>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <div className="climate-form-actions">
        <button
          type="button"
          className="button"
          data-testid="income-restore"
          disabled={saving}
          onClick={() => void persist(defaultIncomeSettings, 'restored')}
        >
          {t('incomeSettings.restore')}
        </button>
        <button type="submit" className="button button-primary" data-testid="income-save" disabled={saving}>
          {t('incomeSettings.save')}
        </button>
        <span role="status" className="field-status" data-testid="income-status">
          {notice === null ? '' : t(`incomeSettings.${notice}`)}
        </span>
      </div>
    </form>
  );
}
