import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, ServiceUnavailableError } from '../common/errors';

const RETRY_AFTER_SECONDS = String(new ServiceUnavailableError().retryAfterSeconds);

/**
 * A GraphQL answer that carries a SERVICE_UNAVAILABLE error (the database is unreachable or every
 * pooled connection stayed busy) goes out as HTTP 503 with Retry-After, so clients, proxies and
 * load balancers see "try again" rather than a 200 or an internal error.
 */
export const serviceUnavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        if (!errors.some((error) => error.extensions?.['code'] === ErrorCode.SERVICE_UNAVAILABLE)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
      },
    };
  },
};
