/**
 * The `dpa-afx` command line's entry: everything lives in `./cli/`, so it can be tested without running.
 */
import { main } from "./cli/main.js";

await main(process.argv);
