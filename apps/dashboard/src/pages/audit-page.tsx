import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { AuditChainCheck } from '../features/audit/components/audit-chain-check';
import { actionLabel, AuditEventsTable } from '../features/audit/components/audit-events-table';
import { useAuditParams, type AuditParams } from '../features/audit/hooks/use-audit-params';
import { AuditEventsDocument } from '../gql/graphql';
import { formatCount } from '../utils/format';

const PAGE_SIZE = 50;
type FilterValues = Omit<AuditParams, 'page'>;

/** HR: the district's audit trail, filterable and read-only. */
export function AuditPage() {
  const [params, update] = useAuditParams();
  const [draft, setDraft] = useState<FilterValues>(params);
  // Back/forward and bookmarked links change the URL; the form follows it.
  useEffect(() => setDraft(params), [params]);

  const filter = {
    entityType: params.entityType || null,
    action: params.action || null,
    actorId: params.actorId || null,
    from: params.from || null,
    to: params.to || null,
    search: params.search.trim() || null,
  };
  const { data, error, loading, refetch } = useQuery(AuditEventsDocument, {
    variables: {
      filter: { ...filter, includeSignIns: params.signIns === '1' },
      limit: PAGE_SIZE,
      offset: (params.page - 1) * PAGE_SIZE,
    },
  });
  // The pickers' choices come with the page; keep the last ones while a new page loads.
  const actions = data?.auditEvents.actions ?? [];
  const actors = data?.auditEvents.actors ?? [];
  const rows = data?.auditEvents.rows ?? [];
  const totalCount = data?.auditEvents.totalCount ?? 0;
  const pageCount = Math.max(1, Math.ceil(totalCount / PAGE_SIZE));
  const filtered = Object.values(filter).some((value) => value !== null);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({
      ...draft,
      entityType: draft.entityType.trim(),
      action: draft.action,
      actorId: draft.actorId,
      search: draft.search.trim(),
    });
  }

  const field = (name: keyof FilterValues) => ({
    value: draft[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setDraft((current) => ({ ...current, [name]: value }));
    },
  });

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Audit trail</Title>
        <Text c="dimmed">Every change to people, records, imports and decisions, newest first. Nobody can edit it.</Text>
      </div>
      <AuditChainCheck />
      <Paper withBorder p="md" radius="md">
        <form onSubmit={apply} aria-label="Filter audit events">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
            <TextInput
              label="Words"
              placeholder="e.g. approved Alvarez"
              description="In the action, record, person or details"
              {...field('search')}
            />
            <NativeSelect
              label="Action"
              description="What was done"
              data={[
                { value: '', label: 'Any action' },
                ...[...new Set([...actions, ...(draft.action ? [draft.action] : [])])].map((action) => ({
                  value: action,
                  label: actionLabel(action),
                })),
              ]}
              {...field('action')}
            />
            <NativeSelect
              label="Person"
              description="Who did it"
              data={[
                { value: '', label: 'Anyone' },
                ...actors.map((actor) => ({ value: actor.id, label: `${actor.displayName} (${actor.email})` })),
              ]}
              {...field('actorId')}
            />
            <TextInput label="From" type="date" {...field('from')} />
            <TextInput label="To" type="date" {...field('to')} />
          </SimpleGrid>
          <Group mt="sm">
            <Button type="submit">Apply filters</Button>
            <Checkbox
              label="Show sign-ins and sign-outs"
              checked={params.signIns === '1'}
              onChange={(event) => update({ ...params, signIns: event.currentTarget.checked ? '1' : '' })}
            />
            {filtered && (
              <Button
                variant="default"
                onClick={() => update({ entityType: '', action: '', actorId: '', from: '', to: '', search: '' })}
              >
                Clear filters
              </Button>
            )}
          </Group>
        </form>
      </Paper>
      {error && !data ? (
        <ErrorState error={error} title="The audit trail could not be loaded" onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <PageLoader label="Loading audit events…" />
      ) : rows.length === 0 ? (
        <EmptyState title={filtered ? 'No events match these filters' : 'No changes recorded yet'}>
          {filtered ? 'Widen the date range or clear a filter.' : 'Changes and decisions appear here as people make them.'}
          {params.signIns === '1' ? '' : ' Sign-ins and sign-outs are hidden: tick “Show sign-ins and sign-outs” to see them.'}
        </EmptyState>
      ) : (
        <>
          <AuditEventsTable
            rows={rows}
            caption={`${formatCount(totalCount)} ${totalCount === 1 ? 'event' : 'events'}${filtered ? ' matching the filters' : ''}${params.signIns === '1' ? '' : ', sign-ins hidden'}, newest first`}
            onActorFilter={(actorId) => update({ ...params, actorId })}
          />
          {pageCount > 1 && (
            <Pagination
              total={pageCount}
              value={params.page}
              onChange={(page) => update({ ...params, page })}
              getControlProps={(control) => ({
                'aria-label': control === 'next' ? 'Next page' : control === 'previous' ? 'Previous page' : control,
              })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
