import { Alert, Anchor, Badge, Container, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';

interface Verification {
  standing: 'VALID' | 'EXPIRED' | 'REVOKED';
  revokedAt: string | null;
  credential: {
    name?: string;
    validFrom?: string;
    validUntil?: string;
    issuer?: { id?: string; name?: string };
    credentialSubject?: {
      creditsEarned?: number;
      achievement?: {
        name?: string;
        description?: string;
        criteria?: { narrative?: string };
        alignment?: Array<{ targetName: string; targetUrl: string }>;
      };
    };
    evidence?: Array<{ id: string; name?: string }>;
  };
}

const STANDING = { VALID: ['green', 'Valid'], EXPIRED: ['orange', 'Expired'], REVOKED: ['red', 'Revoked'] } as const;

/** Public (no sign-in): what a credential the district issued says, and whether it stands. */
export function VerifyCredentialPage() {
  const { districtId, credentialId } = useParams();
  const [answer, setAnswer] = useState<Verification | 'missing' | 'error' | null>(null);
  useEffect(() => {
    fetch(
      `/api/districts/${encodeURIComponent(districtId ?? '')}/credentials/${encodeURIComponent(credentialId ?? '')}/verification`,
    )
      .then(async (response) =>
        setAnswer(response.status === 404 ? 'missing' : response.ok ? ((await response.json()) as Verification) : 'error'),
      )
      .catch(() => setAnswer('error'));
  }, [districtId, credentialId]);
  return (
    <Container size="sm" py="xl">
      <Stack gap="md">
        <Title order={1}>Credential verification</Title>
        {answer === null ? <Text>Checking…</Text> : null}
        {answer === 'missing' ? <Alert color="red">No credential with this address was issued here.</Alert> : null}
        {answer === 'error' ? <Alert color="red">The credential could not be checked. Try again later.</Alert> : null}
        {answer !== null && typeof answer === 'object' ? (
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Badge
                size="lg"
                color={STANDING[answer.standing][0]}
                variant="light"
                aria-label={`Status: ${STANDING[answer.standing][1]}`}
              >
                {STANDING[answer.standing][1]}
              </Badge>
              {answer.revokedAt ? <Text>Revoked by the issuer on {answer.revokedAt.slice(0, 10)}.</Text> : null}
              <Title order={2} size="h3">
                {answer.credential.credentialSubject?.achievement?.name ?? answer.credential.name}
              </Title>
              <Text>
                Issued by {answer.credential.issuer?.name} ({answer.credential.issuer?.id}) on{' '}
                {answer.credential.validFrom?.slice(0, 10)}
                {answer.credential.validUntil ? `, valid until ${answer.credential.validUntil.slice(0, 10)}` : ''}.
              </Text>
              {answer.credential.credentialSubject?.achievement?.description ? (
                <Text>{answer.credential.credentialSubject.achievement.description}</Text>
              ) : null}
              {answer.credential.credentialSubject?.achievement?.criteria?.narrative ? (
                <Text>Criteria: {answer.credential.credentialSubject.achievement.criteria.narrative}</Text>
              ) : null}
              {answer.credential.credentialSubject?.creditsEarned !== undefined ? (
                <Text>Credit: {answer.credential.credentialSubject.creditsEarned}</Text>
              ) : null}
              {(answer.credential.evidence ?? []).length > 0 ? (
                <List>
                  {answer.credential.evidence!.map((e) => (
                    <List.Item key={e.id}>
                      <Anchor href={e.id} rel="noreferrer noopener">
                        {e.name ?? e.id}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              ) : null}
              <Text size="xs" c="dimmed">
                The credential is an Open Badges 3.0 credential signed by the issuer (Data Integrity, eddsa-rdfc-2022); its
                revocation is published in the issuer’s Bitstring Status List.
              </Text>
            </Stack>
          </Paper>
        ) : null}
      </Stack>
    </Container>
  );
}
