// The per-article driver and the release writer under failure: a bug met on one article becomes
// that article's reject, and a failed write leaves the previous release as it was.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";
import { processArticle } from "../pipeline/process.js";
import { writeReleaseAtomically } from "../pipeline/write-release.js";

// A stand-in for a bug in the extraction rules, met only by articles that mention 呼兰.
vi.mock("../pipeline/stages/extract.js", async (original) => {
  const real = await original<typeof import("../pipeline/stages/extract.js")>();
  return {
    extractIndicators: (text: string) => {
      if (text.includes("呼兰")) throw new TypeError("Cannot read properties of undefined (reading 'unit')");
      return real.extractIndicators(text);
    },
  };
});

const project = resolve(import.meta.dirname, "..");
const seed = (prefix: string) => {
  const name = readdirSync(join(project, "raw")).find((f) => f.startsWith(prefix))!;
  return { sourceFile: name, bytes: new Uint8Array(readFileSync(join(project, "raw", name))) };
};

describe("processArticle", () => {
  test("a crash inside one article is that article's reject, with the error", () => {
    const outcome = processArticle(seed("002"), { maxBytes: 5e6 });
    expect(outcome).toEqual({
      ok: false,
      reject: expect.objectContaining({ stage: "process", rule: "processing_error", message: "TypeError: Cannot read properties of undefined (reading 'unit')" }),
    });
  });

  test("the other articles are processed as usual", () => {
    const outcome = processArticle(seed("004"), { maxBytes: 5e6 });
    expect(outcome.ok && outcome.value.indicators.some((r) => r.surface === "1万个")).toBe(true);
  });
});

describe("writeReleaseAtomically", () => {
  const work = mkdtempSync(join(tmpdir(), "atomic-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const bytes = (s: string) => new TextEncoder().encode(s);

  test("a write that fails leaves the previous release untouched and no partial folder", async () => {
    const target = join(work, "1.0.0");
    await writeReleaseAtomically(target, new Map([["articles.json", bytes("[]\n")]]));
    // A file and a folder of the same name cannot both be written: the second write fails midway.
    const failing = new Map([["a.json", bytes("{}")], ["a.json/b.json", bytes("{}")]]);
    await expect(writeReleaseAtomically(target, failing)).rejects.toThrow();
    expect(readdirSync(work)).toEqual(["1.0.0"]);
    expect(readFileSync(join(target, "articles.json"), "utf8")).toBe("[]\n");
  });

  test("a successful write replaces the release whole", async () => {
    const target = join(work, "2.0.0");
    await writeReleaseAtomically(target, new Map([["old.json", bytes("1")]]));
    await writeReleaseAtomically(target, new Map([["new.json", bytes("2")]]));
    expect(readdirSync(target)).toEqual(["new.json"]);
  });
});
