/**
 * Parsing on worker threads with the output in input order. Batches of blocks go out round-robin; each
 * result is awaited in order. A worker that dies (an exception, running out of memory) takes nothing with
 * it: its batches are parsed on the main thread instead, and the other messages still come out.
 */
import type { MessageBlock } from "../stream.js";
import type { Rendered, RenderOptions } from "./render.js";

/** What the pool needs of a worker (Node's `Worker` has it); tests pass their own. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  on(event: "message", listener: (m: { id: number; result: Rendered }) => void): unknown;
  on(event: "error", listener: (e: unknown) => void): unknown;
  on(event: "exit", listener: (code: number) => void): unknown;
  terminate(): unknown;
}

/** A batch sent to a worker. */
export interface Job {
  id: number;
  blocks: MessageBlock[];
  render: RenderOptions;
}

/** Blocks per batch: up to this much text (messages are small; one post per message would cost more than parsing it). */
const BATCH_CHARS = 256 * 1024;

/** Groups blocks into batches of about {@link BATCH_CHARS}, dropping the in-process line index. */
export async function* batches(blocks: AsyncIterable<MessageBlock>): AsyncGenerator<MessageBlock[]> {
  let batch: MessageBlock[] = [];
  let size = 0;
  for await (const b of blocks) {
    const plain: MessageBlock = { text: b.text, offset: b.offset, line: b.line, column: b.column, messages: b.messages, note: b.note, endNotes: b.endNotes };
    batch.push(plain);
    size += b.text.length;
    if (size >= BATCH_CHARS) {
      yield batch;
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Runs the batches on `jobs` workers (made by `spawn`), calling `emit` with each result in input order.
 * `local` renders a batch on this thread: the fallback for a batch whose worker died.
 */
export async function runPool(
  source: AsyncIterable<MessageBlock[]>,
  jobs: number,
  render: RenderOptions,
  spawn: () => WorkerLike,
  local: (blocks: MessageBlock[]) => Rendered,
  emit: (r: Rendered) => Promise<void> | void,
): Promise<void> {
  interface Slot {
    blocks: MessageBlock[];
    worker: number;
    resolve: (r: Rendered) => void;
  }
  const open = new Map<number, Slot>();
  const alive: boolean[] = [];
  const workers: WorkerLike[] = [];
  const fail = (w: number) => {
    if (!alive[w]) return;
    alive[w] = false;
    for (const [id, slot] of open) {
      if (slot.worker !== w) continue;
      open.delete(id);
      slot.resolve(local(slot.blocks));
    }
  };
  for (let w = 0; w < jobs; w++) {
    const worker = spawn();
    alive.push(true);
    workers.push(worker);
    worker.on("message", (m) => {
      const slot = open.get(m.id);
      if (!slot) return;
      open.delete(m.id);
      slot.resolve(m.result);
    });
    worker.on("error", () => fail(w));
    worker.on("exit", () => fail(w));
  }
  const queue: Promise<Rendered>[] = [];
  let next = 0;
  try {
    for await (const blocks of source) {
      const id = next++;
      const w = pickWorker(alive, id);
      queue.push(
        new Promise<Rendered>((resolve) => {
          if (w === -1) {
            resolve(local(blocks));
            return;
          }
          open.set(id, { blocks, worker: w, resolve });
          try {
            workers[w]!.postMessage({ id, blocks, render } satisfies Job);
          } catch {
            fail(w);
          }
        }),
      );
      // At most two batches per worker in flight: print the oldest before reading on.
      while (queue.length >= 2 * jobs) await emit(await queue.shift()!);
    }
    while (queue.length > 0) await emit(await queue.shift()!);
  } finally {
    for (let w = 0; w < workers.length; w++) {
      alive[w] = false;
      await workers[w]!.terminate();
    }
  }
}

/** The worker for batch `id`: round-robin over the living ones; -1 when none lives. */
function pickWorker(alive: boolean[], id: number): number {
  const n = alive.length;
  for (let k = 0; k < n; k++) {
    const w = (id + k) % n;
    if (alive[w]) return w;
  }
  return -1;
}
