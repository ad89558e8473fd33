import type { Locator, Page } from '@playwright/test';
import { call } from './api-call.js';
import { seedFamily } from './seed-family.js';
import { expect, test } from './fixtures.js';

/** Screenshots for a person to look at; outside the repository. */
const SHOTS = process.env.TOUR_SCREENSHOTS_DIR ?? '/tmp';

/** The family and her analysed plot, and a farm plan for her: every step of the tour has its real target. */
async function seed(page: Page, url: string) {
  const seeded = await seedFamily(page.request, url, { variety: 'Caturra', altitudeM: 1350, altitudeSource: 'typed' });
  await call(page.request, url, 'risk.analyse', { organisationId: seeded.organisation.id });
  const plan = await call(page.request, url, 'plans.create', {
    organisationId: seeded.organisation.id,
    kind: 'farm',
    producerId: seeded.producer.id,
    title: 'Plan de finca — Rosa Huamán Tocto',
    startYear: 2027,
    endYear: 2031,
  });
  return { ...seeded, plan };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('no box');
  return box;
}

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * The bubble shows the step, points at `target` (visible, inside the ring) and, when the target leaves room
 * for it, does not cover it.
 */
async function expectStep(page: Page, step: { n: number; id: string; target: string; hash: RegExp }) {
  const bubble = page.getByTestId('tour-bubble');
  await expect(page).toHaveURL(step.hash);
  await expect(bubble).toHaveAttribute('data-step', step.id);
  await expect(page.getByTestId('tour-progress')).toContainText(`Paso ${step.n} de 7`);
  await expect(bubble).toHaveAttribute('data-target', step.target);
  const target = page.locator(`[data-tour="${step.target}"]`);
  await expect(target).toBeVisible();
  await expect(target).toBeInViewport();
  // The ring is drawn 6 px around the target (and follows it every frame: give it the frame).
  await expect
    .poll(async () => {
      const ring = await boxOf(page.getByTestId('tour-spotlight'));
      const box = await boxOf(target);
      return [ring.x - box.x, ring.y - box.y, ring.width - box.width, ring.height - box.height].map(Math.round);
    })
    .toEqual([-6, -6, 12, 12]);
  return { bubble, target };
}

test.describe('Taller: guided tour', () => {
  test('walks the seven steps across the sections, pointing at the real elements; Esc closes; it resumes', async ({
    page,
    app,
  }) => {
    const { plan } = await seed(page, app.url);
    await page.goto(`${app.url}#/taller`);
    await expect(page.getByTestId('tour-panel')).toBeVisible();
    await expect(page.getByTestId('tour-resume')).toHaveCount(0);
    await page.getByTestId('tour-start').click();

    // 1. Map: the draw-plot button; focus is in the bubble, which sits below the button without covering it.
    const bubble = page.getByTestId('tour-bubble');
    await expect(bubble).toHaveAttribute('role', 'dialog');
    await expect(bubble).toBeFocused();
    // The map chunk loads on the way (a few seconds on a loaded machine).
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', { timeout: 20_000 });
    const first = await expectStep(page, { n: 1, id: 'drawPlot', target: 'map-draw-plot', hash: /#\/mapa$/ });
    await expect(first.target).toHaveText('Dibujar parcela');
    await expect(bubble).toHaveAttribute('data-side', 'bottom');
    expect(overlap(await boxOf(bubble), await boxOf(first.target))).toBe(0);
    await expect(page.getByTestId('tour-previous')).toBeDisabled();
    await expect(bubble.getByRole('heading')).toHaveText('Dibujar una parcela');
    await page.screenshot({ path: `${SHOTS}/tour-step-1.png` });

    // The keyboard moves too: → and ← while the bubble has focus.
    await page.keyboard.press('ArrowRight');
    await expect(bubble).toHaveAttribute('data-step', 'savePlot');
    await page.keyboard.press('ArrowLeft');
    await expect(bubble).toHaveAttribute('data-step', 'drawPlot');

    // 2. Map: the side panel, with the bubble beside it (left), not over it.
    await page.getByTestId('tour-next').click();
    const second = await expectStep(page, { n: 2, id: 'savePlot', target: 'map-side-panel', hash: /#\/mapa$/ });
    await expect(bubble).toHaveAttribute('data-side', 'left');
    expect(overlap(await boxOf(bubble), await boxOf(second.target))).toBe(0);
    // Siguiente keeps the focus (the bubble's text is announced by its live region).
    await expect(page.getByTestId('tour-next')).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/tour-step-2.png` });

    // 3. Riesgos: the analysis card.
    await page.getByTestId('tour-next').click();
    await expectStep(page, { n: 3, id: 'analyseRisk', target: 'risk-analysis', hash: /#\/riesgos$/ });

    // 4. Riesgos: the results table stands in for the card, with the hint to open a row…
    await page.getByTestId('tour-next').click();
    await expectStep(page, { n: 4, id: 'riskCard', target: 'risk-results', hash: /#\/riesgos$/ });
    await expect(page.getByTestId('tour-hint')).toHaveText(
      'Haga clic en una fila de esta tabla para abrir la ficha de riesgo de esa parcela.',
    );
    // …and once a row is opened, the bubble follows into the (modal) dialog and rings the plot's risk card.
    await page.getByTestId('risk-row').click();
    const dialog = page.getByTestId('risk-dialog');
    await expect(dialog.getByTestId('tour-bubble')).toBeVisible();
    await expect(bubble).toHaveAttribute('data-target', 'plot-risk-card');
    await expect(page.getByTestId('tour-hint')).toHaveCount(0);
    await expect(dialog.getByTestId('plot-risk-card')).toBeVisible();
    // Beside the dialog, in the slim layout: none of the card is covered.
    await expect
      .poll(async () => overlap(await boxOf(bubble), await boxOf(dialog.getByTestId('plot-risk-card'))))
      .toBe(0);
    await page.screenshot({ path: `${SHOTS}/tour-step-4-card.png` });
    await dialog.getByTestId('risk-dialog-close').click();
    await expect(dialog).toHaveCount(0);
    await expect(bubble).toHaveAttribute('data-target', 'risk-results');

    // 5. Planes (the list): "Nuevo plan de finca", the proposals being inside a plan.
    await page.getByTestId('tour-next').click();
    await expectStep(page, { n: 5, id: 'buildPlan', target: 'plan-new', hash: /#\/planes$/ });

    // 6. Planes: the plans table until a plan is open; the tour keeps its step when the trainer opens one.
    await page.getByTestId('tour-next').click();
    const table = await expectStep(page, { n: 6, id: 'budget', target: 'plans-table', hash: /#\/planes$/ });
    // The table is wide: the bubble takes its wide, shorter layout above or below it, and the row stays clickable.
    await expect.poll(async () => overlap(await boxOf(bubble), await boxOf(table.target))).toBe(0);
    await page.getByTestId('farm-plan-open').click();
    await expectStep(page, { n: 6, id: 'budget', target: 'plan-budget', hash: new RegExp(`#/planes/${plan.id}$`) });
    await page.screenshot({ path: `${SHOTS}/tour-step-6-budget.png` });

    // 7. Informes: "Generar PDF"; the last step finishes instead of going on.
    await page.getByTestId('tour-next').click();
    const last = await expectStep(page, { n: 7, id: 'exportPdf', target: 'report-generate', hash: /#\/informes$/ });
    await expect(last.target).toHaveText('Generar PDF');
    await expect(page.getByTestId('tour-next')).toHaveText('Terminar');
    expect(overlap(await boxOf(bubble), await boxOf(last.target))).toBe(0);
    await page.screenshot({ path: `${SHOTS}/tour-step-7.png` });

    // Anterior goes back to Planes (its list: the section, not the plan last looked at).
    await page.getByTestId('tour-previous').click();
    await expectStep(page, { n: 6, id: 'budget', target: 'plans-table', hash: /#\/planes$/ });

    // Esc closes; the status bar's "?" opens it again at the same step.
    await bubble.focus();
    await page.keyboard.press('Escape');
    await expect(bubble).toHaveCount(0);
    await expect(page.getByTestId('tour-spotlight')).toHaveCount(0);
    await page.getByTestId('tour-open').click();
    await expect(bubble).toHaveAttribute('data-step', 'budget');
    await expect(bubble).toBeFocused();
    await page.getByTestId('tour-close').click();
    await expect(bubble).toHaveCount(0);
    await expect(page.getByTestId('tour-open')).toBeFocused();

    // The Taller panel offers to continue there or to start over.
    await page.getByTestId('nav-taller').click();
    await expect(page.getByTestId('tour-resume')).toHaveText('Continuar en el paso 6 de 7');
    await expect(page.getByTestId('tour-start')).toHaveText('Empezar desde el inicio');
    await page.getByTestId('tour-start').click();
    await expectStep(page, { n: 1, id: 'drawPlot', target: 'map-draw-plot', hash: /#\/mapa$/ });
    await page.getByTestId('tour-close').click();
  });

  test('with no data, a step without its target shows centred with a hint; elsewhere, the way back', async ({
    page,
    app,
  }) => {
    await page.goto(`${app.url}#/taller`);
    await page.getByTestId('tour-start').click();
    const bubble = page.getByTestId('tour-bubble');
    await expect(bubble).toHaveAttribute('data-step', 'drawPlot');
    await page.getByTestId('tour-next').click();
    await page.getByTestId('tour-next').click();

    // Riesgos without an organisation: no analysis card.
    await expect(page).toHaveURL(/#\/riesgos$/);
    await expect(bubble).toHaveAttribute('data-step', 'analyseRisk');
    await expect(bubble).toHaveAttribute('data-side', 'centre');
    await expect(bubble).toHaveAttribute('data-target', '');
    await expect(page.getByTestId('tour-hint')).toHaveAttribute('data-kind', 'missing');
    await expect(page.getByTestId('tour-hint')).toHaveText(
      'Elija una organización activa (arriba) y registre sus parcelas para poder analizarlas.',
    );
    const box = await boxOf(bubble);
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    expect(Math.abs(box.x + box.width / 2 - viewport.width / 2)).toBeLessThan(2);
    expect(Math.abs(box.y + box.height / 2 - viewport.height / 2)).toBeLessThan(2);
    await page.screenshot({ path: `${SHOTS}/tour-missing.png` });

    // The trainer wanders to Productores: the step stays, with a link back.
    await page.getByTestId('nav-productores').click();
    await expect(bubble).toHaveAttribute('data-step', 'analyseRisk');
    await expect(page.getByTestId('tour-hint')).toHaveText('Este paso está en la sección Riesgos.');
    await page.getByTestId('tour-go').click();
    await expect(page).toHaveURL(/#\/riesgos$/);
    await expect(page.getByTestId('tour-hint')).toHaveAttribute('data-kind', 'missing');
  });
});

test.describe('Taller: presentation mode', () => {
  test('on the map: no navigation, larger text, the map as wide as the window; Esc restores', async ({ page, app }) => {
    await seed(page, app.url);
    await page.goto(`${app.url}#/mapa`);
    const map = page.getByTestId('map');
    await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 20_000 });
    const rootFontPx = () =>
      page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await rootFontPx()).toBe(15);
    const normalWidth = (await boxOf(map)).width;

    await page.getByTestId('presentation-toggle').click();
    await expect(page.locator('html')).toHaveClass(/\bpresentation\b/);
    await expect(page.locator('.app-nav')).toBeHidden();
    await expect(page.getByTestId('status-bar')).toBeHidden();
    await expect(page.getByTestId('presentation-bar')).toBeVisible();
    await expect(page.getByTestId('presentation-exit')).toHaveText('Salir de la presentación');
    expect(await rootFontPx()).toBe(20);
    // The map spans the window but for the page's 0.5 rem (10 px) padding and the frame's 1 px border, each side.
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    await expect.poll(async () => Math.round((await boxOf(map)).width)).toBe(viewport.width - 22);
    expect((await boxOf(map)).width).toBeGreaterThan(normalWidth);
    // MapLibre resized its drawing buffer to the new container (no stretched canvas).
    await expect
      .poll(() =>
        page.evaluate(() => {
          const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
          return canvas ? Math.round(canvas.getBoundingClientRect().width) : 0;
        }),
      )
      .toBe(viewport.width - 22);
    await page.screenshot({ path: `${SHOTS}/tour-presentation.png` });

    // A selected plot brings back its card alone (no search, no layers).
    const box = await boxOf(map);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByTestId('plot-panel-name')).toHaveText('El Mirador');
    await expect(page.getByTestId('plot-search')).toBeHidden();
    await expect(page.getByTestId('layers-panel')).toBeHidden();
    await page.screenshot({ path: `${SHOTS}/tour-presentation-plot.png` });

    // For a person to look at: the base map's town labels, drawn larger in presentation mode.
    await page.getByTestId('plot-panel-close').click();
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Alejar' }).click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SHOTS}/tour-presentation-labels.png` });

    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/\bpresentation\b/);
    await expect(page.locator('.app-nav')).toBeVisible();
    await expect(page.getByTestId('status-bar')).toBeVisible();
    await expect(page.getByTestId('presentation-bar')).toHaveCount(0);
    expect(await rootFontPx()).toBe(15);
    await expect(page.getByTestId('layers-panel')).toBeVisible();
  });

  test('shortcuts (Ctrl+Shift+P, F5 without reloading) and the Taller panel toggle it', async ({ page, app }) => {
    await page.goto(`${app.url}#/taller`);
    await expect(page.getByTestId('presentation-panel')).toBeVisible();
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const html = page.locator('html');

    await page.keyboard.press('Control+Shift+P');
    await expect(html).toHaveClass(/\bpresentation\b/);
    await expect(page.getByTestId('presentation-toggle')).toHaveText('Salir de la presentación');
    await page.keyboard.press('F5');
    await expect(html).not.toHaveClass(/\bpresentation\b/);
    await page.keyboard.press('F5');
    await expect(html).toHaveClass(/\bpresentation\b/);
    // The slim bar still moves between sections, and its exit button ends the mode.
    await page.getByTestId('presentation-nav-riesgos').click();
    await expect(page).toHaveURL(/#\/riesgos$/);
    await expect(page.getByTestId('presentation-nav-riesgos')).toHaveAttribute('aria-current', 'page');
    // The tour from the slim bar, in presentation mode; its Esc closes the tour first, not the presentation.
    await page.getByTestId('presentation-tour-open').click();
    const bubble = page.getByTestId('tour-bubble');
    await expect(bubble).toHaveAttribute('data-target', 'map-draw-plot', { timeout: 20_000 });
    await expect(page.locator('[data-tour="map-draw-plot"]')).toBeDisabled();
    // No family yet: the button is there but disabled, and the bubble says what is missing.
    await expect(page.getByTestId('tour-hint')).toHaveAttribute('data-kind', 'disabled');
    await expect(page.getByTestId('tour-hint')).toContainText('registre primero una familia en Productores');
    await page.screenshot({ path: `${SHOTS}/tour-presentation-step-1.png` });
    await page.keyboard.press('Escape');
    await expect(bubble).toHaveCount(0);
    await expect(html).toHaveClass(/\bpresentation\b/);
    await page.getByTestId('presentation-exit').click();
    await expect(html).not.toHaveClass(/\bpresentation\b/);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    await page.getByTestId('nav-taller').click();
    await page.getByTestId('presentation-toggle').click();
    await expect(html).toHaveClass(/\bpresentation\b/);
    await page.getByTestId('presentation-toggle').click();
    await expect(html).not.toHaveClass(/\bpresentation\b/);
  });
});
