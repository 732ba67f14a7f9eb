import { formatGraphQLError } from './format-error';

describe('formatGraphQLError', () => {
  it('keeps the code and message of client errors', () => {
    expect(
      formatGraphQLError(
        { message: 'Educator not found', path: ['educator'], extensions: { code: 'NOT_FOUND', stacktrace: ['at x'] } },
        { includeStacktrace: false },
      ),
    ).toEqual({ message: 'Educator not found', path: ['educator'], locations: undefined, extensions: { code: 'NOT_FOUND' } });
  });

  it('hides internal errors behind a generic message', () => {
    const internal = jest.fn();
    const formatted = formatGraphQLError(
      { message: 'relation "pd_record" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at pg'] } },
      { includeStacktrace: false, onInternalError: internal },
    );
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(internal).toHaveBeenCalled();
  });

  it('keeps stack traces only when allowed', () => {
    const formatted = formatGraphQLError(
      { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at pg'] } },
      { includeStacktrace: true },
    );
    expect(formatted.extensions?.['stacktrace']).toEqual(['at pg']);
  });
});
