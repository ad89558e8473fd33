import fc from 'fast-check';
import type { FuzzCase } from '../fuzz-types.js';
import { encodeText, textEncoding } from './values.js';
import { breakXml, breakage, declaration, el, numberText, prolog, textContent, writeXml } from './xml.js';
import type { XmlNode } from './xml.js';

const point = (tag: string): fc.Arbitrary<XmlNode> =>
  fc
    .record(
      { lat: numberText, lon: numberText, ele: numberText, time: fc.string({ maxLength: 25 }), name: textContent },
      { requiredKeys: [] },
    )
    .map(({ lat, lon, ele, time, name }) =>
      el(
        tag,
        [
          ...(ele === undefined ? [] : [el('ele', [ele])]),
          ...(time === undefined ? [] : [el('time', [time])]),
          ...(name === undefined ? [] : [el('name', [name])]),
        ],
        { ...(lat === undefined ? {} : { lat }), ...(lon === undefined ? {} : { lon }) },
      ),
    );

/** A walk around a plot: points of a closed loop near Jaén, as a GPS records it. */
const walk = fc
  .tuple(
    fc.double({ min: -79.2, max: -78.5, noNaN: true }),
    fc.double({ min: -5.8, max: -5.0, noNaN: true }),
    fc.integer({ min: 0, max: 40 }),
  )
  .map(([lon, lat, n]) =>
    Array.from({ length: n }, (_, i) =>
      el('trkpt', [el('ele', [String(1500 + i)])], {
        lat: String(lat + 0.001 * Math.sin((2 * Math.PI * i) / Math.max(1, n - 1))),
        lon: String(lon + 0.001 * Math.cos((2 * Math.PI * i) / Math.max(1, n - 1))),
      }),
    ),
  );

const track = fc
  .record({
    name: textContent,
    segments: fc.array(fc.oneof(walk, fc.array(point('trkpt'), { maxLength: 10 })), { maxLength: 3 }),
  })
  .map(({ name, segments }) => el('trk', [el('name', [name]), ...segments.map((points) => el('trkseg', points))]));

const route = fc.array(point('rtept'), { maxLength: 8 }).map((points) => el('rte', points));

const gpxText = fc
  .record({
    declaration,
    prolog,
    version: fc.constantFrom('1.1', '1.0', '', '9'),
    children: fc.array(fc.oneof(point('wpt'), track, route, fc.constant(el('extensions', [el('x', ['y'])]))), {
      maxLength: 6,
    }),
    broken: breakage,
  })
  .map(({ declaration: decl, prolog: pro, version, children, broken }) => ({
    text: breakXml(
      `${decl}${pro}${writeXml(el('gpx', children, { version, creator: 'Garmin', xmlns: 'http://www.topografix.com/GPX/1/1' }))}`,
      broken,
    ),
    broken,
  }));

/** Generated GPX: waypoints, tracks (closed walks and garbage), routes, odd numbers and encodings, breakage. */
export const generatedGpx: fc.Arbitrary<FuzzCase> = fc
  .record({ gpx: gpxText, encoding: textEncoding })
  .map(({ gpx, encoding }) => ({
    label: `generated GPX (${encoding}${gpx.broken ? `, ${gpx.broken.kind}` : ''})`,
    fileName: 'recorrido.gpx',
    bytes: encodeText(gpx.text, encoding),
  }));
