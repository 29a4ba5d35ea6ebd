// SHA-256 in hex: of raw files (articles.sha256), of cleaned texts and facts (stable ids), and of
// release files (SHA256SUMS, datapackage.json).
import { createHash } from "node:crypto";

export const sha256Hex = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");
