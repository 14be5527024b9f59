/**
 * The agency's verification settings: one versioned row (table verification_settings, column
 * settings), created with DEFAULT_SETTINGS the first time it is read; core's settingsRow keeps it.
 */
import type { Db } from '../../core/db/client.ts';
import { settingsRow } from '../../core/db/settings-row.ts';
import { DEFAULT_SETTINGS, type VerificationSettings } from './settings.ts';

const row = settingsRow<VerificationSettings>('verification_settings', 'settings', DEFAULT_SETTINGS);

/** The settings and their version, the row created with the defaults when missing; `lock` takes it for update. */
export async function readSettings(db: Db, lock = false): Promise<{ version: number; settings: VerificationSettings }> {
  const { version, value } = await row.read(db, lock);
  return { version, settings: value };
}

/** Stores the settings as `version` (the caller holds the row, read with `lock`). */
export async function writeSettings(db: Db, version: number, settings: VerificationSettings): Promise<void> {
  await row.write(db, version, settings);
}
