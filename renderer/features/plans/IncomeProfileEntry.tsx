import { Suspense, lazy, useState } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { producersHref } from '../producers/producer-routes.js';

type FormModule = { IncomeProfileForm: ComponentType<{ producerId: string }> };

// The income profile form is a colleague's (renderer/features/income/). A glob, not an import: the build resolves
// it to that file when it is there; without it the link to the family's page is the way in.
const forms = import.meta.glob<FormModule>('../income/IncomeProfileForm.tsx');
const loadForm = forms['../income/IncomeProfileForm.tsx'];
const IncomeProfileForm = loadForm ? lazy(async () => ({ default: (await loadForm()).IncomeProfileForm })) : null;

/**
 * No income profile yet: enter it right here (the plan's income panel fills
 * in once it is saved), or on the family's page where it also lives.
 */
export function IncomeProfileEntry({ producerId }: { producerId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="empty-state guide" data-testid="income-missing">
        <p>{t('farmPlans.income.missing')}</p>
        <div className="button-row">
          {IncomeProfileForm && !open && (
            <button
              type="button"
              className="button button-primary"
              data-testid="income-enter-here"
              onClick={() => setOpen(true)}
            >
              {t('farmPlans.income.enterHere')}
            </button>
          )}
          <a className="button" href={producersHref.producer(producerId)} data-testid="income-enter-profile">
            {t('farmPlans.income.enterProfile')}
          </a>
        </div>
      </div>
      {IncomeProfileForm && open && (
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <IncomeProfileForm producerId={producerId} />
        </Suspense>
      )}
    </>
  );
}
