import { authenticate } from '../../../src/api/auth/authenticate';

describe('authenticate', () => {
  test.each([
    ['no token configured, even with a header', 'Bearer secret', null, /without API_TOKEN/],
    ['an empty configured token', 'Bearer ', '', /without API_TOKEN/],
    ['no header', undefined, 'secret', /Authorization: Bearer/],
    ['a wrong token', 'Bearer secreT', 'secret', /not the one/],
    ['a longer token with the right prefix', 'Bearer secret2', 'secret', /not the one/],
    ['no scheme', 'secret', 'secret', /not the one/],
    ['two tokens', 'Bearer secret secret', 'secret', /not the one/],
  ])('refuses %s', (_name, header, configured, refusal) => {
    const caller = authenticate(header, configured);
    expect(caller.authenticated).toBe(false);
    expect(caller.refusal).toMatch(refusal);
  });

  test.each([['Bearer secret'], ['bearer secret'], ['Bearer   secret  ']])('accepts %p', (header) => {
    expect(authenticate(header, 'secret')).toEqual({ authenticated: true, refusal: null, name: 'api-token' });
  });
});
