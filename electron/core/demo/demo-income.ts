import type { DemoCall } from './demo-call.js';
import { DEMO_BASE_YEAR, DEMO_MARKER_TEXT } from './demo-content.js';
import type { DemoFamily } from './demo-families.js';

const round = (value: number, step: number): number => Math.round(value / step) * step;

/**
 * One living-income profile per family for the demo's base year. The coffee
 * part follows the plots (their area and last harvest); the price is S/ 10–13
 * per kg of parchment (DOMAIN.md "The farm": S/ 12/kg in 2021, S/ 18 for
 * specialty); production costs are left to the setting's default
 * (S/ 8.5/kg, JNC 2019). Other income varies so that some families are above
 * the living-income benchmark and most below it, as in the region.
 */
export async function createDemoIncome(call: DemoCall, random: () => number, families: DemoFamily[]): Promise<void> {
  for (const { producer, plots } of families) {
    const coffeeAreaHa = plots.reduce((sum, plot) => sum + plot.areaHa, 0);
    const harvestQq = plots.reduce((sum, plot) => sum + (plot.lastHarvestQq ?? 0), 0);
    await call('income.save', {
      producerId: producer.id,
      year: DEMO_BASE_YEAR,
      coffeeAreaHa: Math.round(coffeeAreaHa * 100) / 100,
      yieldQqPerHa: Math.round((harvestQq / coffeeAreaHa) * 10) / 10,
      price: round(10 + random() * 3, 0.1),
      priceUnit: 'kg',
      priceBasis: 'pergamino',
      householdSize: producer.householdSize ?? 4,
      otherCropsSoles: round(500 + random() * 3500, 50),
      livestockSoles: round(300 + random() * 2700, 50),
      offFarmSoles: random() < 0.5 ? 0 : round(1000 + random() * 7000, 100),
      notes: `${DEMO_MARKER_TEXT}: cifras inventadas para capacitación.`,
    });
  }
}
