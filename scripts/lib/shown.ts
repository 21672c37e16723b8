// A file name or path as printed in every log line: JSON-escaped, so a name holding a newline,
// an escape sequence or a bidi control cannot forge a line or move the terminal.
export function shown(path: string): string {
  return JSON.stringify(path).replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
