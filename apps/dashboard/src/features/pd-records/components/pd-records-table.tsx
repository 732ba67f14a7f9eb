import { Anchor, Box, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { PdRecordRowFragment } from '../../../gql/graphql';
import { activityTypeLabels, formatAmount, formatDate, formatDecimal, HOUR_EQUIVALENTS_EXPLAINED } from '../../../utils/format';
import type { RenewalCredit } from '../../renewal/hooks/use-renewal-credit';
import { DuplicateWarning } from '../../record-integrity/components/duplicate-warning';
import type { VoidAction } from '../../record-integrity/components/void-record-form';
import { PdStatusBadge } from './pd-status-badge';

interface PdRecordsTableProps {
  records: PdRecordRowFragment[];
  caption: string;
  /** Offered on records returned with CHANGES_REQUESTED. */
  onResubmit?: (record: PdRecordRowFragment) => void;
  /** HR: void a counted record, restore a voided one. */
  onVoidAction?: (record: PdRecordRowFragment, action: VoidAction) => void;
  /** Link likely duplicates to the other record (HR and principals; a teacher sees them named). */
  linkDuplicates?: boolean;
  /**
   * What each record counts toward renewal, in the state's unit: shown instead of hour
   * equivalents, so the table speaks the renewal card's unit.
   */
  renewalCredit?: RenewalCredit | null;
}

/** "90" (counted in the current cycle) or "0"; hour equivalents when there is no license. */
function creditCell(record: PdRecordRowFragment, renewalCredit: RenewalCredit | null | undefined): string {
  if (!renewalCredit) return formatDecimal(record.hourEquivalents, 2);
  return formatDecimal(renewalCredit.byRecord.get(record.id) ?? '0', 2);
}

/** What the figure column means, said beside the table. */
function CreditNote({ renewalCredit }: { renewalCredit: RenewalCredit | null | undefined }) {
  return (
    <Text size="xs" c="dimmed">
      {renewalCredit
        ? `“Toward renewal” is what each record counts in the current cycle of ${renewalCredit.licenseName}, in ${renewalCredit.unitName}, as on the renewal card; 0 means it does not count there (not approved yet, outside the cycle, or over a cap).`
        : HOUR_EQUIVALENTS_EXPLAINED}
    </Text>
  );
}

const COUNTED = new Set(['APPROVED', 'VERIFIED']);

function VoidButton({
  record,
  onVoidAction,
  size,
}: {
  record: PdRecordRowFragment;
  onVoidAction?: PdRecordsTableProps['onVoidAction'];
  size: string;
}) {
  if (!onVoidAction) return null;
  if (COUNTED.has(record.status)) {
    return (
      <Button size={size} variant="outline" color="red.9" mt={4} display="block" onClick={() => onVoidAction(record, 'void')}>
        Void<span className="visually-hidden"> “{record.title}”</span>
      </Button>
    );
  }
  if (record.status === 'VOIDED') {
    return (
      <Button size={size} variant="default" mt={4} display="block" onClick={() => onVoidAction(record, 'restore')}>
        Restore<span className="visually-hidden"> “{record.title}”</span>
      </Button>
    );
  }
  return null;
}

/** Likely duplicates of a record still standing; a voided or rejected copy no longer competes. */
function RecordDuplicates({ record, linked }: { record: PdRecordRowFragment; linked?: boolean }) {
  if (record.status === 'VOIDED' || record.status === 'REJECTED') return null;
  return <DuplicateWarning duplicates={record.possibleDuplicates} linked={linked} />;
}

/** Why HR voided it, for everyone who sees the record (the teacher above all). */
function VoidNote({ record }: { record: PdRecordRowFragment }) {
  if (record.status !== 'VOIDED' || !record.voidReason) return null;
  return (
    <Text size="xs" c="red.9">
      Voided: {record.voidReason}
    </Text>
  );
}

function RecordLinks({ record }: { record: PdRecordRowFragment }) {
  return (
    <>
      {record.evidenceUrl && (
        <Anchor href={record.evidenceUrl} target="_blank" rel="noreferrer noopener" size="xs" display="block">
          Evidence<span className="visually-hidden"> for {record.title}</span>
        </Anchor>
      )}
      {record.evidenceFiles.map((file) => (
        <Anchor key={file.id} href={file.url} size="xs" display="block" style={{ wordBreak: 'break-all' }}>
          {file.originalName}
        </Anchor>
      ))}
    </>
  );
}

function Feedback({ record }: { record: PdRecordRowFragment }) {
  if (!record.feedback) return null;
  return (
    <Text size="xs" c={record.status === 'REJECTED' || record.status === 'CHANGES_REQUESTED' ? 'red.9' : 'dimmed'}>
      Reviewer’s feedback: {record.feedback}
    </Text>
  );
}

/** On a phone: one card per record, nothing to scroll sideways. */
function PdRecordCards({ records, caption, onResubmit, onVoidAction, linkDuplicates, renewalCredit }: PdRecordsTableProps) {
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" aria-hidden="true">
        {caption}
      </Text>
      <CreditNote renewalCredit={renewalCredit} />
      <Stack gap="xs" component="ul" aria-label={caption} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {records.map((record) => (
          <Paper key={record.id} withBorder p="sm" radius="md" component="li">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Text size="sm" fw={600} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {record.title}
              </Text>
              <PdStatusBadge status={record.status} />
            </Group>
            <Text size="xs" mt={2}>
              {activityTypeLabels[record.activityType]} · {formatAmount(record.amount, record.unit)} ·{' '}
              {formatDate(record.completedOn)}
            </Text>
            <Text size="xs">
              {renewalCredit
                ? `Toward renewal: ${creditCell(record, renewalCredit)} ${renewalCredit.unitName}`
                : `${creditCell(record, renewalCredit)} hour equivalents`}
            </Text>
            {record.catalogItem && (
              <Text size="xs" c="dimmed">
                {record.catalogItem.issuer.name}
              </Text>
            )}
            <RecordLinks record={record} />
            <Feedback record={record} />
            <VoidNote record={record} />
            <RecordDuplicates record={record} linked={linkDuplicates} />
            {onResubmit && record.status === 'CHANGES_REQUESTED' && (
              <Button size="compact-sm" variant="default" mt={6} onClick={() => onResubmit(record)}>
                Resubmit<span className="visually-hidden"> “{record.title}”</span>
              </Button>
            )}
            <VoidButton record={record} onVoidAction={onVoidAction} size="compact-sm" />
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}

/**
 * PD records, newest first as the API returns them: a table from the small breakpoint up, cards on
 * a phone. Only one of the two is displayed (the other is display: none, so it is hidden from
 * assistive technology too).
 */
export function PdRecordsTable(props: PdRecordsTableProps) {
  return (
    <>
      <Box visibleFrom="sm">
        <PdRecordsWideTable {...props} />
      </Box>
      <Box hiddenFrom="sm">
        <PdRecordCards {...props} />
      </Box>
    </>
  );
}

function PdRecordsWideTable({ records, caption, onResubmit, onVoidAction, linkDuplicates, renewalCredit }: PdRecordsTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <CreditNote renewalCredit={renewalCredit} />
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
              {renewalCredit ? `Toward renewal (${renewalCredit.unitName})` : 'Hour equivalents'}
            </Table.Th>
            <Table.Th scope="col">Completed</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((record) => (
            // The id is the target of links to this record (likely duplicates in review).
            <Table.Tr key={record.id} id={`record-${record.id}`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {record.title}
                </Text>
                {record.catalogItem && (
                  <Text size="xs" c="dimmed">
                    {record.catalogItem.issuer.name}
                  </Text>
                )}
                <RecordLinks record={record} />
                <Feedback record={record} />
                <VoidNote record={record} />
                <RecordDuplicates record={record} linked={linkDuplicates} />
              </Table.Td>
              <Table.Td>{activityTypeLabels[record.activityType]}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatAmount(record.amount, record.unit)}
              </Table.Td>
              <Table.Td ta="right">{creditCell(record, renewalCredit)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(record.completedOn)}</Table.Td>
              <Table.Td>
                <PdStatusBadge status={record.status} />
                {onResubmit && record.status === 'CHANGES_REQUESTED' && (
                  <Button size="compact-xs" variant="default" mt={4} display="block" onClick={() => onResubmit(record)}>
                    Resubmit<span className="visually-hidden"> “{record.title}”</span>
                  </Button>
                )}
                <VoidButton record={record} onVoidAction={onVoidAction} size="compact-xs" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
