export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: string; stacktrace?: unknown } }>;
  setCookie: string[];
  headers: Headers;
}

/** A tiny GraphQL-over-HTTP client with a cookie jar of one cookie, like a browser tab. */
export class GraphQLClient {
  cookie: string | null = null;

  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    operationName?: string,
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...this.headers },
      body: JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) }),
    });
    const setCookie = response.headers.getSetCookie();
    for (const header of setCookie) {
      const [pair] = header.split(';');
      const [name, value] = pair.split('=');
      if (name === 'pdl_session') this.cookie = value ? `${name}=${value}` : null;
    }
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLResponse<T>['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, setCookie, headers: response.headers };
  }

  async signIn(email: string, password: string): Promise<GraphQLResponse> {
    return this.request(
      `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { accountId role } }`,
      {
        email,
        password,
      },
    );
  }

  /** A second tab with the same session. */
  clone(): GraphQLClient {
    const copy = new GraphQLClient(this.baseUrl, this.headers);
    copy.cookie = this.cookie;
    return copy;
  }
}

export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
