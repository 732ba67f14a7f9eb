import { EVERYONE_SIGNED_IN, MatrixOperation } from './authorization-matrix';

/** Same reach as educator(id): teacher self, principal their schools, HR the district; else NOT_FOUND. */
const LIKE_EDUCATOR = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'allowed',
  teacherOtherSchool: 'NOT_FOUND',
  principal: 'allowed',
  principalOtherSchool: 'NOT_FOUND',
  hr: 'allowed',
  hrOtherDistrict: 'NOT_FOUND',
  assessor: 'FORBIDDEN',
} as const;

const HYPOTHETICAL = [
  { title: 'Planned workshop', activityType: 'WORKSHOP', amount: '6', unit: 'CLOCK_HOUR', completedOn: '2026-01-15' },
];

/** The converter's operations: renewals and lanes on Educator, what-ifs, rule presets. */
export const renewalOperations: MatrixOperation[] = [
  {
    name: 'educator (renewals and lane)',
    run: (c, w) =>
      c.request(
        `query($id: ID!) { educator(id: $id) { id renewals { licenseId required earned status explanation { recordId credited } } lane { currentLane } } }`,
        {
          id: w.d1.educators.teacherA,
        },
      ),
    expect: LIKE_EDUCATOR,
    check: (response, _actor, w) => {
      const educator = (response.data as { educator: { id: string; renewals: Array<{ required: string }> } }).educator;
      expect(educator.id).toBe(w.d1.educators.teacherA);
      expect(educator.renewals).toHaveLength(1);
      expect(educator.renewals[0]!.required).toBe('180');
    },
  },
  {
    name: 'renewalWhatIf',
    run: (c, w) =>
      c.request(
        `query($id: ID!, $h: [HypotheticalRecordInput!]!) { renewalWhatIf(educatorId: $id, hypotheticals: $h) { baseline { earned } withHypothetical { earned } } }`,
        {
          id: w.d1.educators.teacherA,
          h: HYPOTHETICAL,
        },
      ),
    expect: LIKE_EDUCATOR,
    check: (response) => {
      const whatIf = (response.data as { renewalWhatIf: { baseline: { earned: string }; withHypothetical: { earned: string } } })
        .renewalWhatIf;
      expect(Number(whatIf.withHypothetical.earned)).toBeGreaterThanOrEqual(Number(whatIf.baseline.earned));
    },
  },
  {
    name: 'laneWhatIf',
    run: (c, w) =>
      c.request(
        `query($id: ID!, $h: [HypotheticalRecordInput!]!) { laneWhatIf(educatorId: $id, hypotheticals: $h) { baseline { creditsEarned } } }`,
        {
          id: w.d1.educators.teacherA,
          h: HYPOTHETICAL,
        },
      ),
    expect: LIKE_EDUCATOR,
    // The factory's districts have no salary schedule: allowed callers get null, never an error.
    check: (response) => expect((response.data as { laneWhatIf: { baseline: unknown } }).laneWhatIf.baseline).toBeNull(),
  },
  {
    name: 'rulePresets',
    run: (c) => c.request(`{ rulePresets { id name uncertainCount } }`),
    expect: EVERYONE_SIGNED_IN,
    check: (response) => {
      const ids = (response.data as { rulePresets: Array<{ id: string }> }).rulePresets.map((p) => p.id);
      expect(ids).toEqual(expect.arrayContaining(['pa', 'ny', 'tx', 'nc', 'fl', 'il', 'tn', 'de']));
    },
  },
  {
    name: 'rulePreset(id)',
    run: (c) => c.request(`{ rulePreset(id: "pa") { id versions { conversions { id citation { url } uncertain } } } }`),
    expect: EVERYONE_SIGNED_IN,
    check: (response) => expect((response.data as { rulePreset: { id: string } }).rulePreset.id).toBe('pa'),
  },
];
