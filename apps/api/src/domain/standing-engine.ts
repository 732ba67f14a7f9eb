import { createHash } from 'node:crypto';
import { getRuleSetPreset, RULE_SET_PRESET_IDS } from '@pd-ledger/credit-rules';

/**
 * Bump when what a stored standing means changes (its columns, or how the converter's verdict is
 * turned into one), so rows written by an older build are recomputed rather than trusted.
 */
const STANDING_FORMAT = 1;

/**
 * The rule data stored answers were computed with: the state presets the converter evaluates with,
 * plus the format. A deploy that changes a preset changes this key, and every answer stored under
 * it is recomputed on its next read: renewal standings, goal progress, a teacher's own evaluation
 * and the homes' stored figures. (They are also only trusted on the day they were computed, so a
 * converter fix that does not touch the presets is in force by the next day.)
 */
export const STANDING_ENGINE = createHash('sha256')
  .update(JSON.stringify({ format: STANDING_FORMAT, presets: RULE_SET_PRESET_IDS.map((id) => getRuleSetPreset(id)) }))
  .digest('hex')
  .slice(0, 32);
