/** A worker thread of `dpa-afx parse --jobs N`: parses and renders batches of blocks. */
import { parentPort } from "node:worker_threads";
import type { Job } from "./cli/pool.js";
import { renderBlock, type Rendered } from "./cli/render.js";

parentPort!.on("message", ({ id, blocks, render }: Job) => {
  const result: Rendered = { items: [], failed: 0 };
  for (const block of blocks) {
    const r = renderBlock(block, render);
    for (const item of r.items) result.items.push(item);
    result.failed += r.failed;
  }
  parentPort!.postMessage({ id, result });
});
