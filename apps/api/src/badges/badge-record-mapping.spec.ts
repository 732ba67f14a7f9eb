import { ActivityType } from '../domain/pd-enums';
import { badgeRecordFields, statedHoursOf } from './badge-record-mapping';
import type { NormalizedBadge } from './verification';

function badge(overrides: Partial<NormalizedBadge['achievement']> = {}, creditsEarned: string | null = null): NormalizedBadge {
  return {
    kind: 'OB3_DATA_INTEGRITY',
    credentialId: 'urn:uuid:1',
    issuer: { id: 'did:key:z6Mk', name: 'Keystone Teacher Academy', url: 'https://keystone.example.org' },
    achievement: {
      id: 'https://keystone.example.org/a/1',
      name: 'Trauma-Informed Classrooms',
      description: null,
      achievementType: 'MicroCredential',
      creditsAvailable: '1.5',
      criteriaUrl: null,
      fieldOfStudy: 'Education',
      alignments: [
        { targetName: 'Danielson 2a', targetUrl: null, targetCode: null, targetFramework: 'Danielson', targetDescription: null },
      ],
      tags: ['SEL', ' ', 'x'.repeat(61)],
      ...overrides,
    },
    issuedOn: '2025-02-01',
    expires: null,
    creditsEarned,
    recipient: null,
    evidence: [
      { url: 'javascript:alert(1)', name: null, narrative: null },
      { url: 'https://keystone.example.org/e/1', name: null, narrative: null },
    ],
    image: null,
    signer: null,
  };
}

describe('badgeRecordFields', () => {
  it('maps a micro-credential to record and catalog fields', () => {
    expect(badgeRecordFields(badge())).toEqual({
      title: 'Trauma-Informed Classrooms',
      activityType: ActivityType.MICRO_CREDENTIAL,
      completedOn: '2025-02-01',
      categories: ['SEL'],
      evidenceUrl: 'https://keystone.example.org/e/1',
      catalog: {
        issuerName: 'Keystone Teacher Academy',
        issuerUrl: 'https://keystone.example.org',
        achievementId: 'https://keystone.example.org/a/1',
        name: 'Trauma-Informed Classrooms',
        competencyArea: 'Danielson 2a',
        stack: 'Danielson',
        statedHours: '1.5',
      },
    });
  });

  it('maps achievement types and falls back to micro-credential', () => {
    expect(badgeRecordFields(badge({ achievementType: 'Course' })).activityType).toBe(ActivityType.COURSE);
    expect(badgeRecordFields(badge({ achievementType: 'Certification' })).activityType).toBe(ActivityType.EXAM);
    expect(badgeRecordFields(badge({ achievementType: 'ext:Whatever' })).activityType).toBe(ActivityType.MICRO_CREDENTIAL);
  });

  it('keeps stated hours only when the catalog can hold them exactly', () => {
    expect(statedHoursOf(badge({ creditsAvailable: null }, '2'))).toBe('2');
    expect(statedHoursOf(badge({ creditsAvailable: '0.125' }))).toBeNull();
    expect(statedHoursOf(badge({ creditsAvailable: '1000000' }))).toBeNull();
    expect(statedHoursOf(badge({ creditsAvailable: null }))).toBeNull();
  });
});
