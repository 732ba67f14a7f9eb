import { NativeSelect } from '@mantine/core';
import type { RenewalStatus } from '../../../gql/graphql';
import { STATUS_LABELS } from '../../dashboards/utils/renewal-status';

const STATUSES: RenewalStatus[] = ['COMPLETE', 'ON_TRACK', 'AT_RISK', 'BEHIND', 'LAPSED'];

/** Filters a staff list by the current renewal status (kept in the URL by the caller). */
export function RenewalStatusSelect({
  value,
  onChange,
}: {
  value: RenewalStatus | null;
  onChange: (status: RenewalStatus | null) => void;
}) {
  return (
    <NativeSelect
      label="Renewal status"
      data={[{ value: '', label: 'Any status' }, ...STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))]}
      value={value ?? ''}
      onChange={(event) => onChange((event.currentTarget.value || null) as RenewalStatus | null)}
      w={{ base: '100%', xs: 200 }}
    />
  );
}
