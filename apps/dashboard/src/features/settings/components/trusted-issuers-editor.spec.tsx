import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { AddTrustedIssuerDocument, TrustedIssuersDocument, WaitingIssuersDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { BadgeFindings } from '../../badges/components/badge-findings';
import { TrustedIssuersEditor } from './trusted-issuers-editor';

const DID = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';

const waitingIssuer = {
  __typename: 'WaitingIssuer' as const,
  issuerId: DID,
  claimedNames: ['Pennsylvania Department of Education'],
  keyIds: [DID],
  badgeCount: 1,
  badges: [
    {
      __typename: 'PdRecord' as const,
      id: 'p0000000-0000-4000-8000-000000000001',
      title: 'Literacy Leadership',
      completedOn: '2026-10-01',
      educator: { __typename: 'Educator' as const, id: 'e0000000-0000-4000-8000-000000000001', fullName: 'Maria Alvarez' },
    },
  ],
};

const trustedIssuer = {
  __typename: 'TrustedIssuer' as const,
  id: 't0000000-0000-4000-8000-000000000001',
  issuerId: DID,
  name: 'Keystone Teacher Academy',
  note: 'Confirmed by phone',
  pinnedKeys: [DID],
  catalogIssuerName: null,
  createdAt: '2026-12-01T10:00:00.000Z',
};

describe('TrustedIssuersEditor', () => {
  it('trusts an issuer from the waiting list with the keys its badges were signed with', async () => {
    const added = jest.fn();
    renderWithProviders(<TrustedIssuersEditor />, {
      mocks: [
        { request: { query: TrustedIssuersDocument }, result: { data: { trustedIssuers: [] } } },
        { request: { query: WaitingIssuersDocument }, result: { data: { waitingIssuers: [waitingIssuer] } } },
        {
          request: {
            query: AddTrustedIssuerDocument,
            variables: {
              input: { issuerId: DID, name: 'Keystone Teacher Academy', note: 'Confirmed by phone', pinnedKeys: [DID] },
            },
          },
          result: () => {
            added();
            return { data: { addTrustedIssuer: trustedIssuer } };
          },
        },
        { request: { query: TrustedIssuersDocument }, result: { data: { trustedIssuers: [trustedIssuer] } } },
        { request: { query: WaitingIssuersDocument }, result: { data: { waitingIssuers: [] } } },
      ],
    });
    const card = await screen.findByRole('article', { name: `Waiting issuer ${DID}` });
    expect(within(card).getByText(/Pennsylvania Department of Education/)).toBeTruthy();
    expect(within(card).getByText(/Literacy Leadership — Maria Alvarez/)).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: `Trust… ${DID}` }));
    // The name the badges give is shown as a claim, never filled in for HR.
    const name = within(card).getByRole('textbox', { name: /Name in PD Ledger/ }) as HTMLInputElement;
    expect(name.value).toBe('');
    fireEvent.change(name, { target: { value: 'Keystone Teacher Academy' } });
    fireEvent.change(within(card).getByRole('textbox', { name: /Note/ }), { target: { value: 'Confirmed by phone' } });
    expect((within(card).getByRole('checkbox', { name: DID }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(card).getByRole('button', { name: 'Trust this issuer' }));
    await waitFor(() => expect(added).toHaveBeenCalled());
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      expect.stringContaining('Badges already waiting stay in the review queue'),
    );
    expect(await screen.findByText('No issuers waiting for a decision')).toBeTruthy();
  });

  it('shows the reason the API gives for an issuer id it refuses', async () => {
    renderWithProviders(<TrustedIssuersEditor />, {
      mocks: [
        { request: { query: TrustedIssuersDocument }, result: { data: { trustedIssuers: [] } } },
        { request: { query: WaitingIssuersDocument }, result: { data: { waitingIssuers: [] } } },
        {
          request: {
            query: AddTrustedIssuerDocument,
            variables: { input: { issuerId: 'javascript:alert(1)', name: 'X', note: null, pinnedKeys: [] } },
          },
          result: {
            errors: [
              new GraphQLError('Invalid value for issuerId: "javascript:alert(1)" must use https: (not javascript:)', {
                extensions: { code: 'BAD_USER_INPUT' },
              }),
            ],
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Trust another issuer…' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Issuer id/ }), { target: { value: 'javascript:alert(1)' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Name in PD Ledger/ }), { target: { value: 'X' } });
    fireEvent.click(screen.getByRole('button', { name: 'Trust this issuer' }));
    expect((await screen.findByRole('alert')).textContent).toContain('must use https:');
  });
});

describe('BadgeFindings', () => {
  it('says in words what was and was not verified, and the claim beside the catalog figure', () => {
    renderWithProviders(
      <BadgeFindings
        verification={{
          __typename: 'BadgeVerification',
          issuerId: DID,
          issuerName: 'Pennsylvania Department of Education',
          keyId: DID,
          trusted: false,
          claimedHours: '900',
          catalogHours: null,
          claimExceedsCatalog: true,
          findings: [
            { __typename: 'BadgeFinding', check: 'SIGNATURE', ok: true, detail: 'Signature valid (VC-JWT).' },
            { __typename: 'BadgeFinding', check: 'ISSUER', ok: false, detail: `Issuer ${DID} is not trusted by the district.` },
          ],
        }}
      />,
    );
    expect(screen.getByText('Issuer not trusted')).toBeTruthy();
    expect(screen.getByText('Claims more than the catalog')).toBeTruthy();
    expect(screen.getByText(/Badge claims 900 h; no catalog figure/)).toBeTruthy();
    expect(screen.getByText('Signature valid (VC-JWT).').textContent).toContain('Verified: ');
    expect(screen.getByText(`Issuer ${DID} is not trusted by the district.`, { exact: false }).textContent).toContain(
      'Not verified: ',
    );
  });
});
