import { jwtExpiry } from '../../../provider/src/gateway/auth/jwt';
import { jwt } from '../support/fake-gateway';

test.each([
  [jwt(1_900_000_000), 1_900_000_000_000],
  [`${Buffer.from('{}').toString('base64url')}.${Buffer.from('{"exp":"1700000000"}').toString('base64url')}.x`, 1_700_000_000_000],
  [`a.${Buffer.from('{"sub":"x"}').toString('base64url')}.b`, undefined],
  ['not-a-jwt', undefined],
  ['a.!!!.b', undefined],
])('jwtExpiry(%s)', (token, expected) => {
  expect(jwtExpiry(token)).toBe(expected);
});
