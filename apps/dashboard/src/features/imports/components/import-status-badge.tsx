import { Badge, type MantineColor } from '@mantine/core';
import type { ImportStatus } from '../../../gql/graphql';

const labels: Record<ImportStatus, string> = {
  PREVIEW: 'Preview (not applied)',
  APPLIED: 'Applied',
  FAILED: 'Failed, rolled back',
};
const colors: Record<ImportStatus, MantineColor> = { PREVIEW: 'yellow.2', APPLIED: 'green.9', FAILED: 'red.9' };

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  return (
    <Badge color={colors[status]} autoContrast variant="filled" radius="sm" tt="none">
      {labels[status]}
    </Badge>
  );
}
