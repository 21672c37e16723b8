// Characters no release text may carry, in front matter, feeds or data files: C0 controls (tab and
// newline aside, where a value may span lines), DEL, C1 controls, the noncharacters U+FFFE/U+FFFF
// (not allowed in XML) and the bidi embedding, override and isolate controls (U+202A–202E,
// U+2066–2069), which can make a title display as something else.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/u;
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const UNSAFE_ALL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/gu;

/** Whether a value holds an unsafe character; `multiline` allows tab and newline. */
export function hasUnsafeCharacter(value: string, multiline = true): boolean {
  return UNSAFE.test(value) || (!multiline && /[\t\n]/u.test(value));
}

/** The value without unsafe characters (tab and newline stay). */
export function stripUnsafeCharacters(value: string): string {
  return value.replace(UNSAFE_ALL, '');
}

/** Whether a code point written as an entity (&#1; &#x1b; &#xFFFE;) would be unsafe. */
export function isUnsafeCodePoint(code: number): boolean {
  return UNSAFE.test(String.fromCodePoint(code));
}
