// Presets for issue 7, batch c (see rule-set-presets.ts). Each entry is a lower-case postal code.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { hiPreset } from './hi.preset';
import { iaPreset } from './ia.preset';
import { idPreset } from './id.preset';
import { inPreset } from './in.preset';
import { laPreset } from './la.preset';
import { mdPreset } from './md.preset';
import { mePreset } from './me.preset';
import { miPreset } from './mi.preset';
import { mnPreset } from './mn.preset';
import { moPreset } from './mo.preset';
import { msPreset } from './ms.preset';
import { mtPreset } from './mt.preset';
import { ndPreset } from './nd.preset';
import { nmPreset } from './nm.preset';

export const morePresetsC: Readonly<Record<string, RuleSetInput>> = {
  hi: hiPreset,
  nm: nmPreset,
  md: mdPreset,
  ia: iaPreset,
  id: idPreset,
  in: inPreset,
  la: laPreset,
  me: mePreset,
  mi: miPreset,
  mn: mnPreset,
  mo: moPreset,
  ms: msPreset,
  mt: mtPreset,
  nd: ndPreset,
};
