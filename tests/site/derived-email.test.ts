import { describe, expect, it } from 'vitest';
import { isDerivedEmail } from '../../scripts/site/derived-email.ts';

describe('isDerivedEmail', () => {
  it.each([
    ['expanded from the pattern', 'Manninen, p. 050 390 0066, etunimi.sukunimi@popmaakunta.fi', 'marjukka.manninen@popmaakunta.fi', true],
    ['printed as such', 'Manninen, marjukka.manninen@popmaakunta.fi', 'marjukka.manninen@popmaakunta.fi', false],
    ['printed in other letter case', 'Manninen, Marjukka.Manninen@PopMaakunta.fi', 'marjukka.manninen@popmaakunta.fi', false],
    ['a pattern for another domain only', 'etunimi.sukunimi@pirkanmaa.fi', 'x.y@popmaakunta.fi', false],
    ['no address in the body (an editor added one)', 'Ei osoitteita.', 'x.y@example.fi', false],
    ['the Swedish pattern', 'förnamn.efternamn@obotnia.fi', 'test.person@obotnia.fi', true],
    ['no address', 'etunimi.sukunimi@popmaakunta.fi', null, false],
  ])('%s', (_label, body, email, expected) => {
    expect(isDerivedEmail(email, body)).toBe(expected);
  });
});
