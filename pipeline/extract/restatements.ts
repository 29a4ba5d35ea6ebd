// A fact stated twice in one article is one row: restatements of a fact, and bounds restating the
// top of a range, are dropped where they are stated again; a heading's statement gives way to the
// body's.
import type { IndicatorFact } from "../types.js";

/** A typed figure as it is stated: the words around it and where it stands. */
export interface Statement {
  fact: IndicatorFact;
  head: string;
  lead: string;
  /** Where its line starts. */
  line: number;
  /** Its line is an item of a numbered list. */
  listItem: boolean;
  /** It stands in a heading (a line without a full stop, or a title in 【】) rather than in the body. */
  heading: boolean;
  /** The value keys of the enumeration it is an item of (6000元、4000元、3000元), or null when it stands alone. */
  enumeration: readonly string[] | null;
}

/** What the words after a figure name, without 的 and bound words (的一次性生活补贴 → 一次性生活补贴). */
const namedThing = (head: string) => head.replace(/^(的|以上|以下|以内|左右|多|余|有余)+/u, "");

/**
 * What makes two facts the same: value, unit and code; for "other", which says nothing about
 * what was counted, also the counter and the noun after it (15项重点工程 is not 15家上市企业).
 */
function factKey(s: Statement): string {
  const f = s.fact;
  const what = f.indicator === "other" ? [f.counter, s.head.replace(/^的/, "").slice(0, 4)] : [];
  return JSON.stringify([f.value, f.value_min, f.value_max, f.unit, f.indicator, ...what]);
}

/**
 * Whether the words before two figures name the same thing: one is the end of the other
 * (新增专精特新企业 and 今年全市新增专精特新企业), not 一等奖 and 二等奖.
 */
function sameLead(a: string, b: string): boolean {
  const [x, y] = [a.trim(), b.trim()];
  return x.endsWith(y) || y.endsWith(x);
}

/** The key under which a range's upper end and a bound of the same kind meet. */
const topKey = (f: IndicatorFact, top: number | null) => JSON.stringify([top, f.unit, f.indicator]);

const contains = (whole: readonly string[], part: readonly string[]) => part.every((v) => whole.includes(v));

/**
 * Whether two figures with the same value and code are about the same thing: they do not recur
 * differently (每年5万元 and 一次性5万元); they are not items of two different enumerations
 * (2.5万元、2万元、5000元 and 1万元、5000元、2500元), though a heading may list some of the body's
 * items; and one of them names nothing after it (三年引才4.3万人 and 共引进人才4.3万人) or the names
 * share a word of two characters (最高20万元创业扶持 and 最高给予20万元无偿扶持); 100万元奖励 and
 * 100万元研发项目资助 are not. Figures coded "other" that name nothing after them are told apart
 * by the words before them (一等奖1项, 二等奖1项).
 */
function sameThing(a: Statement, b: Statement): boolean {
  if (a.fact.period !== null && b.fact.period !== null && a.fact.period !== b.fact.period) return false;
  if (a.enumeration && b.enumeration && !contains(a.enumeration, b.enumeration) && !contains(b.enumeration, a.enumeration)) return false;
  const [x, y] = [namedThing(a.head), namedThing(b.head)];
  if (x === "" && y === "" && a.fact.indicator === "other") return sameLead(a.lead, b.lead);
  if (x === "" || y === "") return true;
  for (let i = 0; i + 2 <= x.length; i++) if (y.includes(x.slice(i, i + 2))) return true;
  return false;
}

/**
 * Keeps each fact once: a restatement (same value, unit and code, about the same thing) is
 * dropped, and so is a bound (最高50万元) restating the upper end of a range of the same kind
 * (30万至50万元). A fact a heading states and the body states again is kept as the body states it:
 * a heading sums up (安家费最高600万元), the body states the term (分别给予600万元、200万元). Items
 * of a numbered list are distinct facts even when their figures agree (a schedule of subsidies).
 * Earlier statements are looked up by key: only those of the same fact are compared.
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
  const chosen: Statement[] = [];
  const chosenAt = new Map<Statement, number>();
  for (const s of statements) {
    const key = factKey(s);
    const earlier = kept.get(key);
    const at = earlier?.findIndex((e) => sameThing(e, s) && !(e.listItem && s.listItem && e.line !== s.line)) ?? -1;
    if (at >= 0) {
      const e = earlier![at];
      if (e.heading && !s.heading) {
        earlier![at] = s;
        chosen[chosenAt.get(e)!] = s;
        chosenAt.set(s, chosenAt.get(e)!);
      }
      continue;
    }
    if (restatesRangeTop(s)) continue;
    if (earlier) earlier.push(s);
    else kept.set(key, [s]);
    chosenAt.set(s, chosen.length);
    chosen.push(s);
  }
  return chosen.map((s) => s.fact).sort((a, b) => a.start - b.start);
}
