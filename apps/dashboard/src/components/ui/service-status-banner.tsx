import { useReactiveVar } from '@apollo/client/react';
import { Alert } from '@mantine/core';
import { serviceUnavailableVar } from '../../app/service-status';
import { SERVICE_UNAVAILABLE_MESSAGE } from '../../utils/graphql-errors';

/** Says so on every page while the API answers "service unavailable" (its database is away). */
export function ServiceStatusBanner() {
  const unavailable = useReactiveVar(serviceUnavailableVar);
  if (!unavailable) return null;
  return (
    <Alert color="yellow" variant="filled" title="PD Ledger is temporarily unavailable" role="status" radius={0}>
      {SERVICE_UNAVAILABLE_MESSAGE}
    </Alert>
  );
}
