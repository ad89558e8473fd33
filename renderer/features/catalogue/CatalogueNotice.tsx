import { useTranslation } from 'react-i18next';
import { assertNever } from '../../lib/assert-never.js';

export type Notice =
  | { readonly kind: 'created' | 'updated'; readonly name: string; readonly version: number }
  | { readonly kind: 'deleted' | 'archived'; readonly name: string };

/** What the last change did, in words; an archive says why the measure was not deleted. */
export function CatalogueNotice({ notice }: { notice: Notice | null }) {
  const { t } = useTranslation();
  const text = (): string => {
    if (notice === null) return '';
    switch (notice.kind) {
      case 'created':
        return t('catalogue.notices.created', { name: notice.name });
      case 'updated':
        return t('catalogue.notices.updated', { name: notice.name, version: notice.version });
      case 'deleted':
        return t('catalogue.notices.deleted', { name: notice.name });
      case 'archived':
        return t('catalogue.notices.archived', { name: notice.name });
      default:
        return assertNever(notice, 'catalogue notice');
    }
  };
  return (
    <p
      role="status"
      className={notice === null ? 'catalogue-notice' : 'notice notice-success catalogue-notice'}
      data-testid="catalogue-notice"
      data-kind={notice?.kind ?? ''}
    >
      {text()}
    </p>
  );
}
