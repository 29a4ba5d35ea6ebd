// Extract stage: the indicator facts of one article, from its cleaned, Simplified text (one
// paragraph per line): every quantity found in it that states a policy term, target, outcome or
// statistic, typed with an indicator code, period and target flag, with the clause it came from.
import { indicatorsFromQuantities } from "../extract/indicators.js";
import { findQuantities } from "../numbers/find-quantities.js";
import type { IndicatorFact } from "../types.js";

export function extractIndicators(text: string): IndicatorFact[] {
  return indicatorsFromQuantities(text, findQuantities(text));
}
