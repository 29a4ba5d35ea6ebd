// End to end: `make all` on temporary raw folders, as a maintainer runs it.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const project = resolve(import.meta.dirname, "..");
const version = JSON.parse(readFileSync(join(project, "package.json"), "utf8")).version as string;
const seed = (name: string) => join(project, "raw", readdirSync(join(project, "raw")).find((f) => f.startsWith(name))!);

function makeAll(raw: string, dist: string, extra: string[] = []) {
  return spawnSync("make", ["--no-print-directory", "-C", project, "all", `RAW=${raw}`, `DIST=${dist}`, ...extra], { encoding: "utf8", timeout: 120_000 });
}

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));

describe("make all on a folder of good and bad input", () => {
  let work: string;
  let raw: string;
  let run: ReturnType<typeof makeAll>;
  let release: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "e2e-"));
    raw = join(work, "raw articles");
    mkdirSync(join(raw, "nested"), { recursive: true });
    copyFileSync(seed("001"), join(raw, "001.txt"));
    copyFileSync(seed("003"), join(raw, "nested", "003.txt"));
    copyFileSync(seed("000"), join(raw, "000.md"));
    // the same article again, saved with CRLF line ends: a duplicate of the first
    writeFileSync(join(raw, "nested", "later-copy-crlf.txt"), readFileSync(seed("003"), "utf8").replace(/\n/g, "\r\n"));
    writeFileSync(join(raw, "empty.txt"), "");
    writeFileSync(join(raw, "photo.png"), Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082", "hex"));
    writeFileSync(join(raw, "policy.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    writeFileSync(join(raw, "nul.txt"), Buffer.concat([Buffer.from("人才政策", "utf8"), Buffer.alloc(64), Buffer.from("补贴", "utf8")]));
    writeFileSync(join(raw, "garbage.txt"), Buffer.from([0xff, 0xfe, 0xfe, 0xff, 0xff, 0xc0, 0xff, 0xfd, 0xff, 0x80, 0xff].concat(Array(200).fill(0xff))));
    writeFileSync(join(raw, "broken-front-matter.md"), "---\ntitle: \"人才新政\nda te: [2022\n---\n<p>某市对博士给予最高30万元安家费。</p>\n");
    writeFileSync(join(raw, "english.txt"), "City council approves new housing subsidy for graduates.\nThe subsidy is worth up to 150,000 yuan.\n");
    writeFileSync(join(raw, "huge.txt"), "对引进的博士研究生给予每月3000元生活补贴。\n".repeat(2000));
    writeFileSync(join(raw, "report.docx"), Buffer.from("504b0304140006000800000021000000000000000000000000000000", "hex"));
    writeFileSync(join(raw, "README.md"), "Notes for maintainers: not an article.\n");
    writeFileSync(join(raw, ".DS_Store"), "junk");
    writeFileSync(join(raw, "manifest.csv"), [
      "file,publisher,published,editor",
      "001.txt,黑龙江日报,2021-12-23,",
      "missing.txt,某报,2022-01-01,",
      "nested/003.txt,党建研究,2021-13-45,",
    ].join("\n"));
    release = join(work, "out", version);
    run = makeAll(raw, join(work, "out"), ["MAX_BYTES=60000"]);
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("the run finishes with exit 0 and prints the summary", () => {
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/files: 13 seen, 3 published as articles, 10 rejected/);
  });

  test("the good articles are published", () => {
    const articles = readJson(join(release, "articles.json")) as { source_file: string }[];
    expect(articles.map((a) => a.source_file)).toEqual(["000.md", "001.txt", "nested/003.txt"]);
  });

  test("each bad file is rejected with its reason", () => {
    const rejects = readJson(join(release, "rejects.json")) as { source_file: string; rule: string; message: string; duplicate_of: string | null }[];
    const ruleOf = Object.fromEntries(rejects.filter((r) => r.source_file !== "manifest.csv").map((r) => [r.source_file, r.rule]));
    expect(ruleOf).toEqual({
      "empty.txt": "empty_file",
      "photo.png": "binary",
      "policy.pdf": "unsupported_format",
      "nul.txt": "binary",
      "garbage.txt": "undecodable",
      "broken-front-matter.md": "broken_front_matter",
      "english.txt": "no_chinese",
      "huge.txt": "too_large",
      "report.docx": "unsupported_format",
      "nested/later-copy-crlf.txt": "duplicate_article",
    });
    expect(rejects.find((r) => r.source_file === "nested/later-copy-crlf.txt")!.duplicate_of).toBe("nested/003.txt");
    const hugeSize = readFileSync(join(raw, "huge.txt")).byteLength;
    expect(rejects.find((r) => r.source_file === "huge.txt")!.message).toBe(`the file has ${hugeSize} bytes, over the limit of 60000`);
    expect(rejects.filter((r) => r.source_file === "manifest.csv").map((r) => r.rule).sort())
      .toEqual(["manifest_bad_date", "manifest_missing_file", "manifest_unknown_column"]);
    for (const r of rejects) expect(r.message).toMatch(/^[^\n]{8,300}$/);
  });

  test("nothing is lost: every file under the raw folder is an article or a reject, exactly once", () => {
    const articles = readJson(join(release, "articles.json")) as { source_file: string }[];
    const rejects = readJson(join(release, "rejects.json")) as { source_file: string; stage: string }[];
    const fileRejects = rejects.filter((r) => r.source_file !== "manifest.csv" && r.stage !== "validate").map((r) => r.source_file);
    const accounted = [...articles.map((a) => a.source_file), ...fileRejects].sort();
    const inputs = readdirSync(raw, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith(".") && e.name !== "README.md" && e.name !== "manifest.csv")
      .map((e) => join(e.parentPath, e.name).slice(raw.length + 1)).sort();
    expect(accounted).toEqual(inputs);
  });

  test("the manifest overrides the article's own metadata", () => {
    const articles = readJson(join(release, "articles.json")) as { source_file: string; publisher: string; published: string }[];
    expect(articles.find((a) => a.source_file === "001.txt")).toEqual(expect.objectContaining({ publisher: "黑龙江日报", published: "2021-12-23" }));
  });

  test("STRICT=1 turns rejects into a failing exit status that lists them", () => {
    const strict = makeAll(raw, join(work, "strict"), ["MAX_BYTES=60000", "STRICT=1"]);
    expect(strict.status).not.toBe(0);
    expect(strict.stderr).toMatch(/STRICT: \d+ reject\(s\)/);
    expect(strict.stderr).toMatch(/english\.txt: \[no_chinese\]/);
  }, 120_000);

  test("a second run, given relative paths, gives byte-identical files", () => {
    const again = makeAll(relative(project, raw), relative(project, join(work, "again")), ["MAX_BYTES=60000"]);
    expect(again.status).toBe(0);
    expect(readFileSync(join(work, "again", version, "SHA256SUMS"), "utf8")).toBe(readFileSync(join(release, "SHA256SUMS"), "utf8"));
  }, 120_000);
});
