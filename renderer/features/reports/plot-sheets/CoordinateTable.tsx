import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { vertexColumns } from './coordinate-rows.js';
import type { CoordinateRing, CoordinateVertex } from './coordinate-rows.js';
import { useSheetLabels } from './use-sheet-labels.js';
import { useSheetNumbers } from './use-sheet-numbers.js';

/** Vertex sets side by side: N.º, longitude, latitude three times across the page. */
export const VERTEX_SETS = 3;

/** How many table lines a sheet's coordinates take (ring headings included), to decide if it may split. */
export function coordinateLines(rings: readonly CoordinateRing[]): number {
  const sets = setsFor(rings);
  return rings.reduce((sum, ring) => sum + Math.ceil(ring.vertices.length / sets) + (rings.length > 1 ? 1 : 0), 0);
}

const setsFor = (rings: readonly CoordinateRing[]): number => (rings[0]?.role.kind === 'point' ? 1 : VERTEX_SETS);

/**
 * A plot's vertices in WGS84 with six decimals, longitude first, numbered
 * per ring, read down then across; each ring of a multipolygon or hole under
 * its own heading. A vertex that repeats its neighbour once rounded is
 * marked, since the EU system would refuse it.
 */
export function CoordinateTable({ rings, n }: { rings: readonly CoordinateRing[]; n: number }) {
  const { t } = useTranslation();
  const numbers = useSheetNumbers();
  const labels = useSheetLabels();
  const sets = setsFor(rings);
  const headings = rings.length > 1;
  const anyDuplicate = rings.some((ring) => ring.vertices.some((v) => v.duplicateAfterRounding));
  const cells = (vertex: CoordinateVertex | null, set: number) =>
    vertex === null ? (
      <Fragment key={set}>
        <td className={set > 0 ? 'plot-sheet-set' : undefined} />
        <td />
        <td />
      </Fragment>
    ) : (
      <Fragment key={set}>
        <td className={set > 0 ? 'print-num plot-sheet-set' : 'print-num'}>
          {numbers.whole(vertex.n)}
          {vertex.duplicateAfterRounding && <span className="plot-sheet-duplicate">*</span>}
        </td>
        <td className="print-num plot-sheet-coordinate">{vertex.lon}</td>
        <td className="print-num plot-sheet-coordinate">{vertex.lat}</td>
      </Fragment>
    );

  return (
    <>
      <table className="print-table plot-sheet-coordinates" data-testid="plot-sheet-coordinates">
        {/* A title row in the header rather than a caption: it repeats with the header when a long ring runs on. */}
        <thead>
          <tr>
            <th scope="colgroup" colSpan={sets * 3} className="plot-sheet-table-title">
              {t('reportsPlots.table.caption', { n })}
            </th>
          </tr>
          <tr>
            {Array.from({ length: sets }, (_, set) => (
              <Fragment key={set}>
                <th scope="col" className={set > 0 ? 'print-num plot-sheet-set' : 'print-num'}>
                  {t('reportsPlots.table.n')}
                </th>
                <th scope="col" className="print-num">
                  {t('reportsPlots.table.lon')}
                </th>
                <th scope="col" className="print-num">
                  {t('reportsPlots.table.lat')}
                </th>
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {rings.map((ring, ringIndex) => (
            <Fragment key={ringIndex}>
              {headings && (
                <tr className="plot-sheet-ring">
                  <th scope="colgroup" colSpan={sets * 3}>
                    {labels.ring(ring.role)}
                  </th>
                </tr>
              )}
              {vertexColumns(ring.vertices, sets).map((line, lineIndex) => (
                <tr key={lineIndex}>{line.map((vertex, set) => cells(vertex, set))}</tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
      {anyDuplicate && <p className="print-small">* {t('reportsPlots.table.duplicate')}</p>}
    </>
  );
}
