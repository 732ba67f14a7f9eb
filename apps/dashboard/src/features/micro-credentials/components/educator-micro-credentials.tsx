import { useQuery } from '@apollo/client/react';
import { List, Text, Title } from '@mantine/core';
import { EducatorMicroCredentialSubmissionsDocument } from '../../../gql/graphql';
import { submissionStatusLabels } from './teacher-micro-credentials';

/** Principals and HR: an educator's micro-credentials and the growth goals she tied them to. */
export function EducatorMicroCredentials({ educatorId }: { educatorId: string }) {
  const { data } = useQuery(EducatorMicroCredentialSubmissionsDocument, { variables: { educatorId } });
  const submissions = data?.microCredentialSubmissions ?? [];
  if (submissions.length === 0) return null;
  return (
    <section aria-labelledby="micro-credentials-heading">
      <Title order={2} size="h3" id="micro-credentials-heading" mb="xs">
        Micro-credentials and growth goals
      </Title>
      <List>
        {submissions.map((s) => (
          <List.Item key={s.id}>
            <Text span fw={600}>
              {s.microCredential.name}
            </Text>{' '}
            ({submissionStatusLabels[s.status]}){s.growthGoal ? `: growth goal “${s.growthGoal}”` : ''}
          </List.Item>
        ))}
      </List>
    </section>
  );
}
