import { Anchor, Table, Text } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router';
import type { DistrictSchoolsQuery } from '../../../gql/graphql';
import { formatCount, formatDecimal } from '../../../utils/format';

export type DistrictSchool = DistrictSchoolsQuery['schools'][number];

interface SchoolsTableProps {
  schools: DistrictSchool[];
  caption: string;
  /** Carried into each school's staff link so the drill-down shows the same school year. */
  schoolYearParam: string | null;
}

export const SchoolsTable = memo(function SchoolsTable({ schools, caption, schoolYearParam }: SchoolsTableProps) {
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <span className="visually-hidden">{caption}</span>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">School</Table.Th>
            <Table.Th scope="col" ta="right">
              Staff
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Staff with PD
            </Table.Th>
            <Table.Th scope="col" ta="right">
              PD records
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Hour equivalents
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schools.map((school) => {
            const search = new URLSearchParams({ school: school.id });
            if (schoolYearParam) search.set('year', schoolYearParam);
            return (
              <Table.Tr key={school.id}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={`/staff?${search.toString()}`} fw={600} size="sm">
                    {school.name}
                  </Anchor>
                  <Text size="xs" c="dimmed" span display="block">
                    View staff
                  </Text>
                </Table.Th>
                <Table.Td ta="right">{formatCount(school.staffCount)}</Table.Td>
                <Table.Td ta="right">
                  {formatCount(school.pdSummary.educatorsWithPd)}
                  {school.staffCount > 0 && (
                    <Text size="xs" c="dimmed" span display="block">
                      {Math.round((school.pdSummary.educatorsWithPd / school.staffCount) * 100)}%
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatCount(school.pdSummary.recordCount)}</Table.Td>
                <Table.Td ta="right">{formatDecimal(school.pdSummary.hourEquivalents)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
});
