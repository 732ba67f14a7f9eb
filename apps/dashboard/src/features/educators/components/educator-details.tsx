import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { EducatorQuery } from '../../../gql/graphql';
import { formatDate } from '../../../utils/format';

type Educator = EducatorQuery['educator'];

function Detail({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {value || '—'}
      </Text>
    </div>
  );
}

export function EducatorDetails({ educator }: { educator: Educator }) {
  const lane = [educator.salaryLane, educator.salaryStep !== null ? `step ${educator.salaryStep}` : null]
    .filter(Boolean)
    .join(', ');
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" m={0}>
        <Detail label="Email" value={educator.email} />
        <Detail label="Schools" value={educator.schools.map((school) => school.name).join(', ')} />
        <Detail label="State educator id" value={educator.stateEducatorId} />
        <Detail label="Hire date" value={educator.hireDate ? formatDate(educator.hireDate) : null} />
        <Detail label="Highest degree" value={educator.highestDegree} />
        <Detail label="Salary lane" value={lane} />
      </SimpleGrid>
    </Paper>
  );
}
