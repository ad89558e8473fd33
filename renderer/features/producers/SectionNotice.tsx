import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Producer } from '../../../shared/domain/producer.js';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { navigate, producersHref } from './producer-routes.js';

export type Notice = { readonly kind: 'created' | 'updated' | 'removed' | 'restored'; readonly producer: Producer };

interface SectionNoticeProps {
  readonly notice: Notice | null;
  readonly onChange: (notice: Notice | null) => void;
}

/**
 * What just happened, in a live region that is always in the DOM (one that
 * appears with its text is often not announced). A deleted family can be
 * brought back from here with "Deshacer" (`producers.restore`).
 */
export function SectionNotice({ notice, onChange }: SectionNoticeProps) {
  const { t } = useTranslation();
  const { api, invalidate } = useApiContext();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function undo(producer: Producer): Promise<void> {
    setPending(true);
    setError(null);
    try {
      const restored = await api.producers.restore({ id: producer.id });
      onChange({ kind: 'restored', producer: restored });
      invalidate();
      navigate(producersHref.producer(restored.id));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  const name = notice?.producer.names ?? '';
  return (
    <div role="status" data-testid="producers-notice" className="section-notice">
      {notice && (
        <p className="notice notice-success notice-with-action" data-kind={notice.kind}>
          <span>{t(`producerSection.notice.${notice.kind}`, { name })}</span>
          {notice.kind === 'removed' && (
            <button
              type="button"
              className="button"
              data-testid="producer-undo"
              disabled={pending}
              onClick={() => void undo(notice.producer)}
            >
              {t('producerSection.undo')}
            </button>
          )}
          <button
            type="button"
            className="button button-plain"
            data-testid="producers-notice-close"
            aria-label={t('producerSection.closeNotice')}
            onClick={() => onChange(null)}
          >
            ×
          </button>
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
    </div>
  );
}
