import type { Position } from 'geojson';
import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';
import { orientPolygons, polygonsOf } from './export-geometry.js';
import type { ExportPlot } from './export-query.js';
import type { FormatContext, FormatOutcome } from './export-types.js';
import { PLOT_ATTRIBUTES } from './plot-attributes.js';

/** XML 1.0 forbids most control characters even when escaped; imported names can carry them. */
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

// KML colours are aabbggrr. Coffee-leaf green outline, the same at 40 % opacity inside.
const STYLE = `<Style id="plot">
  <LineStyle><color>ff2e7d32</color><width>2</width></LineStyle>
  <PolyStyle><color>662e7d32</color></PolyStyle>
  <IconStyle><color>ff2e7d32</color><scale>1</scale></IconStyle>
  <LabelStyle><scale>0.8</scale></LabelStyle>
</Style>`;
// NOTE: the IconStyle has no <Icon>: Google Earth then shows its own default
// pushpin, so the file loads nothing from the network (the app is offline).

const coordinates = (ring: readonly Position[]): string => ring.map((p) => `${p[0]},${p[1]}`).join(' ');

function polygonXml(rings: readonly Position[][]): string {
  const [outer, ...holes] = rings;
  const boundary = (tag: string, ring: readonly Position[]) =>
    `<${tag}><LinearRing><coordinates>${coordinates(ring)}</coordinates></LinearRing></${tag}>`;
  return `<Polygon><tessellate>1</tessellate>${boundary('outerBoundaryIs', outer ?? [])}${holes
    .map((hole) => boundary('innerBoundaryIs', hole))
    .join('')}</Polygon>`;
}

export function geometryXml(geometry: PlotGeometry): string {
  if (geometry.type === 'Point')
    return `<Point><coordinates>${coordinates([geometry.coordinates])}</coordinates></Point>`;
  // Google's KML reference asks for counter-clockwise outer boundaries, as RFC 7946 does.
  const polygons = orientPolygons(polygonsOf(geometry), true).map(polygonXml);
  return polygons.length === 1 ? (polygons[0] as string) : `<MultiGeometry>${polygons.join('')}</MultiGeometry>`;
}

/** Google Earth shows the description as HTML: values are HTML-escaped, then the whole is XML-escaped. */
function descriptionOf(plot: ExportPlot): string {
  const html = [
    `Productor: ${escapeXml(plot.producer.names)} (${escapeXml(plot.producer.memberCode)})`,
    `Organización: ${escapeXml(plot.organisation.name)}`,
    `Área: ${plot.areaHa.toFixed(4)} ha`,
  ].join('<br/>');
  return escapeXml(html);
}

function extendedData(plot: ExportPlot): string {
  const data = PLOT_ATTRIBUTES.map((attribute) => {
    const value = attribute.value(plot);
    return `<Data name="${attribute.name}"><value>${value === null ? '' : escapeXml(String(value))}</value></Data>`;
  });
  return `<ExtendedData>${data.join('')}</ExtendedData>`;
}

function placemark(plot: ExportPlot): string {
  return `<Placemark id="p-${escapeXml(plot.id)}"><name>${escapeXml(plot.name)}</name><description>${descriptionOf(
    plot,
  )}</description><styleUrl>#plot</styleUrl>${extendedData(plot)}${geometryXml(plot.geometry)}</Placemark>`;
}

/** Plots grouped by producer, keeping the query's order. */
function byProducer(plots: readonly ExportPlot[]): ExportPlot[][] {
  const groups = new Map<string, ExportPlot[]>();
  for (const plot of plots) {
    const group = groups.get(plot.producer.id);
    if (group) group.push(plot);
    else groups.set(plot.producer.id, [plot]);
  }
  return [...groups.values()];
}

/**
 * KML 2.2 for Google Earth: one Folder per producer ("code · names"), one
 * Placemark per plot named after it, one shared Style, every attribute in
 * ExtendedData so it survives a round trip through GIS tools.
 */
export function writeKml(ctx: FormatContext): FormatOutcome {
  const organisations = [...new Set(ctx.plots.map((plot) => plot.organisation.name))];
  const out = ctx.files.openText(ctx.outputPath);
  const line = (text: string) => out.write(`${text}\n`);
  line('<?xml version="1.0" encoding="UTF-8"?>');
  line('<kml xmlns="http://www.opengis.net/kml/2.2">');
  line(`<Document><name>${escapeXml(organisations.join(', ') || 'Cafetal')}</name>`);
  line(STYLE);
  let done = 0;
  for (const group of byProducer(ctx.plots)) {
    const producer = (group[0] as ExportPlot).producer;
    line(`<Folder><name>${escapeXml(`${producer.memberCode} · ${producer.names}`)}</name>`);
    for (const plot of group) {
      ctx.tick(done);
      done += 1;
      line(placemark(plot));
    }
    line('</Folder>');
  }
  line('</Document>');
  line('</kml>');
  out.close();
  return { plotCount: ctx.plots.length, skipped: [] };
}
