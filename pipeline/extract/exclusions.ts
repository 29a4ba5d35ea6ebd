// Rules that set aside figures which are not indicators: names, titles, slogans, idioms, vague
// amounts, land measures, counts of a document's own parts, size classes, eligibility thresholds. Each returns a
// reason or null.
import lexicon from "../lexicons/extract-exclusions.json" with { type: "json" };
import { isMoneyUnit } from "../../schemas/codes.js";
import { HAN_CLASS } from "../text/han.js";
import type { Quantity } from "../types.js";
import { lexiconPattern } from "./lexicon-pattern.js";


const FIXED_PHRASES = new RegExp(
  [...lexicon.fixed_phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
  "gu",
);
const DOCUMENT_PARTS = lexiconPattern(lexicon.document_parts);
const VAGUE_NUMBER = lexiconPattern(lexicon.vague_number);
const LAND_COUNTER = lexiconPattern(lexicon.land_counter);
const ARTICLE_ONE = lexiconPattern(lexicon.article_one);
const MONEY_CLASS_AFTER = lexiconPattern(lexicon.money_class_after);
const CLASS_BEFORE = lexiconPattern(lexicon.class_before);
const CLASS_AFTER = lexiconPattern(lexicon.class_after);
const THRESHOLD_BOUND_AFTER = lexiconPattern(lexicon.threshold_bound_after);
const THRESHOLD_BENEFICIARY = lexiconPattern(lexicon.threshold_beneficiary);
const THRESHOLD_PHRASE_END = lexiconPattern(lexicon.threshold_phrase_end);
const THRESHOLD_MEASURE_BEFORE = lexiconPattern(lexicon.threshold_measure_before);
const THRESHOLD_GRANT_AFTER = lexiconPattern(lexicon.threshold_grant_after);
const MONEY_NOUN = lexiconPattern(lexicon.money_noun);
/** Longest noun phrase naming who must reach a threshold; longer ones run into the statement. */
const THRESHOLD_PHRASE_MAX = 10;
const PERSON_WORD_AFTER = lexiconPattern(lexicon.person_word_after);
const PROGRAM_AFTER = lexiconPattern(lexicon.program_after);
const UNQUOTED_NAME_FIGURE = lexiconPattern(lexicon.unquoted_name_figure);
const UNQUOTED_NAME_AFTER = lexiconPattern(lexicon.unquoted_name_after);
const RANK_CONTEXT = lexiconPattern(lexicon.rank_context);
const DURATION_AFTER = lexiconPattern(lexicon.duration_after);
const RATIO_BASE_BEFORE = lexiconPattern(lexicon.ratio_base_before);
const RANK_SHIFT_BEFORE = lexiconPattern(lexicon.rank_shift_before);
const CATEGORY_COUNTERS = new Set(lexicon.category_counters);
// The noun after a class counter: any Han character.
const CATEGORY_NOUN_AFTER = lexiconPattern(`^${HAN_CLASS}`);
const QUOTED_NAME_END = lexiconPattern(lexicon.quoted_name_end);

/** Whether a unit measures an amount that a threshold can be stated in (money, area, a share), not a count. */
const isAmountUnit = (unit: string) => isMoneyUnit(unit) || unit === "m2" || unit === "percent";

const BRACKETS: readonly [string, string][] = [["《", "》"], ["〈", "〉"]];
const QUOTES: readonly [string, string][] = [["“", "”"], ["「", "」"], ["『", "』"], ["‘", "’"]];
const LINE_OR_SENTENCE = /[\n。！？!?]/;

/** Spans of the text that no figure may come from: fixed phrases, titles, names and short quotations. */
export function protectedSpans(text: string): { start: number; end: number; rule: string }[] {
  const spans: { start: number; end: number; rule: string }[] = [];
  for (const m of text.matchAll(FIXED_PHRASES)) spans.push({ start: m.index, end: m.index + m[0].length, rule: "fixed_phrase" });
  for (const [open, close] of BRACKETS) spans.push(...enclosed(text, open, close, Infinity, "title"));
  for (const [open, close] of QUOTES) spans.push(...enclosed(text, open, close, lexicon.slogan_max_length, "name_or_slogan"));
  spans.push(...asciiQuoted(text, lexicon.slogan_max_length));
  return spans;
}

/**
 * Innermost open…close pairs within one sentence, up to `maxLength` characters inside; a quoted
 * name (its last word names a programme) may be longer. A quotation with a comma is speech.
 */
function enclosed(text: string, open: string, close: string, maxLength: number, rule: string) {
  const spans: { start: number; end: number; rule: string }[] = [];
  let from = 0;
  for (;;) {
    const s = text.indexOf(open, from);
    if (s < 0) break;
    const e = text.indexOf(close, s + 1);
    if (e < 0) break;
    const inner = text.slice(s + 1, e);
    const reopened = inner.lastIndexOf(open);
    const start = reopened >= 0 ? s + 1 + reopened : s;
    const body = text.slice(start + 1, e);
    const quoted = rule === "name_or_slogan";
    const fits = body.length <= maxLength || (quoted && QUOTED_NAME_END.test(body));
    if (!LINE_OR_SENTENCE.test(body) && fits && !(quoted && /[，,]/.test(body))) {
      spans.push({ start, end: e + 1, rule });
    }
    from = e + 1;
  }
  return spans;
}

/** Short spans between straight double quotes, paired in order on each line. */
function asciiQuoted(text: string, maxLength: number) {
  const spans: { start: number; end: number; rule: string }[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const marks = [...line[0].matchAll(/"/g)].map((m) => line.index + m.index);
    for (let i = 0; i + 1 < marks.length; i += 2) {
      const body = text.slice(marks[i] + 1, marks[i + 1]);
      if (body.length <= maxLength && !/[，,。]/.test(body)) spans.push({ start: marks[i], end: marks[i + 1] + 1, rule: "name_or_slogan" });
    }
  }
  return spans;
}

/**
 * Why a figure found by the quantity finder is not an indicator, or null when it may be one.
 * `before` and `after` are the text of its clause on either side of it.
 */
export function exclusionReason(q: Quantity, before: string, after: string): string | null {
  if (q.unit === null) return "no_unit";
  if (VAGUE_NUMBER.test(q.text)) return "vague_amount";
  if (q.counter !== null && LAND_COUNTER.test(q.counter)) return "unit_outside_list";
  if (ARTICLE_ONE.test(q.text.trim())) return "article_one";
  if (q.counter === "人" && /人$/.test(q.text) && PERSON_WORD_AFTER.test(after)) return "not_a_counter";
  if (q.unit === "person" && PROGRAM_AFTER.test(after)) return "programme_name";
  if (UNQUOTED_NAME_FIGURE.test(q.text.trim()) && UNQUOTED_NAME_AFTER.test(after)) return "programme_name";
  if (q.counter === "个" && DURATION_AFTER.test(after)) return "duration";
  if (q.value === 1 && RATIO_BASE_BEFORE.test(before)) return "ratio_base";
  if ((q.counter === "位" || q.counter === "名") && RANK_SHIFT_BEFORE.test(before)) return "rank_shift";
  if (q.unit === "item" && DOCUMENT_PARTS.test(after)) return "document_part";
  if (q.unit === "rank" && !RANK_CONTEXT.test(before)) return "ordinal";
  if (q.counter !== null && CATEGORY_COUNTERS.has(q.counter) && CATEGORY_NOUN_AFTER.test(after)) return "class_label";
  if (CLASS_BEFORE.test(before) || CLASS_AFTER.test(after)) return "class_label";
  if (isMoneyUnit(q.unit) && MONEY_CLASS_AFTER.test(after)) return "class_label";
  if (isAmountUnit(q.unit) && isThreshold(q, before, after)) return "eligibility_threshold";
  return null;
}

/**
 * A bound amount that a beneficiary must reach: it ends its clause as a condition (投资额在1亿元以上的，
 * 给予…); it measures a beneficiary's income, tax, investment or revenue and 的 follows
 * (年薪50万元以上的…); or its short noun phrase after 的 names who or what must reach it
 * (年收入50万元以上的人才) or, whatever it names but money, is followed by what is granted
 * (年纳税额500万元以上的企业高管给予奖励).
 */
function isThreshold(q: Quantity, before: string, after: string): boolean {
  const bound = THRESHOLD_BOUND_AFTER.exec(after);
  if (!bound && q.qualifier !== "min" && q.qualifier !== "max") return false;
  let phrase = after.slice(bound ? bound[0].length : 0);
  if (phrase === "的") return true;
  if (phrase.startsWith("的") && THRESHOLD_MEASURE_BEFORE.test(before)) return true;
  if (!phrase.startsWith("的") && !bound) return false;
  phrase = phrase.replace(/^的/, "");
  const end = THRESHOLD_PHRASE_END.exec(phrase);
  const np = end ? phrase.slice(0, end.index) : phrase;
  if (np.length === 0 || np.length > THRESHOLD_PHRASE_MAX) return false;
  if (THRESHOLD_BENEFICIARY.test(np)) return true;
  return THRESHOLD_GRANT_AFTER.test(phrase.slice(np.length)) && !MONEY_NOUN.test(np);
}
