import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/domain/plan.js';
import { useFormat } from '../../i18n/use-format.js';

/** "Aprobado por Juana Díaz el 3 mar. 2027" or "Borrador": in words, with a mark that is not colour alone. */
export function ApprovalState({ plan }: { plan: Pick<Plan, 'approvedBy' | 'approvedAt'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (plan.approvedBy === null || plan.approvedAt === null) {
    return (
      <span className="approval-state is-draft" data-testid="plan-approval-state" data-approved="false">
        {t('farmPlans.approval.draft')}
      </span>
    );
  }
  return (
    <span className="approval-state is-approved" data-testid="plan-approval-state" data-approved="true">
      <span aria-hidden="true">✓ </span>
      {t('farmPlans.approval.approvedBy', {
        name: plan.approvedBy,
        date: format.date(plan.approvedAt, { dateStyle: 'medium' }),
      })}
    </span>
  );
}
