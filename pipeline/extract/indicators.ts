// From the quantities found in an article to its indicator facts: units for bare figures, the
// exclusion rules, then code, target and period for each figure that is kept.
import bareUnits from "../lexicons/extract-bare-units.json" with { type: "json" };
import ellipsis from "../lexicons/extract-ellipsis.json" with { type: "json" };
import qualifierWords from "../lexicons/extract-qualifiers.json" with { type: "json" };
import quantityBounds from "../lexicons/quantity-bounds.json" with { type: "json" };
import { indicatorCodes } from "../../schemas/codes.js";
import type { IndicatorFact, Period, Qualifier, Quantity } from "../types.js";
import { figureContext, segmentText, spanAt, wordsAhead, type FigureContext, type Segmentation, type Span } from "./context.js";
import { exclusionReason, protectedSpans } from "./exclusions.js";
import { indicatorCode } from "./indicator-code.js";
import { markedPeriod, periodOf } from "./period.js";
import { isTarget } from "./target.js";

const re = (source: string) => new RegExp(source, "u");
const BARE_NOUNS = bareUnits.nouns.map(({ noun, unit, ...rest }) => {
  const gap = "max_gap" in rest ? rest.max_gap : bareUnits.max_gap;
  return { re: re(`(${noun})[^，,。；;：:、\\d]{0,${gap}}$`), unit };
});
const PERSON_NOUNS_AFTER = re(bareUnits.person_nouns_after);
const MONEY_MULTIPLIER = re(bareUnits.money_multiplier);
const MONEY_NOUNS_AFTER = re(bareUnits.money_nouns_after);
const MONEY_NOUNS_BEFORE = re(bareUnits.money_nouns_before);
/** A bare figure followed by a letter of its own was left bare on purpose by the quantity finder. */
const FOLLOWED_BY_WORD = /^[\u4e00-\u9fff]/u;
const BOUNDS = ["min", "max", "approx"] as const;
const QUALIFIER_AFTER = BOUNDS.map((q): [Qualifier, RegExp] => [q, re(qualifierWords.after[q])]);
/** A number of its own right after a bound word (不超过40周岁); 一次性 is a word, not a number. */
const OWN_NUMBER = "(?!一次性)[\\d０-９零〇一二两三四五六七八九十百千万亿半几数]";
const QUALIFIER_BEFORE = (["max", "min"] as const).map((q): [Qualifier, RegExp] => [
  q,
  re(`${qualifierWords.before[q]}(?!${qualifierWords.before_not_followed_by})(?!${OWN_NUMBER})[^，,。；;：:！!？?、（）()\\s]{0,${qualifierWords.before_max_gap}}$`),
]);
/** Words that open the parts of a total stated just before (其中党政人才1.97万人). */
const BREAKDOWN_OPENER = "其中";
/** A clause that only names a total to break it down: 196名高层次人才中, 在178个政策点中. */
const TOTAL_REFERENCE = /^[^，,。；;、]{0,12}中$/u;
/** A line opening with a list number: 1. / 1、 / （一） / 一是 / 第一条. */
const LIST_ITEM = /^\s*(\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[是、]|第[一二三四五六七八九十\d]{1,3}[条项])/u;
const HEAD_FILLER = re(ellipsis.head_filler);
const LEAD_FILLER = re(ellipsis.lead_filler);

/**
 * A fact has bounds only as a range (the published rows' contract); a bound figure such as 7万余人
 * keeps its value and its qualifier.
 */
const asFact = (q: Quantity): Quantity => (q.qualifier === "range" || q.value === null ? q : { ...q, value_min: null, value_max: null });

/**
 * Gives a bare figure a unit from the noun around it: a measure noun right before it
 * (阅读人次累计超过5万), a noun for people right after it (100万大学生), or, for 万 and 亿, a noun
 * for money on either side (44亿的人才资金投入).
 */
function withContextUnit(text: string, q: Quantity, previousEnd: number, seg: Segmentation): Quantity {
  if (q.unit !== null || q.value_min !== null) return q;
  const after = text.slice(q.end, q.end + 12);
  if (PERSON_NOUNS_AFTER.test(after)) return { ...q, unit: "person" };
  const clause = spanAt(seg.clauses, q.start);
  const lead = text.slice(Math.max(clause.start, previousEnd), q.start);
  if (MONEY_MULTIPLIER.test(q.text) && (MONEY_NOUNS_AFTER.test(after) || MONEY_NOUNS_BEFORE.test(lead))) return { ...q, unit: "CNY" };
  if (FOLLOWED_BY_WORD.test(after) && !after.startsWith("的")) return q;
  const found = BARE_NOUNS.find(({ re }) => re.test(lead));
  return found ? { ...q, unit: found.unit } : q;
}

/** Longest stretch before a figure read for a bound word: the word, then at most the gap. */
const BOUND_LOOKBACK = qualifierWords.before_max_gap + 3;

const boundAfter = (text: string, q: Quantity) => QUALIFIER_AFTER.find(([, r]) => r.test(text.slice(q.end, q.end + 4)));

/**
 * Sets the qualifier of an exact figure from a bound word just after it or a few words before it
 * (not before the previous figure, `from`).
 */
function withBoundWords(text: string, q: Quantity, from: number): Quantity {
  if (q.qualifier !== "exact") return q;
  const before = text.slice(Math.max(from, q.start - BOUND_LOOKBACK), q.start);
  const found = boundAfter(text, q) ?? QUALIFIER_BEFORE.find(([, r]) => r.test(before));
  return found ? { ...q, qualifier: found[0] } : q;
}

/** Figures listed with nothing but 、 between them (最高8万元、5万元). */
const LIST_JOINT = /^\s*、\s*$/u;

/** Bound words the quantity finder joins to a figure ahead of its number (最高, 不超过, 不低于). */
const BOUND_PREFIXES = Object.entries(quantityBounds.prefixes).filter(([, q]) => q === "max" || q === "min").map(([word]) => word);

/**
 * Whether a figure's upper or lower bound was written before its number (最高8万元, 最高…发放8万元),
 * and so may bound the figures listed after it, rather than after it (8万元以上).
 */
function boundAhead(text: string, raw: Quantity, q: Quantity): boolean {
  if (q.qualifier !== "max" && q.qualifier !== "min") return false;
  if (raw.qualifier === "exact") return boundAfter(text, q) === undefined;
  const ahead = wordsAhead(raw.text);
  return BOUND_PREFIXES.some((word) => ahead.includes(word));
}

function isParenthesised(text: string, q: Quantity, lineStart: number): boolean {
  const before = text.slice(lineStart, q.start);
  const open = Math.max(before.lastIndexOf("("), before.lastIndexOf("（"));
  const close = Math.max(before.lastIndexOf(")"), before.lastIndexOf("）"));
  return open > close;
}

interface Typed {
  q: Quantity;
  ctx: FigureContext;
  code: string;
  /** Whether the code was read from the text rather than left as "other" for want of any clue. */
  known: boolean;
  sentence: Span;
  line: number;
}

/**
 * The parts of a total being listed: their unit, the total's code and the clause it was read
 * from. Parts after 其中 run to the end of the sentence; parts after a total named with 中
 * (196名高层次人才中，…) to the end of the paragraph.
 */
interface Breakdown {
  unit: string | null;
  code: string;
  clause: string;
  end: number;
}

/** Units each code admits, read from the code list ("item or m2", "person, person_time or item", "any"). */
const CODE_UNITS = new Map(indicatorCodes.map((c) => [c.code, new Set(c.unit.split(/\s*,\s*|\s+or\s+/))]));
const codeAdmitsUnit = (code: string, unit: string) => {
  const units = CODE_UNITS.get(code);
  return units !== undefined && (units.has(unit) || units.has("any"));
};

const sameValue = (a: Quantity, b: Quantity) => a.unit === b.unit && a.value === b.value && a.value_min === b.value_min && a.value_max === b.value_max;

/**
 * What makes two facts the same: value, unit and code; for "other", which says nothing about
 * what was counted, also the counter and the noun after it (15项重点工程 is not 15家上市企业).
 */
function factKey(f: IndicatorFact, head: string): string {
  const what = f.indicator === "other" ? [f.counter, head.replace(/^的/, "").slice(0, 4)] : [];
  return JSON.stringify([f.value, f.value_min, f.value_max, f.unit, f.indicator, ...what]);
}

/**
 * The indicator facts of an article's cleaned, Simplified text, given the quantities found in
 * it: one per numeric fact, sorted by start; a fact stated twice is kept once, where first stated.
 */
export function indicatorsFromQuantities(text: string, quantities: readonly Quantity[]): IndicatorFact[] {
  const seg = segmentText(text);
  const shielded = protectedSpans(text);
  const lineStart = (offset: number) => text.lastIndexOf("\n", offset - 1) + 1;
  const sorted = [...quantities].sort((a, b) => a.start - b.start || b.end - a.end);

  const kept: Quantity[] = [];
  let boundedList: Quantity | null = null;
  sorted.forEach((raw, i) => {
    const previousEnd = i > 0 ? sorted[i - 1].end : 0;
    let q = withBoundWords(text, withContextUnit(text, asFact(raw), previousEnd, seg), Math.max(lineStart(raw.start), previousEnd));
    // A bound written before a list (分别给予不超过30万元、10万元) bounds every figure of it.
    const listed = boundedList !== null && boundedList.unit === q.unit && LIST_JOINT.test(text.slice(boundedList.end, q.start));
    if (listed && q.qualifier === "exact") q = { ...q, qualifier: boundedList!.qualifier };
    boundedList = listed || boundAhead(text, raw, q) ? q : null;
    if (shielded.some((s) => q.start < s.end && s.start < q.end)) return;
    const clause = spanAt(seg.clauses, q.start);
    const before = text.slice(Math.min(clause.start, q.start), q.start);
    const after = text.slice(q.end, Math.max(clause.end, q.end));
    if (exclusionReason(q, before, after) === null) kept.push(q);
  });

  const typed = typeFigures(text, seg, kept);
  return dedupe(
    typed.map(({ q, ctx, code, line }, i) => {
      const target = isTarget(ctx);
      const fact: IndicatorFact = {
        ...q,
        indicator: code,
        period: periodOf(q, code, target, ctx, continuedPeriod(typed, i)),
        is_target: target,
        evidence_start: ctx.clauseSpan.start,
        evidence_end: ctx.clauseSpan.end,
      };
      return { fact, head: ctx.head, line, listItem: LIST_ITEM.test(text.slice(line, line + 8)) };
    }),
  );
}

/**
 * Codes the kept figures in order. A figure no rule types, or only by a category noun, takes
 * its code from around it: the total it breaks down (其中党政人才1.97万人, 196名高层次人才中，一类人才17人),
 * the figure it continues (…仅5.8万人，2019年开始每年都超10万人), or another statement of the same figure.
 */
function typeFigures(text: string, seg: Segmentation, kept: readonly Quantity[]): Typed[] {
  const typed: Typed[] = [];
  let breakdown: Breakdown | null = null;
  kept.forEach((q, i) => {
    const ctx = figureContext(text, seg, kept, i);
    const line = text.lastIndexOf("\n", q.start - 1) + 1;
    const lineEnd = text.indexOf("\n", q.start) < 0 ? text.length : text.indexOf("\n", q.start);
    const previousEnd = i > 0 ? kept[i - 1].end : line;
    if (breakdown && q.start >= breakdown.end) breakdown = null;

    const opener = text.lastIndexOf(BREAKDOWN_OPENER, q.start);
    if (opener >= Math.max(previousEnd, line)) {
      const total = [...typed].reverse().find((t) => t.line === line && t.q.end <= opener && t.q.unit === q.unit && !isParenthesised(text, t.q, line));
      if (total) breakdown = { unit: total.q.unit, code: total.code, clause: total.ctx.clause, end: statementEnd(text, opener, lineEnd) };
    }

    const own = indicatorCode(q, ctx);
    let code = own?.code ?? null;
    if (breakdown && breakdown.unit === q.unit && (own === null || own.weak)) {
      const widened = indicatorCode(q, { ...ctx, clause: `${ctx.clause}\n${breakdown.clause}` });
      code = widened && !widened.weak ? widened.code : breakdown.code;
    }
    const sentence = spanAt(seg.sentences, q.start);
    if (TOTAL_REFERENCE.test(ctx.after)) {
      const earlier = typed.find((t) => sameValue(t.q, q));
      code ??= earlier?.code ?? null;
      breakdown = { unit: q.unit, code: code ?? "other", clause: earlier?.ctx.clause ?? ctx.clause, end: lineEnd };
    }
    code ??= continuedCode(typed, q, ctx, sentence);
    typed.push({ q, ctx, code: code ?? "other", known: code !== null, sentence, line });
  });
  return typed.map((t) => (t.known ? t : { ...t, code: restatedCode(typed, t.q) ?? t.code }));
}

/**
 * The period of the figure that `typed[index]` continues: a figure naming nothing after it takes
 * the marked period of the nearest earlier figure of its sentence with the same unit and code
 * (月薪中位数为6800元，硕士为9500元).
 */
function continuedPeriod(typed: readonly Typed[], index: number): Period | null {
  const t = typed[index];
  if (!HEAD_FILLER.test(t.ctx.head)) return null;
  for (let i = index - 1; i >= 0; i--) {
    const e = typed[i];
    if (e.sentence.start !== t.sentence.start) break;
    if (e.q.unit !== t.q.unit || e.code !== t.code) continue;
    const marked = markedPeriod(e.code, e.ctx);
    if (marked) return marked;
  }
  return null;
}

/** Where the sentence holding `offset` ends; semicolons separate parts of a list, not sentences. */
function statementEnd(text: string, offset: number, lineEnd: number): number {
  const rest = text.slice(offset, lineEnd).search(/[。！？!?]/);
  return rest < 0 ? lineEnd : offset + rest;
}

/** Small counts repeat by chance (3个, 5家); larger figures repeated are the same fact. */
const RESTATEMENT_MIN_COUNT = 10;

/**
 * The code of another statement of the same figure, before or after it, whose code was read from
 * the text (对于44亿资金的监管 and 每年44亿的人才资金投入; 20个方面、81条 and 人才新政81条).
 */
function restatedCode(typed: readonly Typed[], q: Quantity): string | null {
  const isCount = q.unit === "person" || q.unit === "item" || q.unit === "person_time";
  if (isCount && (q.value ?? q.value_max ?? 0) < RESTATEMENT_MIN_COUNT) return null;
  return typed.find((t) => t.known && t.code !== "other" && sameValue(t.q, q))?.code ?? null;
}

/**
 * The code of the figure an elliptical one continues: nothing but bound words after it, and the
 * same unit in the same sentence (提升至46%), or, with no noun before it either, a unit the code
 * admits in the same clause (人才公寓约3.2万平方米、共600余套).
 */
function continuedCode(typed: readonly Typed[], q: Quantity, ctx: FigureContext, sentence: Span): string | null {
  if (!HEAD_FILLER.test(ctx.head)) return null;
  const earlier = [...typed].reverse();
  const sameUnit = earlier.find((t) => t.sentence.start === sentence.start && t.q.unit === q.unit);
  if (sameUnit) return sameUnit.code;
  if (!LEAD_FILLER.test(ctx.lead)) return null;
  const sameClause = earlier.find((t) => t.ctx.clauseSpan.start === ctx.clauseSpan.start && q.unit !== null && codeAdmitsUnit(t.code, q.unit));
  return sameClause?.code ?? null;
}

/** What the words after a figure name, without 的 and bound words (的一次性生活补贴 → 一次性生活补贴). */
const namedThing = (head: string) => head.replace(/^(的|以上|以下|以内|左右|多|余|有余)+/u, "");

interface Statement {
  fact: IndicatorFact;
  head: string;
  line: number;
  listItem: boolean;
}

/**
 * Whether two figures with the same value and code are about the same thing: they do not recur
 * differently (每年5万元 and 一次性5万元), and one of them names nothing after it (三年引才4.3万人
 * and 共引进人才4.3万人) or the names share a word of two characters (最高20万元创业扶持 and
 * 最高给予20万元无偿扶持); 100万元奖励 and 100万元研发项目资助 are not.
 */
function sameThing(a: Statement, b: Statement): boolean {
  if (a.fact.period !== null && b.fact.period !== null && a.fact.period !== b.fact.period) return false;
  const [x, y] = [namedThing(a.head), namedThing(b.head)];
  if (x === "" || y === "") return true;
  for (let i = 0; i + 2 <= x.length; i++) if (y.includes(x.slice(i, i + 2))) return true;
  return false;
}

/**
 * Keeps each fact once: a restatement (same value, unit and code, about the same thing) is
 * dropped, and so is a bound (最高50万元) restating the upper end of a range of the same kind
 * (30万至50万元). Items of a numbered list are distinct facts even when their figures agree (a
 * schedule of subsidies).
 */
function dedupe(items: Statement[]): IndicatorFact[] {
  const seen = new Map<string, Statement[]>();
  const ranges = items.filter(({ fact }) => fact.qualifier === "range");
  const restatesRangeEnd = (item: Statement) => {
    const f = item.fact;
    return f.qualifier === "max" && ranges.some((r) => r.fact.value_max === f.value && r.fact.unit === f.unit && r.fact.indicator === f.indicator && sameThing(r, item));
  };
  const facts: IndicatorFact[] = [];
  for (const item of items) {
    const key = factKey(item.fact, item.head);
    const earlier = seen.get(key) ?? [];
    const restated = earlier.some((e) => sameThing(e, item) && !(e.listItem && item.listItem && e.line !== item.line));
    if (restated || restatesRangeEnd(item)) continue;
    seen.set(key, [...earlier, item]);
    facts.push(item.fact);
  }
  return facts;
}
