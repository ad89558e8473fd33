import { useTranslation } from 'react-i18next';

/** The plan page's parts, by the id of their heading. */
const parts = [
  ['plan-proposals-heading', 'proposals'],
  ['plan-actions-heading', 'actions'],
  ['plan-budget-heading', 'budget'],
  ['plan-timeline-heading', 'timeline'],
  ['plan-monitoring-heading', 'monitoring'],
  ['plan-income-heading', 'income'],
  ['plan-approval-heading', 'approval'],
] as const;

/**
 * Jumps to a part of a long plan. Buttons, not `#id` links: the hash is the
 * router. Focus moves to the heading, so keyboard and screen-reader users land there too.
 */
export function PlanJumpNav() {
  const { t } = useTranslation();
  function jump(id: string): void {
    const heading = document.getElementById(id);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }
  return (
    <nav className="plan-jump" aria-label={t('farmPlans.page.jumpLabel')}>
      <ul>
        {parts.map(([id, part]) => (
          <li key={id}>
            <button type="button" className="plan-jump-link" onClick={() => jump(id)}>
              {t(`farmPlans.page.parts.${part}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
