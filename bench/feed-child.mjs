// Child of bench/feed.mjs: parses stdin with parseStream and reports its peak RSS on stderr. It reads
// fd 0 into one reused buffer, as the CLI does (Node's stream allocates a buffer per chunk).
import { read } from "node:fs";
import { promisify } from "node:util";
import { parseStream } from "../dist/index.js";
import { peakKB } from "./peak.mjs";

const readP = promisify(read);
async function* stdin() {
  const buf = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    const { bytesRead } = await readP(0, buf, 0, buf.length, null);
    if (bytesRead === 0) return;
    yield buf.subarray(0, bytesRead);
  }
}
let n = 0;
for await (const _a of parseStream(stdin())) n++;
process.stderr.write(`messages=${n} maxRSS=${peakKB()}\n`);

