import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from './fixtures.js';

/** Data and API helpers for import-wizard.spec.ts. */

/** Calls a procedure over browser mode's HTTP API and unwraps the envelope. */
export async function call<T = unknown>(
  request: APIRequestContext,
  url: string,
  name: string,
  input: unknown,
): Promise<T> {
  const response = await request.post(`${url}api/${name}`, { data: { input } });
  const body = await response.json();
  expect(body.ok, `${name}: ${JSON.stringify(body.error)}`).toBe(true);
  return body.value as T;
}

/** An organisation in Cajamarca, made the active one. */
export async function seedOrganisation(page: Page, url: string): Promise<{ id: string }> {
  const organisation = await call<{ id: string }>(page.request, url, 'organisations.create', {
    name: 'Cooperativa Agraria Cafetalera Jaén Norte',
    type: 'cooperativa',
    province: 'Jaén',
  });
  await call(page.request, url, 'settings.update', { activeOrganisationId: organisation.id });
  return organisation;
}

/** A closed ring around a ~110 m square (≈ 1.2 ha at this latitude) with its north-west corner at (lon, lat). */
export const square = (lon: number, lat: number, side = 0.001) =>
  [
    [lon, lat],
    [lon + side, lat],
    [lon + side, lat - side],
    [lon, lat - side],
    [lon, lat],
  ] as const;

/** A Placemark as Google Earth saves it, with ExtendedData columns. */
const placemark = (name: string, code: string, producer: string, ring: readonly (readonly number[])[]) => `
      <Placemark>
        <name>${name}</name>
        <styleUrl>#parcela</styleUrl>
        <ExtendedData>
          <Data name="codigo"><value>${code}</value></Data>
          <Data name="productor"><value>${producer}</value></Data>
        </ExtendedData>
        <Polygon><tessellate>1</tessellate><outerBoundaryIs><LinearRing><coordinates>
          ${ring.map(([lon, lat]) => `${lon},${lat},0`).join(' ')}
        </coordinates></LinearRing></outerBoundaryIs></Polygon>
      </Placemark>`;

/**
 * Two plots near Jaén (lon ≈ −78.8, lat ≈ −5.7) and a third whose outline
 * crosses itself (a bow tie), which the import must reject with its reason.
 */
export const jaenKml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
  <Document>
    <name>Parcelas Jaén.kml</name>
    <Style id="parcela"><LineStyle><color>ff00ffff</color><width>2</width></LineStyle></Style>
    <Folder>
      <name>Sector Huamantanga</name>${placemark('El Naranjal', 'JAE-001', 'Segundo Díaz Campos', square(-78.81, -5.7))}${placemark(
        'La Pacchilla',
        'JAE-002',
        'Rosa Elvira Guerrero Núñez',
        square(-78.805, -5.703),
      )}${placemark('Lindero cruzado', 'JAE-003', 'Teófilo Chinguel Bure', [
        [-78.8, -5.71],
        [-78.799, -5.711],
        [-78.799, -5.71],
        [-78.8, -5.711],
        [-78.8, -5.71],
      ])}
    </Folder>
  </Document>
</kml>
`;
