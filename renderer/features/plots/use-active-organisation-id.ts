import { useActiveOrganisation } from '../../shell/active-organisation.js';

export interface ActiveOrganisation {
  /** False until the choice is known: the map waits rather than loading every plot first. */
  readonly known: boolean;
  /** Null shows every organisation's plots. */
  readonly organisationId: string | null;
}

/**
 * The map's view of the shell's active organisation (renderer/shell/
 * active-organisation.tsx, persisted in `settings.activeOrganisationId`).
 * A core that cannot answer counts as known: the map then shows all plots.
 */
export function useActiveOrganisationId(): ActiveOrganisation {
  const { status, organisationId } = useActiveOrganisation();
  return { known: status !== 'loading', organisationId };
}
