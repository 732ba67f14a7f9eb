import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PdTotalsFieldsFragment } from '../../../gql/graphql';
import { formatAmount, formatCount, formatDecimal, HOUR_EQUIVALENTS_EXPLAINED } from '../../../utils/format';

interface PdTotalsSummaryProps {
  totals: PdTotalsFieldsFragment;
  /** e.g. "2025–26 school year". */
  period: string;
  pendingCount?: number;
}

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz={28} lh={1.2}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

/** Totals of approved and verified PD (what the API counts), with a per-unit breakdown. */
export function PdTotalsSummary({ totals, period, pendingCount }: PdTotalsSummaryProps) {
  return (
    <section aria-label={`PD totals, ${period}`}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        <Stat
          label="Hour equivalents (a cross-state measure)"
          value={formatDecimal(totals.hourEquivalents)}
          note={`Approved and verified, ${period}. ${HOUR_EQUIVALENTS_EXPLAINED}`}
        />
        <Stat label="Records counted" value={formatCount(totals.recordCount)} note={`Approved and verified, ${period}`} />
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            By unit
          </Text>
          {totals.byUnit.length === 0 ? (
            <Text size="sm" mt={4}>
              Nothing counted yet this school year.
            </Text>
          ) : (
            <Stack gap={2} mt={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {totals.byUnit.map((unitTotal) => (
                <Text component="li" size="sm" key={unitTotal.unit}>
                  <strong>{formatAmount(unitTotal.amount, unitTotal.unit)}</strong> ({formatCount(unitTotal.recordCount)}{' '}
                  {unitTotal.recordCount === 1 ? 'record' : 'records'})
                </Text>
              ))}
            </Stack>
          )}
          {pendingCount !== undefined && pendingCount > 0 && (
            <Text size="xs" c="dimmed" mt={6}>
              {pendingCount} {pendingCount === 1 ? 'record is' : 'records are'} pending review and not counted yet.
            </Text>
          )}
        </Paper>
      </SimpleGrid>
    </section>
  );
}
