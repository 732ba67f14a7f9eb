import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { MyRenewalSummaryDocument } from '../../../gql/graphql';
import { formatDate, formatDecimal } from '../../../utils/format';
import { daysLeftText, renewalStatusLabels } from '../utils/renewal-text';

/** The teacher home's "My renewal" section: one line per license and a link to the full view. */
export function MyRenewalSummary() {
  const { data, error } = useQuery(MyRenewalSummaryDocument);
  const renewals = data?.me?.educator?.renewals ?? [];
  if (error || !data) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="my-renewal-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="my-renewal-heading">
          My renewal
        </Title>
        {renewals.length === 0 && <Text size="sm">No license with a state rule set is on record.</Text>}
        {renewals.map((renewal) => {
          const need = Number(renewal.required);
          const share = need > 0 ? Math.min(100, Math.round((Number(renewal.earned) / need) * 100)) : 100;
          const text = `${renewal.licenseTypeName}: ${formatDecimal(renewal.earned, 2)} of ${formatDecimal(renewal.required, 2)} ${renewal.unitName} (${share}%), ${renewalStatusLabels[renewal.status].toLowerCase()}; deadline ${formatDate(renewal.deadline)}, ${daysLeftText(renewal.daysLeft)}.`;
          return (
            <div key={renewal.licenseId}>
              <Text size="sm">{text}</Text>
              <Progress value={share} size="md" mt={4} aria-hidden="true" />
            </div>
          );
        })}
        <Anchor component={Link} to="/renewal" fw={600}>
          See my renewal, salary lane and why each record counts
        </Anchor>
      </Stack>
    </Paper>
  );
}
