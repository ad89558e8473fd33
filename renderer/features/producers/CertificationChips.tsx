import { useTranslation } from 'react-i18next';
import type { Certification } from '../../../shared/domain/certifications.js';

/** Short labels in a table cell; the full name is the tooltip and what screen readers read. */
export function CertificationChips({ certifications }: { certifications: readonly Certification[] }) {
  const { t } = useTranslation();
  if (certifications.length === 0) return <span className="muted">{t('common.notSet')}</span>;
  return (
    <span className="chips">
      {certifications.map((certification) => (
        <abbr key={certification} className="chip" title={t(`certifications.names.${certification}`)}>
          {t(`certifications.short.${certification}`)}
        </abbr>
      ))}
    </span>
  );
}
