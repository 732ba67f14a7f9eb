// Presets for issue 7, batch a (see rule-set-presets.ts). Each entry is a lower-case postal code.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { arPreset } from './ar.preset';
import { ksPreset } from './ks.preset';
import { maPreset } from './ma.preset';
import { nhPreset } from './nh.preset';
import { njPreset } from './nj.preset';
import { scPreset } from './sc.preset';

export const morePresetsA: Readonly<Record<string, RuleSetInput>> = {
  ma: maPreset,
  nh: nhPreset,
  nj: njPreset,
  ar: arPreset,
  sc: scPreset,
  ks: ksPreset,
};
