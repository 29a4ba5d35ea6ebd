// From the quantities found in an article to its indicator facts: the figures worth typing
// (figures.ts), then code, target and period for each, then each fact once (restatements.ts).
// Every step reads the figures once in order and looks earlier figures up by index or by key, so
// that the time grows linearly with the length of the article.
import ellipsis from "../lexicons/extract-ellipsis.json" with { type: "json" };
import { indicatorCodes, isCountUnit } from "../../schemas/codes.js";
import type { IndicatorFact, Period, Quantity } from "../types.js";
import { figureContext, segmentText, SHARED_LABEL_MAX, spanAt, type FigureContext, type Segmentation, type Span } from "./context.js";
import { candidateFigures } from "./figures.js";
import { indicatorCode, topicCode, unitInList, type CodeMatch } from "./indicator-code.js";
import { markedPeriod, periodOf, yearScopesInOrder } from "./period.js";
import { oncePerFact } from "./restatements.js";
import { isTarget } from "./target.js";
import { lexiconPattern } from "./lexicon-pattern.js";

/** Words that open the parts of a total stated just before (其中党政人才1.97万人). */
const BREAKDOWN_OPENER = "其中";
/** A clause that only names a total to break it down: 196名高层次人才中, 在178个政策点中. */
const TOTAL_REFERENCE = /^[^，,。；;、]{0,12}中$/u;
/** Where a statement ends inside a line; semicolons separate parts of a list, not statements. */
const STATEMENT_END = /[。！？!?\n]/gu;
/** A line opening with a list number: 1. / 1、 / （一） / 一是 / 第一条. */
const LIST_ITEM = /^\s*(\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[是、]|第[一二三四五六七八九十\d]{1,3}[条项])/u;
const HEAD_FILLER = lexiconPattern(ellipsis.head_filler);
const LEAD_FILLER = lexiconPattern(ellipsis.lead_filler);
/** Small counts repeat by chance (3个, 5家); larger figures repeated are the same fact. */
const RESTATEMENT_MIN_COUNT = 10;
/** A figure listed after the previous one with nothing but 、 and a short label between them (6000元、硕士4000元). */
const ENUMERATION_JOINT = new RegExp(`^\\s*、\\s*[^，,。；;：:、（()）\\s]{0,${SHARED_LABEL_MAX}}$`, "u");
/** Longest stretch between two items of an enumeration: 、, the label and a space or two. */
const ENUMERATION_GAP_MAX = SHARED_LABEL_MAX + 3;
/** A line without a full stop or semicolon, this long at most, is a heading or a lead line, not body text. */
const HEADING_MAX = 64;
const HEADING_BREAK = /[。；;]/u;

/** The units each code admits (schemas/indicator-codes.json). */
const CODE_UNITS = new Map(indicatorCodes.map((c) => [c.code, c.units]));
const codeAdmitsUnit = (code: string, unit: string) => unitInList(CODE_UNITS.get(code) ?? [], unit);

/** A figure with the code it was given and where it stands. */
interface TypedFigure {
  q: Quantity;
  ctx: FigureContext;
  code: string;
  /** The code was read from the text, rather than left as "other" for want of any clue. */
  codeFromText: boolean;
  sentence: Span;
  line: Span;
}

/**
 * The parts of a total being listed: their unit, the total's code and the clause it was read
 * from. Parts after 其中 run to the end of the statement; parts after a total named with 中
 * (196名高层次人才中，…) to the end of the paragraph.
 */
interface Breakdown {
  unit: string | null;
  code: string;
  clause: string;
  end: number;
}

/** The key of a figure's value: the same key is the same figure, wherever it is stated. */
const valueKey = (q: Quantity) => `${q.unit} ${q.value} ${q.value_min} ${q.value_max}`;

/**
 * Whether an offset lies inside brackets opened earlier on its line, for offsets asked about in
 * order: the text is read once.
 */
function insideBracketsInOrder(text: string): (offset: number) => boolean {
  let read = 0;
  let lastOpen = -1;
  let lastClose = -1;
  return (offset) => {
    for (; read < offset; read++) {
      const c = text[read];
      if (c === "\n") lastOpen = lastClose = -1;
      else if (c === "(" || c === "（") lastOpen = read;
      else if (c === ")" || c === "）") lastClose = read;
    }
    return lastOpen > lastClose;
  };
}

/** Where the statement holding `offset` ends, at the latest at `lineEnd`. */
function statementEnd(text: string, offset: number, lineEnd: number): number {
  STATEMENT_END.lastIndex = offset;
  const found = STATEMENT_END.exec(text);
  return found && found.index < lineEnd ? found.index : lineEnd;
}

/**
 * The indicator facts of an article's cleaned, Simplified text, given the quantities found in
 * it: one per numeric fact, sorted by start; a fact stated twice is kept once, where first stated.
 */
export function indicatorsFromQuantities(text: string, quantities: readonly Quantity[]): IndicatorFact[] {
  const seg = segmentText(text);
  const typed = typeFigures(text, seg, candidateFigures(text, seg, quantities));
  const enumeration = enumerationsOf(text, typed);
  const inHeading = headingsInOrder(text);
  const yearScope = yearScopesInOrder(text, seg);
  return oncePerFact(
    typed.map(({ q, ctx, code, line }, i) => {
      const target = isTarget(ctx);
      const fact: IndicatorFact = {
        ...q,
        indicator: code,
        period: periodOf(q, code, target, ctx, continuedPeriod(typed, i), yearScope(q.start)),
        is_target: target,
        evidence_start: ctx.clauseSpan.start,
        evidence_end: ctx.clauseSpan.end,
      };
      return {
        fact,
        head: ctx.head,
        lead: ctx.lead,
        line: line.start,
        listItem: LIST_ITEM.test(text.slice(line.start, line.start + 8)),
        heading: inHeading(q.start, line),
        enumeration: enumeration[i],
      };
    }),
  );
}

/**
 * For each figure, the value keys of the enumeration it is an item of (figures of one unit joined
 * by 、 with at most a short label between them: 2.5万元、2万元、5000元), or null when it stands alone.
 */
function enumerationsOf(text: string, typed: readonly TypedFigure[]): (readonly string[] | null)[] {
  const result: (readonly string[] | null)[] = typed.map(() => null);
  let first = 0;
  for (let i = 1; i <= typed.length; i++) {
    const a = typed[i - 1].q;
    const b = typed[i]?.q;
    const joined = b !== undefined && a.unit === b.unit && b.start - a.end <= ENUMERATION_GAP_MAX && ENUMERATION_JOINT.test(text.slice(a.end, b.start));
    if (joined) continue;
    if (i - first > 1) {
      const keys = typed.slice(first, i).map((t) => valueKey(t.q));
      for (let j = first; j < i; j++) result[j] = keys;
    }
    first = i;
  }
  return result;
}

/**
 * Whether an offset stands in a heading, for offsets asked about in order: on a short line without
 * a full stop or semicolon (a title, a lead line), or inside a title in 【】 pasted into the body.
 */
function headingsInOrder(text: string): (offset: number, line: Span) => boolean {
  let lineStart = -1;
  let headingLine = false;
  let read = 0;
  let openAt = -1;
  return (offset, line) => {
    if (line.start !== lineStart) {
      lineStart = line.start;
      headingLine = line.end - line.start <= HEADING_MAX && !HEADING_BREAK.test(text.slice(line.start, line.end));
      read = line.start;
      openAt = -1;
    }
    for (; read < offset; read++) {
      if (text[read] === "【") openAt = read;
      else if (text[read] === "】") openAt = -1;
    }
    return headingLine || openAt >= 0;
  };
}

/**
 * Codes the figures in order. A figure no rule types, or only by a category noun, takes its code
 * from around it: the total it breaks down (其中党政人才1.97万人, 196名高层次人才中，一类人才17人),
 * the figure it continues (…仅5.8万人，2019年开始每年都超10万人), or another statement of the same figure.
 */
function typeFigures(text: string, seg: Segmentation, figures: readonly Quantity[]): TypedFigure[] {
  const typed: TypedFigure[] = [];
  const totals = new TotalsOnLine(text);
  const firstStated = new Map<string, TypedFigure>();
  let breakdown: Breakdown | null = null;
  figures.forEach((q, i) => {
    const ctx = figureContext(text, seg, figures, i);
    const line = spanAt(seg.lines, q.start);
    const sentence = spanAt(seg.sentences, q.start);
    if (breakdown && q.start >= breakdown.end) breakdown = null;
    breakdown = totals.breakdownOpenedBefore(q, i > 0 ? figures[i - 1].end : line.start, line) ?? breakdown;

    const own = topicCode(q, ctx) ?? indicatorCode(q, ctx);
    let code = breakdown && breakdown.unit === q.unit && (own === null || own.weak) ? codeInBreakdown(q, ctx, breakdown) : own?.code ?? null;
    const key = valueKey(q);
    if (TOTAL_REFERENCE.test(ctx.after)) {
      const earlier = firstStated.get(key);
      code ??= earlier?.code ?? null;
      breakdown = { unit: q.unit, code: code ?? "other", clause: earlier?.ctx.clause ?? ctx.clause, end: line.end };
    }
    code ??= continuedCode(typed, q, ctx, sentence);

    const figure: TypedFigure = { q, ctx, code: code ?? "other", codeFromText: code !== null, sentence, line };
    typed.push(figure);
    totals.add(figure);
    if (!firstStated.has(key)) firstStated.set(key, figure);
  });
  return withRestatedCodes(typed);
}

/**
 * The figures stated earlier on the current line that a 其中 may break down, by unit; a figure
 * in brackets is an aside, not a total.
 */
class TotalsOnLine {
  private readonly byUnit = new Map<string | null, TypedFigure[]>();
  private lineStart = -1;
  private readonly insideBrackets: (offset: number) => boolean;

  constructor(private readonly text: string) {
    this.insideBrackets = insideBracketsInOrder(text);
  }

  add(figure: TypedFigure): void {
    if (figure.line.start !== this.lineStart) {
      this.byUnit.clear();
      this.lineStart = figure.line.start;
    }
    if (this.insideBrackets(figure.q.start)) return;
    const same = this.byUnit.get(figure.q.unit);
    if (same) same.push(figure);
    else this.byUnit.set(figure.q.unit, [figure]);
  }

  /** The breakdown a 其中 between the previous figure and `q` opens, when a total of q's unit precedes it on the line. */
  breakdownOpenedBefore(q: Quantity, previousEnd: number, line: Span): Breakdown | null {
    const from = Math.max(previousEnd, line.start);
    const at = this.text.slice(from, q.start).lastIndexOf(BREAKDOWN_OPENER);
    if (at < 0 || line.start !== this.lineStart) return null;
    const opener = from + at;
    const candidates = this.byUnit.get(q.unit) ?? [];
    let j = candidates.length - 1;
    while (j >= 0 && candidates[j].q.end > opener) j--;
    if (j < 0) return null;
    const total = candidates[j];
    return { unit: total.q.unit, code: total.code, clause: total.ctx.clause, end: statementEnd(this.text, opener, line.end) };
  }
}

/** The code of a part of a total: its own, read with the total's clause, unless that only names a category. */
function codeInBreakdown(q: Quantity, ctx: FigureContext, breakdown: Breakdown): string {
  const widened: CodeMatch | null = indicatorCode(q, { ...ctx, clause: `${ctx.clause}\n${breakdown.clause}` });
  return widened && !widened.weak ? widened.code : breakdown.code;
}

/**
 * Figures left as "other" for want of any clue take the code of another statement of the same
 * figure, before or after it, whose code was read from the text (对于44亿资金的监管 and
 * 每年44亿的人才资金投入; 20个方面、81条 and 人才新政81条). Small counts are not matched.
 */
function withRestatedCodes(typed: readonly TypedFigure[]): TypedFigure[] {
  const readCode = new Map<string, string>();
  for (const t of typed) if (t.codeFromText && t.code !== "other" && !readCode.has(valueKey(t.q))) readCode.set(valueKey(t.q), t.code);
  return typed.map((t) => {
    if (t.codeFromText) return t;
    const small = t.q.unit !== null && isCountUnit(t.q.unit) && (t.q.value ?? t.q.value_max ?? 0) < RESTATEMENT_MIN_COUNT;
    const restated = small ? undefined : readCode.get(valueKey(t.q));
    return restated ? { ...t, code: restated } : t;
  });
}

/**
 * The period of the figure that `typed[index]` continues: a figure naming nothing after it takes
 * the marked period of the nearest earlier figure of its sentence with the same unit and code
 * (月薪中位数为6800元，硕士为9500元).
 */
function continuedPeriod(typed: readonly TypedFigure[], index: number): Period | null {
  const t = typed[index];
  if (!HEAD_FILLER.test(t.ctx.head)) return null;
  for (let i = index - 1; i >= 0 && typed[i].sentence.start === t.sentence.start; i--) {
    const e = typed[i];
    if (e.q.unit !== t.q.unit || e.code !== t.code) continue;
    const marked = markedPeriod(e.code, e.ctx);
    if (marked) return marked;
  }
  return null;
}

/**
 * The code of the figure an elliptical one continues: nothing but bound words after it, and the
 * same unit in the same sentence (提升至46%), or, with no noun before it either, a unit the code
 * admits in the same clause (人才公寓约3.2万平方米、共600余套). A figure whose own code was not read
 * from the text passes none on. Earlier figures are read back from the last one, within the sentence.
 */
function continuedCode(typed: readonly TypedFigure[], q: Quantity, ctx: FigureContext, sentence: Span): string | null {
  if (!HEAD_FILLER.test(ctx.head)) return null;
  let sameClause: string | null = null;
  const elliptical = LEAD_FILLER.test(ctx.lead);
  for (let i = typed.length - 1; i >= 0 && typed[i].sentence.start === sentence.start; i--) {
    const t = typed[i];
    if (t.q.unit === q.unit) return t.codeFromText ? t.code : null;
    const inClause = t.ctx.clauseSpan.start === ctx.clauseSpan.start;
    if (elliptical && sameClause === null && inClause && t.codeFromText && q.unit !== null && codeAdmitsUnit(t.code, q.unit)) sameClause = t.code;
  }
  return sameClause;
}
