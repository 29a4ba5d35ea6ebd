// Worker entry point: registers the TypeScript loader in the new thread, which does not inherit it.
import { register } from "tsx/esm/api";

register();
await import("./article-worker.ts");
