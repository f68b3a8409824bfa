/** A worker thread of `dpa-afx parse --jobs N`: parses blocks of messages and returns NDJSON text. */
import { parentPort, workerData } from "node:worker_threads";
import type { ParseOptions } from "./options.js";
import { parseBlock, type MessageBlock } from "./stream.js";

const { options, indent } = workerData as { options: ParseOptions; indent: number | undefined };
parentPort!.on("message", ({ id, block }: { id: number; block: MessageBlock }) => {
  let text = "";
  for (const a of parseBlock(block, options)) text += JSON.stringify(a, null, indent) + "\n";
  parentPort!.postMessage({ id, text });
});
