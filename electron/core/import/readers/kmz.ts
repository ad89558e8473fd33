import type { SourceData } from '../source-types.js';
import { readKml } from './kml.js';
import { unreadable } from './unreadable.js';
import { extensionOf, unzipFiles, zipPaths } from './zip.js';

/**
 * KMZ is a zip with the KML inside (KML 2.2 Annex C): "doc.kml" at the root
 * by convention, but tools also write "files/Plots.KML" or a single kml with
 * the layer's name. Images and models in the zip are not read.
 */
export function readKmz(bytes: Uint8Array): SourceData {
  const kmlPaths = zipPaths(bytes).filter((path) => extensionOf(path) === 'kml');
  const chosen = kmlPaths.find((path) => path.toLowerCase() === 'doc.kml') ?? kmlPaths[0];
  if (chosen === undefined) throw unreadable('KMZ_WITHOUT_KML', 'The KMZ holds no .kml file.');
  const kml = unzipFiles(bytes, (path) => path === chosen).get(chosen);
  if (kml === undefined) throw unreadable('KMZ_WITHOUT_KML', 'The KMZ holds no .kml file.');
  return readKml(kml, 'kmz');
}
