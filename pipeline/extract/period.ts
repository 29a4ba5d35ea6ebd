// How often a payment or flow recurs, from the markers around a figure
// (pipeline/lexicons/extract-periods.json).
import lexicon from "../lexicons/extract-periods.json" with { type: "json" };
import { isMoneyUnit } from "../../schemas/codes.js";
import type { Period, Quantity } from "../types.js";
import type { FigureContext } from "./context.js";

const PERIODS: readonly Period[] = ["per_month", "per_year", "one_off"];
const compile = (source: string, flags = "u") => new RegExp(source, flags);

const HEAD_MARKERS = PERIODS.map((p): [Period, RegExp] => [p, compile(lexicon.head[p])]);
const BEFORE_MARKERS = PERIODS.map((p): [Period, RegExp] => [p, compile(lexicon.before[p], "gu")]);
const TIMELESS = new Set(lexicon.timeless_codes);
const ONE_OFF_CODES = new Set(lexicon.one_off_codes);
const GRANTED_BEFORE = compile(lexicon.granted_before);
const GRANTED_AFTER = compile(lexicon.granted_after);
const NAMED_YEAR = compile(lexicon.named_year, "gu");
const NAMED_YEAR_SPAN = compile(lexicon.named_year_span);
const NAMED_YEAR_CODES = new Set(lexicon.named_year_codes);
const ANNUAL_TARGET = compile(lexicon.annual_target);
const NOT_CONTINUED = compile(lexicon.not_continued);

/** The marker nearest before the figure in its clause, if any. */
function nearestBefore(before: string): Period | null {
  let best: Period | null = null;
  let bestEnd = -1;
  for (const [period, re] of BEFORE_MARKERS) {
    for (const m of before.matchAll(re)) {
      const end = m.index + m[0].length;
      if (end > bestEnd) {
        bestEnd = end;
        best = period;
      }
    }
  }
  return best;
}

/** The sentence before a figure names the one year it belongs to (not a year it runs from). */
function namesOneYear(sentenceBefore: string): boolean {
  // The parts of a total (其中…) are not each that year's flow.
  const scope = sentenceBefore.slice(sentenceBefore.lastIndexOf("其中") + 1);
  const years = [...scope.matchAll(NAMED_YEAR)];
  const last = years.at(-1);
  return last !== undefined && !NAMED_YEAR_SPAN.test(scope.slice(last.index + last[0].length));
}

/** The period a marker in the figure's own clause states (每月, 每年, 一次性, 3000元/月), if any. */
export function markedPeriod(code: string, ctx: FigureContext): Period | null {
  if (TIMELESS.has(code)) return null;
  for (const [period, re] of HEAD_MARKERS) if (re.test(ctx.head)) return period;
  return nearestBefore(ctx.before);
}

/**
 * How often the figure recurs. `continued` is the marked period of the figure it continues, if it
 * continues one (月薪中位数为6800元，硕士为9500元); a total (累计…) continues none.
 */
export function periodOf(q: Quantity, code: string, isTarget: boolean, ctx: FigureContext, continued: Period | null = null): Period | null {
  if (TIMELESS.has(code)) return null;
  const marked = markedPeriod(code, ctx);
  if (marked) return marked;
  if (continued && !NOT_CONTINUED.test(ctx.before)) return continued;
  if (isTarget && ANNUAL_TARGET.test(ctx.sentence)) return "per_year";
  if (q.unit !== "percent" && NAMED_YEAR_CODES.has(code) && namesOneYear(ctx.sentenceBefore)) return "per_year";
  if (q.unit === null || !isMoneyUnit(q.unit)) return null;
  if (ONE_OFF_CODES.has(code)) return "one_off";
  if (code === "other" && (GRANTED_BEFORE.test(ctx.before) || GRANTED_AFTER.test(ctx.head))) return "one_off";
  return null;
}
