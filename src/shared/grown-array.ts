/** A copy of `array` at least `least` long, its length doubled as often as that takes (amortised growth). */
export function grown<T extends Uint32Array | Uint16Array>(array: T, least: number): T {
  let size = Math.max(1, array.length * 2);
  while (size < least) size *= 2;
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}
