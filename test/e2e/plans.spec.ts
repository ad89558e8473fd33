import type { Locator, Page } from '@playwright/test';
import { call } from './api-call.js';
import { seedFamily } from './seed-family.js';
import { expect, test } from './fixtures.js';

/** Screenshots for a person to look at; outside the repository. */
const SHOTS = process.env.PLANS_SCREENSHOTS_DIR ?? '/tmp';

/**
 * An active organisation, one family with one ~1.2 ha Caturra plot at 1,350 msnm, analysed, and the family's
 * income profile. Rust in 2050 moderado is Alto there (hand-computed in risk.spec.ts: score 6.456, Alto from 5).
 */
async function seed(page: Page, url: string, { withIncome = true } = {}) {
  const { organisation, producer, plot } = await seedFamily(page.request, url, {
    variety: 'Caturra',
    altitudeM: 1350,
    altitudeSource: 'typed',
  });
  await call(page.request, url, 'risk.analyse', { organisationId: organisation.id });
  if (withIncome) {
    await call(page.request, url, 'income.save', {
      producerId: producer.id,
      year: 2026,
      coffeeAreaHa: 1.2,
      yieldQqPerHa: 15,
      price: 900,
      priceUnit: 'qq',
      priceBasis: 'pergamino',
      householdSize: 4,
      otherCropsSoles: 1500,
      offFarmSoles: 3000,
    });
  }
  const measures = await call(page.request, url, 'measures.list', { organisationId: organisation.id });
  return { organisation, producer, plot, measures };
}

/** The text as a reader sees it: no-break spaces (between "S/" and the amount) as plain spaces. */
const normalised = async (locator: Locator): Promise<string> =>
  ((await locator.textContent()) ?? '').replace(/\u00a0/g, ' ').trim();

/** Soles as es-PE writes them: "S/ 6,675" (whole soles) or "S/ 6,675.50". */
function solesEsPE(value: number): string {
  const digits = Number.isInteger(Math.round(value * 100) / 100) ? 0 : 2;
  const amount = new Intl.NumberFormat('es-PE', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
  return `S/ ${amount}`;
}

test.describe('Planes', () => {
  test('a farm plan from the family’s rust risk: proposals, actions, budget, timeline, monitoring, income, approval', async ({
    page,
    app,
  }) => {
    const { producer, measures } = await seed(page, app.url);
    const measureById = new Map(measures.map((m) => [m.id, m]));

    // The list: no plans yet; "Nuevo plan de finca" with the defaults 2027–2031 and 2050 moderado.
    await page.goto(`${app.url}#/planes`);
    await expect(page.getByTestId('section-planes')).toBeVisible();
    await expect(page.getByTestId('farm-plans-empty')).toBeVisible();
    await page.getByTestId('farm-plan-new').click();
    const form = page.getByTestId('farm-plan-form');
    await expect(form.getByTestId('plan-start-year')).toHaveValue('2027');
    await expect(form.getByTestId('plan-end-year')).toHaveValue('2031');
    await expect(form.getByTestId('plan-scenario')).toHaveValue('2050_moderate');
    // Without a family the form says what is missing.
    await form.getByTestId('farm-plan-create').click();
    await expect(form.getByTestId('plan-producer-problem')).toHaveText('Este dato es obligatorio.');
    await form.getByTestId('plan-producer').selectOption(producer.id);
    await form.getByTestId('plan-objectives').fill('Renovar el cafetal con variedades resistentes a la roya.');
    await form.getByTestId('farm-plan-create').click();

    // The plan page: header facts.
    const planPage = page.getByTestId('farm-plan-page');
    await expect(planPage).toBeVisible();
    await expect(page).toHaveURL(/#\/planes\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('plan-title')).toHaveText('Plan de finca — Rosa Huamán Tocto');
    await expect(page.getByTestId('plan-producer')).toHaveText('Rosa Huamán Tocto');
    await expect(page.getByTestId('plan-period')).toHaveText('2027–2031');
    await expect(page.getByTestId('plan-scenario-text')).toHaveText('2050 moderado');
    await expect(page.getByTestId('plan-version')).toHaveText('v1');
    await expect(page.getByTestId('plan-approval-state').first()).toHaveText('Borrador');
    await expect(page.getByTestId('objectives-text')).toHaveText(
      'Renovar el cafetal con variedades resistentes a la roya.',
    );

    await page.screenshot({ path: `${SHOTS}/plans-header.png` });

    // Proposals: the rust ones say why, in words.
    const rustProposals = page.locator('[data-testid="proposal"][data-hazards~="rust"]');
    await expect(rustProposals.first()).toBeVisible();
    const firstRust = rustProposals.first();
    const firstMeasureId = (await firstRust.getAttribute('data-measure-id')) ?? '';
    const firstMeasure = measureById.get(firstMeasureId);
    expect(firstMeasure, 'the proposal names a catalogue measure').toBeDefined();
    // e.g. "Broca Muy alto en la parcela El Mirador (2050 moderado); Roya Alto en … → Poda sanitaria…"
    await expect(firstRust.getByTestId('proposal-sentence')).toContainText(
      'Roya Alto en la parcela El Mirador (2050 moderado)',
    );
    await expect(firstRust.getByTestId('proposal-sentence')).toContainText(`→ ${firstMeasure?.name.es}`);
    await page.setViewportSize({ width: 1280, height: 2000 });
    await page.getByTestId('plan-proposals').screenshot({ path: `${SHOTS}/plans-proposals.png` });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Accept the two best rust proposals (the list shows the six most urgent first; the rest on request).
    if ((await page.getByTestId('proposals-more').count()) > 0) {
      await page.getByTestId('proposals-more').click();
      await expect(page.getByTestId('proposals-more')).toHaveAttribute('aria-expanded', 'true');
    }
    const accepted: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const proposal = rustProposals.first();
      const measureId = (await proposal.getAttribute('data-measure-id')) ?? '';
      accepted.push(measureId);
      await proposal.getByTestId('proposal-accept').click();
      await expect(page.locator(`[data-testid="action-row"][data-measure-id="${measureId}"]`)).toHaveCount(1);
      await expect(page.locator(`[data-testid="proposal"][data-measure-id="${measureId}"]`)).toHaveCount(0);
    }
    const rows = accepted.map((id) => page.locator(`[data-testid="action-row"][data-measure-id="${id}"]`));
    // The rationale is the proposal's sentence; the action starts in 2027, T1, paid by the family.
    await expect(rows[0]!.locator('th')).toContainText('Roya Alto en la parcela El Mirador (2050 moderado)');
    await expect(rows[0]!.getByTestId('action-when-inline')).toHaveValue('2027-1');
    await expect(rows[0]!.getByTestId('action-funding-inline')).toHaveValue('familia');
    await expect(rows[0]!.getByTestId('action-plots')).toHaveText('Parcela: El Mirador');

    // Set the quantities in place: 0.5 and 1.5 (in the measures' units).
    const quantities = [0.5, 1.5];
    for (const [index, row] of rows.entries()) {
      const input = row.getByTestId('action-quantity-inline');
      await input.fill(String(quantities[index]));
      await input.press('Enter');
      await expect(input).toHaveValue(String(quantities[index]));
    }
    // Cost = quantity × the measure's cost per unit (from measures.list), per row and in the budget.
    const costs = accepted.map(
      (id, index) => (quantities[index] ?? 0) * (measureById.get(id)?.costPerUnitSoles ?? NaN),
    );
    const totalSoles = costs.reduce((sum, cost) => sum + cost, 0);
    expect(Number.isFinite(totalSoles)).toBe(true);
    for (const [index, row] of rows.entries()) {
      await expect
        .poll(async () => (await normalised(row.getByTestId('action-cost'))).startsWith(solesEsPE(costs[index] ?? 0)))
        .toBe(true);
    }
    const budget = page.getByTestId('plan-budget');
    await expect.poll(() => normalised(budget.getByTestId('budget-total'))).toBe(solesEsPE(totalSoles));
    await expect
      .poll(() =>
        normalised(budget.locator('[data-testid="budget-year"][data-year="2027"] [data-testid="budget-year-total"]')),
      )
      .toBe(solesEsPE(totalSoles));
    await expect
      .poll(() => normalised(budget.locator('tfoot [data-testid="budget-source-total"][data-source="familia"]')))
      .toBe(solesEsPE(totalSoles));
    await expect.poll(() => normalised(budget.getByTestId('budget-table-total'))).toBe(solesEsPE(totalSoles));

    // The second action moves to 2028, T3, on Agroperú credit: the budget and the timeline follow.
    await rows[1]!.getByTestId('action-when-inline').selectOption('2028-3');
    await expect(rows[1]!.getByTestId('action-when-inline')).toHaveValue('2028-3');
    await rows[1]!.getByTestId('action-funding-inline').selectOption('credito_agroperu');
    await expect(rows[1]!.getByTestId('action-funding-inline')).toHaveValue('credito_agroperu');
    await expect
      .poll(() =>
        normalised(budget.locator('[data-testid="budget-year"][data-year="2027"] [data-testid="budget-year-total"]')),
      )
      .toBe(solesEsPE(costs[0] ?? 0));
    await expect
      .poll(() =>
        normalised(budget.locator('[data-testid="budget-year"][data-year="2028"] [data-source="credito_agroperu"]')),
      )
      .toBe(solesEsPE(costs[1] ?? 0));
    await expect.poll(() => normalised(budget.getByTestId('budget-total'))).toBe(solesEsPE(totalSoles));

    // Timeline: one marked cell per action, in its quarter, with the state in words.
    const actionId = async (row: Locator) => (await row.getAttribute('data-action-id')) ?? '';
    const timelineRow = async (row: Locator) =>
      page.locator(`[data-testid="timeline-row"][data-action-id="${await actionId(row)}"]`);
    const firstCells = (await timelineRow(rows[0]!)).getByTestId('timeline-cell');
    await expect(firstCells).toHaveCount(1);
    await expect(firstCells).toHaveAttribute('data-year', '2027');
    await expect(firstCells).toHaveAttribute('data-quarter', '1');
    await expect(firstCells).toContainText('Planificada');
    const secondCells = (await timelineRow(rows[1]!)).getByTestId('timeline-cell');
    await expect(secondCells).toHaveAttribute('data-year', '2028');
    await expect(secondCells).toHaveAttribute('data-quarter', '3');

    // Monitoring: a visit finds the second action half done.
    const monitoringRow = page.locator(`[data-testid="monitoring-row"][data-action-id="${await actionId(rows[1]!)}"]`);
    await monitoringRow.getByTestId('progress-add').click();
    const progressForm = page.getByTestId('progress-form');
    await progressForm.getByTestId('progress-date').fill('2027-02-15');
    await progressForm.getByTestId('progress-percent').fill('50');
    await progressForm.getByTestId('progress-notes').fill('Vivero listo, falta el trasplante.');
    await progressForm.getByTestId('progress-save').click();
    await expect(monitoringRow.getByTestId('monitoring-latest')).toHaveText(/^50\s?%$/);
    await expect(monitoringRow.getByTestId('monitoring-status')).toHaveText('En curso');
    await expect(monitoringRow.getByTestId('progress-entry')).toContainText(/50\s?%/);
    // Cost-weighted: Σ(cost × percent) / Σ cost = 50 × the second action's cost / the total.
    const expectedProgress = Math.round((50 * (costs[1] ?? 0)) / totalSoles);
    expect(expectedProgress).toBeGreaterThanOrEqual(10);
    await expect(page.getByTestId('plan-progress')).toHaveText(new RegExp(`^${expectedProgress}\\s?%$`));
    await expect(page.getByTestId('late-none')).toBeVisible();

    // Living income: the profile exists, so the chart (or its table) and when the gap closes.
    const income = page.getByTestId('plan-income');
    await expect(
      income.locator('[data-testid="income-chart"], [data-testid="plan-income-table"]').first(),
    ).toBeVisible();
    await expect(income.getByTestId('income-closes')).toHaveText(
      /^(La brecha se cierra en 20(2[7-9]|3[01])|No se cierra dentro del plan)$/,
    );
    await expect(income.getByTestId('income-gap-start')).toHaveText(/^(S\/\s[\d,]+|Sin brecha)$/);

    // Screenshots of each part, in a window tall enough for the whole page.
    await page.setViewportSize({ width: 1280, height: 4200 });
    await page.screenshot({ path: `${SHOTS}/plans-page.png` });
    await page.getByTestId('plan-actions').screenshot({ path: `${SHOTS}/plans-actions.png` });
    await page.getByTestId('plan-budget').screenshot({ path: `${SHOTS}/plans-budget.png` });
    await page.getByTestId('plan-timeline').screenshot({ path: `${SHOTS}/plans-timeline.png` });
    await page.getByTestId('plan-monitoring').screenshot({ path: `${SHOTS}/plans-monitoring.png` });
    await page.getByTestId('plan-income').screenshot({ path: `${SHOTS}/plans-income.png` });
    await page.setViewportSize({ width: 1280, height: 800 });

    // "Añadir medida": the catalogue by group, searchable.
    await page.getByTestId('add-measure').click();
    const dialog = page.getByTestId('add-measure-dialog');
    await expect(dialog).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 1400 });
    await dialog.screenshot({ path: `${SHOTS}/plans-catalogue.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    const allChoices = await dialog.getByTestId('add-measure-choice').count();
    expect(allChoices).toBe(measures.filter((m) => m.scope === 'farm' && m.archivedAt === null).length);
    await expect(dialog.locator('.measure-group h3').first()).toHaveText('Agroforestería y sombra');
    const dryer = measures.find((m) => m.code === 'solar-dryer');
    await dialog.getByTestId('add-measure-search').fill('secador');
    const dryerChoice = dialog.locator(`[data-testid="add-measure-choice"][data-measure-id="${dryer?.id}"]`);
    await expect(dryerChoice).toContainText('Secador solar');
    await expect.poll(() => dialog.getByTestId('add-measure-choice').count()).toBeLessThan(allChoices);
    await dryerChoice.click();
    await expect(dialog.getByTestId('add-measure-form').getByTestId('action-quantity')).toHaveValue('1');
    await page.setViewportSize({ width: 1280, height: 1400 });
    await dialog.screenshot({ path: `${SHOTS}/plans-add-measure.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await dialog.getByTestId('add-measure-submit').click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('action-row')).toHaveCount(3);

    // The row form: every field of an action; here who is responsible and the target.
    await rows[0]!.getByTestId('action-edit').click();
    const editForm = page.getByTestId('action-edit-form');
    await editForm.getByTestId('action-responsible').fill('Rosa Huamán');
    await editForm.getByTestId('action-target').fill('1.2 ha podadas');
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.getByTestId('plan-actions').screenshot({ path: `${SHOTS}/plans-action-form.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await editForm.getByTestId('action-edit-save').click();
    await expect(editForm).toHaveCount(0);
    await expect(rows[0]!.locator('th')).toContainText('Responsable: Rosa Huamán · Meta: 1.2 ha podadas');

    // Approval: who approves; the plan's substance is then fixed, monitoring goes on.
    await page.getByTestId('plan-approver').fill('Juana Díaz Chuquimango');
    await page.getByTestId('plan-approve').click();
    await expect(page.getByTestId('plan-locked')).toBeVisible();
    await expect(page.getByTestId('plan-approval').getByTestId('plan-approval-state')).toContainText(
      'Aprobado por Juana Díaz Chuquimango el',
    );
    await expect(rows[0]!.getByTestId('action-quantity-inline')).toBeDisabled();
    await expect(page.getByTestId('add-measure')).toHaveCount(0);

    // A new version: a draft copy with the same actions, opened at once.
    const approvedUrl = page.url();
    await page.getByTestId('plan-new-version').click();
    await expect(page).not.toHaveURL(approvedUrl);
    await expect(page.getByTestId('plan-version')).toContainText('v2');
    await expect(page.getByTestId('plan-approval-state').first()).toHaveText('Borrador');
    await expect(page.getByTestId('action-row')).toHaveCount(3);
    await expect.poll(() => normalised(page.getByTestId('budget-total'))).not.toBe('');

    // The list: one row for the family, its newest version, the earlier one linked.
    await page.goto(`${app.url}#/planes`);
    const listRow = page.getByTestId('farm-plan-row');
    await expect(listRow).toHaveCount(1);
    await expect(listRow.locator('td').first()).toContainText('v2');
    await expect(listRow.locator('td').first()).toContainText('Anteriores: v1');
    await expect(listRow.getByTestId('farm-plan-action-count')).toHaveText('3');
    await page.screenshot({ path: `${SHOTS}/plans-list.png` });

    // The organisation's resilience plan: started from the list, it opens on its own route.
    await page.getByTestId('org-plan-create').click();
    await expect(page).toHaveURL(/#\/planes\/organizacion\/[0-9a-f-]{36}$/);
    await page.goto(`${app.url}#/planes`);
    await expect(page.getByTestId('org-plan-open')).toBeVisible();
    await expect(page.getByTestId('org-plan-create')).toHaveCount(0);
  });

  test('an action past its quarter is flagged late; without an income profile the panel asks for one', async ({
    page,
    app,
  }) => {
    const { organisation, producer, measures } = await seed(page, app.url, { withIncome: false });
    const renovation = measures.find((m) => m.code === 'renovation-marsellesa');
    expect(renovation).toBeDefined();
    // A plan from 2025: its first quarter ended on 31 March 2025, before any day this test runs.
    const plan = await call(page.request, app.url, 'plans.create', {
      organisationId: organisation.id,
      kind: 'farm',
      producerId: producer.id,
      title: 'Plan 2025',
      startYear: 2025,
      endYear: 2029,
    });
    await call(page.request, app.url, 'plans.addAction', {
      planId: plan.id,
      fields: { measureId: renovation?.id ?? '', quantity: 1, year: 2025, quarter: 1 },
    });
    await page.goto(`${app.url}#/planes/${plan.id}`);
    await expect(page.getByTestId('action-row').getByTestId('action-late')).toHaveText('Atrasada');
    const cell = page.getByTestId('timeline-cell');
    await expect(cell).toHaveAttribute('data-state', 'late');
    await expect(cell).toContainText('Atrasada');
    await expect(page.getByTestId('late-actions')).toContainText('1 acción atrasada');
    await expect(page.getByTestId('late-actions')).toContainText('Renovación con Marsellesa: debía terminar el');
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.getByTestId('plan-timeline').screenshot({ path: `${SHOTS}/plans-timeline-late.png` });
    await page.getByTestId('plan-monitoring').screenshot({ path: `${SHOTS}/plans-monitoring-late.png` });

    // No income profile: the panel says why it is empty and opens the family's profile form in place.
    const income = page.getByTestId('plan-income');
    await expect(income.getByTestId('income-missing')).toBeVisible();
    await expect(income.getByTestId('income-enter-profile')).toHaveAttribute('href', `#/productores/${producer.id}`);
    await income.getByTestId('income-enter-here').click();
    await expect(income.getByTestId('income-profile-form')).toBeVisible();
    await income.screenshot({ path: `${SHOTS}/plans-income-missing.png` });
  });
});
