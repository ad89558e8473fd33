import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { call } from './api-call.js';
import { expect, test } from './fixtures.js';

test.describe('Informes', () => {
  test('produces a farm plan PDF from the Informes section and saves it', async ({ app, page }) => {
    test.setTimeout(180_000);
    const organisation = await call(page.request, app.url, 'organisations.create', {
      name: 'Asociación de Productores Señor de Huamantanga',
      type: 'asociacion',
    });
    await call(page.request, app.url, 'settings.update', { activeOrganisationId: organisation.id });
    const producer = await call(page.request, app.url, 'producers.create', {
      organisationId: organisation.id,
      memberCode: 'H-7',
      names: 'Néstor Ñique Cáceres',
    });
    await call(page.request, app.url, 'plots.create', {
      producerId: producer.id,
      name: 'Chirimoyo',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-78.99, -5.15],
            [-78.989, -5.15],
            [-78.989, -5.149],
            [-78.99, -5.149],
            [-78.99, -5.15],
          ],
        ],
      },
      altitudeM: 1450,
      variety: 'Typica',
    });
    await call(page.request, app.url, 'risk.analyse', { organisationId: organisation.id });
    const measures = await call(page.request, app.url, 'measures.list', { organisationId: organisation.id });
    const shade = measures.find((m) => m.code === 'shade-agroforestry');
    const plan = await call(page.request, app.url, 'plans.create', {
      organisationId: organisation.id,
      kind: 'farm',
      producerId: producer.id,
      title: 'Plan de finca 2027–2031',
      startYear: 2027,
      endYear: 2031,
    });
    await call(page.request, app.url, 'plans.addAction', {
      planId: plan.id,
      fields: { measureId: shade?.id ?? '', quantity: 1, year: 2027, quarter: 3 },
    });

    await page.goto(`${app.url}#/informes`);
    const section = page.getByTestId('section-informes');
    await expect(section.getByTestId('report-kind-farm-plan')).toBeChecked();
    await expect(section.getByTestId('report-subject')).toContainText('Néstor Ñique Cáceres');
    const downloading = page.waitForEvent('download', { timeout: 150_000 });
    await section.getByTestId('report-generate').click();
    const download = await downloading;
    await expect(section.getByTestId('report-result')).toContainText('.pdf');
    await expect(section.getByTestId('report-open')).toHaveAttribute('href', /^blob:/);
    // For a person to look at; outside the repository.
    const shots = process.env.REPORTS_SCREENSHOTS_DIR;
    if (shots) await page.screenshot({ path: path.join(shots, 'reports-section.png') });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-report-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^plan-finca-.*\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Néstor Ñique Cáceres');
    expect(text).toContain('Chirimoyo');
    expect(text).toMatch(/Página 1 de \d+/);
    expect(app.outsideRequests).toEqual([]);
  });
});
