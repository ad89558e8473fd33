import type { FeatureCollection, Polygon } from 'geojson';
import { assessPlot } from '../../../shared/climate/assess-plot.js';
import type { PlotClimateInputs } from '../../../shared/climate/model-inputs.js';
import type { ClimateModelParams } from '../../../shared/climate/model-params.js';
import { hazardLevels } from '../../../shared/domain/hazard.js';
import type { HazardLevel, ModelHazard, ScenarioId } from '../../../shared/domain/hazard.js';
import type { LayerMeta } from '../../../shared/domain/layer.js';
import { demoSectors } from './demo-content.js';
import { demoAltitudeM, demoSlopePct } from './demo-terrain.js';

/** Cells of ≈ 445 m: finer than the relief's shortest wave (1.6 km), coarse enough for a light layer. */
const CELL_DEG = 0.004;
/** Each sector's grid reaches this far from its centre (≈ 4.4 km, past the farthest plot at 3 km). */
const HALF_EXTENT_DEG = 0.04;

const RELIEF_NAME = 'Relieve de demostración (ficticio)';
const CLASS_FIELD = 'nivel';
const SOURCE =
  'DEMO — derivada por Cafetal: modelo climático incorporado (gradiente térmico y umbrales de Configuración) aplicado ' +
  'a un relieve FICTICIO de demostración. No es un mapa oficial.';

export interface DemoLayer {
  fileName: string;
  meta: Partial<LayerMeta> & Pick<LayerMeta, 'name' | 'hazard'>;
  classField: string;
  classMap: Record<string, HazardLevel>;
  geojson: FeatureCollection<Polygon, { nivel: HazardLevel }>;
}

interface LayerSpec {
  fileName: string;
  hazard: ModelHazard;
  scenarioId: ScenarioId;
  meta: DemoLayer['meta'];
}

/**
 * The hazard layers are DERIVED, not drawn by hand: a grid over each sector,
 * and in every cell the built-in model itself (`assessPlot`, with the cell's
 * relief altitude and slope given as a DEM reading) at the organisation's
 * settings. Thermal suitability is the model's thermal level from the
 * lapse-rate temperature; landslide susceptibility its slope classes.
 */
const specs: readonly LayerSpec[] = [
  {
    fileName: 'demo-aptitud-termica-linea-base.geojson',
    hazard: 'thermal',
    scenarioId: 'baseline',
    meta: {
      name: 'DEMO — Riesgo térmico para el café, línea base (derivado del modelo)',
      hazard: 'suitability',
      scenarioId: 'baseline',
      opacity: 0.45,
      visible: true,
    },
  },
  {
    fileName: 'demo-aptitud-termica-2050.geojson',
    hazard: 'thermal',
    scenarioId: '2050_moderate',
    meta: {
      name: 'DEMO — Riesgo térmico para el café, 2050 moderado (derivado del modelo)',
      hazard: 'suitability',
      scenarioId: '2050_moderate',
      opacity: 0.45,
      visible: false,
    },
  },
  {
    fileName: 'demo-susceptibilidad-deslizamientos.geojson',
    hazard: 'landslide',
    scenarioId: 'baseline',
    meta: {
      // A present-day layer (no scenario): it feeds the model's landslide level in every scenario.
      name: 'DEMO — Susceptibilidad a deslizamientos por pendiente (derivada del modelo)',
      hazard: 'landslide',
      scenarioId: null,
      opacity: 0.5,
      visible: false,
    },
  },
];

function cellInputs(lon: number, lat: number): PlotClimateInputs {
  const altitudeM = demoAltitudeM(lon, lat);
  return {
    altitudeM: null,
    altitudeSource: null,
    centroid: [lon, lat],
    variety: '',
    shadePct: null,
    rasters: [
      {
        layerId: 'demo-relief',
        layerName: RELIEF_NAME,
        hazard: 'elevation',
        scenarioId: null,
        stats: { mean: altitudeM, min: altitudeM, max: altitudeM, pixelCount: 1, slopePct: demoSlopePct(lon, lat) },
      },
    ],
    vectors: [],
  };
}

const rectangle = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ].map(([x, y]) => [Math.round((x as number) * 1e6) / 1e6, Math.round((y as number) * 1e6) / 1e6]),
  ],
});

/** One layer's polygons: each grid row's runs of equal level merged into one rectangle. */
function layerFeatures(spec: LayerSpec, params: ClimateModelParams): DemoLayer['geojson']['features'] {
  const features: DemoLayer['geojson']['features'] = [];
  const cells = Math.round((2 * HALF_EXTENT_DEG) / CELL_DEG);
  for (const sector of demoSectors) {
    const west = sector.lon - HALF_EXTENT_DEG;
    const south = sector.lat - HALF_EXTENT_DEG;
    for (let row = 0; row < cells; row += 1) {
      let runStart = 0;
      let runLevel: HazardLevel | null = null;
      for (let col = 0; col <= cells; col += 1) {
        let level: HazardLevel | null = null;
        if (col < cells) {
          const inputs = cellInputs(west + (col + 0.5) * CELL_DEG, south + (row + 0.5) * CELL_DEG);
          const result = assessPlot(inputs, spec.scenarioId, params).results.find((r) => r.hazard === spec.hazard);
          level = result?.level ?? null;
        }
        if (level === runLevel) continue;
        if (runLevel !== null) {
          const geometry = rectangle(
            west + runStart * CELL_DEG,
            south + row * CELL_DEG,
            west + col * CELL_DEG,
            south + (row + 1) * CELL_DEG,
          );
          features.push({ type: 'Feature', geometry, properties: { nivel: runLevel } });
        }
        runStart = col;
        runLevel = level;
      }
    }
  }
  return features;
}

/** The demo's three derived hazard layers, ready for `layers.add` as GeoJSON files. */
export function demoHazardLayers(params: ClimateModelParams): DemoLayer[] {
  const classMap = Object.fromEntries(hazardLevels.map((level) => [level, level])) as Record<string, HazardLevel>;
  return specs.map((spec) => ({
    fileName: spec.fileName,
    meta: { source: SOURCE, date: 'DEMO', licence: 'Datos ficticios de demostración', ...spec.meta },
    classField: CLASS_FIELD,
    classMap,
    geojson: { type: 'FeatureCollection', features: layerFeatures(spec, params) },
  }));
}
