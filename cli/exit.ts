// regctl's exit codes and the errors that choose them. Every failure ends in
// one line on stderr naming what was wrong; a server error adds its gRPC code.

import { RegdError, statusName, StatusCode, UnavailableError, UnknownOutcomeError } from '../src/client/index.js';

/** The command did what was asked. */
export const EXIT_OK = 0;
/** The request reached the cluster and failed (not found, refused, timed out, ...). */
export const EXIT_REQUEST_FAILED = 1;
/** No member of the cluster could be reached. */
export const EXIT_UNREACHABLE = 2;
/** The command line was wrong: unknown flag, missing argument, bad value. */
export const EXIT_INVALID_INPUT = 3;

/** Invalid input found by regctl itself (exit 3, with the command's usage line). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A failure regctl reports as is, with the exit code it chose (e.g. a CMD's own status). */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

/** How a failure is reported: the exit code and the one line for stderr. */
export interface Failure {
  exitCode: number;
  message: string;
}

/**
 * What grpc-js and the client say when no member could be talked to: the
 * dial failed, the connection was refused, dropped or never established.
 */
const CONNECTION_FAILURES = [
  /^no endpoint reachable within/,
  /No connection established/,
  /Failed to connect/,
  /Connection dropped/,
  /\bECONN(REFUSED|RESET)\b/,
  /\bEHOSTUNREACH\b/,
];

/**
 * UNAVAILABLE that no member answered: the connection failed or was refused.
 * A member that answers (`etcdserver: no leader`, `registry: the leader has
 * not published its client address yet`) is reachable, so that is a failed
 * request, not an unreachable cluster.
 */
function unreachable(e: RegdError): boolean {
  return e.code === StatusCode.UNAVAILABLE && CONNECTION_FAILURES.some((re) => re.test(e.details));
}

/** The exit code and message for anything a command threw. */
export function failureOf(err: unknown): Failure {
  if (err instanceof UsageError) return { exitCode: EXIT_INVALID_INPUT, message: `Error: ${err.message}` };
  if (err instanceof CliError) return { exitCode: err.exitCode, message: `Error: ${err.message}` };
  if (err instanceof RegdError) {
    if (err.code === StatusCode.INVALID_ARGUMENT && err.details.startsWith('endpoint ')) {
      return { exitCode: EXIT_INVALID_INPUT, message: `Error: ${err.details}` };
    }
    const code = statusName(err.code);
    if (err instanceof UnavailableError && unreachable(err)) {
      return { exitCode: EXIT_UNREACHABLE, message: `Error: cluster unreachable: ${err.details} (${code})` };
    }
    const unknown = err instanceof UnknownOutcomeError ? ' (the outcome is unknown: it may have been applied)' : '';
    return { exitCode: EXIT_REQUEST_FAILED, message: `Error: ${err.details} (${code})${unknown}` };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { exitCode: EXIT_REQUEST_FAILED, message: `Error: ${message}` };
}

/** The exit-code table for `regctl --help`. */
export const EXIT_CODES_HELP = `Exit codes:
  ${EXIT_OK}  success
  ${EXIT_REQUEST_FAILED}  the request failed (the message names it, with the gRPC code)
  ${EXIT_UNREACHABLE}  the cluster could not be reached
  ${EXIT_INVALID_INPUT}  invalid input (unknown flag, missing argument, bad value)`;
