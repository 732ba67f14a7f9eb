import { Anchor, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import type { ReviewRecordFieldsFragment } from '../../../gql/graphql';
import { activityTypeLabels, formatAmount, formatDate } from '../../../utils/format';
import { DuplicateWarning } from '../../record-integrity/components/duplicate-warning';
import { BadgeFindings } from '../../badges/components/badge-findings';
import type { ReviewDecision } from './review-decision-form';

interface ReviewQueueTableProps {
  records: ReviewRecordFieldsFragment[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
  onDecide: (record: ReviewRecordFieldsFragment, decision: ReviewDecision) => void;
  caption: string;
}

/** Submitted PD waiting for a decision, oldest first; select rows for a bulk approval. */
export function ReviewQueueTable({ records, selected, onToggle, onToggleAll, onDecide, caption }: ReviewQueueTableProps) {
  const allSelected = records.length > 0 && records.every((record) => selected.has(record.id));
  const someSelected = records.some((record) => selected.has(record.id));
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={40}>
              <Checkbox
                aria-label="Select all records on this page"
                checked={allSelected}
                indeterminate={someSelected && !allSelected}
                onChange={(event) => onToggleAll(event.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th scope="col">Teacher</Table.Th>
            <Table.Th scope="col">Title</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col" ta="right">
              Amount
            </Table.Th>
            <Table.Th scope="col">Completed</Table.Th>
            <Table.Th scope="col">Evidence</Table.Th>
            <Table.Th scope="col">Decision</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((record) => {
            const hasEvidence = record.evidenceUrl || record.evidenceFiles.length > 0;
            return (
              <Table.Tr key={record.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Select “${record.title}” by ${record.educator.fullName}`}
                    checked={selected.has(record.id)}
                    onChange={(event) => onToggle(record.id, event.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {record.educator.fullName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {record.educator.schools.map((school) => school.name).join(', ') || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{record.title}</Text>
                  <DuplicateWarning duplicates={record.possibleDuplicates} linked />
                  {record.feedback && (
                    <Text size="xs" c="dimmed">
                      Earlier feedback: {record.feedback}
                    </Text>
                  )}
                  {record.badgeVerification && <BadgeFindings verification={record.badgeVerification} />}
                </Table.Td>
                <Table.Td>{activityTypeLabels[record.activityType]}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatAmount(record.amount, record.unit)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(record.completedOn)}</Table.Td>
                <Table.Td>
                  {hasEvidence ? (
                    <Stack gap={2}>
                      {record.evidenceUrl && (
                        <Anchor href={record.evidenceUrl} target="_blank" rel="noreferrer noopener" size="sm">
                          Link<span className="visually-hidden"> for {record.title}</span>
                        </Anchor>
                      )}
                      {record.evidenceFiles.map((file) => (
                        <Anchor key={file.id} href={file.url} size="sm" style={{ wordBreak: 'break-all' }}>
                          {file.originalName}
                        </Anchor>
                      ))}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      None
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" color="green.9" onClick={() => onDecide(record, 'approve')}>
                      Approve<span className="visually-hidden"> “{record.title}”</span>
                    </Button>
                    <Button size="xs" variant="default" onClick={() => onDecide(record, 'changes')}>
                      Request changes<span className="visually-hidden"> to “{record.title}”</span>
                    </Button>
                    <Button size="xs" variant="outline" color="red.9" onClick={() => onDecide(record, 'reject')}>
                      Reject<span className="visually-hidden"> “{record.title}”</span>
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
