import { Anchor, Button, Table, Text } from '@mantine/core';
import type { PdRecordRowFragment } from '../../../gql/graphql';
import { activityTypeLabels, formatAmount, formatDate, formatDecimal } from '../../../utils/format';
import { PdStatusBadge } from './pd-status-badge';

interface PdRecordsTableProps {
  records: PdRecordRowFragment[];
  caption: string;
  /** Offered on records returned with CHANGES_REQUESTED. */
  onResubmit?: (record: PdRecordRowFragment) => void;
}

/** PD records, newest first as the API returns them; scrolls sideways on a phone. */
export function PdRecordsTable({ records, caption, onResubmit }: PdRecordsTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Title</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col" ta="right">
              Amount
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Hour equiv.
            </Table.Th>
            <Table.Th scope="col">Completed</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((record) => (
            <Table.Tr key={record.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {record.title}
                </Text>
                {record.catalogItem && (
                  <Text size="xs" c="dimmed">
                    {record.catalogItem.issuer.name}
                  </Text>
                )}
                {record.evidenceUrl && (
                  <Anchor href={record.evidenceUrl} target="_blank" rel="noreferrer noopener" size="xs">
                    Evidence<span className="visually-hidden"> for {record.title}</span>
                  </Anchor>
                )}
                {record.evidenceFiles.map((file) => (
                  <Anchor key={file.id} href={file.url} size="xs" display="block" style={{ wordBreak: 'break-all' }}>
                    {file.originalName}
                  </Anchor>
                ))}
                {record.feedback && (
                  <Text size="xs" c={record.status === 'REJECTED' || record.status === 'CHANGES_REQUESTED' ? 'red.9' : 'dimmed'}>
                    Reviewer’s feedback: {record.feedback}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{activityTypeLabels[record.activityType]}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatAmount(record.amount, record.unit)}
              </Table.Td>
              <Table.Td ta="right">{formatDecimal(record.hourEquivalents)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(record.completedOn)}</Table.Td>
              <Table.Td>
                <PdStatusBadge status={record.status} />
                {onResubmit && record.status === 'CHANGES_REQUESTED' && (
                  <Button size="compact-xs" variant="default" mt={4} display="block" onClick={() => onResubmit(record)}>
                    Resubmit<span className="visually-hidden"> “{record.title}”</span>
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
