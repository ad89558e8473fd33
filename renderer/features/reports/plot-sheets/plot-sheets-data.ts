import type { CafetalApi } from '../../../../shared/api/client-types.js';
import type { PlotFeatureCollection } from '../../../../shared/api/plots.js';
import type { Organisation } from '../../../../shared/domain/organisation.js';
import type { ProducerRow } from '../../../../shared/domain/producer.js';

export type PlotSheetsScope = 'producer' | 'organisation';

export interface PlotSheetsData {
  readonly scope: PlotSheetsScope;
  readonly organisation: Organisation;
  /** The family whose plots these are (producer scope), null for a whole organisation. */
  readonly producer: ProducerRow | null;
  /** Member codes and places of the families, by producer id. */
  readonly producers: ReadonlyMap<string, ProducerRow>;
  readonly plots: PlotFeatureCollection;
}

/** One family's plots, or every plot of an organisation, with their geometry and the families' details. */
export async function loadPlotSheets(api: CafetalApi, scope: PlotSheetsScope, id: string): Promise<PlotSheetsData> {
  const organisationId = scope === 'organisation' ? id : (await api.producers.get({ id })).organisationId;
  const [organisation, producers, plots] = await Promise.all([
    api.organisations.get({ id: organisationId }),
    api.producers.list({ organisationId }),
    api.plots.features(scope === 'organisation' ? { organisationId } : { producerId: id }),
  ]);
  const byId = new Map(producers.map((producer) => [producer.id, producer]));
  return {
    scope,
    organisation,
    producer: scope === 'producer' ? (byId.get(id) ?? null) : null,
    producers: byId,
    plots,
  };
}
