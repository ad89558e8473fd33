import { useTranslation } from 'react-i18next';

const copy = {
  riesgos: { title: 'risks.title', intro: 'risks.intro' },
  planes: { title: 'plans.title', intro: 'plans.intro' },
  informes: { title: 'reports.title', intro: 'reports.intro' },
} as const;

/** Sections whose content arrives in later issues: say what they will hold, show no made-up data. */
export function PlannedSection({ section }: { section: keyof typeof copy }) {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid={`section-${section}`}>
      <header className="page-header">
        <h1>{t(copy[section].title)}</h1>
      </header>
      <p className="page-intro planned-intro">{t(copy[section].intro)}</p>
    </div>
  );
}
