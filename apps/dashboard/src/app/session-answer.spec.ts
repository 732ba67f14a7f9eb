import { readSessionAnswer, SESSION_ANSWER_ELEMENT_ID, sessionQueryText } from './session-answer';

const viewer = {
  __typename: 'Viewer',
  accountId: 'a1',
  email: 'pat@example.org',
  role: 'PRINCIPAL',
  displayName: 'Pat </script>',
  district: { __typename: 'District', id: 'd1', name: 'Maplewood', stateCode: 'PA' },
  educator: null,
  schools: [{ __typename: 'School', id: 's1', name: 'Lincoln Elementary' }],
};

function pageWith(text: string | null): Document {
  const page = document.implementation.createHTMLDocument('PD Ledger');
  if (text !== null) {
    const block = page.createElement('script');
    block.type = 'application/json';
    block.id = SESSION_ANSWER_ELEMENT_ID;
    block.textContent = text;
    page.head.append(block);
  }
  return page;
}

describe('readSessionAnswer', () => {
  it('reads the signed-in person, and nobody signed in, from the page', () => {
    expect(readSessionAnswer(pageWith(JSON.stringify({ me: viewer })))).toEqual({ __typename: 'Query', me: viewer });
    expect(readSessionAnswer(pageWith('{"me":null}'))).toEqual({ __typename: 'Query', me: null });
  });

  it.each([
    ['no answer', null],
    ['an empty block', ''],
    ['text that is not JSON', '{"me":'],
    ['an answer without me', '{"staff":null}'],
    ['a me that is not a viewer', '{"me":{"role":"HR_ADMIN"}}'],
    ['a list', '[1]'],
  ])('leaves the app to ask when the page has %s', (_name, text) => {
    expect(readSessionAnswer(pageWith(text))).toBeNull();
  });
});

describe('sessionQueryText', () => {
  it('is the Me query alone, asking for the __typename the cache keys by', () => {
    const text = sessionQueryText();
    expect(text).toMatch(/^query Me \{\n {2}me \{/);
    expect(text).not.toMatch(/mutation|subscription/);
    // The viewer (in the query and in its fragment), its district, its educator and its schools.
    expect(text.match(/__typename/g)?.length).toBe(5);
  });
});
