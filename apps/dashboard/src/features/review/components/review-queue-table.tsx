import { Anchor, Box, Button, Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core';
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

// Buttons keep their whole word: Mantine's Button label would otherwise ellipsise in a narrow cell.
const FULL_LABEL = { label: { overflow: 'visible' as const } };

/** Approve, request changes, reject: stacked, so every word shows in a narrow column. */
function DecisionButtons({
  record,
  onDecide,
  direction,
}: {
  record: ReviewRecordFieldsFragment;
  onDecide: ReviewQueueTableProps['onDecide'];
  direction: 'column' | 'row';
}) {
  const Wrapper = direction === 'column' ? Stack : Group;
  return (
    <Wrapper gap={4} {...(direction === 'row' ? { wrap: 'wrap' as const } : { align: 'stretch' as const })}>
      <Button size="xs" color="green.9" styles={FULL_LABEL} onClick={() => onDecide(record, 'approve')}>
        Approve<span className="visually-hidden"> “{record.title}”</span>
      </Button>
      <Button size="xs" variant="default" styles={FULL_LABEL} onClick={() => onDecide(record, 'changes')}>
        Request changes<span className="visually-hidden"> to “{record.title}”</span>
      </Button>
      <Button size="xs" variant="outline" color="red.9" styles={FULL_LABEL} onClick={() => onDecide(record, 'reject')}>
        Reject<span className="visually-hidden"> “{record.title}”</span>
      </Button>
    </Wrapper>
  );
}

/** Submitted PD waiting for a decision, oldest first; select rows for a bulk approval. Cards on a phone. */
export function ReviewQueueTable(props: ReviewQueueTableProps) {
  return (
    <>
      <Box visibleFrom="sm">
        <ReviewQueueWideTable {...props} />
      </Box>
      <Box hiddenFrom="sm">
        <ReviewQueueCards {...props} />
      </Box>
    </>
  );
}

function ReviewQueueCards({ records, selected, onToggle, onDecide, caption }: ReviewQueueTableProps) {
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" aria-hidden="true">
        {caption}
      </Text>
      <Stack gap="xs" component="ul" aria-label={caption} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {records.map((record) => (
          <Paper key={record.id} withBorder p="sm" radius="md" component="li">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Checkbox
                aria-label={`Select “${record.title}” by ${record.educator.fullName}`}
                checked={selected.has(record.id)}
                onChange={(event) => onToggle(record.id, event.currentTarget.checked)}
              />
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {record.title}
                </Text>
                <Text size="xs">
                  {record.educator.fullName} · {activityTypeLabels[record.activityType]} ·{' '}
                  {formatAmount(record.amount, record.unit)} · {formatDate(record.completedOn)}
                </Text>
                <Text size="xs" c="dimmed">
                  Evidence:{' '}
                  {record.evidenceUrl || record.evidenceFiles.length > 0
                    ? [record.evidenceUrl ? 'a link' : null, ...record.evidenceFiles.map((file) => file.originalName)]
                        .filter((part) => part !== null)
                        .join(', ')
                    : 'none'}
                </Text>
                <DuplicateWarning duplicates={record.possibleDuplicates} linked />
              </div>
            </Group>
            <Box mt="xs">
              <DecisionButtons record={record} onDecide={onDecide} direction="row" />
            </Box>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}

function ReviewQueueWideTable({ records, selected, onToggle, onToggleAll, onDecide, caption }: ReviewQueueTableProps) {
  const allSelected = records.length > 0 && records.every((record) => selected.has(record.id));
  const someSelected = records.some((record) => selected.has(record.id));
  return (
    <Table.ScrollContainer minWidth={900}>
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
            <Table.Th scope="col" w={150}>
              Decision
            </Table.Th>
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
                  <DecisionButtons record={record} onDecide={onDecide} direction="column" />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
