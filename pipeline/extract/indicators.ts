// From the quantities found in an article to its indicator facts: units for bare figures, the
// exclusion rules, then code, target and period for each figure that is kept.
import bareUnits from "../lexicons/extract-bare-units.json" with { type: "json" };
import ellipsis from "../lexicons/extract-ellipsis.json" with { type: "json" };
import qualifierWords from "../lexicons/extract-qualifiers.json" with { type: "json" };
import { indicatorCodes } from "../../schemas/codes.js";
import type { IndicatorFact, Qualifier, Quantity } from "../types.js";
import { figureContext, segmentText, spanAt, type FigureContext, type Segmentation, type Span } from "./context.js";
import { exclusionReason, protectedSpans } from "./exclusions.js";
import { indicatorCode } from "./indicator-code.js";
import { periodOf } from "./period.js";
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
const QUALIFIER_BEFORE = (["max", "min"] as const).map((q): [Qualifier, RegExp] => [q, re(qualifierWords.before[q])]);
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

/** Sets the qualifier of an exact figure from a bound word just after it or a verb away before it. */
function withBoundWords(text: string, q: Quantity, lineStart: number): Quantity {
  if (q.qualifier !== "exact") return q;
  const after = text.slice(q.end, q.end + 4);
  const before = text.slice(Math.max(lineStart, q.start - 8), q.start);
  const found = QUALIFIER_AFTER.find(([, r]) => r.test(after)) ?? QUALIFIER_BEFORE.find(([, r]) => r.test(before));
  return found ? { ...q, qualifier: found[0] } : q;
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
  sorted.forEach((raw, i) => {
    const q = withBoundWords(text, withContextUnit(text, asFact(raw), i > 0 ? sorted[i - 1].end : 0, seg), lineStart(raw.start));
    if (shielded.some((s) => q.start < s.end && s.start < q.end)) return;
    const clause = spanAt(seg.clauses, q.start);
    const before = text.slice(Math.min(clause.start, q.start), q.start);
    const after = text.slice(q.end, Math.max(clause.end, q.end));
    if (exclusionReason(q, before, after) === null) kept.push(q);
  });

  const typed = typeFigures(text, seg, kept);
  return dedupe(
    typed.map(({ q, ctx, code, line }) => {
      const target = isTarget(ctx);
      const fact: IndicatorFact = {
        ...q,
        indicator: code,
        period: periodOf(q, code, target, ctx),
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

/**
 * Keeps each fact once: a repeat of the same value, unit and code is dropped, and so is a
 * bound (最高50万元) restating the upper end of a range of the same kind (30万至50万元). Items of
 * a numbered list are distinct facts even when their figures agree (a schedule of subsidies).
 */
function dedupe(items: { fact: IndicatorFact; head: string; line: number; listItem: boolean }[]): IndicatorFact[] {
  const seen = new Map<string, { line: number; listItem: boolean }>();
  const rangeEnds = new Set(
    items.filter(({ fact: f }) => f.qualifier === "range").map(({ fact: f }) => JSON.stringify([f.value_max, f.unit, f.indicator])),
  );
  const facts: IndicatorFact[] = [];
  for (const { fact, head, line, listItem } of items) {
    const key = factKey(fact, head);
    const first = seen.get(key);
    if (first && !(first.listItem && listItem && first.line !== line)) continue;
    if (fact.qualifier === "max" && rangeEnds.has(JSON.stringify([fact.value, fact.unit, fact.indicator]))) continue;
    if (!first) seen.set(key, { line, listItem });
    facts.push(fact);
  }
  return facts;
}
