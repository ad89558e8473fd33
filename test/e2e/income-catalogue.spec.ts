import type { Locator, Page } from '@playwright/test';
import { call } from './api-call.js';
import { expect, test } from './fixtures.js';

/** Screenshots for a person to look at; outside the repository. */
const SHOTS = process.env.INCOME_SCREENSHOTS_DIR ?? '/tmp';

/** The text as a reader sees it: no-break spaces (between "S/" and the amount) as plain spaces. */
const textOf = async (locator: Locator): Promise<string> =>
  ((await locator.textContent()) ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** An active organisation and one family of four. */
async function seedFamily(page: Page, url: string) {
  const organisation = await call(page.request, url, 'organisations.create', {
    name: 'Cooperativa Agraria Frontera San Ignacio',
    type: 'cooperativa',
  });
  await call(page.request, url, 'settings.update', { activeOrganisationId: organisation.id });
  const producer = await call(page.request, url, 'producers.create', {
    organisationId: organisation.id,
    memberCode: 'F-001',
    names: 'Rosa Huamán Tocto',
    householdSize: 4,
  });
  return { organisation, producer };
}

/*
 * Hand-computed with the shipped defaults (shared/plans/income-defaults.json, DOMAIN.md "Living income"):
 * price S/ 12 per kg pergamino, production cost S/ 8.5 per kg (JNC 2019), 1 qq = 46 kg,
 * living income S/ 2,522 a month for a household of 4 (Anker 2024) → 2,522 × 12 = S/ 30,264 a year,
 * poverty line S/ 415 per person a month (INEI 2022) → 415 × 4 × 12 = S/ 19,920 a year.
 *
 * 2 ha × 18 qq/ha × 46 kg = 1,656 kg; gross 1,656 × 12 = 19,872; costs 1,656 × 8.5 = 14,076; coffee net 5,796.
 * Income = 5,796 + 1,200 (other crops) + 800 (livestock) + 3,000 (off-farm) = 10,796 → gap 30,264 − 10,796 = 19,468,
 * below the poverty line (10,796 < 19,920).
 * Then the price as S/ 900 per quintal: 1,656 × 900 / 46 = 32,400; net 32,400 − 14,076 = 18,324;
 * income 18,324 + 5,000 = 23,324 → gap 30,264 − 23,324 = 6,940, above the poverty line.
 */
test.describe('Ingreso digno y catálogo', () => {
  test("a family's income profile on the producer page: income, benchmark and gap", async ({ page, app }) => {
    const { producer } = await seedFamily(page, app.url);
    await page.goto(`${app.url}#/productores/${producer.id}`);
    const section = page.getByTestId('producer-income');
    await section.locator('summary').click();
    await expect(section.getByTestId('income-empty')).toBeVisible();

    await section.getByTestId('income-add').click();
    const form = section.getByTestId('income-editor');
    // Defaults from Settings › Ingreso digno y precios; the cost stays blank (= the setting, shown as a hint).
    await expect(form.getByTestId('income-yieldQqPerHa')).toHaveValue('18');
    await expect(form.getByTestId('income-price')).toHaveValue('12');
    await expect(form.getByTestId('income-priceUnit')).toHaveValue('kg');
    await expect(form.getByTestId('income-priceBasis')).toHaveValue('pergamino');
    await expect(form.getByTestId('income-productionCostPerKg')).toHaveValue('');
    await expect(form.getByTestId('income-householdSize')).toHaveValue('4');

    await form.getByTestId('income-year').fill('2026');
    await form.getByTestId('income-coffeeAreaHa').fill('2');
    await form.getByTestId('income-otherCropsSoles').fill('1200');
    await form.getByTestId('income-livestockSoles').fill('800');
    await form.getByTestId('income-offFarmSoles').fill('3000');
    await form.getByTestId('income-save').click();

    const row = section.locator('[data-testid="income-profile-row"][data-year="2026"]');
    await expect(row).toBeVisible();
    expect(await textOf(row.getByTestId('income-total'))).toContain('S/ 10,796');
    expect(await textOf(row.getByTestId('income-benchmark'))).toContain('S/ 30,264');
    expect(await textOf(row.getByTestId('income-gap'))).toContain('Faltan S/ 19,468');
    await expect(row.getByTestId('income-gap')).toHaveAttribute('data-soles', '19468');
    await expect(row.getByTestId('income-below-poverty')).toBeVisible();
    expect(await textOf(section.getByTestId('income-status'))).toBe('Perfil 2026 guardado. Faltan S/ 19,468');

    // The same year with the price per quintal.
    await row.getByTestId('income-edit').click();
    await expect(form.getByTestId('income-year')).toHaveAttribute('readonly', '');
    await form.getByTestId('income-price').fill('900');
    await form.getByTestId('income-priceUnit').selectOption('qq');
    await form.getByTestId('income-save').click();
    await expect(row.getByTestId('income-gap')).toHaveAttribute('data-soles', '6940');
    expect(await textOf(row.getByTestId('income-total'))).toContain('S/ 23,324');
    expect(await textOf(row.getByTestId('income-gap'))).toContain('Faltan S/ 6,940');
    await expect(row.getByTestId('income-below-poverty')).toHaveCount(0);

    await row.getByTestId('income-edit').click();
    await section.scrollIntoViewIfNeeded();
    await page.setViewportSize({ width: 1280, height: 1900 });
    await page.screenshot({ path: `${SHOTS}/income-catalogue-producer-income.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await form.getByRole('button', { name: 'Cancelar' }).click();

    // Delete asks first.
    await row.getByTestId('income-delete').click();
    await row.getByTestId('income-delete-confirm').click();
    await expect(section.getByTestId('income-empty')).toBeVisible();
  });

  test('the catalogue: edit a cost (version 2), add an own measure, delete one a plan uses (archived)', async ({
    page,
    app,
  }) => {
    const { organisation, producer } = await seedFamily(page, app.url);
    const measures = await call(page.request, app.url, 'measures.list', { organisationId: organisation.id });
    const shade = measures.find((m) => m.code === 'shade-agroforestry');
    expect(shade).toBeDefined();
    const plan = await call(page.request, app.url, 'plans.create', {
      organisationId: organisation.id,
      kind: 'farm',
      producerId: producer.id,
      title: 'Plan de finca Rosa Huamán',
      startYear: 2027,
      endYear: 2031,
    });
    await call(page.request, app.url, 'plans.addAction', {
      planId: plan.id,
      fields: { measureId: shade!.id, quantity: 1, year: 2027, quarter: 2 },
    });

    await page.goto(`${app.url}#/planes/catalogo`);
    const catalogue = page.getByTestId('catalogue-page');
    await expect(catalogue).toBeVisible();
    // Groups in the UI language, in the catalogue's order.
    await expect(catalogue.getByTestId('catalogue-group').first()).toContainText('Agroforestería y sombra');

    // Edit the plantain's cost: S/ 400 → 450 per ha makes version 2, and the history says what changed.
    const plantain = catalogue.locator('[data-testid="measure-card"][data-code="temporary-shade-plantain"]');
    await expect(plantain.getByTestId('measure-version')).toHaveText('versión 1');
    await plantain.getByTestId('measure-edit').click();
    const form = catalogue.getByTestId('measure-form');
    await expect(form.getByTestId('measure-form-version')).toContainText('Al guardar se crea la versión 2');
    await form.getByTestId('measure-input-costPerUnitSoles').fill('450');
    await form.getByTestId('measure-save').click();
    await expect(plantain.getByTestId('measure-version')).toHaveText('versión 2');
    expect(await textOf(plantain.getByTestId('measure-cost'))).toBe('S/ 450 por ha');
    await expect(catalogue.getByTestId('catalogue-notice')).toContainText('guardada como versión 2');
    await plantain.getByTestId('measure-history-toggle').click();
    const history = plantain.getByTestId('measure-history');
    await expect(history.locator('tbody tr')).toHaveCount(2);
    await expect(history.locator('tbody tr[data-version="2"]')).toContainText('Costo por unidad (S/)');
    await expect(history.locator('tbody tr[data-version="1"]')).toContainText('Primera versión');

    // The organisation's own measure, named in Spanish only.
    await catalogue.getByTestId('catalogue-add').click();
    const create = catalogue.getByTestId('measure-form');
    await create.getByTestId('measure-input-name.es').fill('Crianza de abejas meliponas');
    // Without a description the form says what is missing.
    await create.getByTestId('measure-save').click();
    await expect(create.getByTestId('measure-issues')).toContainText(
      'Descripción (español): Este dato es obligatorio.',
    );
    await create
      .getByTestId('measure-input-description.es')
      .fill('Cajas de abejas sin aguijón: miel y polinización del café.');
    await create.getByTestId('measure-input-group').selectOption('diversification');
    await create.getByTestId('measure-input-unit').selectOption('units');
    await create.getByTestId('measure-input-costPerUnitSoles').fill('300');
    await create.getByTestId('measure-input-effect.kind').selectOption('income_per_unit');
    await create.getByTestId('measure-input-effect.value').fill('200');
    await create.getByTestId('measure-input-source').fill('Estimación de la cooperativa, 2026');
    await create.getByTestId('measure-save').click();
    const own = catalogue.getByTestId('measure-card').filter({ hasText: 'Crianza de abejas meliponas' });
    await expect(own.getByTestId('measure-own')).toHaveText('Propia');
    expect(await textOf(own.getByTestId('measure-effect'))).toBe('S/ 200 al año por unidad');
    // Unused: deleting deletes it.
    await own.getByTestId('measure-delete').click();
    await own.getByTestId('measure-delete-confirm').click();
    await expect(catalogue.getByTestId('catalogue-notice')).toHaveAttribute('data-kind', 'deleted');
    await expect(own).toHaveCount(0);

    // Used by the plan: deleting archives it, and says so.
    const used = catalogue.locator('[data-testid="measure-card"][data-code="shade-agroforestry"]');
    await used.getByTestId('measure-delete').click();
    await used.getByTestId('measure-delete-confirm').click();
    const notice = catalogue.getByTestId('catalogue-notice');
    await expect(notice).toHaveAttribute('data-kind', 'archived');
    await expect(notice).toContainText('está usada en planes: se archiva');
    await expect(used).toHaveCount(0);
    await catalogue.getByTestId('catalogue-show-archived').check();
    await expect(used.getByTestId('measure-archived')).toHaveText('Archivada');
    // The plan keeps its action and the version it was made with.
    const kept = await call(page.request, app.url, 'plans.get', { id: plan.id });
    expect(kept.actions.map((a) => [a.measure.measureId, a.measure.version])).toEqual([[shade!.id, 1]]);
    // The page scrolls inside the app's main area: a tall window shows its first groups whole.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.screenshot({ path: `${SHOTS}/income-catalogue-catalogue.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test('the organisation plan: figures, budget, actions, timeline, income before/after, annex (screenshots)', async ({
    page,
    app,
  }) => {
    const { organisation, producer } = await seedFamily(page, app.url);
    const measures = await call(page.request, app.url, 'measures.list', { organisationId: organisation.id });
    const byCode = (code: string) => {
      const measure = measures.find((m) => m.code === code);
      if (!measure) throw new Error(`No measure ${code} in the catalogue`);
      return measure;
    };
    // Three families: one far below the benchmark, one whose plan closes the gap, one without a farm plan.
    const families = [
      { producer, areaHa: 2, otherSoles: 5000 },
      {
        producer: await call(page.request, app.url, 'producers.create', {
          organisationId: organisation.id,
          memberCode: 'F-002',
          names: 'Juan Carlos Díaz Vásquez',
          householdSize: 5,
        }),
        areaHa: 5,
        otherSoles: 12000,
      },
      {
        producer: await call(page.request, app.url, 'producers.create', {
          organisationId: organisation.id,
          memberCode: 'F-003',
          names: 'María Elena Chinchay Guevara',
          householdSize: 3,
        }),
        areaHa: 1,
        otherSoles: 2500,
      },
    ];
    const farmPlanIds: string[] = [];
    for (const [index, family] of families.entries()) {
      await call(page.request, app.url, 'income.save', {
        producerId: family.producer.id,
        year: 2026,
        coffeeAreaHa: family.areaHa,
        yieldQqPerHa: 18,
        price: 12,
        priceUnit: 'kg',
        priceBasis: 'pergamino',
        householdSize: 4,
        otherCropsSoles: family.otherSoles,
      });
      if (index === 2) continue;
      const farm = await call(page.request, app.url, 'plans.create', {
        organisationId: organisation.id,
        kind: 'farm',
        producerId: family.producer.id,
        title: `Plan de finca ${family.producer.names}`,
        startYear: 2027,
        endYear: 2031,
      });
      farmPlanIds.push(farm.id);
      for (const [code, quantity, year, fundingSource] of [
        ['renovation-marsellesa', family.areaHa / 2, 2027, 'credito_agroperu'],
        ['shade-agroforestry', family.areaHa, 2028, 'proyecto_ong'],
        ['beekeeping', 4, 2027, 'familia'],
      ] as const) {
        await call(page.request, app.url, 'plans.addAction', {
          planId: farm.id,
          fields: { measureId: byCode(code).id, quantity, year, quarter: 2, fundingSource },
        });
      }
    }
    const orgPlan = await call(page.request, app.url, 'plans.create', {
      organisationId: organisation.id,
      kind: 'organisation',
      title: 'Plan de resiliencia climática 2027–2031',
      startYear: 2027,
      endYear: 2031,
      objectives: 'Renovar con variedades resistentes y acercar a las familias al ingreso digno.',
    });
    const withNursery = await call(page.request, app.url, 'plans.addAction', {
      planId: orgPlan.id,
      fields: {
        measureId: byCode('nursery').id,
        quantity: 20000,
        year: 2027,
        quarter: 1,
        fundingSource: 'organizacion',
        indicator: 'Plantones entregados',
        target: '20,000 plantones de Marsellesa',
      },
    });
    await call(page.request, app.url, 'plans.addAction', {
      planId: orgPlan.id,
      fields: {
        measureId: byCode('farmer-field-schools').id,
        quantity: 30,
        year: 2027,
        quarter: 3,
        fundingSource: 'proyecto_ong',
      },
    });
    const nursery = withNursery.actions[0];
    if (!nursery) throw new Error('The nursery action was not added');
    await call(page.request, app.url, 'plans.addProgress', {
      actionId: nursery.id,
      date: '2027-02-15',
      percentDone: 40,
      notes: 'Semilla sembrada en almácigos',
    });

    // The income chart on each family's farm plan.
    for (const [index, farmPlanId] of farmPlanIds.entries()) {
      await page.goto(`${app.url}#/planes/${farmPlanId}`);
      const chart = page.getByTestId('income-chart');
      await expect(chart).toBeVisible();
      await expect(chart.getByTestId('income-chart-headline')).not.toBeEmpty();
      await chart.locator('summary').click();
      await expect(chart.getByTestId('income-chart-table').locator('tbody tr')).toHaveCount(5);
      await chart.screenshot({ path: `${SHOTS}/income-catalogue-chart-${index + 1}.png` });
    }

    // The organisation plan.
    await page.goto(`${app.url}#/planes/organizacion/${orgPlan.id}`);
    const view = page.getByTestId('org-plan-page');
    await expect(view.getByTestId('org-plan-title')).toHaveText('Plan de resiliencia climática 2027–2031');
    await expect(view.getByTestId('org-summary-farmPlans')).toHaveText('2');
    await expect(view.getByTestId('org-actions').getByTestId('org-action-row')).toHaveCount(2);
    await expect(view.getByTestId('org-timeline').getByTestId('org-timeline-row')).toHaveCount(2);
    // The annex has one line per family: María Elena has a profile but no plan yet.
    await expect(view.getByTestId('org-families').getByTestId('org-family-row')).toHaveCount(3);
    await expect(view.getByTestId('org-family-row').filter({ hasText: 'María Elena' })).toContainText('Sin plan');
    // Sorted by name: Juan Carlos before Rosa.
    await view.getByTestId('org-families-sort-producerName').click();
    await expect(view.getByTestId('org-family-row').first()).toContainText('Juan Carlos Díaz Vásquez');
    // The page scrolls inside the app's main area: a tall window shows it whole.
    await page.setViewportSize({ width: 1280, height: 4200 });
    await page.screenshot({ path: `${SHOTS}/income-catalogue-org-plan.png` });
    await page.setViewportSize({ width: 1280, height: 800 });

    // An organisation action from the catalogue, through the form.
    await view.getByTestId('org-action-add').click();
    const add = view.getByTestId('org-action-add-form');
    await add.getByTestId('org-action-measure').selectOption(byCode('collective-wet-mill').id);
    await add.getByTestId('org-action-year').selectOption('2029');
    await add.getByTestId('org-action-indicator').fill('Beneficio húmedo en funcionamiento');
    await add.getByTestId('org-action-save').click();
    await expect(view.getByTestId('org-actions').getByTestId('org-action-row')).toHaveCount(3);

    // Progress: 100 % marks the field schools done.
    const schools = view.getByTestId('org-action-row').filter({ hasText: 'Escuelas de campo' });
    await schools.getByTestId('org-action-progress').click();
    await view.getByTestId('org-progress-percent').fill('100');
    await view.getByTestId('org-progress-notes').fill('30 promotores formados');
    await view.getByTestId('org-progress-save').click();
    await expect(schools).toHaveAttribute('data-status', 'done');
    await expect(schools.getByTestId('org-action-status')).toContainText('Hecha');

    // Approval: recorded with who approved; actions then change only in a new version, which opens.
    await view.getByTestId('org-plan-approve').click();
    await view.getByTestId('org-plan-approved-by').fill('Asamblea general de socios');
    await view.getByTestId('org-plan-approve-confirm').click();
    await expect(view.getByTestId('plan-approval-state')).toHaveAttribute('data-approved', 'true');
    await expect(view.getByTestId('org-action-add')).toHaveCount(0);
    await view.getByTestId('org-plan-new-version').click();
    await expect(page).not.toHaveURL(new RegExp(orgPlan.id));
    await expect(view.getByTestId('org-plan-version')).toHaveText('versión 2');
    await expect(view.getByTestId('plan-approval-state')).toHaveAttribute('data-approved', 'false');
    await expect(view.getByTestId('org-actions').getByTestId('org-action-row')).toHaveCount(3);
  });
});
