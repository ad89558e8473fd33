import './income.css';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CafetalApi } from '../../../shared/api/client-types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useFormat } from '../../i18n/use-format.js';
import { loadSettings } from '../settings/settings-queries.js';
import { GapText } from './GapText.js';
import { IncomeProfileEditor } from './IncomeProfileEditor.js';
import type { SavedProfile } from './IncomeProfileEditor.js';
import { IncomeProfileList } from './IncomeProfileList.js';
import type { ListedProfile } from './IncomeProfileList.js';
import { incomeDefaultsOf, noIncomeDefaults } from './income-defaults.js';
import { valuesForNewYear, valuesFromProfile } from './income-form.js';

type Editing = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly profile: ListedProfile } | null;
type Notice =
  { readonly kind: 'saved'; readonly profile: SavedProfile } | { readonly kind: 'removed'; readonly year: number };

/**
 * A family's living-income profiles (one per year): the list with each
 * year's income, benchmark and gap as the core computes them, and the form
 * to add, edit or delete a year.
 */
export function IncomeProfileForm({ producerId }: { producerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const loadProfiles = useCallback((api: CafetalApi) => api.income.list({ producerId }), [producerId]);
  const loadProducer = useCallback((api: CafetalApi) => api.producers.get({ id: producerId }), [producerId]);
  const profiles = useApiQuery(loadProfiles);
  const settings = useApiQuery(loadSettings);
  const producer = useApiQuery(loadProducer);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<unknown>(null);

  if (profiles.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (profiles.status === 'error') return <ErrorNotice error={profiles.error} />;
  const defaults = settings.status === 'ready' ? incomeDefaultsOf(settings.data) : noIncomeDefaults;
  const years = profiles.data.map((profile) => profile.year);
  const latest = [...profiles.data].sort((a, b) => b.year - a.year)[0];
  // A new profile starts at the year after the newest one, or this year.
  const nextYear = latest ? latest.year + 1 : new Date().getFullYear();
  const householdSize =
    latest?.householdSize ?? (producer.status === 'ready' ? producer.data.householdSize : null) ?? null;

  function start(next: Editing): void {
    setNotice(null);
    setError(null);
    setEditing(next);
  }

  return (
    <div className="income-profiles" data-testid="income-profile-form">
      <p className="muted income-intro">{t('income.intro')}</p>
      {profiles.data.length === 0 ? (
        <p className="empty-state" data-testid="income-empty">
          {t('income.empty')}
        </p>
      ) : (
        <IncomeProfileList
          profiles={profiles.data}
          onEdit={(profile) => start({ mode: 'edit', profile })}
          onRemoved={(year) => {
            setNotice({ kind: 'removed', year });
            if (editing?.mode === 'edit' && editing.profile.year === year) setEditing(null);
          }}
          onError={setError}
        />
      )}
      <p role="status" className="field-status income-status" data-testid="income-status">
        {notice?.kind === 'saved' && (
          <>
            {t('income.saved', { year: format.number(notice.profile.year, { useGrouping: false }) })}{' '}
            <GapText gapSoles={notice.profile.income.gapSoles} />
          </>
        )}
        {notice?.kind === 'removed' &&
          t('income.removed', { year: format.number(notice.year, { useGrouping: false }) })}
      </p>
      {error !== null && <ErrorNotice error={error} />}
      {editing === null ? (
        <button type="button" className="button" data-testid="income-add" onClick={() => start({ mode: 'new' })}>
          {t('income.add')}
        </button>
      ) : (
        <IncomeProfileEditor
          // A different profile (or a new one) starts from its own values.
          key={editing.mode === 'edit' ? editing.profile.id : 'new'}
          producerId={producerId}
          values={
            editing.mode === 'edit'
              ? valuesFromProfile(editing.profile)
              : valuesForNewYear(nextYear, defaults, householdSize)
          }
          editing={editing.mode === 'edit'}
          existingYears={years}
          defaults={defaults}
          onSaved={(saved) => {
            setEditing(null);
            setNotice({ kind: 'saved', profile: saved });
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </div>
  );
}
