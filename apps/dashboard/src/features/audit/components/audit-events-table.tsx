import { Code, List, Table, Text, UnstyledButton } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../utils/upload';

export type AuditEventRow = AuditEventsQuery['auditEvents']['rows'][number];

function prettyDetails(details: string): string {
  try {
    return JSON.stringify(JSON.parse(details), null, 2);
  } catch {
    return details;
  }
}

/** "PD_RECORD_CHANGES_REQUESTED" -> "PD record changes requested". */
export function actionLabel(action: string): string {
  const words = action
    .toLowerCase()
    .split('_')
    .join(' ')
    .replace(/\bpd\b/g, 'PD');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "pd_record" -> "PD record". */
function entityTypeLabel(entityType: string): string {
  return actionLabel(entityType.toUpperCase());
}

/** Who did what, when, to what (by name), and each changed field before -> after; the raw details expand. */
export function AuditEventsTable({
  rows,
  caption,
  onActorFilter,
}: {
  rows: AuditEventRow[];
  caption: string;
  onActorFilter: (actorId: string) => void;
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">About</Table.Th>
            <Table.Th scope="col">Change</Table.Th>
            <Table.Th scope="col">Who</Table.Th>
            <Table.Th scope="col">Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((event) => {
            const isOpen = open.has(event.id);
            const detailsId = `audit-details-${event.id}`;
            return (
              <Fragment key={event.id}>
                <Table.Tr>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.occurredAt)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{actionLabel(event.action)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.entityName ?? entityTypeLabel(event.entityType)}</Text>
                    {event.entityName && (
                      <Text size="xs" c="dimmed">
                        {entityTypeLabel(event.entityType)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {event.changes.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    ) : (
                      <List size="sm" spacing={0} listStyleType="none" style={{ paddingLeft: 0 }}>
                        {event.changes.map((change) => (
                          <List.Item key={change.field} style={{ overflowWrap: 'anywhere' }}>
                            {change.field}: {change.before ?? '(none)'} → {change.after ?? '(none)'}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {event.actorAccountId ? (
                      <UnstyledButton
                        onClick={() => onActorFilter(event.actorAccountId ?? '')}
                        title="Show only this person’s actions"
                        style={{ textDecoration: 'underline', fontSize: 'var(--mantine-font-size-sm)' }}
                      >
                        {event.actorDisplayName ?? event.actorEmail ?? 'Unknown account'}
                        <span className="visually-hidden"> (show only their actions)</span>
                      </UnstyledButton>
                    ) : (
                      <Text size="sm" c="dimmed">
                        System
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <UnstyledButton
                      aria-expanded={isOpen}
                      aria-controls={detailsId}
                      onClick={() => toggle(event.id)}
                      style={{ textDecoration: 'underline', fontSize: 'var(--mantine-font-size-sm)', whiteSpace: 'nowrap' }}
                    >
                      {isOpen ? 'Hide details' : 'Show details'}
                    </UnstyledButton>
                  </Table.Td>
                </Table.Tr>
                {isOpen && (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={6}>
                      {event.requestId && (
                        <Text size="xs" c="dimmed" mb={4}>
                          Request id: {event.requestId}
                        </Text>
                      )}
                      <Code block style={{ maxHeight: 360, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                        {prettyDetails(event.details)}
                      </Code>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
