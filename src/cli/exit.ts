/** Exit codes of the `dpa-afx` command line, and the error that carries one. */

/**
 * What each exit status means. The worst status of all inputs wins.
 *
 * - 0: success
 * - 1: `check` found problems (errors, or warnings with `--strict`)
 * - 2: usage error (an unknown option, a bad zone, a bad combination)
 * - 3: an input cannot be read (missing file, directory, binary file)
 * - 4: `split` would overwrite a file or follow a symbolic link
 * - 5: the parser failed on some message (it is printed as an error diagnostic in its place)
 */
export const EXIT = { ok: 0, problems: 1, usage: 2, input: 3, output: 4, internal: 5 } as const;

/** An error with a one-line message and an exit code; printed without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
