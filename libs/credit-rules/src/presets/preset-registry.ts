// Every shipped relicensure preset, keyed by lower-case postal code; rule-set-presets.ts validates and
// compiles them. The key order (the order the presets were added in) is the order RULE_SET_PRESET_IDS
// lists them in, so reordering would reorder every preset list shown to users.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { akPreset } from './ak.preset';
import { alPreset } from './al.preset';
import { arPreset } from './ar.preset';
import { azPreset } from './az.preset';
import { caPreset } from './ca.preset';
import { coPreset } from './co.preset';
import { ctPreset } from './ct.preset';
import { dcPreset } from './dc.preset';
import { dePreset } from './de.preset';
import { flPreset } from './fl.preset';
import { gaPreset } from './ga.preset';
import { hiPreset } from './hi.preset';
import { iaPreset } from './ia.preset';
import { idPreset } from './id.preset';
import { ilPreset } from './il.preset';
import { inPreset } from './in.preset';
import { ksPreset } from './ks.preset';
import { kyPreset } from './ky.preset';
import { laPreset } from './la.preset';
import { maPreset } from './ma.preset';
import { mdPreset } from './md.preset';
import { mePreset } from './me.preset';
import { miPreset } from './mi.preset';
import { mnPreset } from './mn.preset';
import { moPreset } from './mo.preset';
import { msPreset } from './ms.preset';
import { mtPreset } from './mt.preset';
import { ncPreset } from './nc.preset';
import { ndPreset } from './nd.preset';
import { nePreset } from './ne.preset';
import { nhPreset } from './nh.preset';
import { njPreset } from './nj.preset';
import { nmPreset } from './nm.preset';
import { nvPreset } from './nv.preset';
import { nyPreset } from './ny.preset';
import { ohPreset } from './oh.preset';
import { okPreset } from './ok.preset';
import { orPreset } from './or.preset';
import { paPreset } from './pa.preset';
import { riPreset } from './ri.preset';
import { scPreset } from './sc.preset';
import { sdPreset } from './sd.preset';
import { tnPreset } from './tn.preset';
import { txPreset } from './tx.preset';
import { utPreset } from './ut.preset';
import { vaPreset } from './va.preset';
import { vtPreset } from './vt.preset';
import { waPreset } from './wa.preset';
import { wiPreset } from './wi.preset';
import { wvPreset } from './wv.preset';
import { wyPreset } from './wy.preset';

export const RULE_SET_PRESET_SOURCES: Readonly<Record<string, RuleSetInput>> = {
  pa: paPreset,
  ny: nyPreset,
  tx: txPreset,
  nc: ncPreset,
  fl: flPreset,
  il: ilPreset,
  tn: tnPreset,
  de: dePreset,
  ma: maPreset,
  nh: nhPreset,
  nj: njPreset,
  ar: arPreset,
  sc: scPreset,
  ks: ksPreset,
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
