import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { call, jaenKml, seedOrganisation, square } from './import-wizard-data.js';

const fixtures = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');

const wizard = (page: Page) => page.getByTestId('import-wizard');
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });

async function textOf(download: Download): Promise<string> {
  return fs.readFileSync(await download.path(), 'utf8');
}

test.describe('Productores › Importar: the import wizard', () => {
  test('imports a Google Earth KML of plots near Jaén, step by step, and shows them on the map', async ({
    page,
    app,
  }) => {
    await seedOrganisation(page, app.url);
    const kmlPath = test.info().outputPath('parcelas-jaen.kml');
    fs.writeFileSync(kmlPath, jaenKml);

    await page.goto(`${app.url}#/productores/importar`);
    await expect(page.getByTestId('producers-tab-import')).toHaveAttribute('aria-current', 'page');
    await expect(wizard(page)).toHaveAttribute('data-step', 'file');
    await shot(page, '01-file.png');
    await page.getByTestId('import-file-input').setInputFiles(kmlPath);

    // Preview: every feature on the map and in the table, coloured by verdict.
    await expect(wizard(page)).toHaveAttribute('data-step', 'preview');
    await expect(page.getByTestId('import-feature-count')).toHaveAttribute('data-count', '3');
    await expect(page.getByTestId('import-count-imported')).toHaveAttribute('data-count', '2');
    await expect(page.getByTestId('import-count-rejected')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('import-preview-map')).toHaveAttribute('data-map-ready', 'true');
    await expect(page.getByTestId('import-preview-map')).toHaveAttribute('data-feature-count', '3');
    const rows = page.getByTestId('import-verdict-row');
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: 'Lindero cruzado' })).toHaveAttribute('data-verdict', 'rejected');
    await shot(page, '02-preview.png');
    // A row chosen in the table is outlined and framed on the map.
    await rows.filter({ hasText: 'La Pacchilla' }).click();
    await expect(rows.filter({ hasText: 'La Pacchilla' })).toHaveAttribute('aria-selected', 'true');
    await shot(page, '02b-preview-selected.png');

    // KML is WGS 84 by definition: nothing to choose.
    await page.getByTestId('import-next').click();
    await expect(page.getByTestId('import-crs-detected')).toContainText('WGS 84');
    await expect(page.getByTestId('import-crs-needs-choice')).toHaveCount(0);

    // Columns: ExtendedData codigo/productor are recognised, with sample values.
    await page.getByTestId('import-next').click();
    await expect(page.getByTestId('import-map-producerCode')).toHaveValue('codigo');
    await expect(page.getByTestId('import-map-producerName')).toHaveValue('productor');
    await expect(page.getByTestId('import-map-sample-producerCode')).toContainText('JAE-001');
    await shot(page, '03-mapping.png');

    // Producers: the two of the accepted plots are new (the rejected plot's is not created).
    await page.getByTestId('import-next').click();
    await expect(page.getByTestId('import-producers-new')).toHaveAttribute('data-count', '2');
    await expect(page.getByTestId('import-new-producer')).toHaveText([/Segundo Díaz Campos/, /Rosa Elvira/]);
    await shot(page, '03b-producers.png');

    // Review: reasons in words, a filter, and the CSV report.
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-filter-rejected').check();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('El contorno se cruza a sí mismo');
    await page.getByTestId('import-filter-all').check();
    await expect(rows).toHaveCount(3);
    await shot(page, '04-review.png');
    const reportDownload = page.waitForEvent('download');
    await page.getByTestId('import-save-report').click();
    const report = await reportDownload;
    expect(report.suggestedFilename()).toBe('parcelas-jaen-informe-importacion.csv');
    const reportText = await textOf(report);
    expect(reportText).toContain('SELF_INTERSECTION');
    expect(reportText).toContain('JAE-002');

    await expect(page.getByTestId('import-commit')).toHaveText('Importar 2 parcelas');
    await page.getByTestId('import-commit').click();
    await expect(page.getByTestId('import-result')).toBeVisible();
    await expect(page.getByTestId('import-result-saved')).toHaveAttribute('data-count', '2');
    await expect(page.getByTestId('import-result-producers')).toContainText('2 productores nuevos');
    await shot(page, '05-result.png');

    await page.getByTestId('import-result-map-link').click();
    await expect(page).toHaveURL(/#\/mapa$/);
    await expect(page.locator('[data-testid=map][data-plots-count="2"]')).toBeVisible();
    const settings = await call<{ activeOrganisationId: string }>(page.request, app.url, 'settings.get', {});
    const plots = await call<{ name: string }[]>(page.request, app.url, 'plots.list', {
      organisationId: settings.activeOrganisationId,
    });
    expect(plots.map((plot) => plot.name).sort()).toEqual(['El Naranjal', 'La Pacchilla']);
    expect(app.outsideRequests).toEqual([]);
  });

  test('reads the UTM 17S districts shapefile: detected CRS, all 127 features, and one producer for all', async ({
    page,
    app,
  }) => {
    const organisation = await seedOrganisation(page, app.url);
    await call(page.request, app.url, 'producers.create', {
      organisationId: organisation.id,
      memberCode: 'SOC-0001',
      names: 'Asociación de Productores Ecológicos de Huabal',
    });
    await page.goto(`${app.url}#/productores/importar`);
    await page
      .getByTestId('import-file-input')
      .setInputFiles(path.join(fixtures, 'admin', 'cajamarca_distritos_utm17s.zip'));
    await expect(wizard(page)).toHaveAttribute('data-step', 'preview');
    await expect(page.getByTestId('import-feature-count')).toHaveAttribute('data-count', '127');
    await expect(page.getByTestId('import-verdicts-table')).toHaveAttribute('aria-rowcount', '128');
    await expect(page.getByTestId('import-preview-map')).toHaveAttribute('data-feature-count', '127');
    await expect(page.getByTestId('import-preview-map')).toHaveAttribute('data-map-ready', 'true');
    // The file names no producer: every feature is rejected until one is chosen for all.
    await expect(page.getByTestId('import-count-rejected')).toHaveAttribute('data-count', '127');
    await shot(page, '06-shapefile-preview.png');
    await page.getByTestId('import-step-crs').click();
    await expect(page.getByTestId('import-crs-detected')).toContainText('WGS 84 / UTM 17S');

    await page.getByTestId('import-step-mapping').click();
    await page.getByTestId('import-producer-mode-one').check();
    await page
      .getByTestId('import-default-producer')
      .selectOption({ label: 'SOC-0001 · Asociación de Productores Ecológicos de Huabal' });
    // Districts are far larger than plots (a warning, not an error): now none is rejected for want of a producer.
    await expect(page.getByTestId('import-count-rejected')).toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('import-count-warnings')).toHaveAttribute('data-count', '127');
    expect(app.outsideRequests).toEqual([]);
  });

  test('asks the CRS of a CSV in UTM metres without a zone, and shows the PSAD56 transformation', async ({
    page,
    app,
  }) => {
    await seedOrganisation(page, app.url);
    const csvPath = test.info().outputPath('parcelas-utm.csv');
    fs.writeFileSync(
      csvPath,
      [
        'parcela,codigo,productor,este,norte,area_ha',
        'La Palma,CSV-001,María Tocto Huamán,730100,9367100,1.5',
        'El Cedro,CSV-002,Juan Chuquimango Ruiz,730400,9367300,0.8',
      ].join('\n'),
    );
    await page.goto(`${app.url}#/productores/importar`);
    await page.getByTestId('import-file-input').setInputFiles(csvPath);
    await expect(wizard(page)).toHaveAttribute('data-step', 'preview');
    await page.getByTestId('import-step-crs').click();
    await expect(page.getByTestId('import-crs-detected')).toContainText('no dice en qué sistema');
    await expect(page.getByTestId('import-crs-needs-choice')).toBeVisible();
    // UTM 17S is preselected (most of Cajamarca); choosing it keeps it.
    await expect(page.getByTestId('import-crs-select')).toHaveValue('32717');
    await page.getByTestId('import-crs-select').selectOption('32717');
    await expect(page.getByTestId('import-crs-used')).toContainText('WGS 84 / UTM 17S');
    await expect(page.getByTestId('import-count-imported')).toHaveAttribute('data-count', '2');

    // PSAD56 shows the fixed transformation before anything is imported, and the preview follows.
    await page.getByTestId('import-crs-select').selectOption('24877');
    await expect(page.getByTestId('import-crs-used')).toContainText('PSAD56 / UTM 17S');
    await expect(page.getByTestId('import-crs-transformation')).toContainText('EPSG:1208');
    await expect(page.getByTestId('import-preview-updating')).toHaveCount(0);
    await shot(page, '07-crs-psad56.png');

    // A zone column that mixes 17 and 18 cannot be one system: the wizard asks for one zone.
    const mixedPath = test.info().outputPath('parcelas-dos-zonas.csv');
    fs.writeFileSync(
      mixedPath,
      [
        'parcela;codigo;productor;este;norte;zona;area_ha',
        'Sector Bajo;MZ-001;Elmer Tapia Vásquez;730100;9367100;17S;1,2',
        'Sector Alto;MZ-002;Elmer Tapia Vásquez;180500;9280400;18S;0,9',
      ].join('\n'),
    );
    await page.getByTestId('import-step-file').click();
    await page.getByTestId('import-file-input').setInputFiles(mixedPath);
    await expect(page.getByTestId('import-error')).toHaveAttribute('data-reason', 'CSV_NEEDS_UTM_ZONE');
    await expect(page.getByTestId('import-error')).toContainText('más de una zona UTM');
    await page.getByTestId('import-utm-zone').selectOption('17');
    await page.getByTestId('import-utm-reopen').click();
    await expect(wizard(page)).toHaveAttribute('data-step', 'preview');
    await expect(page.getByTestId('import-feature-count')).toHaveAttribute('data-count', '2');
    expect(app.outsideRequests).toEqual([]);
  });

  test('previews 100,000 points in a virtualised table, and a cancelled import writes nothing', async ({
    page,
    app,
  }) => {
    test.setTimeout(120_000);
    const organisation = await seedOrganisation(page, app.url);
    const csvPath = test.info().outputPath('cien-mil-puntos.csv');
    // A deterministic grid of GPS points over Jaén and San Ignacio, each with its declared area.
    const lines = ['parcela,codigo,productor,latitud,longitud,area_ha'];
    for (let i = 0; i < 100_000; i += 1) {
      const lat = (-5.2 - (i % 400) * 0.002).toFixed(6);
      const lon = (-79.0 + Math.floor(i / 400) * 0.002).toFixed(6);
      lines.push(`P-${i},S-${i % 3000},Productor ${i % 3000},${lat},${lon},1.5`);
    }
    fs.writeFileSync(csvPath, lines.join('\n'));
    await page.goto(`${app.url}#/productores/importar`);
    await page.getByTestId('import-file-input').setInputFiles(csvPath);
    await expect(page.getByTestId('import-verdicts-table')).toHaveAttribute('aria-rowcount', '100001', {
      timeout: 60_000,
    });
    // Only the rows in view (plus a few) are in the DOM.
    expect(await page.getByTestId('import-verdict-row').count()).toBeLessThan(60);

    await page.getByTestId('import-step-review').click();
    await expect(page.getByTestId('import-commit')).toBeEnabled({ timeout: 60_000 });
    await page.getByTestId('import-commit').click();
    await expect(page.getByTestId('import-progress-text')).toContainText(
      /Validando [\d,.\s\u00a0]+ de 100[,.\u00a0]?000/,
    );
    await page.getByTestId('import-cancel').click();
    await expect(page.getByTestId('import-cancelled')).toContainText('No se guardó nada');
    const plots = await call<unknown[]>(page.request, app.url, 'plots.list', { organisationId: organisation.id });
    expect(plots).toHaveLength(0);
    expect(app.outsideRequests).toEqual([]);
  });

  test('says in words why a file cannot be read', async ({ page, app }) => {
    await seedOrganisation(page, app.url);
    await page.goto(`${app.url}#/productores/importar`);
    // Dropped on the drop zone: a "zip" that is plain text.
    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['esto no es un zip'], 'parcelas.zip', { type: 'application/zip' }));
      return transfer;
    });
    await page.getByTestId('import-dropzone').dispatchEvent('drop', { dataTransfer: dropped });
    await expect(page.getByTestId('import-error')).toHaveAttribute('data-reason', 'NOT_A_ZIP');
    await expect(page.getByTestId('import-file-failed')).toContainText('parcelas.zip');
    // Picked with the file input: a real broken zip from the shapefile-js tests.
    await page.getByTestId('import-file-input').setInputFiles(path.join(fixtures, 'shapefile', 'badzip.zip'));
    await expect(page.getByTestId('import-file-failed')).toContainText('badzip.zip');
    await expect(page.getByTestId('import-error')).toHaveAttribute('data-reason', 'NOT_A_ZIP');
    await expect(page.getByTestId('import-error')).toContainText('El archivo no es un .zip válido');
    await expect(wizard(page)).toHaveAttribute('data-step', 'file');
    await shot(page, '08-bad-file.png');
    expect(app.outsideRequests).toEqual([]);
  });

  test('exports GeoJSON and EUDR GeoJSON files, listing the plots the EUDR file cannot take', async ({ page, app }) => {
    const organisation = await seedOrganisation(page, app.url);
    const producer = await call<{ id: string }>(page.request, app.url, 'producers.create', {
      organisationId: organisation.id,
      memberCode: 'JAE-010',
      names: 'Nilda Coronel Fernández',
    });
    await call(page.request, app.url, 'plots.create', {
      producerId: producer.id,
      name: 'El Huabo',
      geometry: { type: 'Polygon', coordinates: [square(-78.81, -5.7)] },
    });
    // A GPS point for a 6 ha plot: EUDR needs its polygon, so the EUDR file leaves it out.
    await call(page.request, app.url, 'plots.create', {
      producerId: producer.id,
      name: 'Pampa Grande',
      geometry: { type: 'Point', coordinates: [-78.79, -5.69] },
      declaredAreaHa: 6,
    });

    await page.goto(`${app.url}#/productores/exportar`);
    await expect(page.getByTestId('producers-tab-export')).toHaveAttribute('aria-current', 'page');
    await page.getByTestId('export-format-geojson').check();
    const geojsonDownload = page.waitForEvent('download');
    await page.getByTestId('export-submit').click();
    const geojson = JSON.parse(await textOf(await geojsonDownload));
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(2);
    await expect(page.getByTestId('export-file')).toHaveCount(1);

    await page.getByTestId('export-format-eudr').check();
    await expect(page.getByTestId('export-eudr-options')).toContainText('más de 4 ha');
    await page.getByTestId('export-eudr-small-point').check();
    const eudrDownload = page.waitForEvent('download');
    await page.getByTestId('export-submit').click();
    const eudr = JSON.parse(await textOf(await eudrDownload));
    expect(eudr.type).toBe('FeatureCollection');
    expect(eudr.features).toHaveLength(1);
    expect(eudr.features[0].properties.ProducerCountry).toBe('PE');
    expect(eudr.features[0].properties.ProducerName).toBe('Nilda Coronel Fernández');
    expect(eudr.features[0].geometry.type).toBe('Point');
    await expect(page.getByTestId('export-skipped-row')).toHaveAttribute('data-reason', 'EUDR_POINT_OVER_4HA');
    await expect(page.getByTestId('export-skipped-row')).toContainText('el EUDR exige su polígono');
    await shot(page, '09-export.png');
    await page.getByTestId('export-skipped').scrollIntoViewIfNeeded();
    await shot(page, '10-export-result.png');
    expect(app.outsideRequests).toEqual([]);
  });
});
