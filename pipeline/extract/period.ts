// How often a payment or flow recurs, from the markers around a figure
// (pipeline/lexicons/extract-periods.json).
import lexicon from "../lexicons/extract-periods.json" with { type: "json" };
import { isMoneyUnit } from "../../schemas/codes.js";
import type { Period, Quantity } from "../types.js";
import { spanAt, type FigureContext, type Segmentation } from "./context.js";
import { lexiconPattern } from "./lexicon-pattern.js";

const PERIODS: readonly Period[] = ["per_month", "per_year", "one_off"];

const HEAD_MARKERS = PERIODS.map((p): [Period, RegExp] => [p, lexiconPattern(lexicon.head[p])]);
const BEFORE_MARKERS = PERIODS.map((p): [Period, RegExp] => [p, lexiconPattern(lexicon.before[p], "gu")]);
const TIMELESS = new Set(lexicon.timeless_codes);
const ONE_OFF_CODES = new Set(lexicon.one_off_codes);
const GRANTED_BEFORE = lexiconPattern(lexicon.granted_before);
const GRANTED_AFTER = lexiconPattern(lexicon.granted_after);
const NAMED_YEAR = lexiconPattern(lexicon.named_year, "gu");
const NAMED_YEAR_SPAN = lexiconPattern(lexicon.named_year_span);
const NAMED_YEAR_CODES = new Set(lexicon.named_year_codes);
const ANNUAL_TARGET = lexiconPattern(lexicon.annual_target);
const NOT_CONTINUED = lexiconPattern(lexicon.not_continued);
const YEAR_SCOPE_OPENER = lexiconPattern(lexicon.year_scope_opener);
const TIME_OPENER = lexiconPattern(lexicon.time_opener);
const ISSUED = lexiconPattern(lexicon.issued);
const APPLIED_FOR = lexiconPattern(lexicon.applied_for);
/** How far into a sentence its opening time phrase is read (【概况】2020年，…). */
const OPENER_MAX = 24;

/** The whole year a paragraph is an account of, as far as a figure: opened by 全年 (spanning the parts of totals too) or by a named year. */
export type YearScope = "whole_year" | "named_year";

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

/**
 * The year scope of each figure, for offsets asked about in order: the last sentence of the
 * figure's line, up to the figure, that opens with a time phrase decides it (全年，… or 2020年，…
 * opens one; 至2020年底，… or 目前，… closes it). Sentences are read once, in order.
 */
export function yearScopesInOrder(text: string, seg: Segmentation): (offset: number) => YearScope | null {
  let next = 0;
  let line = -1;
  let scope: YearScope | null = null;
  return (offset) => {
    for (; next < seg.sentences.length && seg.sentences[next].start <= offset; next++) {
      const sentence = seg.sentences[next];
      const lineStart = spanAt(seg.lines, sentence.start).start;
      if (lineStart !== line) {
        line = lineStart;
        scope = null;
      }
      const opening = text.slice(sentence.start, Math.min(sentence.end, sentence.start + OPENER_MAX));
      const opener = YEAR_SCOPE_OPENER.exec(opening);
      if (opener) scope = opener.groups?.whole ? "whole_year" : "named_year";
      else if (TIME_OPENER.test(opening)) scope = null;
    }
    return spanAt(seg.lines, offset).start === line ? scope : null;
  };
}

/** A flow a year scope gives its period to: talents brought in, graduates retained, money paid, permits issued. */
const isFlow = (code: string, ctx: FigureContext) => NAMED_YEAR_CODES.has(code) || (code === "other" && ISSUED.test(ctx.sentenceBefore));

/** The period a marker in the figure's own clause states (每月, 每年, 一次性, 3000元/月), if any. */
export function markedPeriod(code: string, ctx: FigureContext): Period | null {
  if (TIMELESS.has(code)) return null;
  for (const [period, re] of HEAD_MARKERS) if (re.test(ctx.head)) return period;
  return nearestBefore(ctx.before);
}

/**
 * How often the figure recurs. `continued` is the marked period of the figure it continues, if it
 * continues one (月薪中位数为6800元，硕士为9500元); a total (累计…) continues none. `yearScope`
 * is the whole year the figure's paragraph is an account of, if any (全年，…).
 */
export function periodOf(
  q: Quantity,
  code: string,
  isTarget: boolean,
  ctx: FigureContext,
  continued: Period | null = null,
  yearScope: YearScope | null = null,
): Period | null {
  if (TIMELESS.has(code)) return null;
  const marked = markedPeriod(code, ctx);
  if (marked) return marked;
  if (continued && !NOT_CONTINUED.test(ctx.before)) return continued;
  if (isTarget && ANNUAL_TARGET.test(ctx.sentence)) return "per_year";
  if (q.unit !== "percent" && NAMED_YEAR_CODES.has(code) && namesOneYear(ctx.sentenceBefore)) return "per_year";
  if (q.unit !== "percent" && yearScope && isFlow(code, ctx) && !NOT_CONTINUED.test(ctx.before) && (yearScope === "whole_year" || !ctx.sentenceBefore.includes("其中"))) {
    return "per_year";
  }
  if (q.unit === null || !isMoneyUnit(q.unit)) return null;
  if (ONE_OFF_CODES.has(code)) return "one_off";
  if (code === "other" && !APPLIED_FOR.test(ctx.before) && (GRANTED_BEFORE.test(ctx.before) || GRANTED_AFTER.test(ctx.head))) return "one_off";
  return null;
}
