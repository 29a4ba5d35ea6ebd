// Dates as articles and their metadata write them, to ISO YYYY-MM-DD.

const YEAR_MONTH_DAY = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?!\d)/;
// Years a news article can carry; outside them a match is a number, not a date.
const EARLIEST_YEAR = 1949;
const LATEST_YEAR = 2100;

/** The calendar date a text starts with or holds (2022-05-06 15:52:19 +0800, 2022年5月6日, 2021/12/23, 20220506), or null. */
export function toIsoDate(text: string): string | null {
  const match = YEAR_MONTH_DAY.exec(text) ?? COMPACT.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2022-02-30 over to March; a date that does not come back the same is no date.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
