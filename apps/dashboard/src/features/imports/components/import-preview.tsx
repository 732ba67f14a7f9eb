import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportChangeCountsFieldsFragment, ImportRunFieldsFragment } from '../../../gql/graphql';
import { formatCount } from '../../../utils/format';
import { formatDateTime } from '../../../utils/upload';
import { ImportStatusBadge } from './import-status-badge';

type Counts = ImportRunFieldsFragment['counts'];

const countRows: { key: keyof Omit<Counts, '__typename'>; label: string }[] = [
  { key: 'schools', label: 'Schools' },
  { key: 'educators', label: 'Educators' },
  { key: 'accounts', label: 'Accounts' },
  { key: 'pdRecords', label: 'PD records' },
];

const countColumns: { key: keyof Omit<ImportChangeCountsFieldsFragment, '__typename'>; label: string }[] = [
  { key: 'create', label: 'Create' },
  { key: 'update', label: 'Update' },
  { key: 'deactivate', label: 'Deactivate' },
  { key: 'unchanged', label: 'Unchanged' },
  { key: 'skipped', label: 'Skipped' },
];

interface ImportPreviewProps {
  run: ImportRunFieldsFragment;
  onApply: () => void;
  applying?: boolean;
}

/** What an uploaded file would change, every problem located by file, line and column, and the Apply step. */
export function ImportPreview({ run, onApply, applying = false }: ImportPreviewProps) {
  const rows = countRows.filter((row) => run.counts[row.key]);
  const verb = run.status === 'APPLIED' ? 'changed' : 'will change';
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-preview-heading">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Title order={2} size="h3" id="import-preview-heading">
              {run.status === 'PREVIEW' ? 'Preview' : 'Import result'}: {run.fileNames.join(', ')}
            </Title>
            <Text size="sm" c="dimmed">
              {[run.format, run.mode && `${run.mode} file`, `uploaded ${formatDateTime(run.createdAt)}`]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
          <ImportStatusBadge status={run.status} />
        </Group>

        {run.status === 'APPLIED' && (
          <Alert color="green" variant="light" role="status" title="Applied">
            The import was applied {run.appliedAt ? `on ${formatDateTime(run.appliedAt)}` : ''}
            {run.appliedByName ? ` by ${run.appliedByName}` : ''}. Re-importing the same file changes nothing.
          </Alert>
        )}
        {run.status === 'FAILED' && (
          <Alert color="red" variant="light" role="alert" title="The apply failed and nothing changed">
            {run.failureMessage ?? 'Upload the file again to see what is wrong now.'}
          </Alert>
        )}

        <Table.ScrollContainer minWidth={520}>
          <Table withTableBorder verticalSpacing="xs" captionSide="top">
            <Table.Caption style={{ textAlign: 'left' }}>What this import {verb}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Kind</Table.Th>
                {countColumns.map((column) => (
                  <Table.Th scope="col" ta="right" key={column.key}>
                    {column.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const counts = run.counts[row.key];
                return (
                  <Table.Tr key={row.key}>
                    <Table.Th scope="row">{row.label}</Table.Th>
                    {countColumns.map((column) => (
                      <Table.Td ta="right" key={column.key}>
                        {counts ? formatCount(counts[column.key]) : '—'}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed">
          Skipped: rows left out on purpose and changing nothing, such as students and guardians, the district’s own organization
          and other orgs that are not schools, and removals of people already inactive.
        </Text>

        <section aria-labelledby="import-problems-heading">
          <Title order={3} size="h4" id="import-problems-heading" mb="xs">
            Problems ({formatCount(run.errorCount)} {run.errorCount === 1 ? 'error' : 'errors'}, {formatCount(run.warningCount)}{' '}
            {run.warningCount === 1 ? 'warning' : 'warnings'})
          </Title>
          {run.problems.length === 0 ? (
            <Text size="sm">No problems found.</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={720}>
                <Table striped verticalSpacing="xs" aria-labelledby="import-problems-heading">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Severity</Table.Th>
                      <Table.Th scope="col">File</Table.Th>
                      <Table.Th scope="col" ta="right">
                        Line
                      </Table.Th>
                      <Table.Th scope="col">Column</Table.Th>
                      <Table.Th scope="col">Value</Table.Th>
                      <Table.Th scope="col">Message</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {run.problems.map((problem, index) => (
                      <Table.Tr key={`${problem.file}-${problem.line ?? 0}-${problem.column ?? ''}-${index}`}>
                        <Table.Td>
                          <Badge
                            color={problem.severity === 'error' ? 'red.9' : 'yellow.2'}
                            autoContrast
                            variant="filled"
                            radius="sm"
                            tt="none"
                          >
                            {problem.severity === 'error' ? 'Error' : 'Warning'}
                          </Badge>
                        </Table.Td>
                        <Table.Td style={{ wordBreak: 'break-all' }}>{problem.file}</Table.Td>
                        <Table.Td ta="right">{problem.line ?? '—'}</Table.Td>
                        <Table.Td>{problem.column ?? '—'}</Table.Td>
                        <Table.Td style={{ wordBreak: 'break-all' }}>{problem.value ?? '—'}</Table.Td>
                        <Table.Td>{problem.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {run.problemsTruncated && (
                <Text size="sm" c="dimmed" mt="xs">
                  Only the first {formatCount(run.problems.length)} problems are listed; fix these and upload again to see the
                  rest.
                </Text>
              )}
            </>
          )}
        </section>

        {run.status === 'PREVIEW' && (
          <Group justify="flex-end" wrap="wrap">
            {!run.canApply && (
              <Text size="sm" c="red.9" id="apply-blocked-reason">
                Fix the errors listed above in your file, then upload it again. Nothing has changed.
              </Text>
            )}
            <Button
              onClick={onApply}
              loading={applying}
              disabled={!run.canApply}
              aria-describedby={run.canApply ? undefined : 'apply-blocked-reason'}
            >
              Apply import
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
