import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import type { PortfolioEntryFieldsFragment } from '../../../gql/graphql';

interface Criterion {
  id: string;
  name: string;
  description: string;
}

/** A portfolio read-only, criterion by criterion: reflection, links and evidence files. */
export function PortfolioView({
  criteria,
  portfolio,
}: {
  criteria: readonly Criterion[];
  portfolio: readonly PortfolioEntryFieldsFragment[];
}) {
  return (
    <Stack gap="sm">
      {criteria.map((criterion) => {
        const entry = portfolio.find((e) => e.criterionId === criterion.id);
        return (
          <div key={criterion.id}>
            <Title order={3} size="h5">
              {criterion.name}
            </Title>
            <Text size="sm" c="dimmed">
              {criterion.description}
            </Text>
            {entry ? (
              <>
                {entry.reflection ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {entry.reflection}
                  </Text>
                ) : null}
                <List size="sm">
                  {entry.links.map((link) => (
                    <List.Item key={link}>
                      <Anchor href={link} target="_blank" rel="noreferrer noopener">
                        {link}
                      </Anchor>
                    </List.Item>
                  ))}
                  {entry.evidenceFileIds.map((id, index) => (
                    <List.Item key={id}>
                      <Anchor href={`/api/evidence/${id}`}>Evidence file {index + 1}</Anchor>
                    </List.Item>
                  ))}
                </List>
              </>
            ) : (
              <Text size="sm">No evidence yet.</Text>
            )}
          </div>
        );
      })}
    </Stack>
  );
}
