import { useTranslation } from 'react-i18next';
import { togglePresentation, usePresentation } from './presentation-store.js';

interface PresentationToggleProps {
  readonly className?: string;
  /** Hidden while presenting: the slim bar has "Salir de la presentación" already (the map toolbar's copy). */
  readonly enterOnly?: boolean;
}

/** "Modo presentación" / "Salir de la presentación": in the map toolbar and the Taller panel. */
export function PresentationToggle({ className = 'button button-small', enterOnly = false }: PresentationToggleProps) {
  const { t } = useTranslation();
  const active = usePresentation();
  if (enterOnly && active) return null;
  return (
    <button
      type="button"
      className={className}
      data-testid="presentation-toggle"
      aria-pressed={active}
      title={t('presentation.shortcuts')}
      onClick={togglePresentation}
    >
      {active ? t('presentation.exit') : t('presentation.enter')}
    </button>
  );
}
