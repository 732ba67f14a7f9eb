import { Alert, Anchor, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PdRecordDuplicateFieldsFragment } from '../../../gql/graphql';
import { formatAmount, formatDate, statusLabels } from '../../../utils/format';

/** Where a record is shown with its id as anchor: the educator's page. */
export function recordPath(duplicate: Pick<PdRecordDuplicateFieldsFragment, 'id' | 'educatorId'>): string {
  return `/educators/${duplicate.educatorId}#record-${duplicate.id}`;
}

function Described({ duplicate, linked }: { duplicate: PdRecordDuplicateFieldsFragment; linked: boolean }) {
  const name = `“${duplicate.title}”`;
  return (
    <>
      {linked ? (
        <Anchor component={Link} to={recordPath(duplicate)} fz="inherit">
          {name}
        </Anchor>
      ) : (
        name
      )}{' '}
      ({statusLabels[duplicate.status]}
      {duplicate.counted ? ', counts' : ''}, {formatAmount(duplicate.amount, duplicate.unit)}, completed{' '}
      {formatDate(duplicate.completedOn)};{' '}
      {duplicate.matchedBy === 'SAME_ACHIEVEMENT' ? 'same achievement' : 'same title, date and amount'})
    </>
  );
}

interface DuplicateWarningProps {
  duplicates: PdRecordDuplicateFieldsFragment[];
  /** Link each other record (reviewers and HR open it on the educator's page). */
  linked?: boolean;
  /** `inline`: a line in a table row; `alert`: a box in a form or dialog. */
  variant?: 'inline' | 'alert';
  /** What the reader should do about it (alert only). */
  children?: ReactNode;
}

/**
 * Names the educator's other records that look like the same PD. Only one copy counts unless a
 * reviewer declares them distinct; the warning says which copy counts now.
 */
export function DuplicateWarning({ duplicates, linked = false, variant = 'inline', children }: DuplicateWarningProps) {
  if (duplicates.length === 0) return null;
  if (variant === 'inline') {
    return (
      <Text size="xs" c="orange.9" fw={500}>
        Possible duplicate of{' '}
        {duplicates.map((duplicate, index) => (
          <span key={duplicate.id}>
            {index > 0 && '; '}
            <Described duplicate={duplicate} linked={linked} />
          </span>
        ))}
      </Text>
    );
  }
  return (
    <Alert color="orange" variant="light" title={duplicates.length === 1 ? 'Possible duplicate' : 'Possible duplicates'}>
      <Text size="sm">This looks like PD already recorded for the same educator:</Text>
      <List size="sm" mt={4}>
        {duplicates.map((duplicate) => (
          <List.Item key={duplicate.id}>
            <Described duplicate={duplicate} linked={linked} />
          </List.Item>
        ))}
      </List>
      {children}
    </Alert>
  );
}
