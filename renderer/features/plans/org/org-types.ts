import type { PlanFigures } from '../../../../shared/api/plans.js';

/** What `plans.figures` adds up for an organisation plan (never null on this page once checked). */
export type OrganisationTotals = NonNullable<PlanFigures['organisation']>;
export type MoneyByYear = OrganisationTotals['budgetByYear'];
export type IncomeDistribution = OrganisationTotals['incomeDistribution'];
export type FamilyRow = OrganisationTotals['families'][number];
