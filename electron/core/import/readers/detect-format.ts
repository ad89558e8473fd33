import type { SourceFormat } from '../source-types.js';
import { unreadable } from './unreadable.js';
import { xmlRootName } from './xml.js';
import { extensionOf, zipPaths } from './zip.js';

const byExtension: Record<string, SourceFormat> = {
  geojson: 'geojson',
  json: 'geojson',
  kml: 'kml',
  kmz: 'kmz',
  gpx: 'gpx',
  zip: 'shapefile',
  shp: 'shapefile',
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  gpkg: 'gpkg',
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const SQLITE = [...'SQLite format 3\0'].map((c) => c.charCodeAt(0));
const SHP = [0x00, 0x00, 0x27, 0x0a];

/**
 * The format by content first — files travel by WhatsApp and USB sticks and
 * lose or change their names ("lotes.kml.txt", "parcelas(1)") — then by
 * extension. A format picked by extension whose content does not match is
 * refused by its reader with a precise reason (BAD_JSON, NOT_GPX…).
 */
export function detectFormat(fileName: string, bytes: Uint8Array): SourceFormat {
  const extension = extensionOf(fileName);
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return zipFormat(bytes, extension);
  if (startsWith(bytes, SQLITE)) return 'gpkg';
  if (startsWith(bytes, SHP)) {
    throw unreadable('NOT_A_ZIP', 'A shapefile needs its .shp, .dbf and .prj together: zip them and import the zip.', {
      problem: 'BARE_SHP',
    });
  }
  const head = headText(bytes);
  const trimmed = head.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('<')) {
    const root = xmlRootName(trimmed);
    if (root === 'kml' || root === 'gpx') return root;
  } else if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return 'geojson';
  }
  const known = byExtension[extension];
  if (known) return known;
  if (looksLikeTable(head)) return 'csv';
  throw unreadable(
    'UNKNOWN_FORMAT',
    'The file is not in a format Cafetal reads (GeoJSON, KML, KMZ, GPX, zipped shapefile, CSV, GeoPackage).',
    {
      extension,
    },
  );
}

/** A zip is a KMZ when it holds a .kml, a shapefile when it holds a .shp; else its name decides. */
function zipFormat(bytes: Uint8Array, extension: string): SourceFormat {
  const extensions = new Set(zipPaths(bytes).map(extensionOf));
  if (extension === 'kmz') return 'kmz';
  if (extensions.has('shp')) return 'shapefile';
  if (extensions.has('kml')) return 'kmz';
  return 'shapefile';
}

/** The first 4 KB as text: UTF-16 when a byte-order mark says so, else read byte by byte (enough to sniff). */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  if (startsWith(head, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head);
  if (startsWith(head, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head);
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
}

/** Printable text with a delimiter on its first line: a CSV that lost its extension. */
function looksLikeTable(head: string): boolean {
  // Control characters other than tab, CR and LF mean binary data.
  for (let i = 0; i < head.length; i += 1) {
    const code = head.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return false;
  }
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  return /[,;\t]/.test(firstLine) && /\r?\n/.test(head);
}
