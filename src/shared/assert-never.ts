/** Exhaustiveness check for switches over enums: a new member fails to compile. */
export function assertNever(value: never): never {
  throw new TypeError(`Unexpected value: ${String(value)}`);
}
