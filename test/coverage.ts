/** The "nothing is lost" check: offsets of non-whitespace characters that lie in no node. */
import type { Article } from "../src/index.js";
import { positionedNodes } from "./helpers.js";

const WS = /\s/u;

export function uncovered(input: string, article: Article): number[] {
  const covered = new Uint8Array(input.length + 1);
  for (const n of positionedNodes(article)) {
    for (let k = n.position!.start.offset; k < n.position!.end.offset; k++) covered[k] = 1;
  }
  const out: number[] = [];
  for (let k = 0; k < input.length; k++) {
    if (!covered[k] && !WS.test(input[k]!) && input.charCodeAt(k) !== 0xfeff) out.push(k);
  }
  return out;
}
