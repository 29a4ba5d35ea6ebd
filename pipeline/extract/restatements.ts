// A fact stated twice in one article is one row: restatements of a fact, and bounds restating the
// top of a range, are dropped where they are stated again.
import type { IndicatorFact } from "../types.js";

/** A typed figure as it is stated: the noun after it and the line it stands on. */
export interface Statement {
  fact: IndicatorFact;
  head: string;
  /** Where its line starts. */
  line: number;
  /** Its line is an item of a numbered list. */
  listItem: boolean;
}

/**
 * What makes two facts the same: value, unit and code; for "other", which says nothing about
 * what was counted, also the counter and the noun after it (15项重点工程 is not 15家上市企业).
 */
function factKey(f: IndicatorFact, head: string): string {
  const what = f.indicator === "other" ? [f.counter, head.replace(/^的/, "").slice(0, 4)] : [];
  return JSON.stringify([f.value, f.value_min, f.value_max, f.unit, f.indicator, ...what]);
}

/** The key under which a range's upper end and a bound of the same kind meet. */
const topKey = (f: IndicatorFact, top: number | null) => JSON.stringify([top, f.unit, f.indicator]);

/** What the words after a figure name, without 的 and bound words (的一次性生活补贴 → 一次性生活补贴). */
const namedThing = (head: string) => head.replace(/^(的|以上|以下|以内|左右|多|余|有余)+/u, "");

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
 * schedule of subsidies). Earlier statements are looked up by key: only those of the same fact
 * are compared.
 */
export function oncePerFact(statements: readonly Statement[]): IndicatorFact[] {
  const rangesByTop = new Map<string, Statement[]>();
  for (const s of statements) {
    if (s.fact.qualifier !== "range") continue;
    const key = topKey(s.fact, s.fact.value_max);
    const same = rangesByTop.get(key);
    if (same) same.push(s);
    else rangesByTop.set(key, [s]);
  }
  const restatesRangeTop = (s: Statement) => s.fact.qualifier === "max" && (rangesByTop.get(topKey(s.fact, s.fact.value)) ?? []).some((r) => sameThing(r, s));

  const kept = new Map<string, Statement[]>();
  const facts: IndicatorFact[] = [];
  for (const s of statements) {
    const key = factKey(s.fact, s.head);
    const earlier = kept.get(key);
    const restated = earlier?.some((e) => sameThing(e, s) && !(e.listItem && s.listItem && e.line !== s.line));
    if (restated || restatesRangeTop(s)) continue;
    if (earlier) earlier.push(s);
    else kept.set(key, [s]);
    facts.push(s.fact);
  }
  return facts;
}
