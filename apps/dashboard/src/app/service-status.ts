import { makeVar } from '@apollo/client';

/**
 * True from an answer that said SERVICE_UNAVAILABLE (the API cannot reach its database) until the
 * next answer without it: `ServiceStatusBanner` shows it on every page.
 */
export const serviceUnavailableVar = makeVar(false);
