import { Text } from '@mantine/core';
import type { RenewalStatus } from '../../../gql/graphql';
import { renewalStatusColors, renewalStatusLabels } from '../../renewal/utils/renewal-text';

// A symbol as well as a colour and the word, so the status never rests on colour alone.
const SYMBOLS: Record<RenewalStatus, string> = { COMPLETE: '✓', ON_TRACK: '●', AT_RISK: '!', BEHIND: '▼', LAPSED: '✕' };

/** A status chip that never truncates its word (Mantine's Badge ellipsises in narrow table cells). */
export function ReportStatusBadge({ status }: { status: RenewalStatus }) {
  const color = `var(--mantine-color-${renewalStatusColors[status].replace('.', '-')})`;
  return (
    <Text
      component="span"
      size="xs"
      fw={700}
      style={{
        display: 'inline-block',
        whiteSpace: 'nowrap',
        color,
        border: `1px solid ${color}`,
        borderRadius: 999,
        padding: '1px 8px',
      }}
    >
      <span aria-hidden="true">{SYMBOLS[status]} </span>
      {renewalStatusLabels[status]}
    </Text>
  );
}
