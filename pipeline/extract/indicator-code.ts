// Types a figure with an indicator code by the decision list in pipeline/lexicons/indicator-rules.json.
import { z } from "zod";
import { INDICATOR_CODES, isMoneyUnit } from "../../schemas/codes.js";
import topics from "../lexicons/extract-topics.json" with { type: "json" };
import rulesFile from "../lexicons/indicator-rules.json" with { type: "json" };
import type { Quantity } from "../types.js";
import { FIGURE_MARK, type FigureContext } from "./context.js";
import { lexiconPattern } from "./lexicon-pattern.js";

const ZONES = ["head", "lead", "near", "before", "after", "clause", "sentence", "sentenceBefore"] as const;
type Zone = (typeof ZONES)[number];

const Pattern = z.union([z.string(), z.array(z.string()).min(1)]);
const IndicatorRule = z.strictObject({
  code: z.enum(INDICATOR_CODES),
  why: z.string(),
  weak: z.boolean().optional(),
  units: z.array(z.string()).optional(),
  counters: z.array(z.string()).optional(),
  not_counters: z.array(z.string()).optional(),
  qualifiers: z.array(z.enum(["exact", "min", "max", "approx", "range"])).optional(),
  head: Pattern.optional(),
  lead: Pattern.optional(),
  near: Pattern.optional(),
  before: Pattern.optional(),
  after: Pattern.optional(),
  clause: Pattern.optional(),
  sentence: Pattern.optional(),
  sentenceBefore: Pattern.optional(),
  unless: z.partialRecord(z.enum(ZONES), z.string()).optional(),
});
type IndicatorRule = z.infer<typeof IndicatorRule>;

interface CompiledRule {
  rule: IndicatorRule;
  all: [Zone, RegExp][];
  unless: [Zone, RegExp][];
}


const RULES: readonly CompiledRule[] = z
  .strictObject({ _why: z.string(), rules: z.array(IndicatorRule) })
  .parse(rulesFile)
  .rules.map((rule) => ({
    rule,
    all: ZONES.flatMap((zone) => {
      const p = rule[zone];
      if (p === undefined) return [];
      return (typeof p === "string" ? [p] : p).map((s): [Zone, RegExp] => [zone, lexiconPattern(s)]);
    }),
    unless: Object.entries(rule.unless ?? {}).map(([zone, s]): [Zone, RegExp] => [zone as Zone, lexiconPattern(s as string)]),
  }));

/** Whether a list of units (a rule's, a code's) holds `unit`; "money" stands for yuan and every other currency. */
export const unitInList = (units: readonly string[], unit: string) => units.includes(unit) || (units.includes("money") && isMoneyUnit(unit));

function matches({ rule, all, unless }: CompiledRule, q: Quantity, ctx: FigureContext): boolean {
  if (rule.units && (q.unit === null || !unitInList(rule.units, q.unit))) return false;
  if (rule.counters && (q.counter === null || !rule.counters.includes(q.counter))) return false;
  if (rule.not_counters && q.counter !== null && rule.not_counters.includes(q.counter)) return false;
  if (rule.qualifiers && !rule.qualifiers.includes(q.qualifier)) return false;
  return all.every(([zone, re]) => re.test(ctx[zone])) && !unless.some(([zone, re]) => re.test(ctx[zone]));
}

export interface CodeMatch {
  code: string;
  /** The rule only names a category of people or things, without saying what happened to them. */
  weak: boolean;
}

/** The code of the first rule that matches the figure, or null when none does. */
export function indicatorCode(q: Quantity, ctx: FigureContext): CodeMatch | null {
  for (const compiled of RULES) if (matches(compiled, q, ctx)) return { code: compiled.rule.code, weak: compiled.rule.weak ?? false };
  return null;
}

const MONEY_NAME = lexiconPattern(topics.money_name);

/**
 * The code the topic opening a money figure's sentence gives it (购房补贴方面，对博士给予30万元),
 * read as if the topic followed the figure, when the figure names no kind of money itself; else null.
 */
export function topicCode(q: Quantity, ctx: FigureContext): CodeMatch | null {
  if (ctx.topic === "" || q.unit === null || !isMoneyUnit(q.unit) || MONEY_NAME.test(ctx.lead) || MONEY_NAME.test(ctx.head)) return null;
  return indicatorCode(q, { ...ctx, head: ctx.topic, near: `${ctx.lead}${FIGURE_MARK}${ctx.topic}` });
}
