// Cross-field rules every published indicator row must pass. Each is a named function returning
// the reason a row breaks it, or null; a row that breaks any is rejected, not published.
import type { IndicatorRow } from "../../schemas/columns.js";
import { isCountUnit, isMoneyUnit, unitFitsIndicator } from "../../schemas/codes.js";
import moneyLimits from "./money-limits.json" with { type: "json" };

export interface RowRule {
  name: string;
  description: string;
  check: (row: IndicatorRow) => string | null;
}

const SHARE_INDICATORS = new Set(["talent_share"]);
/** Stocks and states: a period makes no sense for them. */
const TIMELESS_INDICATORS = new Set(["talent_stock", "population", "talent_share", "ranking", "policy_measures"]);
const limits = moneyLimits as unknown as Record<string, number>;

const figures = (row: IndicatorRow) => [row.value, row.value_min, row.value_max].filter((v): v is number => v !== null);

export const boundsOrdered: RowRule = {
  name: "bounds_ordered",
  description: "value_min is not greater than value_max",
  check: (r) => (r.value_min !== null && r.value_max !== null && r.value_min > r.value_max ? `value_min ${r.value_min} > value_max ${r.value_max}` : null),
};

export const rangeShape: RowRule = {
  name: "range_shape",
  description: "a range has both bounds and no single value; any other row has a value and no bounds",
  check: (r) => {
    if (r.qualifier === "range") return r.value === null && r.value_min !== null && r.value_max !== null ? null : "a range needs value_min and value_max and no value";
    return r.value !== null && r.value_min === null && r.value_max === null ? null : `qualifier ${r.qualifier} needs a value and no bounds`;
  },
};

export const shareWithinHundred: RowRule = {
  name: "share_within_hundred",
  description: "a percent share lies between 0 and 100",
  check: (r) => (r.unit === "percent" && SHARE_INDICATORS.has(r.indicator) && figures(r).some((v) => v < 0 || v > 100) ? `share ${figures(r).join("–")}% is outside 0–100` : null),
};

export const rankPositive: RowRule = {
  name: "rank_positive",
  description: "a rank is a whole number from 1",
  check: (r) => (r.unit === "rank" && figures(r).some((v) => v < 1) ? `rank ${figures(r).join("–")} is below 1` : null),
};

export const wholeCounts: RowRule = {
  name: "whole_counts",
  description: "counts of people, person-times, items and ranks are whole numbers after scaling",
  check: (r) => ((isCountUnit(r.unit) || r.unit === "rank") && figures(r).some((v) => !Number.isInteger(v)) ? `${r.unit} count ${figures(r).join("–")} is not a whole number` : null),
};

// Ceilings are in yuan; other currencies (a yen or a rupee is worth far less) are only checked to be positive.
export const plausibleMoney: RowRule = {
  name: "plausible_money",
  description: "money is positive, and yuan are below the plausible ceiling of their indicator (pipeline/rules/money-limits.json)",
  check: (r) => {
    if (!isMoneyUnit(r.unit)) return null;
    const limit = r.unit === "CNY" ? limits[r.indicator] ?? limits.default : Infinity;
    const bad = figures(r).find((v) => v <= 0 || v > limit);
    return bad === undefined ? null : `${bad} ${r.unit} is implausible for ${r.indicator} (limit ${limit})`;
  },
};

// More people than live in China, or more things than any region counts, is a misread number.
const COUNT_LIMITS: Record<string, number> = { person: 2e9, person_time: 1e11, item: 1e10 };

export const plausibleCount: RowRule = {
  name: "plausible_count",
  description: "counts of people (at most 2 billion), person-times and items are below what any region could report",
  check: (r) => {
    const limit = COUNT_LIMITS[r.unit];
    const bad = limit === undefined ? undefined : figures(r).find((v) => v < 0 || v > limit);
    return bad === undefined ? null : `${bad} ${r.unit} is implausible (limit ${limit})`;
  },
};

export const unitFitsCode: RowRule = {
  name: "unit_fits_indicator",
  description: "the unit is one the indicator's values may have (schemas/indicator-codes.json units)",
  check: (r) => (unitFitsIndicator(r.indicator, r.unit) ? null : `unit ${r.unit} does not fit ${r.indicator}`),
};

export const periodApplies: RowRule = {
  name: "period_applies",
  description: "a period is only given for payments and flows, never for stocks, shares, ranks or counts of measures",
  check: (r) => (r.period !== null && TIMELESS_INDICATORS.has(r.indicator) ? `period ${r.period} makes no sense for ${r.indicator}` : null),
};

export const ROW_RULES: readonly RowRule[] = [boundsOrdered, rangeShape, shareWithinHundred, rankPositive, wholeCounts, plausibleMoney, plausibleCount, unitFitsCode, periodApplies];
