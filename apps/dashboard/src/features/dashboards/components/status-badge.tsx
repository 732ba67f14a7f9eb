import { Group, Text } from '@mantine/core';
import type { RenewalStatus } from '../../../gql/graphql';
import { STATUS_LABELS } from '../utils/renewal-status';
import { StatusSwatch } from './status-swatch';

/** A renewal status in words, with its swatch; "No license on file" when there is none. */
export function StatusBadge({ status }: { status: RenewalStatus | null }) {
  const key = status ?? 'NO_LICENSE';
  return (
    <Group gap={6} wrap="nowrap" component="span" style={{ display: 'inline-flex' }}>
      <StatusSwatch status={key} size={12} />
      <Text span size="sm" fw={600}>
        {STATUS_LABELS[key]}
      </Text>
    </Group>
  );
}
