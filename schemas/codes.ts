// Code lists used by the published tables. Indicator codes are data (indicator-codes.json),
// defined by the labelling guide; the others are small closed sets.
import { z } from "zod";
import indicatorCodeList from "./indicator-codes.json" with { type: "json" };

import quantityUnits from "../pipeline/lexicons/quantity-units.json" with { type: "json" };

/** Units of a value: money in yuan, counts, shares, ranks, areas; other currencies by ISO 4217 code. */
export const UNITS = ["CNY", "person", "person_time", "item", "percent", "rank", "m2"] as const;
/** Units that count people, person-times or things. */
export const COUNT_UNITS = ["person", "person_time", "item"] as const;

export const IndicatorCodeEntry = z.strictObject({
  code: z.string().regex(/^[a-z_]+$/),
  name_zh: z.string(),
  name_en: z.string(),
  definition: z.string(),
  /** The units a figure of the code may have; "money" stands for yuan and every other currency. */
  units: z.array(z.enum([...UNITS.filter((u) => u !== "CNY"), "money"])).min(1),
});
export type IndicatorCodeEntry = z.infer<typeof IndicatorCodeEntry>;

export const indicatorCodes: readonly IndicatorCodeEntry[] = z.array(IndicatorCodeEntry).parse(indicatorCodeList);
export const INDICATOR_CODES = indicatorCodes.map((c) => c.code) as [string, ...string[]];

/** The code list as published: "money" is written CNY, which stands for any currency's code. */
export const indicatorCodeRows = indicatorCodes.map(({ units, ...entry }) => ({ ...entry, unit: units.map((u) => (u === "money" ? "CNY" : u)).join(", ") }));

const unitsByCode = new Map(indicatorCodes.map((c) => [c.code, new Set<string>(c.units)]));
/** Whether a figure in `unit` can be a value of the indicator `code`. */
export const unitFitsIndicator = (code: string, unit: string) => unitsByCode.get(code)?.has(isMoneyUnit(unit) ? "money" : unit) ?? false;

/** Every currency the quantity finder recognises, by ISO 4217 code, other than the yuan. */
export const FOREIGN_CURRENCIES = [...new Set([...Object.values(quantityUnits.currencies), ...Object.values(quantityUnits.currencyPrefixes)])]
  .filter((code) => code !== "CNY").sort();
export const UNIT_CODES = [...UNITS, ...FOREIGN_CURRENCIES] as [string, ...string[]];
export const QUALIFIERS = ["exact", "min", "max", "approx", "range"] as const;
export const PERIODS = ["one_off", "per_month", "per_year"] as const;
export const SCRIPTS = ["simplified", "traditional", "mixed"] as const;
export const FORMATS = ["markdown", "html", "text"] as const;

const FOREIGN_CURRENCY_SET: ReadonlySet<string> = new Set(FOREIGN_CURRENCIES);
/** Whether a unit code is money: the yuan or another currency. */
export const isMoneyUnit = (unit: string) => unit === "CNY" || FOREIGN_CURRENCY_SET.has(unit);
/** Whether a unit code counts people, person-times or things. */
export const isCountUnit = (unit: string) => (COUNT_UNITS as readonly string[]).includes(unit);
