/**
 * Standard output for the command line: writes wait while the pipe is full (bounded memory), and a
 * closed pipe (`dpa-afx parse feed.txt | head -1`) ends the program quietly with status 0, as `cat` and
 * `grep` do. Worker threads end with the process.
 */

let watching = false;

/** Ends the process with status 0 once standard output is closed by its reader (EPIPE). */
export function exitQuietlyOnClosedOutput(): void {
  if (watching) return;
  watching = true;
  const closed = (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") process.exit(0);
    throw e;
  };
  process.stdout.on("error", closed);
  // A reader gone from standard error is no reason to fail either.
  process.stderr.on("error", () => undefined);
}

/** Writes to stdout, waiting when the pipe is full. */
export function write(s: string): Promise<void> | void {
  if (process.stdout.write(s)) return;
  return new Promise((resolve) => process.stdout.once("drain", () => resolve()));
}
