// Which quantities found in an article are figures worth typing. Each quantity is first completed
// from the words around it (the unit a noun implies for a bare figure, a bound word written apart
// from it, the bound of a list it belongs to); then the ones inside protected spans, currency
// conversions in brackets and those the exclusion rules set aside are dropped.
import bareUnits from "../lexicons/extract-bare-units.json" with { type: "json" };
import exclusionWords from "../lexicons/extract-exclusions.json" with { type: "json" };
import qualifierWords from "../lexicons/extract-qualifiers.json" with { type: "json" };
import quantityBounds from "../lexicons/quantity-bounds.json" with { type: "json" };
import { isMoneyUnit } from "../../schemas/codes.js";
import { HAN_CLASS } from "../text/han.js";
import type { Qualifier, Quantity } from "../types.js";
import { overlapsInOrder, spanAt, wordsAhead, type Segmentation } from "./context.js";
import { exclusionReason, protectedSpans } from "./exclusions.js";
import { lexiconPattern } from "./lexicon-pattern.js";


const BARE_NOUNS = bareUnits.nouns.map(({ noun, unit, ...rest }) => {
  const gap = "max_gap" in rest ? rest.max_gap : bareUnits.max_gap;
  return { re: lexiconPattern(`(${noun})[^，,。；;：:、\\d]{0,${gap}}$`), unit };
});
const PERSON_NOUNS_AFTER = lexiconPattern(bareUnits.person_nouns_after);
const PERSON_COUNTER_BEFORE_NOUN = lexiconPattern(bareUnits.person_counter_before_noun);
const MONEY_MULTIPLIER = lexiconPattern(bareUnits.money_multiplier);
const MONEY_NOUNS_AFTER = lexiconPattern(bareUnits.money_nouns_after);
const MONEY_NOUNS_BEFORE = lexiconPattern(bareUnits.money_nouns_before);
/**
 * A bare figure directly followed by a word other than 的 is measured by that word (20万亩,
 * 3万吨: a unit the quantity finder does not keep), so a measure noun before it is not its unit.
 */
const OWN_MEASURE_WORD = new RegExp(`^(?!的)${HAN_CLASS}`, "u");

const BOUNDS = ["min", "max", "approx"] as const;
const QUALIFIER_AFTER = BOUNDS.map((q): [Qualifier, RegExp] => [q, lexiconPattern(qualifierWords.after[q])]);
/** A number of its own right after a bound word (不超过40周岁); 一次性 is a word, not a number. */
const OWN_NUMBER = "(?!一次性)[\\d０-９零〇一二两三四五六七八九十百千万亿半几数]";
const QUALIFIER_BEFORE = (["max", "min", "approx"] as const).map((q): [Qualifier, RegExp] => [
  q,
  lexiconPattern(`${qualifierWords.before[q]}(?!${qualifierWords.before_not_followed_by})(?!${OWN_NUMBER})[^，,。；;：:！!？?、（）()\\s]{0,${qualifierWords.before_max_gap}}$`),
]);
/** Longest stretch before a figure read for a bound word: the word, then at most the gap. */
const BOUND_LOOKBACK = qualifierWords.before_max_gap + 3;
/** Bound words the quantity finder joins to a figure ahead of its number (最高, 不超过, 不低于). */
const BOUND_PREFIXES = Object.entries(quantityBounds.prefixes).filter(([, q]) => q === "max" || q === "min").map(([word]) => word);
/** Figures listed with nothing but 、 between them (最高8万元、5万元). */
const LIST_JOINT = /^\s*、\s*$/u;

const CONVERSION_BEFORE = lexiconPattern(exclusionWords.conversion_before);
const CONVERSION_AFTER = lexiconPattern(exclusionWords.conversion_after);

/**
 * A published fact has bounds only as a range; a bound figure such as 7万余人 keeps its value and
 * its qualifier.
 */
const singleValueOrRange = (q: Quantity): Quantity => (q.qualifier === "range" || q.value === null ? q : { ...q, value_min: null, value_max: null });

/**
 * The unit a noun around a bare figure gives it: a measure noun right before it
 * (阅读人次累计超过5万), a noun for people right after it (100万大学生), or, for 万 and 亿, a noun
 * for money on either side (44亿的人才资金投入). `lead` is its clause up to it, from the previous figure.
 */
function bareFigureUnit(text: string, q: Quantity, lead: string): string | null {
  const after = text.slice(q.end, q.end + 12);
  if (PERSON_NOUNS_AFTER.test(after)) return "person";
  if (MONEY_MULTIPLIER.test(q.text) && (MONEY_NOUNS_AFTER.test(after) || MONEY_NOUNS_BEFORE.test(lead))) return "CNY";
  if (OWN_MEASURE_WORD.test(after)) return null;
  return BARE_NOUNS.find(({ re }) => re.test(lead))?.unit ?? null;
}

/**
 * A bare figure whose 名 the quantity finder left out because it starts a word (1000名企业经营管理人才,
 * 名企), completed as a count of people when a noun for people follows; null otherwise.
 */
function personCountBeforeNoun(text: string, q: Quantity): Quantity | null {
  if (!PERSON_COUNTER_BEFORE_NOUN.test(text.slice(q.end, q.end + 16))) return null;
  return { ...q, text: `${q.text}名`, end: q.end + 1, unit: "person", counter: "名" };
}

const boundAfter = (text: string, q: Quantity) => QUALIFIER_AFTER.find(([, r]) => r.test(text.slice(q.end, q.end + 4)))?.[0];

/**
 * The bound that a word written apart from an exact figure puts on it: just after it (48.9万人以上)
 * or a few words before it (最高每月发放2500元), not before the previous figure (`from`).
 */
function detachedBound(text: string, q: Quantity, from: number): Qualifier | null {
  const before = text.slice(Math.max(from, q.start - BOUND_LOOKBACK), q.start);
  return boundAfter(text, q) ?? QUALIFIER_BEFORE.find(([, r]) => r.test(before))?.[0] ?? null;
}

/**
 * Whether a figure's upper or lower bound was written before its number (最高8万元, 最高…发放8万元),
 * and so may bound the figures listed after it, rather than after it (8万元以上).
 */
function boundAhead(text: string, found: Quantity, q: Quantity): boolean {
  if (q.qualifier !== "max" && q.qualifier !== "min") return false;
  if (found.qualifier === "exact") return boundAfter(text, q) === undefined;
  const ahead = wordsAhead(found.text);
  return BOUND_PREFIXES.some((word) => ahead.includes(word));
}

/** Money in brackets converting the money just before it (100万港元（约合人民币90万元）): not a fact of its own. */
function isConversion(text: string, q: Quantity, previous: Quantity | undefined): boolean {
  if (!previous || q.unit === null || previous.unit === null || !isMoneyUnit(q.unit) || !isMoneyUnit(previous.unit)) return false;
  const lead = text.slice(previous.end, q.start) + wordsAhead(q.text);
  return CONVERSION_BEFORE.test(lead) && CONVERSION_AFTER.test(text.slice(q.end, q.end + 8));
}

/**
 * The figures of an article worth typing, from the quantities found in it, sorted by start. The
 * quantities are read once in order; protected spans are swept alongside.
 */
export function candidateFigures(text: string, seg: Segmentation, quantities: readonly Quantity[]): Quantity[] {
  const found = [...quantities].sort((a, b) => a.start - b.start || b.end - a.end);
  const isProtected = overlapsInOrder(protectedSpans(text));
  const figures: Quantity[] = [];
  let boundedList: Quantity | null = null;
  found.forEach((raw, i) => {
    const previousEnd = i > 0 ? found[i - 1].end : 0;
    const clause = spanAt(seg.clauses, raw.start);
    let q = singleValueOrRange(raw);
    if (q.unit === null && q.value_min === null) {
      q = personCountBeforeNoun(text, q) ?? { ...q, unit: bareFigureUnit(text, q, text.slice(Math.max(clause.start, previousEnd), q.start)) };
    }
    if (q.qualifier === "exact") {
      const from = Math.max(spanAt(seg.lines, raw.start).start, previousEnd);
      q = { ...q, qualifier: detachedBound(text, q, from) ?? "exact" };
    }
    // A bound written before a list (分别给予不超过30万元、10万元) bounds every figure of it.
    const listed = boundedList !== null && boundedList.unit === q.unit && LIST_JOINT.test(text.slice(boundedList.end, q.start));
    if (listed && q.qualifier === "exact") q = { ...q, qualifier: boundedList!.qualifier };
    boundedList = listed || boundAhead(text, raw, q) ? q : null;
    if (isProtected(q) || isConversion(text, q, found[i - 1])) return;
    const before = text.slice(Math.min(clause.start, q.start), q.start);
    const after = text.slice(q.end, Math.max(clause.end, q.end));
    if (exclusionReason(q, before, after) === null) figures.push(q);
  });
  return figures;
}
