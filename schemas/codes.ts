// Code lists used by the published tables. Indicator codes are data (indicator-codes.json),
// defined by the labelling guide; the others are small closed sets.
import { z } from "zod";
import indicatorCodeList from "./indicator-codes.json" with { type: "json" };

import quantityUnits from "../pipeline/lexicons/quantity-units.json" with { type: "json" };

export const IndicatorCodeEntry = z.strictObject({
  code: z.string().regex(/^[a-z_]+$/),
  name_zh: z.string(),
  name_en: z.string(),
  definition: z.string(),
  unit: z.string(),
});
export type IndicatorCodeEntry = z.infer<typeof IndicatorCodeEntry>;

export const indicatorCodes: readonly IndicatorCodeEntry[] = z.array(IndicatorCodeEntry).parse(indicatorCodeList);
export const INDICATOR_CODES = indicatorCodes.map((c) => c.code) as [string, ...string[]];

/** Units of a value: money in yuan, counts, shares, ranks, areas; other currencies by ISO 4217 code. */
export const UNITS = ["CNY", "person", "person_time", "item", "percent", "rank", "m2"] as const;
/** Every currency the quantity finder recognises, by ISO 4217 code, other than the yuan. */
export const FOREIGN_CURRENCIES = [...new Set([...Object.values(quantityUnits.currencies), ...Object.values(quantityUnits.currencyPrefixes)])]
  .filter((code) => code !== "CNY").sort();
export const UNIT_CODES = [...UNITS, ...FOREIGN_CURRENCIES] as [string, ...string[]];
export const QUALIFIERS = ["exact", "min", "max", "approx", "range"] as const;
export const PERIODS = ["one_off", "per_month", "per_year"] as const;
export const SCRIPTS = ["simplified", "traditional", "mixed"] as const;
export const FORMATS = ["markdown", "html", "text"] as const;

/** Whether a unit code is money: the yuan or another currency. */
export const isMoneyUnit = (unit: string) => unit === "CNY" || (FOREIGN_CURRENCIES as readonly string[]).includes(unit);
