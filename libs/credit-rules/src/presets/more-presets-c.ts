// Presets for issue 7, batch c (see rule-set-presets.ts). Each entry is a lower-case postal code.
import type { RuleSetInput } from '../lib/rule-set.schema';

export const morePresetsC: Readonly<Record<string, RuleSetInput>> = {};
