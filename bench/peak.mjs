// This process's peak RSS, for the bench's child processes.
import { readFileSync } from "node:fs";

/**
 * This process's peak RSS in KB: Linux's VmHWM, the peak since this program started. On Linux,
 * `resourceUsage().maxRSS` also counts the parent's memory at the moment it forked this child (a bench
 * that had just parsed a 20 MB feed read 150 MB there, for a stream that peaks at 91-96 MB on its own).
 */
export function peakKB() {
  try {
    const m = /VmHWM:\s*(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]);
  } catch {
    // not Linux: no /proc
  }
  return process.resourceUsage().maxRSS;
}
