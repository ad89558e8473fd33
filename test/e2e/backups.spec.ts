import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { call } from './api-call.js';
import { expect, test } from './fixtures.js';
import { seedFamily } from './seed-family.js';

async function families(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/productores`);
  await page.getByTestId('producers-tab-families').click();
}

test.describe('Ajustes › Copias de seguridad: save, restore, refuse', () => {
  test('saves a backup, restores it through the confirmation, and refuses a damaged file', async ({
    page,
    app,
  }, testInfo) => {
    const { organisation } = await seedFamily(page.request, app.url);

    // Save the backup as a download ("Guardar copia como…").
    await page.goto(`${app.url}#/ajustes`);
    const downloading = page.waitForEvent('download');
    await page.getByTestId('backup-save-as').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^cafetal-respaldo-\d{4}-\d{2}-\d{2}\.sqlite$/);
    const saved = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    await expect(page.getByTestId('backup-saved')).toContainText(download.suggestedFilename());

    // A second family after the backup.
    await call(page.request, app.url, 'producers.create', {
      organisationId: organisation.id,
      memberCode: 'F-002',
      names: 'Juan Carlos Díaz Neira',
    });
    await families(page, app.url);
    await expect(page.getByTestId('producer-row')).toHaveCount(2);

    // Restore the downloaded file: the dialog shows the checks and both sides.
    await page.goto(`${app.url}#/ajustes`);
    await page.getByTestId('restore-file-input').setInputFiles(saved);
    const dialog = page.getByTestId('restore-dialog');
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('restore-checks')).toContainText('Es una base de datos de Cafetal.');
    await expect(page.getByTestId('restore-checks')).toContainText('No tiene daños');
    const producersRow = page.getByTestId('restore-row-producers');
    await expect(producersRow.getByTestId('current')).toHaveText('2');
    await expect(producersRow.getByTestId('backup')).toHaveText('1');
    await expect(page.getByTestId('restore-row-organisations').getByTestId('backup')).toHaveText('1');
    await expect(page.getByTestId('restore-warning')).toContainText('Antes, Cafetal guardará una copia de seguridad');
    await page.screenshot({ path: '/tmp/backups-confirm.png' });
    await page.getByTestId('restore-confirm').click();

    // The page reloads on the restored data and says where the previous data went.
    await expect(page.getByTestId('restore-done')).toContainText('cafetal-antes-de-restaurar-');
    await expect(page.locator('[data-testid="backup-row"][data-kind="beforeRestore"]')).toHaveCount(1);
    await page.screenshot({ path: '/tmp/backups-restored.png', fullPage: true });
    await families(page, app.url);
    await expect(page.getByTestId('producer-row')).toHaveCount(1);
    await expect(page.getByTestId('producer-row')).toContainText('Rosa Huamán Tocto');

    // A damaged copy (cut in half) is refused in words, and nothing changes.
    const cut = testInfo.outputPath('cortado.sqlite');
    const bytes = fs.readFileSync(saved);
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await page.goto(`${app.url}#/ajustes`);
    await page.getByTestId('restore-file-input').setInputFiles(cut);
    const refusal = page.getByTestId('backup-refusal');
    await expect(refusal).toHaveAttribute('data-reason', 'CORRUPT');
    await expect(refusal).toContainText('La copia está dañada o incompleta y no se puede restaurar.');
    await expect(refusal).toContainText('Los datos actuales no se modificaron.');
    await expect(page.getByTestId('restore-dialog')).toHaveCount(0);
    await page.screenshot({ path: '/tmp/backups-refused.png', fullPage: true });

    // A text file renamed .sqlite, too.
    const notes = testInfo.outputPath('notas.sqlite');
    fs.writeFileSync(notes, 'Acta de la asamblea de socios\n');
    await page.getByTestId('restore-file-input').setInputFiles(notes);
    await expect(refusal).toHaveAttribute('data-reason', 'NOT_SQLITE');
    await families(page, app.url);
    await expect(page.getByTestId('producer-row')).toHaveCount(1);
    expect(path.basename(saved)).toBe(download.suggestedFilename());

    // Undo: the safety copy in the list brings the second family back.
    await page.goto(`${app.url}#/ajustes`);
    await page.locator('[data-testid="backup-row"][data-kind="beforeRestore"]').getByTestId('backup-restore').click();
    await expect(page.getByTestId('restore-row-producers').getByTestId('backup')).toHaveText('2');
    await page.getByTestId('restore-confirm').click();
    await expect(page.getByTestId('restore-done')).toBeVisible();
    await page.screenshot({ path: '/tmp/backups-undone.png', fullPage: true });
    await families(page, app.url);
    await expect(page.getByTestId('producer-row')).toHaveCount(2);
  });
});
