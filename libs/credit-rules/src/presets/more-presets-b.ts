// Presets for issue 7, batch b (see rule-set-presets.ts). Each entry is a lower-case postal code.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { akPreset } from './ak.preset';
import { alPreset } from './al.preset';
import { azPreset } from './az.preset';
import { caPreset } from './ca.preset';
import { coPreset } from './co.preset';
import { ctPreset } from './ct.preset';
import { dcPreset } from './dc.preset';
import { gaPreset } from './ga.preset';
import { kyPreset } from './ky.preset';
import { nePreset } from './ne.preset';
import { ohPreset } from './oh.preset';
import { okPreset } from './ok.preset';
import { wiPreset } from './wi.preset';
import { wvPreset } from './wv.preset';

export const morePresetsB: Readonly<Record<string, RuleSetInput>> = {
  oh: ohPreset,
  ga: gaPreset,
  ky: kyPreset,
  ne: nePreset,
  wv: wvPreset,
  wi: wiPreset,
  ok: okPreset,
  ca: caPreset,
  ak: akPreset,
  al: alPreset,
  az: azPreset,
  co: coPreset,
  ct: ctPreset,
  dc: dcPreset,
};
