// What a check is to the health rules: its statuses, its damping thresholds,
// its output limit. src/registry builds its model on these (the registry sits
// above health, so health never imports it).

import { utf8Prefix } from './utf8.js';

/** Consul's health states, from best to worst. */
export const CHECK_STATUSES = ['passing', 'warning', 'critical'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** The damping thresholds of a check (Consul's names). */
export interface FlapThresholds {
  successBeforePassing: number;
  failuresBeforeWarning: number;
  failuresBeforeCritical: number;
}

/** The highest value of each threshold; the counters saturate there. */
export const MAX_FLAP_THRESHOLD = 100;

/** A check's output as stored; longer output is cut (see truncateCheckOutput). */
export const MAX_CHECK_OUTPUT_BYTES = 4096;

/** A check's output as stored: its first MAX_CHECK_OUTPUT_BYTES bytes of UTF-8. */
export function truncateCheckOutput(output: string): string {
  return output.length <= MAX_CHECK_OUTPUT_BYTES / 4 ? output : utf8Prefix(output, MAX_CHECK_OUTPUT_BYTES);
}
