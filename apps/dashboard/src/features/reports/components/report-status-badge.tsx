import { Badge } from '@mantine/core';
import type { RenewalStatus } from '../../../gql/graphql';
import { renewalStatusColors, renewalStatusLabels } from '../../renewal/utils/renewal-text';

// A symbol as well as a colour and the word, so the status never rests on colour alone.
const SYMBOLS: Record<RenewalStatus, string> = { COMPLETE: '✓', ON_TRACK: '●', AT_RISK: '!', BEHIND: '▼', LAPSED: '✕' };

export function ReportStatusBadge({ status }: { status: RenewalStatus }) {
  return (
    <Badge variant="outline" color={renewalStatusColors[status]} size="md" style={{ textTransform: 'none' }}>
      <span aria-hidden="true">{SYMBOLS[status]} </span>
      {renewalStatusLabels[status]}
    </Badge>
  );
}
