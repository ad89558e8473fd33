import { useTranslation } from 'react-i18next';

/** "(modificado; por defecto 6.5)" beside a value the organisation changed. */
export function DefaultMark({ value, defaultValue }: { value: string; defaultValue: string }) {
  const { t } = useTranslation();
  if (value === defaultValue) return null;
  return <span className="methodology-modified"> ({t('methodology.modified', { value: defaultValue })})</span>;
}
