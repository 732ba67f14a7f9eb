import { Code, Table, Text, UnstyledButton } from '@mantine/core';
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

/** Who did what, when; each row expands to the change's before/after. */
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
            <Table.Th scope="col">Entity</Table.Th>
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
                    <Code>{event.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.entityType}</Text>
                    {event.entityId && (
                      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                        {event.entityId}
                      </Text>
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
                    <Table.Td colSpan={5}>
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
