import fs from 'node:fs';
import type { ApiResult } from '../../../shared/api/errors.js';
import type { OutputOf } from '../../../shared/api/contract.js';
import { rasterPaths } from '../../../electron/core/raster/raster-files.js';
import type { CaseOutcome, FuzzCase } from '../fuzz-types.js';
import { databaseDigest, folderListing, rowCounts } from '../db-digest.js';
import { firstProblem, judgeRefusal, mismatch } from './check.js';
import type { FuzzWorld } from './fuzz-world.js';

/**
 * A GeoTIFF as a hazard layer: `layers.inspect` writes nothing; `layers.add`
 * either refuses with the database and the layers folder as before, or
 * stores one layer row whose raster files are all there, and which draws.
 */
export async function fuzzHazardLayer(world: FuzzWorld, input: FuzzCase): Promise<CaseOutcome> {
  const before = databaseDigest(world.db);
  const filesBefore = folderListing(world.layersDir);
  const source = { fileName: input.fileName, dataBase64: Buffer.from(input.bytes).toString('base64') };
  const unchanged = (step: string): string | null =>
    firstProblem(
      databaseDigest(world.db) !== before ? `${step}: the database changed` : null,
      folderListing(world.layersDir) !== filesBefore ? `${step}: files were left in the layers folder` : null,
    );

  const inspected = (await world.call('layers.inspect', { source })) as ApiResult<OutputOf<'layers.inspect'>>;
  const inspectProblem = firstProblem(
    inspected.ok ? null : judgeRefusal(inspected.error).problem,
    unchanged('layers.inspect'),
  );
  if (inspectProblem)
    return { verdict: inspected.ok ? 'accepted' : 'refused', failure: `layers.inspect: ${inspectProblem}` };

  const count = rowCounts(world.db, ['layers']).layers ?? 0;
  const added = (await world.call('layers.add', {
    source,
    meta: { name: 'Capa de prueba', hazard: 'elevation', unit: 'm' },
  })) as ApiResult<OutputOf<'layers.add'>>;
  if (!added.ok) {
    const { key, problem } = judgeRefusal(added.error);
    const failure = firstProblem(
      problem && `layers.add: ${problem}`,
      unchanged(`layers.add refused (${key})`),
      inspected.ok ? `layers.inspect accepted the file but layers.add refused it (${key})` : null,
    );
    return failure ? { verdict: 'refused', refusal: key, failure } : { verdict: 'refused', refusal: key };
  }
  world.accepted += 1;
  const layer = added.value;
  const paths = rasterPaths(world.core.context.dataDir, layer.id);
  const f32Bytes = fs.existsSync(paths.f32) ? fs.statSync(paths.f32).size : -1;
  const drawn = await world.call('layers.image', { id: layer.id });
  const failure = firstProblem(
    inspected.ok
      ? null
      : `layers.inspect refused the file (${judgeRefusal(inspected.error).key}) but layers.add accepted it`,
    mismatch('layer rows', 1, (rowCounts(world.db, ['layers']).layers ?? 0) - count),
    layer.kind === 'raster' && layer.raster
      ? mismatch('raster grid bytes', layer.raster.width * layer.raster.height * 4, f32Bytes)
      : `a GeoTIFF was added as a ${layer.kind} layer`,
    fs.existsSync(paths.grid) && fs.existsSync(paths.tif) ? null : 'raster files missing after layers.add',
    drawn.ok ? null : `the added layer does not draw: ${judgeRefusal(drawn.error).problem ?? drawn.error.code}`,
  );
  return failure ? { verdict: 'accepted', failure } : { verdict: 'accepted' };
}
