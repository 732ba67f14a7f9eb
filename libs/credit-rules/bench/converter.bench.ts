// Converter benchmark: 100,000 synthetic educators x 20 records (deterministic seed), evaluated
// under PA (carry-over: the previous cycle is evaluated too) and TX (caps, a required category),
// half each. Compares with the floor: a plain loop that only sums the same amounts.
// Run: npm run bench:converter   (options: --educators N)
import { evaluateRenewal, getCompiledRuleSetPreset, type PdRecordInput } from '../src/index';

const EDUCATORS = Number(process.argv.find((a) => a.startsWith('--educators='))?.split('=')[1] ?? 100_000);
const RECORDS_PER_EDUCATOR = 20;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20261122);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const ACTIVITIES = [
  'workshop',
  'course',
  'conference',
  'independent_study',
  'presenting',
  'mentoring',
  'micro_credential',
] as const;
const STATUSES = ['approved', 'approved', 'approved', 'verified', 'submitted', 'rejected'] as const;

interface Educator {
  id: string;
  license: { cycleStart: string; cycleEnd: string };
  records: PdRecordInput[];
}

const educators: Educator[] = [];
for (let e = 0; e < EDUCATORS; e++) {
  const startYear = 2019 + (e % 5);
  const records: PdRecordInput[] = [];
  for (let i = 0; i < RECORDS_PER_EDUCATOR; i++) {
    const activityType = pick(ACTIVITIES);
    const unit =
      activityType === 'micro_credential'
        ? 'micro_credential'
        : activityType === 'course'
          ? pick(['semester_credit', 'quarter_credit'] as const)
          : 'clock_hour';
    const amount =
      unit === 'micro_credential'
        ? '1'
        : unit === 'clock_hour'
          ? String(Math.floor(random() * 2000) / 100)
          : String(1 + Math.floor(random() * 3));
    const year = 2016 + Math.floor(random() * 10);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    records.push({
      id: `r${e}-${i}`,
      completedOn: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      activityType,
      amount,
      unit,
      status: pick(STATUSES),
      categories: random() < 0.2 ? ['students_with_disabilities'] : [],
      statedHours: unit === 'micro_credential' ? '15' : null,
    });
  }
  educators.push({ id: `e${e}`, license: { cycleStart: `${startYear}-07-01`, cycleEnd: `${startYear + 5}-06-30` }, records });
}
const totalRecords = EDUCATORS * RECORDS_PER_EDUCATOR;
const rules = [getCompiledRuleSetPreset('pa'), getCompiledRuleSetPreset('tx')];
const asOf = '2025-11-22';

function floor(): number {
  // The floor: read every record's amount and sum it per educator, nothing else.
  let checksum = 0;
  for (const educator of educators) {
    let sum = 0;
    for (const record of educator.records) sum += Number(record.amount);
    checksum += sum;
  }
  return checksum;
}

function convert(): number {
  let checksum = 0;
  for (let e = 0; e < educators.length; e++) {
    const educator = educators[e]!;
    const result = evaluateRenewal(
      { ruleSet: rules[e & 1]!, educatorId: educator.id, license: educator.license, records: educator.records, asOf },
      { explain: false },
    );
    checksum += result.earned.length + (result.status === 'complete' ? 1 : 0);
  }
  return checksum;
}

function time(fn: () => number): { seconds: number; checksum: number } {
  const start = process.hrtime.bigint();
  const checksum = fn();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, checksum };
}

// Warm up both paths (JIT), then measure the best of three.
time(floor);
time(convert);
const floorRuns = [time(floor), time(floor), time(floor)];
const convertRuns = [time(convert), time(convert), time(convert)];
const floorBest = Math.min(...floorRuns.map((r) => r.seconds));
const convertBest = Math.min(...convertRuns.map((r) => r.seconds));
const withExplain = time(() => {
  let n = 0;
  for (let e = 0; e < educators.length; e++)
    n += evaluateRenewal({ ruleSet: rules[e & 1]!, license: educators[e]!.license, records: educators[e]!.records, asOf })
      .explanation.length;
  return n;
});

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(
  `Node ${process.version}, ${process.platform}/${process.arch}; ${fmt(EDUCATORS)} educators x ${RECORDS_PER_EDUCATOR} records = ${fmt(totalRecords)} records (PA and TX, half each)`,
);
console.log(`converter (no explanation): ${convertBest.toFixed(3)} s, ${fmt(totalRecords / convertBest)} records/s`);
console.log(`plain summing loop (floor): ${floorBest.toFixed(3)} s, ${fmt(totalRecords / floorBest)} records/s`);
console.log(`ratio converter / floor: ${(convertBest / floorBest).toFixed(2)}x`);
console.log(
  `converter with explanations: ${withExplain.seconds.toFixed(3)} s, ${fmt(totalRecords / withExplain.seconds)} records/s`,
);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
