import { useQuery } from '@apollo/client/react';
import { Badge, Stack, Table, Text, type MantineColor } from '@mantine/core';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import { MyPreApprovalsDocument, type PreApprovalStatus } from '../../../gql/graphql';
import { activityTypeLabels, formatAmount, formatDate } from '../../../utils/format';

// Same palette as the PD status badges: the word carries the meaning, the colour only helps.
const statusStyles: Record<PreApprovalStatus, { label: string; color: MantineColor }> = {
  PENDING: { label: 'Waiting for a decision', color: 'yellow.2' },
  APPROVED: { label: 'Approved', color: 'green.9' },
  DENIED: { label: 'Denied', color: 'red.9' },
};

/** The teacher's own pre-approval requests, newest first, with the reviewer's feedback. */
export function MyPreApprovalsList() {
  const { data, error, loading, refetch } = useQuery(MyPreApprovalsDocument);
  if (error && !data)
    return <ErrorState error={error} title="Your pre-approval requests could not be loaded" onRetry={() => void refetch()} />;
  if (loading && !data) return <PageLoader label="Loading your pre-approval requests…" />;
  const rows = data?.myPreApprovals ?? [];
  if (rows.length === 0) {
    return (
      <EmptyState title="No pre-approval requests yet">
        Ask before a course or activity you want counted toward your salary lane.
      </EmptyState>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>Your {rows.length} requests, newest first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Activity</Table.Th>
            <Table.Th scope="col" ta="right">
              Expected
            </Table.Th>
            <Table.Th scope="col">Starts</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Feedback</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((request) => {
            const status = statusStyles[request.status];
            return (
              <Table.Tr key={request.id}>
                <Table.Td>
                  <Text size="sm">{request.title}</Text>
                  <Text size="xs" c="dimmed">
                    {[activityTypeLabels[request.activityType], request.provider].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatAmount(request.expectedAmount, request.unit)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(request.plannedStartOn)}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Badge color={status.color} autoContrast variant="filled" radius="sm" tt="none">
                      {status.label}
                    </Badge>
                    {request.decidedAt && (
                      <Text size="xs" c="dimmed">
                        {formatDate(request.decidedAt.slice(0, 10))}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{request.feedback ?? '—'}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
