import { assertOwnDataOpen } from '../basemaps/laptop-basemaps.js';
import type { OutputOf, ParsedInputOf, ProcedureName } from '../../../shared/api/contract.js';
import { addBasemap } from '../basemaps/add-basemap.js';
import { basemapState, removeBasemap, setActiveBasemap, setHillshadeLayer } from '../basemaps/basemap-service.js';
import { renameBasemap } from '../basemaps/basemaps-store.js';
import { inspectBasemap } from '../basemaps/inspect-basemap.js';
import { refuseWhileDemoOpen } from '../backups/backup-refusal.js';
import { createBackup, listBackups } from '../backups/backups.js';
import { demoStatus, leaveDemo, loadDemo, resetDemo } from '../demo/demo-workspace.js';
import { listConflicts, resolveConflict } from '../sync/conflicts-store.js';
import { exchangeStatus, renameThisDevice } from '../sync/exchange-status.js';
import { downloadPackage, writePackage } from '../sync/export-package.js';
import { importPackage } from '../sync/import-package.js';
import { downloadBackup, writeBackupTo } from '../backups/backup-to-file.js';
import { inspectBackup } from '../backups/inspect-backup.js';
import { restoreBackup } from '../backups/restore-backup.js';
import { quitFromRecovery } from '../recovery/recovery-handlers.js';
import { recoveryStatus } from '../recovery/recovery-status.js';
import { restoreDamaged } from '../recovery/restore-damaged.js';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  removeOrganisation,
  updateOrganisation,
} from '../organisations/organisations-store.js';
import { downloadExport, writeExport } from '../export/export-service.js';
import { commitImport, openImport, previewImport } from '../import/import-service.js';
import { addLayer } from '../layers/add-layer.js';
import { inspectLayer } from '../layers/inspect-layer.js';
import { layerFeatures, layerImage, layerValuesAt } from '../layers/layer-display.js';
import { removeLayer } from '../layers/layer-service.js';
import { listLayers, reorderLayers, updateLayer } from '../layers/layers-store.js';
import { withIncome } from '../plans/income-figures.js';
import { listIncomeProfiles, removeIncomeProfile, saveIncomeProfile } from '../plans/income-store.js';
import { createMeasure, listMeasures, measureHistory, removeMeasure, updateMeasure } from '../plans/measures-store.js';
import { addAction, addProgress, removeAction, updateAction } from '../plans/plan-actions.js';
import { planFigures } from '../plans/plan-figures.js';
import { listPlans } from '../plans/plan-list.js';
import { proposeMeasures } from '../plans/plan-proposals.js';
import { approvePlan, createPlan, getPlan, newPlanVersion, removePlan, updatePlan } from '../plans/plans-store.js';
import { plotFeatures } from '../plots/plot-features.js';
import { downloadReport, writeReport } from '../reports/report-service.js';
import {
  checkPlot,
  createPlot,
  getPlot,
  listPlots,
  removePlot,
  restorePlot,
  updatePlot,
} from '../plots/plots-store.js';
import {
  createProducer,
  getProducer,
  listProducers,
  setProducerDeleted,
  updateProducer,
} from '../producers/producers-store.js';
import { analyseRisk } from '../risk/analyse-risk.js';
import { plotRiskCard, riskResults, riskStatus, riskSummary } from '../risk/risk-queries.js';
import { readSettings, updateSettings } from '../settings/settings-store.js';
import { systemInfo } from '../system/system-info.js';
import type { CoreContext } from './core-context.js';
import type { JobContext } from './job-context.js';

export type Handler<P extends ProcedureName> = (
  input: ParsedInputOf<P>,
  core: CoreContext,
  job: JobContext,
) => OutputOf<P> | Promise<OutputOf<P>>;

/** One handler per contract procedure; the type makes a missing one a compile error. */
export type Handlers = { [P in ProcedureName]: Handler<P> };

export const handlers: Handlers = {
  'system.info': (_input, core) => systemInfo(core.db, core.dataDir, core.workspace.kind),

  'settings.get': (_input, core) => readSettings(core.db),
  'settings.update': (patch, core) => updateSettings(core.db, patch),

  'organisations.list': ({ includeDeleted }, core) => listOrganisations(core.db, includeDeleted),
  'organisations.get': ({ id }, core) => getOrganisation(core.db, id),
  'organisations.create': (fields, core) => createOrganisation(core.db, fields),
  'organisations.update': ({ id, patch }, core) => updateOrganisation(core.db, id, patch),
  'organisations.remove': ({ id }, core) => removeOrganisation(core.db, id),

  'producers.list': ({ organisationId, includeDeleted }, core) =>
    listProducers(core.db, organisationId, includeDeleted),
  'producers.get': ({ id }, core) => getProducer(core.db, id),
  'producers.create': (fields, core) => createProducer(core.db, fields),
  'producers.update': ({ id, patch }, core) => updateProducer(core.db, id, patch),
  'producers.remove': ({ id }, core) => setProducerDeleted(core.db, id, true),
  'producers.restore': ({ id }, core) => setProducerDeleted(core.db, id, false),

  'plots.list': (filter, core) => listPlots(core.db, filter),
  'plots.features': (filter, core) => plotFeatures(core.db, filter),
  'plots.get': ({ id }, core) => getPlot(core.db, id),
  'plots.validate': ({ geometry, producerId, declaredAreaHa, plotId }, core) => {
    const {
      geometry: normalised,
      measures,
      issues,
      overlaps,
    } = checkPlot(core.db, { geometry, producerId, declaredAreaHa }, plotId ?? null);
    return { geometry: normalised, measures, issues, overlaps };
  },
  'plots.create': (fields, core) => createPlot(core.db, fields),
  'plots.update': ({ id, patch }, core) => updatePlot(core.db, id, patch),
  'plots.remove': ({ id }, core) => removePlot(core.db, id),
  'plots.restore': ({ id }, core) => restorePlot(core.db, id),

  'imports.open': (input, core, job) => openImport(core, input, job),
  'imports.preview': (options, core, job) => previewImport(core, options, job),
  'imports.commit': (options, core, job) => commitImport(core, options, job),
  'imports.close': ({ importId }, core) => ({ closed: core.imports.close(importId) }),

  'exports.write': (input, core, job) => writeExport(core, input, job),
  'exports.download': (input, core, job) => downloadExport(core, input, job),

  'layers.list': (_input, core) => listLayers(core.db),
  'layers.inspect': ({ source }, _core, job) => inspectLayer(source, job),
  'layers.add': (input, core, job) => addLayer(core, input, job),
  'layers.update': ({ id, patch }, core) => updateLayer(core.db, id, patch),
  'layers.reorder': ({ ids }, core) => reorderLayers(core.db, ids),
  'layers.remove': ({ id }, core) => removeLayer(core, id),
  'layers.features': ({ id }, core) => layerFeatures(core, id),
  'layers.image': ({ id }, core) => layerImage(core, id),
  'layers.valueAt': ({ lon, lat }, core) => layerValuesAt(core, lon, lat),

  'basemaps.list': (_input, core) => basemapState(core),
  'basemaps.inspect': ({ source }, core, job) => inspectBasemap(core, source, job),
  'basemaps.add': (input, core, job) => addBasemap(core, input, job),
  'basemaps.update': ({ id, name }, core) => {
    assertOwnDataOpen(core);
    return renameBasemap(core.db, id, name);
  },
  'basemaps.remove': ({ id }, core) => removeBasemap(core, id),
  'basemaps.setActive': ({ id }, core) => setActiveBasemap(core, id),
  'basemaps.setHillshade': ({ layerId }, core) => setHillshadeLayer(core, layerId),

  'risk.status': ({ organisationId }, core) => riskStatus(core.db, organisationId),
  'risk.analyse': (input, core, job) => analyseRisk(core, input, job),
  'risk.results': ({ organisationId, scenarioId }, core) => riskResults(core.db, organisationId, scenarioId),
  'risk.summary': ({ organisationId }, core) => riskSummary(core.db, organisationId),
  'risk.plot': ({ plotId }, core) => plotRiskCard(core.db, plotId),

  'measures.list': ({ organisationId, includeArchived }, core) =>
    listMeasures(core.db, organisationId, includeArchived),
  'measures.create': ({ organisationId, fields }, core) => createMeasure(core.db, organisationId, fields),
  'measures.update': ({ id, fields }, core) => updateMeasure(core.db, id, fields),
  'measures.remove': ({ id }, core) => removeMeasure(core.db, id),
  'measures.history': ({ id }, core) => measureHistory(core.db, id),

  'plans.list': ({ organisationId, producerId }, core) => listPlans(core.db, organisationId, producerId),
  'plans.get': ({ id }, core) => getPlan(core.db, id),
  'plans.create': (fields, core) => createPlan(core.db, fields),
  'plans.update': ({ id, patch }, core) => updatePlan(core.db, id, patch),
  'plans.remove': ({ id }, core) => removePlan(core.db, id),
  'plans.propose': ({ id }, core) => proposeMeasures(core.db, id),
  'plans.addAction': ({ planId, fields }, core) => addAction(core.db, planId, fields),
  'plans.updateAction': ({ id, patch }, core) => updateAction(core.db, id, patch),
  'plans.removeAction': ({ id }, core) => removeAction(core.db, id),
  'plans.addProgress': (input, core) => addProgress(core.db, input),
  'plans.approve': ({ id, approvedBy }, core) => approvePlan(core.db, id, approvedBy),
  'plans.newVersion': ({ id }, core) => newPlanVersion(core.db, id),
  'plans.figures': ({ id, today }, core) => planFigures(core.db, id, today ?? new Date().toISOString().slice(0, 10)),

  'income.list': ({ producerId }, core) => listIncomeProfiles(core.db, producerId).map((p) => withIncome(core.db, p)),
  'income.save': (fields, core) => withIncome(core.db, saveIncomeProfile(core.db, fields)),
  'income.remove': ({ id }, core) => removeIncomeProfile(core.db, id),

  'reports.write': (input, core, job) => writeReport(core, input, job),
  'reports.download': (input, core, job) => downloadReport(core, input, job),

  'backups.list': (_input, core) => listBackups(core.backupDir),
  'backups.create': (_input, core, job) => {
    refuseWhileDemoOpen(core);
    return createBackup(core.db, core.backupDir, job);
  },
  'backups.write': ({ path }, core, job) => writeBackupTo(core, path, job),
  'backups.download': (_input, core, job) => downloadBackup(core, job),
  'backups.inspect': ({ source }, core, job) => inspectBackup(core, source, job),
  'backups.restore': ({ source, confirm }, core, job) => restoreBackup(core, source, { confirm }, job),
  'recovery.status': (_input, core) => recoveryStatus(core),
  'recovery.restore': ({ source }, core, job) => restoreDamaged(core, source, job),
  'recovery.quit': (_input, core) => quitFromRecovery(core),

  'demo.status': (_input, core) => demoStatus(core),
  'demo.load': (_input, core, job) => loadDemo(core, job),
  'demo.reset': (_input, core, job) => resetDemo(core, job),
  'demo.leave': (_input, core) => leaveDemo(core),

  'exchange.status': (_input, core) => exchangeStatus(core),
  'exchange.renameDevice': ({ name }, core) => renameThisDevice(core, name),
  'exchange.write': (input, core, job) => writePackage(core, input, job),
  'exchange.download': (input, core, job) => downloadPackage(core, input, job),
  'exchange.inspect': ({ source }, core, job) => importPackage(core, source, false, job),
  'exchange.import': ({ source }, core, job) => importPackage(core, source, true, job),
  'exchange.conflicts': (_input, core) => listConflicts(core.db, core.device.name),
  'exchange.resolve': (input, core) => resolveConflict(core.db, input),

  'jobs.cancel': ({ callId }, core) => ({ cancelled: core.jobs.cancel(callId) }),
};
