// The CLI's worker pool, with workers of our own: output in input order, and a worker that dies takes
// nothing with it (its batches are parsed on the main thread).
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { runPool, type WorkerLike } from "../src/cli/pool.js";
import type { Rendered, RenderOptions } from "../src/cli/render.js";
import { renderBlock } from "../src/cli/render.js";
import type { MessageBlock } from "../src/stream.js";

const render: RenderOptions = { format: "ndjson", positions: true, parse: {} };
const batch = (k: number): MessageBlock[] => [
  { text: `KIEL (dpa-AFX) - Nachricht ${k}./ab`, offset: k * 100, line: k, column: 0, messages: [{ first: 0, last: 0 }], note: null, endNotes: [] },
];
async function* source(n: number) {
  for (let k = 0; k < n; k++) yield batch(k);
}
const local = (blocks: MessageBlock[]): Rendered => {
  const out: Rendered = { items: [], failed: 0 };
  for (const b of blocks) out.items.push(...renderBlock(b, render).items);
  return out;
};

/** A worker that answers on the next tick, or dies on the `dieAt`-th batch (an 'error' then an 'exit'). */
class FakeWorker extends EventEmitter implements WorkerLike {
  seen = 0;
  constructor(private readonly dieAt = -1) {
    super();
  }
  postMessage(m: { id: number; blocks: MessageBlock[] }) {
    const n = this.seen++;
    setTimeout(() => {
      if (n === this.dieAt) {
        this.emit("error", new Error("worker crashed"));
        this.emit("exit", 1);
        return;
      }
      this.emit("message", { id: m.id, result: local(m.blocks) });
    }, (m.id % 3) * 2);
  }
  terminate() {}
}

const texts = (out: string[]) => out.map((line) => JSON.parse(line).sections[0].paragraphs[0].text);

describe("runPool", () => {
  it("prints results in input order whatever order the workers answer in", async () => {
    const out: string[] = [];
    await runPool(source(12), 3, render, () => new FakeWorker(), local, (r) => void out.push(...r.items));
    expect(texts(out)).toEqual(Array.from({ length: 12 }, (_, k) => `Nachricht ${k}.`));
  });
  it("a worker that dies mid-run loses no message: its batches are parsed here, in order", async () => {
    const out: string[] = [];
    let made = 0;
    await runPool(source(20), 3, render, () => new FakeWorker(made++ === 1 ? 2 : -1), local, (r) => void out.push(...r.items));
    expect(texts(out)).toEqual(Array.from({ length: 20 }, (_, k) => `Nachricht ${k}.`));
  });
  it("goes on in-process when every worker dies", async () => {
    const out: string[] = [];
    await runPool(source(9), 2, render, () => new FakeWorker(0), local, (r) => void out.push(...r.items));
    expect(texts(out)).toEqual(Array.from({ length: 9 }, (_, k) => `Nachricht ${k}.`));
  });
});
