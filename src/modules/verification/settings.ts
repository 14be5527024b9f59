import type { VerificationSettings } from './accounting.dto.ts';
import { DEFAULT_FLAG_CONFIG, type FlagConfig } from './flags.ts';

/**
 * The agency's verification settings (accounting.dto.ts SettingsSchema): the flag configuration of
 * flags.ts (thresholds, tolerance, training-like and sustained-pattern rules) and the hours a
 * facility has to answer a challenge. One row in the database; the admin edits it through
 * `PUT /api/verification/settings`.
 */
export type { VerificationSettings };

/**
 * Defaults: flags.ts DEFAULT_FLAG_CONFIG (whose comment gives the reasons), and 72 hours to answer
 * a challenge — a facility keeps its private records at hand, so revealing one takes minutes;
 * three days leave room for weekends and time zones without letting a record be fabricated at
 * leisure (the commitment makes fabrication useless anyway: only the committed record opens it).
 */
export const DEFAULT_SETTINGS: VerificationSettings = {
  ...structuredClone(DEFAULT_FLAG_CONFIG),
  challengeDeadlineHours: 72,
};

/** The FlagConfig part of the settings, for computeFlags. */
export function flagConfigOf(settings: VerificationSettings): FlagConfig {
  const { challengeDeadlineHours: _hours, ...config } = settings;
  return config;
}
