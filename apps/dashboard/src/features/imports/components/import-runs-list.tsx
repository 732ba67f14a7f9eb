import { useQuery } from '@apollo/client/react';
import { Button, Table, Text, Title } from '@mantine/core';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import { ImportRunsDocument } from '../../../gql/graphql';
import { formatDateTime } from '../../../utils/upload';
import { ImportStatusBadge } from './import-status-badge';

/** Earlier imports, newest first, each openable to see its preview or result again. */
export function ImportRunsList({ selectedId, onSelect }: { selectedId: string | null; onSelect: (id: string) => void }) {
  const { data, error, loading, refetch } = useQuery(ImportRunsDocument, { variables: { limit: 20, offset: 0 } });
  const runs = data?.importRuns ?? [];
  return (
    <section aria-labelledby="import-history-heading">
      <Title order={2} size="h3" id="import-history-heading" mb="xs">
        Import history
      </Title>
      {error && !data ? (
        <ErrorState error={error} title="Import history could not be loaded" onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <PageLoader label="Loading import history…" />
      ) : runs.length === 0 ? (
        <EmptyState title="No imports yet">Upload a roster or transcript above; its preview appears here.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={680}>
          <Table striped verticalSpacing="xs" aria-labelledby="import-history-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Uploaded</Table.Th>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col">Files</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Problems</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.map((run) => (
                <Table.Tr key={run.id} aria-current={run.id === selectedId ? 'true' : undefined}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(run.createdAt)}
                    {run.createdByName && (
                      <Text size="xs" c="dimmed">
                        by {run.createdByName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {run.kind === 'ROSTER' ? 'Roster' : 'Transcript'}
                    {run.format && (
                      <Text size="xs" c="dimmed">
                        {run.format}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{run.fileNames.join(', ')}</Table.Td>
                  <Table.Td>
                    <ImportStatusBadge status={run.status} />
                  </Table.Td>
                  <Table.Td>
                    {run.errorCount} errors, {run.warningCount} warnings
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => onSelect(run.id)}>
                      View<span className="visually-hidden"> import of {run.fileNames.join(', ')}</span>
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
