import { screen } from '@testing-library/react';
import type { PdRecordRowFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { MyBadges } from './my-badges';

const record = (overrides: Partial<PdRecordRowFragment>): PdRecordRowFragment => ({
  __typename: 'PdRecord',
  id: 'r1',
  title: 'Checking for Understanding',
  activityType: 'MICRO_CREDENTIAL',
  amount: '1',
  unit: 'MICRO_CREDENTIAL',
  hourEquivalents: '15',
  completedOn: '2026-02-21',
  startedOn: null,
  provider: null,
  level: null,
  status: 'VERIFIED',
  feedback: null,
  evidenceUrl: null,
  categories: [],
  source: 'OPEN_BADGES',
  evidenceFiles: [],
  voidReason: null,
  voidedAt: null,
  statusBeforeVoid: null,
  possibleDuplicates: [],
  catalogItem: {
    __typename: 'CatalogItem',
    id: 'c1',
    name: 'Checking for Understanding',
    competencyArea: 'Formative Assessment',
    issuer: { __typename: 'Issuer', id: 'i1', name: 'Digital Promise', url: 'https://digitalpromise.org' },
  },
  ...overrides,
});

describe('MyBadges', () => {
  it('shows each badge with its image and issuer, and leaves out records that are not badges', () => {
    renderWithProviders(
      <MyBadges
        records={[
          record({
            evidenceFiles: [
              {
                __typename: 'EvidenceFile',
                id: 'f1',
                kind: 'BADGE',
                contentType: 'image/png',
                originalName: 'badge.png',
                url: '/api/evidence/f1',
              },
            ],
          }),
          record({ id: 'r2', title: 'District workshop', activityType: 'WORKSHOP', source: 'SUBMITTED', catalogItem: null }),
        ]}
      />,
    );
    const image = screen.getByRole('img', { name: 'Badge image: Checking for Understanding' });
    expect(image.getAttribute('src')).toBe('/api/evidence/f1');
    expect(screen.getByRole('link', { name: /Digital Promise/ }).getAttribute('href')).toBe('https://digitalpromise.org');
    expect(screen.getByText('Formative Assessment')).toBeTruthy();
    expect(screen.queryByText('District workshop')).toBeNull();
  });

  it('leaves out a badge HR voided', () => {
    renderWithProviders(<MyBadges records={[record({ status: 'VOIDED', voidReason: 'Issuer revoked it' })]} />);
    expect(screen.getByText(/No badges yet/)).toBeTruthy();
  });

  it('says how to add a badge when there is none', () => {
    renderWithProviders(<MyBadges records={[]} />);
    expect(screen.getByText(/No badges yet/)).toBeTruthy();
  });
});
