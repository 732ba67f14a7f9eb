import { Anchor, Group, Pagination, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { GoalDetailQuery } from '../../../gql/graphql';
import { formatCount } from '../../../utils/format';

type NotCountedPage = GoalDetailQuery['goal']['progress']['notCounted'];

interface NotCountedTableProps {
  page: NotCountedPage;
  pageSize: number;
  onPageChange: (page: number) => void;
}

/** The staff a goal does not count yet, each linking to their educator page, a page at a time. */
export function NotCountedTable({ page, pageSize, onPageChange }: NotCountedTableProps) {
  const pages = Math.max(1, Math.ceil(page.total / pageSize));
  const current = Math.floor(page.offset / pageSize) + 1;
  if (page.total === 0) return <Text size="sm">Everyone in scope is counted.</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={480}>
        <Table striped highlightOnHover>
          <Table.Caption>
            {formatCount(page.total)} staff not counted yet
            {pages > 1 ? ` (page ${current} of ${pages})` : ''}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">School</Table.Th>
              <Table.Th scope="col">Where they stand</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page.items.map((item) => (
              <Table.Tr key={item.educator.id}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/educators/${item.educator.id}`}>
                    {item.educator.fullName}
                  </Anchor>
                </Table.Th>
                <Table.Td>{item.schoolNames.join(', ') || '—'}</Table.Td>
                <Table.Td>{item.detail}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="center" mt="sm" component="nav" aria-label="Pages of staff not counted">
          <Pagination
            total={pages}
            value={current}
            onChange={onPageChange}
            size="sm"
            siblings={1}
            getItemProps={(item) => ({ 'aria-label': `Page ${item}`, 'aria-current': item === current ? 'page' : undefined })}
            getControlProps={(control) => ({
              'aria-label': { first: 'First page', last: 'Last page', next: 'Next page', previous: 'Previous page' }[control],
            })}
          />
        </Group>
      )}
    </>
  );
}
