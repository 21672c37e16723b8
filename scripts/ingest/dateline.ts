// Recognises a line that is only a publication date (with an optional place, label and time).
export function isDateline(_line: string): boolean {
  return false;
}
