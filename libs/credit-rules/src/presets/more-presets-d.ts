// Presets for issue 7, batch d (see rule-set-presets.ts). Each entry is a lower-case postal code.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { nvPreset } from './nv.preset';
import { orPreset } from './or.preset';
import { riPreset } from './ri.preset';
import { sdPreset } from './sd.preset';
import { utPreset } from './ut.preset';
import { vaPreset } from './va.preset';
import { vtPreset } from './vt.preset';
import { waPreset } from './wa.preset';
import { wyPreset } from './wy.preset';

export const morePresetsD: Readonly<Record<string, RuleSetInput>> = {
  nv: nvPreset,
  or: orPreset,
  ri: riPreset,
  sd: sdPreset,
  ut: utPreset,
  va: vaPreset,
  vt: vtPreset,
  wa: waPreset,
  wy: wyPreset,
};
