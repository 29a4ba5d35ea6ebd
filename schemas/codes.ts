// Code lists used by the published tables. Indicator codes are data (indicator-codes.json),
// defined by the labelling guide; the others are small closed sets.
import { z } from "zod";
import indicatorCodeList from "./indicator-codes.json" with { type: "json" };

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
export type IndicatorCode = string;

/** Units of a value: money in yuan, counts, shares, ranks, areas; other currencies by ISO 4217 code. */
export const UNITS = ["CNY", "person", "person_time", "item", "percent", "rank", "m2"] as const;
export const FOREIGN_CURRENCIES = ["USD", "EUR", "GBP", "JPY", "HKD", "MOP", "TWD", "KRW", "SGD", "AUD", "CAD", "CHF", "RUB"] as const;
export const UNIT_CODES = [...UNITS, ...FOREIGN_CURRENCIES] as const;
export const QUALIFIERS = ["exact", "min", "max", "approx", "range"] as const;
export const PERIODS = ["one_off", "per_month", "per_year"] as const;
export const SCRIPTS = ["simplified", "traditional", "mixed"] as const;
export const FORMATS = ["markdown", "html", "text"] as const;
