import type { FeatureVerdict } from '../../../shared/domain/import.js';
import { findNeighbourIssues } from '../plots/plot-overlaps.js';
import { insertCheckedPlot } from '../plots/plots-store.js';
import { createProducer } from '../producers/producers-store.js';
import type { Store } from '../store/open-store.js';
import { newId, nowIso } from '../store/rows.js';
import { rememberMapping } from './import-mapping.js';
import type { ImportSession } from './import-sessions.js';
import { countVerdicts } from './plan-import.js';
import type { ImportOptions, ImportPlan } from './plan-import.js';

export interface ImportOutcome {
  runId: string;
  verdicts: FeatureVerdict[];
  producersCreated: number;
}

/**
 * Writes a planned import in ONE synchronous transaction: producers, plots,
 * their R*Tree boxes and overlaps (now also between plots of the same file),
 * the remembered mapping and the run log. Any error rolls all of it back, so
 * the database is exactly as before; a crash mid-way leaves nothing either.
 */
export function writeImport(
  db: Store,
  session: ImportSession,
  options: ImportOptions,
  plan: ImportPlan,
): ImportOutcome {
  const verdicts = plan.verdicts.map((v) => ({ ...v, reasons: [...v.reasons] }));
  const runId = newId();
  db.transaction(() => {
    const producerIds = new Map<string, string>();
    for (const producer of plan.producersToCreate) {
      const created = createProducer(db, {
        organisationId: options.organisationId,
        memberCode: producer.memberCode,
        names: producer.names,
        dni: producer.dni,
        gender: 'no_indica',
        birthYear: null,
        householdSize: null,
        phone: '',
        community: '',
        district: '',
        certifications: [],
        notes: `Creado al importar ${session.fileName}`,
      });
      producerIds.set(producer.key, created.id);
    }
    for (const planned of plan.plots) {
      const producerId = planned.producer.existingId ?? producerIds.get(planned.producer.key);
      if (!producerId) throw new Error(`Producer ${planned.producer.key} was not created`);
      // Plots of this same file are in the R*Tree by now: overlaps between them are found too.
      const neighbours = findNeighbourIssues(
        db,
        planned.check.geometry,
        planned.check.geometryHash,
        planned.check.measures.bbox,
        null,
      );
      const fresh = neighbours.overlaps.filter(
        (o) => !planned.check.overlaps.some((known) => known.plotId === o.plotId),
      );
      const check = {
        ...planned.check,
        issues: [
          ...planned.check.issues,
          ...neighbours.issues.filter(
            (i) => i.code === 'OVERLAP' && fresh.some((o) => o.plotName === i.params.otherPlotName),
          ),
        ],
        overlaps: [...planned.check.overlaps, ...fresh],
      };
      insertCheckedPlot(db, { ...planned.fields, producerId }, check);
      const verdict = verdicts[planned.verdictIndex];
      if (verdict && fresh.length > 0) {
        for (const o of fresh)
          verdict.reasons.push({
            code: 'OVERLAP',
            level: 'warning',
            params: { otherPlotName: o.plotName, producerName: o.producerName, overlapHa: o.overlapHa },
          });
        verdict.verdict = 'warnings';
      }
    }
    rememberMapping(db, options.organisationId, session.source.columns, options.mapping);
    const counts = countVerdicts(verdicts, plan.producersToCreate.length);
    db.prepare(
      `INSERT INTO import_runs (id, organisation_id, file_name, format, crs, imported, warnings, rejected, unchanged, producers_created, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      runId,
      options.organisationId,
      session.fileName,
      session.source.format,
      plan.crs.name,
      counts.imported,
      counts.warnings,
      counts.rejected,
      counts.unchanged,
      plan.producersToCreate.length,
      nowIso(),
    );
  })();
  return { runId, verdicts, producersCreated: plan.producersToCreate.length };
}
