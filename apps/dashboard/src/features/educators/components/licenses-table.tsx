import { Table } from '@mantine/core';
import type { EducatorQuery } from '../../../gql/graphql';
import { formatDate } from '../../../utils/format';

type License = EducatorQuery['educator']['licenses'][number];

export function LicensesTable({ licenses }: { licenses: License[] }) {
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">License</Table.Th>
            <Table.Th scope="col">State</Table.Th>
            <Table.Th scope="col">Number</Table.Th>
            <Table.Th scope="col">Issued</Table.Th>
            <Table.Th scope="col">Renewal cycle</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {licenses.map((license) => (
            <Table.Tr key={license.id}>
              <Table.Td>{license.licenseType}</Table.Td>
              <Table.Td>{license.stateCode}</Table.Td>
              <Table.Td>{license.number}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(license.issuedOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(license.cycleStart)} – {formatDate(license.cycleEnd)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
