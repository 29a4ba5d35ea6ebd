// The release's identity. Version and date are read from package.json by the runner: the one
// place they live, so that no file of a release depends on the clock.
export interface ReleaseInfo {
  name: string;
  title: string;
  description: string;
  version: string;
  /** YYYY-MM-DD */
  date: string;
  license: { name: string; path: string; title: string };
}

export const DATASET = {
  name: "china-talent-policy-indicators",
  title: "China regional talent-attraction policy indicators",
  license: { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" },
} as const;
