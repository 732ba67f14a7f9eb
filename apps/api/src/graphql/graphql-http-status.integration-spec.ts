// GraphQL requests that cannot run (syntax errors, unknown fields, bad variables) are the client's
// fault: HTTP 400, in production as in development.
import { startTestApp, TestApp } from '../testing/test-app';

async function post(baseUrl: string, body: unknown): Promise<{ status: number; code?: string }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return { status: response.status, code: json.errors?.[0]?.extensions?.code };
}

describe.each(['test', 'production'])('GraphQL request errors answer HTTP 400 (NODE_ENV=%s)', (nodeEnv) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ NODE_ENV: nodeEnv });
  });

  afterAll(() => testApp.close());

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    expect(await post(testApp.baseUrl, { query: '{ me { ' })).toEqual({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('answers a document over the token limit with 400 GRAPHQL_PARSE_FAILED', async () => {
    const fields = Array.from({ length: 2100 }, () => '__typename').join(' ');
    expect(await post(testApp.baseUrl, { query: `{ ${fields} }` })).toEqual({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('answers an unknown field with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    expect(await post(testApp.baseUrl, { query: '{ noSuchField }' })).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('answers a depth or alias limit with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { email }`).join(' ');
    expect(await post(testApp.baseUrl, { query: `{ ${aliases} }` })).toMatchObject({ status: 400 });
  });

  it('answers a variable of the wrong type with 400 BAD_USER_INPUT', async () => {
    const query = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { role } }';
    expect(await post(testApp.baseUrl, { query, variables: { email: 5, password: null } })).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
    });
  });
});
