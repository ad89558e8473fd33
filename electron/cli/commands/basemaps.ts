import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import { BUILTIN_BASEMAP } from '../../../shared/domain/basemap.js';
import type { Basemap } from '../../../shared/domain/basemap.js';
import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';

const flag = (ctx: CliContext, name: string): string | undefined =>
  typeof ctx.flags[name] === 'string' ? ctx.flags[name] : undefined;

/** One line per basemap: id, kind, zooms, coverage W,S,E,N, name; the active one marked with *. */
const line = (basemap: Basemap, active: boolean): string =>
  `${active ? '*' : ' '} ${basemap.id}  ${basemap.kind}  z${basemap.minZoom}-${basemap.maxZoom}  ` +
  `${basemap.bounds.map((v) => v.toFixed(4)).join(',')}  ${basemap.name}`;

/**
 * `cafetal basemaps add FILE [--name N]`: an MBTiles, PMTiles or GeoTIFF
 * image copied (or tiled) into the data folder, by path, so files of any size
 * go in. `cafetal basemaps list`: every basemap with its zooms and coverage.
 */
export async function basemapsCommand(ctx: CliContext): Promise<number> {
  const [sub, file] = ctx.args;
  if (sub === 'list') {
    const state = await callOrThrow(ctx.core, 'basemaps.list', {});
    if (ctx.json) ctx.out(JSON.stringify({ active: state.active, basemaps: state.basemaps }, null, 2));
    else {
      // The built-in map first, so the list is never empty and always says which map is in use.
      ctx.out(`${state.active === BUILTIN_BASEMAP ? '*' : ' '} ${BUILTIN_BASEMAP}  Natural Earth`);
      for (const b of state.basemaps) ctx.out(line(b, b.id === state.active));
    }
    return 0;
  }
  if (sub !== 'add' || !file) {
    throw new ApiError('VALIDATION', 'Usage: cafetal basemaps add FILE [--name N] | cafetal basemaps list', {
      flag: 'FILE',
    });
  }
  const name = flag(ctx, 'name');
  const basemap = await callOrThrow(
    ctx.core,
    'basemaps.add',
    { source: { path: path.resolve(file) }, ...(name ? { name } : {}) },
    (done, total) => {
      if (!ctx.json && total) ctx.err(`${Math.round((100 * done) / total)} %`);
    },
  );
  if (ctx.json) ctx.out(JSON.stringify(basemap, null, 2));
  else ctx.out(line(basemap, false).trimStart());
  return 0;
}
