import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import { levelFromLabel } from '../../../shared/domain/class-map-suggest.js';
import { hazardLevels, layerHazardTypes, scenarioIds } from '../../../shared/domain/hazard.js';
import type { HazardLevel } from '../../../shared/domain/hazard.js';
import { colourRamps } from '../../../shared/domain/layer.js';
import type { ClassMap, Layer } from '../../../shared/domain/layer.js';
import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';

const flag = (ctx: CliContext, name: string): string | undefined =>
  typeof ctx.flags[name] === 'string' ? ctx.flags[name] : undefined;

/** `--map "Muy alta=Muy alto"`: the level by its code (muy_alto) or its name in either language. */
function parseLevel(text: string): HazardLevel | null {
  const code = text.trim().toLowerCase().replace(/\s+/g, '_');
  return (hazardLevels as readonly string[]).includes(code) ? (code as HazardLevel) : levelFromLabel(text);
}

function parseClassMap(values: readonly string[]): ClassMap {
  const map: ClassMap = {};
  for (const pair of values) {
    const eq = pair.lastIndexOf('=');
    const level = eq > 0 ? parseLevel(pair.slice(eq + 1)) : null;
    if (eq < 1 || !level) {
      throw new ApiError('VALIDATION', '--map takes value=Level, Level one of Bajo, Medio, Alto, Muy alto.', {
        flag: 'map',
        value: pair,
      });
    }
    map[pair.slice(0, eq)] = level;
  }
  return map;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ApiError('VALIDATION', `--${name} takes one of: ${allowed.join(', ')}.`, { flag: name, value });
  }
  return value as T;
}

const layerSummary = (layer: Layer) => ({
  id: layer.id,
  name: layer.name,
  kind: layer.kind,
  hazard: layer.hazard,
  scenarioId: layer.scenarioId,
  featureCount: layer.featureCount,
  classField: layer.classField,
  classMap: layer.classMap,
  raster: layer.raster,
  version: layer.version,
});

/**
 * `cafetal layers add FILE --hazard TYPE [--class-field F --map v=Level …] [--name N] [--source S]
 *  [--date D] [--licence L] [--scenario ID] [--unit U] [--ramp R] [--crs EPSG:n]`, `cafetal layers list`.
 * Without --map, a vector layer's classes are mapped as the app suggests ("Muy alta" → Muy alto, 1…5…).
 */
export async function layersCommand(ctx: CliContext): Promise<number> {
  const [sub, file] = ctx.args;
  if (sub === 'list') {
    const layers = await callOrThrow(ctx.core, 'layers.list', {});
    if (ctx.json) ctx.out(JSON.stringify(layers.map(layerSummary), null, 2));
    else for (const l of layers) ctx.out(`${l.id}  ${l.kind}  ${l.hazard}  ${l.name}`);
    return 0;
  }
  if (sub !== 'add' || !file) {
    throw new ApiError('VALIDATION', 'Usage: cafetal layers add FILE --hazard TYPE | cafetal layers list', {
      flag: 'FILE',
    });
  }
  const hazard = oneOf('hazard', flag(ctx, 'hazard'), layerHazardTypes);
  if (!hazard)
    throw new ApiError('VALIDATION', `--hazard is required: ${layerHazardTypes.join(', ')}.`, { flag: 'hazard' });
  const source = { path: path.resolve(file) };
  const inspection = await callOrThrow(ctx.core, 'layers.inspect', { source });
  const classField = flag(ctx, 'class-field') ?? inspection.suggestedClassField;
  if (inspection.kind === 'vector' && classField && !inspection.columns.includes(classField)) {
    throw new ApiError('VALIDATION', `The file has no attribute "${classField}": ${inspection.columns.join(', ')}.`, {
      flag: 'class-field',
      value: classField,
    });
  }
  const mapFlags = Array.isArray(ctx.flags.map) ? ctx.flags.map : [];
  const classMap =
    mapFlags.length > 0 ? parseClassMap(mapFlags) : classField ? (inspection.suggestedMaps[classField] ?? {}) : {};
  const crs = flag(ctx, 'crs');
  const layer = await callOrThrow(ctx.core, 'layers.add', {
    source,
    meta: {
      name: flag(ctx, 'name') ?? path.basename(file).replace(/\.[^.]+$/, ''),
      hazard,
      source: flag(ctx, 'source') ?? '',
      date: flag(ctx, 'date') ?? '',
      licence: flag(ctx, 'licence') ?? '',
      scenarioId: oneOf('scenario', flag(ctx, 'scenario'), scenarioIds) ?? null,
      unit: flag(ctx, 'unit') ?? '',
      ramp: oneOf('ramp', flag(ctx, 'ramp'), colourRamps) ?? (hazard === 'elevation' ? 'elevation' : 'viridis'),
    },
    classField: inspection.kind === 'vector' ? (classField ?? null) : null,
    classMap: inspection.kind === 'vector' ? classMap : {},
    crsCode: crs ? Number(/(\d{4,5})$/.exec(crs)?.[1]) : null,
  });
  if (ctx.json) ctx.out(JSON.stringify(layerSummary(layer), null, 2));
  else {
    ctx.out(
      `${layer.id}  ${layer.kind}  ${layer.hazard}  ${layer.name}  (${layer.featureCount || layer.raster?.width})`,
    );
    const unmapped = (inspection.values[classField ?? ''] ?? []).filter((v) => !(v.value in layer.classMap));
    for (const v of unmapped) ctx.err(`"${v.value}" (${v.count}): sin nivel / no level`);
  }
  return 0;
}
