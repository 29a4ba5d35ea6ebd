// Writes a release folder so that readers never see it half-written.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * Writes the files into a temporary sibling folder, then swaps it in: a run that fails while
 * writing leaves the last release untouched and no partial folder behind.
 */
export async function writeReleaseAtomically(target: string, files: Map<string, Uint8Array>): Promise<void> {
  const staging = `${target}.partial-${process.pid}`;
  const previous = `${target}.previous-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    for (const [path, bytes] of files) {
      await mkdir(dirname(join(staging, path)), { recursive: true });
      await writeFile(join(staging, path), bytes);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rename(target, previous).catch((e: NodeJS.ErrnoException) => { if (e.code !== "ENOENT") throw e; });
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
}
