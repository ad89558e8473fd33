import type { Section } from '../../../shell/routes.js';

/**
 * The `data-tour="…"` marks the tour looks for. Each is set on a real
 * component (the map toolbar, the risk dashboard, the plans list…), so the
 * tour points at what a trainer will click, not at a copy of it.
 */
export type TourTarget =
  | 'map-draw-plot'
  | 'map-side-panel'
  | 'risk-analysis'
  | 'plot-risk-card'
  | 'risk-results'
  | 'plan-proposals'
  | 'plan-new'
  | 'plan-budget'
  | 'plans-table'
  | 'report-generate';

export type TourStepId = 'drawPlot' | 'savePlot' | 'analyseRisk' | 'riskCard' | 'buildPlan' | 'budget' | 'exportPdf';

export interface TourStep {
  readonly id: TourStepId;
  /** The section the step is shown in; the tour opens it when the step starts. */
  readonly section: Section;
  /**
   * Where to point, best first: the first one on screen wins. Later ones are
   * what the page shows before the trainer has done the step's action (the
   * results table before a row's risk card is opened, the plans list before
   * a plan is).
   */
  readonly targets: readonly TourTarget[];
}

/** The training path the issue asks for: map a plot, see its risks, build a plan, export a PDF. */
export const tourSteps: readonly TourStep[] = [
  { id: 'drawPlot', section: 'mapa', targets: ['map-draw-plot'] },
  { id: 'savePlot', section: 'mapa', targets: ['map-side-panel'] },
  { id: 'analyseRisk', section: 'riesgos', targets: ['risk-analysis'] },
  { id: 'riskCard', section: 'riesgos', targets: ['plot-risk-card', 'risk-results'] },
  { id: 'buildPlan', section: 'planes', targets: ['plan-proposals', 'plan-new'] },
  { id: 'budget', section: 'planes', targets: ['plan-budget', 'plans-table'] },
  { id: 'exportPdf', section: 'informes', targets: ['report-generate'] },
];

/** The CSS selector for a mark: `[data-tour="map-draw-plot"]`. */
export const tourSelector = (target: TourTarget): string => `[data-tour="${target}"]`;
