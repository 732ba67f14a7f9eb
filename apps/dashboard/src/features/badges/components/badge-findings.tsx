import { Badge, List, Stack, Text } from '@mantine/core';
import type { ReviewRecordFieldsFragment } from '../../../gql/graphql';

type BadgeVerification = NonNullable<ReviewRecordFieldsFragment['badgeVerification']>;
import { formatDecimal } from '../../../utils/format';

/**
 * What an imported badge's check found, for reviewers: each check passed or not (in words, not
 * only colour), and the hours it claims beside the catalog figure that actually counts.
 */
export function BadgeFindings({ verification }: { verification: BadgeVerification }) {
  const claim = verification.claimedHours === null ? null : `${formatDecimal(verification.claimedHours, 2)} h`;
  const catalog =
    verification.catalogHours === null ? 'no catalog figure' : `catalog ${formatDecimal(verification.catalogHours, 2)} h`;
  return (
    <Stack gap={2} mt={4} data-testid="badge-findings">
      <Stack gap={2} align="flex-start">
        {!verification.trusted && (
          <Badge color="orange.9" variant="light" size="sm">
            Issuer not trusted
          </Badge>
        )}
        {verification.claimExceedsCatalog && (
          <Badge color="red.9" variant="light" size="sm">
            Claims more than the catalog
          </Badge>
        )}
      </Stack>
      {claim && (
        <Text size="xs">
          Badge claims {claim}; {catalog} (what counts).
        </Text>
      )}
      <List size="xs" spacing={0} listStyleType="none" withPadding={false}>
        {verification.findings.map((finding, index) => (
          <List.Item key={index} style={{ wordBreak: 'break-word' }}>
            <Text span size="xs" fw={600} c={finding.ok ? 'green.9' : 'red.9'}>
              {finding.ok ? 'Verified: ' : 'Not verified: '}
            </Text>
            {finding.detail}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
