import { ApiError } from '../../shared/api/errors.js';
import type { Core } from '../../electron/core/create-core.js';
import { writeGeoTiff } from '../../electron/core/raster/write-geotiff.js';
import { geoTransformOf } from '../../electron/core/raster/raster-grid.js';

/** Calls a procedure and returns its value; the fuzzer's own set-up must not fail. */
export async function must<T = unknown>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw ApiError.fromPayload(result.error);
  return result.value as T;
}

/** A square plot of `sideDeg` degrees with its south-west corner at lon, lat. */
export function squarePlot(lon: number, lat: number, sideDeg = 0.001) {
  return {
    type: 'Polygon' as const,
    coordinates: [
      [
        [lon, lat],
        [lon + sideDeg, lat],
        [lon + sideDeg, lat + sideDeg],
        [lon, lat + sideDeg],
        [lon, lat],
      ],
    ],
  };
}

/** A 20 × 15 Float32 grid over San Ignacio (EPSG:4326), values rising to the east, one noData pixel. */
export function sampleGeoTiff(): Uint8Array {
  const width = 20;
  const height = 15;
  const values = Float32Array.from(
    { length: width * height },
    (_, i) => 1200 + (i % width) * 10 + Math.floor(i / width),
  );
  values[7] = -9999;
  return writeGeoTiff({
    width,
    height,
    values,
    geoTransform: geoTransformOf(-79.0, -5.1, 0.001, -0.001),
    crsCode: 4326,
    noData: -9999,
  });
}

/**
 * A small organisation as a cooperative keeps it: producers (one whose name is
 * hostile text), plots with their attributes, a farm plan, a vector hazard
 * layer and a raster layer. Exported in every format and packaged, these
 * are the fuzzer's "files Cafetal itself wrote".
 */
export async function populate(core: Core): Promise<{ organisationId: string }> {
  const organisation = await must<{ id: string }>(core, 'organisations.create', {
    name: 'Cooperativa Agraria Frontera San Ignacio',
    type: 'cooperativa',
  });
  const names = ['Rosa Huamán Tocto', "'); DROP TABLE plots;-- <img src=x onerror=alert(1)>", 'José Ñique Díaz'];
  const producers: { id: string }[] = [];
  for (const [i, names_] of names.entries()) {
    producers.push(
      await must<{ id: string }>(core, 'producers.create', {
        organisationId: organisation.id,
        memberCode: `F-00${i + 1}`,
        names: names_,
        dni: `4012345${i}`,
      }),
    );
  }
  for (let i = 0; i < 5; i += 1) {
    await must(core, 'plots.create', {
      producerId: (producers[i % producers.length] as { id: string }).id,
      name: i === 4 ? '<script>alert("parcela")</script>' : `Parcela ${i + 1} — El Mirador`,
      geometry: squarePlot(-78.99 + i * 0.004, -5.15, 0.001 + i * 0.0003),
      variety: i % 2 === 0 ? 'Caturra' : 'Catimor',
      plantingYear: 2015 + i,
      altitudeM: 1500 + i * 40,
      notes: i === 2 ? 'Sombra de guaba\u200B; linda con el río' : '',
    });
  }
  await must(core, 'plans.create', {
    organisationId: organisation.id,
    kind: 'farm',
    producerId: (producers[0] as { id: string }).id,
    title: 'Plan de finca 2026–2030',
    startYear: 2026,
    endYear: 2030,
  });
  const hazard = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { nivel: 'Muy Alta' }, geometry: squarePlot(-79.0, -5.16, 0.02) },
      { type: 'Feature', properties: { nivel: 'Baja' }, geometry: squarePlot(-78.98, -5.16, 0.02) },
    ],
  };
  await must(core, 'layers.add', {
    source: { fileName: 'susceptibilidad.geojson', dataBase64: Buffer.from(JSON.stringify(hazard)).toString('base64') },
    meta: { name: 'Susceptibilidad a movimientos en masa', hazard: 'landslide' },
    classField: 'nivel',
    classMap: { 'Muy Alta': 'muy_alto', Baja: 'bajo' },
  });
  await must(core, 'layers.add', {
    source: { fileName: 'dem.tif', dataBase64: Buffer.from(sampleGeoTiff()).toString('base64') },
    meta: { name: 'Altitud', hazard: 'elevation', unit: 'm', ramp: 'elevation' },
  });
  return { organisationId: organisation.id };
}
