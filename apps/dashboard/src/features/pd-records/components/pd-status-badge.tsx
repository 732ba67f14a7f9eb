import { Badge, type MantineColor } from '@mantine/core';
import type { PdStatus } from '../../../gql/graphql';
import { statusLabels } from '../../../utils/format';

// Filled badges in dark shades (white text) or a light yellow (dark text) all pass WCAG AA, and
// the word itself carries the meaning, so colour is never the only signal.
const statusColors: Record<PdStatus, MantineColor> = {
  SUBMITTED: 'yellow.2',
  APPROVED: 'green.9',
  VERIFIED: 'blue.9',
  REJECTED: 'red.9',
  CHANGES_REQUESTED: 'orange.9',
  VOIDED: 'gray.8',
};

export function PdStatusBadge({ status }: { status: PdStatus }) {
  return (
    <Badge
      color={statusColors[status]}
      autoContrast
      variant="filled"
      radius="sm"
      tt="none"
      // The whole word, always: a narrow cell or card must not cut "Verified" to "Verifi...".
      styles={{ root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } }}
    >
      {statusLabels[status]}
    </Badge>
  );
}
