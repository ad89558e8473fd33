import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../shared/domain/organisation.js';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';

interface OrganisationRowProps {
  readonly organisation: Organisation;
  readonly onDeleted: (organisation: Organisation) => void;
  readonly onEdit: (organisation: Organisation) => void;
  /** The organisation every screen is filtered by. */
  readonly active: boolean;
}

/**
 * One organisation. Delete asks for confirmation inline (no blocking
 * `window.confirm`): the row swaps its button for "Sí, eliminar / Cancelar".
 */
export function OrganisationRow({ organisation, onDeleted, onEdit, active }: OrganisationRowProps) {
  const { t } = useTranslation();
  const { api, invalidate } = useApiContext();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Keyboard users keep their place: focus returns to "Eliminar" when the confirmation is dismissed.
  useEffect(() => {
    if (wasConfirming.current && !confirming) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function remove(): Promise<void> {
    setPending(true);
    setError(null);
    try {
      await api.organisations.remove({ id: organisation.id });
      onDeleted(organisation);
      invalidate();
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  const place = [organisation.province, organisation.district].filter((part) => part !== '').join(' / ');
  return (
    <tr data-testid="organisation-row" data-organisation-id={organisation.id} data-active={active || undefined}>
      <th scope="row">
        <span className="org-name-line">
          {organisation.logoDataUrl && <img className="org-logo-thumb" src={organisation.logoDataUrl} alt="" />}
          {organisation.name}
          {active && (
            <span className="badge" data-testid="org-active-badge">
              {t('organisations.activeBadge')}
            </span>
          )}
        </span>
        {organisation.ruc !== null && (
          <span className="cell-secondary">{t('organisations.rucLine', { ruc: organisation.ruc })}</span>
        )}
        {organisation.contact !== '' && <span className="cell-secondary">{organisation.contact}</span>}
      </th>
      <td>
        {t(`organisations.types.${organisation.type}`)}
        <span className="cell-secondary">{place || t('common.notSet')}</span>
      </td>
      <td className="cell-actions">
        {confirming ? (
          <div
            className="inline-confirm"
            role="group"
            aria-label={t('organisations.confirmDelete', { name: organisation.name })}
          >
            <span>{t('organisations.confirmDelete', { name: organisation.name })}</span>
            <button
              type="button"
              className="button button-danger"
              data-testid="org-confirm-delete"
              disabled={pending}
              onClick={() => void remove()}
            >
              {t('organisations.confirmYes')}
            </button>
            <button
              type="button"
              className="button"
              data-testid="org-cancel-delete"
              disabled={pending}
              autoFocus
              onClick={() => setConfirming(false)}
            >
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <>
            <button
              type="button"
              className="button"
              data-testid="org-edit"
              aria-label={t('organisations.editLabel', { name: organisation.name })}
              onClick={() => onEdit(organisation)}
            >
              {t('organisations.edit')}
            </button>{' '}
            <button
              ref={deleteButton}
              type="button"
              className="button button-quiet"
              data-testid="org-delete"
              aria-label={t('organisations.deleteLabel', { name: organisation.name })}
              onClick={() => setConfirming(true)}
            >
              {t('organisations.delete')}
            </button>
          </>
        )}
        {error !== null && <ErrorNotice error={error} />}
      </td>
    </tr>
  );
}
