// Narrows a value a test needs to go on (a first row, a match), failing with a message that names what is missing.
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}, found ${String(value)}`);
  return value;
}
