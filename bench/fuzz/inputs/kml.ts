import fc from 'fast-check';
import { zipSync } from 'fflate';
import type { FuzzCase } from '../fuzz-types.js';
import { encodeText, ring, textEncoding, attributeName } from './values.js';
import { breakXml, breakage, declaration, el, entityUse, numberText, prolog, textContent, writeXml } from './xml.js';
import type { XmlNode } from './xml.js';

/** KML coordinates text: "lon,lat[,alt]" tuples separated by spaces or newlines, or garbage. */
const coordinatesText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(ring, fc.constantFrom(' ', '\n', '  \t', ' , '))
      .map(([points, sep]) => points.map((p) => p.map(String).join(',')).join(sep)),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.array(numberText, { maxLength: 4 }), { maxLength: 8 })
      .map((t) => t.map((p) => p.join(',')).join(' ')),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', ',,,', '-78.9', '-78.9,-5.1,,,', 'NaN,NaN') },
);

const coordinates = coordinatesText.map((text) => el('coordinates', [text]));

const polygon = fc
  .tuple(coordinates, fc.array(coordinates, { maxLength: 2 }))
  .map(([outer, inners]) =>
    el('Polygon', [
      el('outerBoundaryIs', [el('LinearRing', [outer])]),
      ...inners.map((inner) => el('innerBoundaryIs', [el('LinearRing', [inner])])),
    ]),
  );

const simpleGeometry: fc.Arbitrary<XmlNode> = fc.oneof(
  { weight: 5, arbitrary: polygon },
  { weight: 1, arbitrary: coordinates.map((c) => el('Point', [c])) },
  { weight: 1, arbitrary: coordinates.map((c) => el('LineString', [c])) },
  { weight: 1, arbitrary: coordinates.map((c) => el('LinearRing', [c])) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(fc.string({ maxLength: 20 }), fc.array(fc.oneof(numberText), { maxLength: 3 })), { maxLength: 5 })
      .map((points) =>
        el(
          'gx:Track',
          points.flatMap(([when, coord]) => [el('when', [when]), el('gx:coord', [coord.join(' ')])]),
        ),
      ),
  },
);

const geometry = fc.oneof(
  { weight: 6, arbitrary: simpleGeometry },
  { weight: 1, arbitrary: fc.array(simpleGeometry, { maxLength: 4 }).map((parts) => el('MultiGeometry', parts)) },
);

const extendedData = fc.array(fc.tuple(attributeName, textContent), { maxLength: 5 }).map((pairs) =>
  el(
    'ExtendedData',
    pairs.map(([name, value]) => el('Data', [el('value', [value])], { name })),
  ),
);

const placemark = fc
  .record(
    {
      name: textContent,
      description: fc.tuple(textContent, fc.boolean()),
      data: extendedData,
      geometry,
      entity: entityUse,
    },
    { requiredKeys: [] },
  )
  .map(({ name, description, data, geometry: g, entity }) =>
    el('Placemark', [
      ...(name === undefined ? [] : [el('name', [name])]),
      ...(description === undefined
        ? []
        : [{ tag: 'description', children: [description[0]], cdata: description[1] } satisfies XmlNode]),
      ...(entity ? [el('address', [`@@ENTITY${entity}@@`])] : []),
      ...(data === undefined ? [] : [data]),
      ...(g === undefined ? [] : [g]),
    ]),
  );

/** Folders inside folders, sometimes very deep (a recursion bomb for folder-walking readers). */
const body = fc
  .record({
    placemarks: fc.array(placemark, { maxLength: 8 }),
    folders: fc.array(fc.tuple(textContent, fc.array(placemark, { maxLength: 3 })), { maxLength: 3 }),
    depth: fc.oneof(
      { weight: 9, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: 50, max: 20_000 }) },
    ),
  })
  .map(({ placemarks, folders, depth }) => {
    const nodes: XmlNode[] = [
      ...placemarks,
      ...folders.map(([name, marks]) => el('Folder', [el('name', [name]), ...marks])),
    ];
    // Written as text: a tree this deep would overflow the writer's own recursion.
    const xml = nodes.map(writeXml).join('');
    return { xml: `${'<Folder><name>n</name>'.repeat(depth)}${xml}${'</Folder>'.repeat(depth)}`, depth };
  });

const root = fc.constantFrom<{ tag: string; attrs: Record<string, string> }>(
  { tag: 'kml', attrs: { xmlns: 'http://www.opengis.net/kml/2.2', 'xmlns:gx': 'http://www.google.com/kml/ext/2.2' } },
  { tag: 'kml', attrs: {} },
  { tag: 'kml:kml', attrs: { 'xmlns:kml': 'http://www.opengis.net/kml/2.2' } },
  { tag: 'kml', attrs: { xmlns: 'http://earth.google.com/kml/2.1' } },
);

const kmlText = fc
  .record({ declaration, prolog, root, body, broken: breakage, documentWrap: fc.boolean() })
  .map(({ declaration: decl, prolog: pro, root: r, body: b, broken, documentWrap }) => {
    const inner = documentWrap ? [el('Document', ['@@BODY@@'])] : ['@@BODY@@'];
    // Entities are written raw (not escaped) so that the parser sees them.
    const xml = writeXml({ tag: r.tag, attrs: r.attrs, children: inner })
      .replace('@@BODY@@', () => b.xml)
      .replace(/@@ENTITY(.*?)@@/g, (_m, e: string) => e.replaceAll('&amp;', '&'));
    return { text: breakXml(`${decl}${pro}${xml}`, broken), depth: b.depth, broken };
  });

/** Generated KML: placemarks of every geometry, folders (deep too), entities, CDATA, odd encodings, breakage. */
export const generatedKml: fc.Arbitrary<FuzzCase> = fc
  .record({ kml: kmlText, encoding: textEncoding })
  .map(({ kml, encoding }) => ({
    label: `generated KML (${encoding}${kml.depth ? `, folders ×${kml.depth}` : ''}${kml.broken ? `, ${kml.broken.kind}` : ''})`,
    fileName: 'parcelas.kml',
    bytes: encodeText(kml.text, encoding),
  }));

/** Generated KMZ: that KML zipped, as doc.kml or elsewhere, with images, several KMLs, or none. */
export const generatedKmz: fc.Arbitrary<FuzzCase> = fc
  .record({
    kml: kmlText,
    encoding: textEncoding,
    inner: fc.constantFrom('doc.kml', 'files/Parcelas.KML', 'a/b/c.kml', 'doc.txt', '../../evil.kml', '/abs.kml'),
    extra: fc.constantFrom('none', 'second', 'image', 'macjunk', 'folderOnly'),
    level: fc.constantFrom(0, 6, 9),
  })
  .map(({ kml, encoding, inner, extra, level }) => {
    const bytes = encodeText(kml.text, encoding);
    const files: Record<string, Uint8Array> = { [inner]: bytes };
    if (extra === 'second') files['zz.kml'] = encodeText('<kml><Document/></kml>', 'utf8');
    if (extra === 'image') files['files/foto.jpg'] = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0);
    if (extra === 'macjunk') files['__MACOSX/._doc.kml'] = Uint8Array.of(0, 5, 22, 7);
    const zip = extra === 'folderOnly' ? zipSync({ 'vacio/': new Uint8Array(0) }) : zipSync(files, { level });
    return {
      label: `generated KMZ (${inner}, ${extra}, level ${level}, ${encoding})`,
      fileName: 'parcelas.kmz',
      bytes: zip,
    };
  });
