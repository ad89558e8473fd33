import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { call } from './api-call.js';
import { expect, test } from './fixtures.js';
import { seedFamily, square } from './seed-family.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * Laptop B: a second Cafetal (browser mode's server) on its own data folder,
 * so its own device identity, database and change counter. Laptop A is the
 * app under test. They only meet through .cafetal files, as on a USB stick.
 */
async function startLaptopB(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-e2e-laptop-b-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'electron/http/serve-main.ts'],
    {
      cwd: root,
      env: { ...process.env, PORT: '0', CAFETAL_DATA_DIR: dataDir, CAFETAL_DB: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`laptop B exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A package as content (`exchange.download`), written where a USB stick would hold it. */
async function packageFile(request: APIRequestContext, url: string, input: { sinceLastExchangeWith?: string }) {
  const written = await call(request, url, 'exchange.download', input);
  expect(written.dataBase64, 'exchange.download returns the content').toBeDefined();
  const bytes = Buffer.from(written.dataBase64 ?? '', 'base64');
  expect(bytes.length).toBe(written.sizeBytes);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-usb-')), written.fileName);
  fs.writeFileSync(file, bytes);
  return { file, written, bytes };
}

test.describe('Intercambio: packages between two laptops', () => {
  test('a package brings a plot renamed and redrawn on both laptops: preview, import, conflict, choices', async ({
    page,
    app,
    request,
  }) => {
    const { plot, producer } = await seedFamily(request, app.url);
    await call(request, app.url, 'exchange.renameDevice', { name: 'Laptop de Rosa — Chirinos' });
    const laptopB = await startLaptopB();
    try {
      const statusB = await call(request, laptopB.url, 'exchange.renameDevice', {
        name: 'Laptop de la oficina — Jaén',
      });
      const statusA = await call(request, app.url, 'exchange.status', {});

      // A → B, everything: B now has the organisation, Rosa and "El Mirador".
      const first = await packageFile(request, app.url, {});
      const intoB = await call(request, laptopB.url, 'exchange.import', {
        source: { fileName: first.written.fileName, dataBase64: first.bytes.toString('base64') },
      });
      expect(intoB.applied).toBe(true);
      expect(intoB.tables.find((row) => row.table === 'plots')?.new).toBe(1);

      // Both rename and redraw the same plot without hearing of the other's change: A draws it
      // 0.0012° a side, B 0.0008°. At 5.15° S a degree is 110 583 m of latitude and 110 873 m of
      // longitude (WGS84), so 132.70 m × 133.05 m = 1.7655 ha and 88.47 m × 88.70 m = 0.7847 ha.
      await call(request, app.url, 'plots.update', {
        id: plot.id,
        patch: { name: 'El Mirador Alto', geometry: square(-78.99, -5.15, 0.0012) },
      });
      await call(request, laptopB.url, 'plots.update', {
        id: plot.id,
        patch: { name: 'Mirador de la Quebrada', geometry: square(-78.99, -5.15, 0.0008) },
      });

      // B → A: only what A lacks (B learned A's knowledge from A's package).
      const back = await packageFile(request, laptopB.url, { sinceLastExchangeWith: statusA.device.id });

      // Tall enough that the screenshots show whole cards (the frame scrolls inside <main>).
      await page.setViewportSize({ width: 1280, height: 1500 });
      await page.goto(`${app.url}#/intercambio`);
      const laptop = page.getByTestId('exchange-laptop');
      await expect(laptop.getByRole('heading', { name: 'Esta laptop' })).toBeVisible();
      await expect(page.getByTestId('exchange-device-name')).toHaveValue('Laptop de Rosa — Chirinos');
      await expect(page.getByTestId('exchange-fingerprint')).toHaveText(statusA.device.fingerprint);
      await expect(page.getByTestId('exchange-open-conflicts')).toHaveText('0');
      await page.screenshot({ path: '/tmp/exchange-section.png', fullPage: true });

      // The preview: B is a new laptop here, its rename is a conflict, nothing written yet.
      await page.getByTestId('exchange-import-file').setInputFiles(back.file);
      const preview = page.getByTestId('exchange-preview');
      await expect(preview).toBeVisible();
      await expect(page.getByTestId('exchange-report-sender')).toContainText('Laptop de la oficina — Jaén');
      await expect(page.getByTestId('exchange-report-sender')).toContainText(statusB.device.fingerprint);
      await expect(page.getByTestId('exchange-report-sender')).toContainText('laptop nueva');
      await expect(page.getByTestId('exchange-report-new-laptop')).toContainText(statusB.device.fingerprint);
      const plotsRow = page.getByTestId('exchange-report-tables').locator('tr[data-table="plots"]');
      await expect(plotsRow.locator('th')).toHaveText('Parcelas');
      await expect(plotsRow.locator('[data-column="conflicts"]')).toHaveText('1');
      await expect(page.getByTestId('exchange-report-conflict')).toHaveCount(1);
      await expect(page.getByTestId('exchange-report-conflict')).toHaveText(
        /\(Parcelas\): (Nombre, Geometría|Geometría, Nombre)$/,
      );
      await expect(page.getByTestId('exchange-report-nothing-new')).toHaveCount(0);
      await page.getByTestId('exchange-import').screenshot({ path: '/tmp/exchange-preview.png' });
      expect((await call(request, app.url, 'plots.get', { id: plot.id })).name).toBe('El Mirador Alto');

      await page.getByTestId('exchange-import-submit').click();
      await expect(page.getByTestId('exchange-import-result')).toContainText('Quedó 1 conflicto para revisar.');
      await expect(page.getByTestId('exchange-open-conflicts')).toHaveText('1');
      await expect(page.getByTestId('exchange-network')).not.toHaveText('Aún no intercambia');

      // The review screen: both names, whose and when, the shown one marked.
      await page.getByTestId('exchange-review-conflicts').click();
      await expect(page).toHaveURL(/#\/intercambio\/conflictos$/);
      const card = page.getByTestId('exchange-conflict');
      await expect(card).toHaveCount(1);
      // The row is named as it shows now: one of the two names.
      await expect(card.getByRole('heading', { level: 2 })).toHaveText(/^(El Mirador Alto|Mirador de la Quebrada)$/);
      await expect(card).toContainText('Parcelas');
      const geometry = card.locator('[data-testid="exchange-conflict-field"][data-field="geometry"]');
      await expect(geometry.getByRole('heading', { name: 'Geometría' })).toBeVisible();
      const shapes = geometry.getByTestId('exchange-candidate-value');
      await expect(shapes.filter({ hasText: 'polígono de 4 vértices, 1.77 ha' })).toHaveCount(1);
      await expect(shapes.filter({ hasText: 'polígono de 4 vértices, 0.78 ha' })).toHaveCount(1);
      const nameField = card.locator('[data-testid="exchange-conflict-field"][data-field="name"]');
      await expect(nameField.getByRole('heading', { name: 'Nombre' })).toBeVisible();
      const candidates = nameField.getByTestId('exchange-candidate');
      await expect(candidates).toHaveCount(2);
      const mine = candidates.filter({ hasText: 'El Mirador Alto' });
      const theirs = candidates.filter({ hasText: 'Mirador de la Quebrada' });
      await expect(mine.getByTestId('exchange-candidate-laptop')).toHaveText('esta laptop (Laptop de Rosa — Chirinos)');
      await expect(theirs.getByTestId('exchange-candidate-laptop')).toHaveText('Laptop de la oficina — Jaén');
      await expect(card.getByTestId('exchange-candidate-shown')).toHaveCount(2);
      await expect(card.getByRole('button', { name: /Usar todos los valores de Laptop de la oficina/ })).toBeVisible();
      await page.screenshot({ path: '/tmp/exchange-conflicts.png', fullPage: true });

      // The name: choose the value NOT shown now, so the choice is what changes the plot.
      const shownIsMine = (await mine.getAttribute('data-shown')) === 'true';
      const [chosen, chosenName] = shownIsMine ? [theirs, 'Mirador de la Quebrada'] : [mine, 'El Mirador Alto'];
      await chosen.getByTestId('exchange-use-value').click();
      await expect(page.getByTestId('exchange-resolved')).toContainText('Listo: Nombre de');
      await expect(card.getByTestId('exchange-conflict-field')).toHaveCount(1);
      await expect(page.getByTestId('exchange-tab-conflict-count')).toHaveText('1');
      // The outline: every remaining value of laptop B.
      await card.getByRole('button', { name: 'Usar todos los valores de Laptop de la oficina — Jaén' }).click();
      await expect(page.getByTestId('exchange-conflicts-empty')).toHaveText(
        'No hay conflictos: todo el trabajo se unió sin choques.',
      );
      await expect(page.getByTestId('exchange-resolved')).toHaveText(
        /^Listo: Geometría de «.+» con el valor de Laptop de la oficina — Jaén\.$/,
      );
      await expect(page.getByTestId('exchange-tab-conflict-count')).toHaveCount(0);
      await page.screenshot({ path: '/tmp/exchange-resolved.png', fullPage: true });

      const settled = await call(request, app.url, 'plots.get', { id: plot.id });
      expect(settled.name).toBe(chosenName);
      expect(settled.areaHa).toBeCloseTo(0.7847, 3);
      expect((await call(request, app.url, 'exchange.status', {})).openConflicts).toBe(0);
      await page.goto(`${app.url}#/productores/${producer.id}`);
      await expect(page.getByTestId('producer-plots')).toContainText(chosenName);

      // The same package again brings nothing new.
      await page.goto(`${app.url}#/intercambio`);
      await page.getByTestId('exchange-import-file').setInputFiles(back.file);
      await expect(page.getByTestId('exchange-report-nothing-new')).toHaveText(
        'Este paquete no trae nada nuevo: esta laptop ya tiene todo lo que contiene.',
      );
      await page.getByRole('button', { name: 'Cancelar' }).click();
      await expect(page.getByTestId('exchange-preview')).toHaveCount(0);

      // A → B through the UI, only what B lacks: the choice travels and B shows the same name, with no conflict.
      await page.getByTestId('exchange-export-since').check();
      await expect(page.getByTestId('exchange-export-peer')).toHaveValue(statusB.device.id);
      const downloading = page.waitForEvent('download');
      await page.getByTestId('exchange-export-submit').click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/\.cafetal$/);
      const answer = path.join(path.dirname(back.file), download.suggestedFilename());
      await download.saveAs(answer);
      await expect(page.getByTestId('exchange-export-result')).toContainText(download.suggestedFilename());
      await page.getByTestId('exchange-export').screenshot({ path: '/tmp/exchange-exported.png' });
      const intoBAgain = await call(request, laptopB.url, 'exchange.import', {
        source: { fileName: download.suggestedFilename(), dataBase64: fs.readFileSync(answer).toString('base64') },
      });
      expect(intoBAgain.conflicts).toEqual([]);
      const onB = await call(request, laptopB.url, 'plots.get', { id: plot.id });
      expect(onB.name).toBe(chosenName);
      expect(onB.areaHa).toBeCloseTo(0.7847, 3);
      expect((await call(request, laptopB.url, 'exchange.status', {})).openConflicts).toBe(0);
      expect(app.outsideRequests).toEqual([]);
    } finally {
      await laptopB.stop();
    }
  });

  test('a package changed after signing is refused in plain words and nothing changes', async ({
    page,
    app,
    request,
  }) => {
    const laptopB = await startLaptopB();
    try {
      await seedFamily(request, laptopB.url);
      const { file, bytes } = await packageFile(request, laptopB.url, {});
      // One byte in the middle of the signed zip: the signature no longer matches.
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
      fs.writeFileSync(file, bytes);

      const before = await call(request, app.url, 'exchange.status', {});
      await page.goto(`${app.url}#/intercambio`);
      await expect(page.getByTestId('exchange-network')).toHaveText('Aún no intercambia');
      await page.getByTestId('exchange-import-file').setInputFiles(file);
      const refusal = page.getByTestId('exchange-refusal');
      await expect(refusal).toHaveAttribute('data-reason', 'TAMPERED');
      await expect(refusal).toHaveAttribute('role', 'alert');
      await expect(refusal).toContainText(
        'El paquete fue modificado después de firmarse; no se importó nada. Pida uno nuevo.',
      );
      await expect(page.getByTestId('exchange-preview')).toHaveCount(0);
      await page.screenshot({ path: '/tmp/exchange-tampered.png', fullPage: true });

      const after = await call(request, app.url, 'exchange.status', {});
      expect(after).toEqual(before);
      expect(await call(request, app.url, 'organisations.list', {})).toEqual([]);
      expect(app.outsideRequests).toEqual([]);
    } finally {
      await laptopB.stop();
    }
  });

  test('the workshop demo never exchanges: said on the page, every action disabled', async ({ page, app }) => {
    test.setTimeout(120_000);
    await call(page.request, app.url, 'demo.load', {});
    await page.goto(`${app.url}#/intercambio`);
    await expect(page.getByTestId('exchange-demo')).toContainText('la demostración nunca intercambia paquetes');
    await expect(page.getByTestId('exchange-device-name')).toBeDisabled();
    await expect(page.getByTestId('exchange-export-submit')).toBeDisabled();
    await expect(page.getByTestId('exchange-export-rasters')).toBeDisabled();
    await expect(page.getByTestId('exchange-import-file')).toBeDisabled();
    await page.screenshot({ path: '/tmp/exchange-demo.png' });
  });

  test('in English: the section, this laptop and the empty conflicts screen', async ({ page, app }) => {
    await call(page.request, app.url, 'settings.update', { locale: 'en' });
    await page.goto(`${app.url}#/intercambio`);
    await expect(
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Exchange' }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { name: 'This laptop' })).toBeVisible();
    await expect(page.getByTestId('exchange-network')).toHaveText('Not exchanging yet');
    await expect(page.getByRole('radio', { name: /Everything/ })).toBeChecked();
    await page.screenshot({ path: '/tmp/exchange-en.png' });
    await page.getByTestId('exchange-tab-conflicts').click();
    await expect(page.getByTestId('exchange-conflicts-empty')).toHaveText(
      'No conflicts: all the work merged without clashes.',
    );
    await expect(page).toHaveTitle(/Exchange — Cafetal/);
  });
});
