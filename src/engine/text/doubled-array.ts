/**
 * A copy of `array` with twice its room, its values first: how the engine's reused typed
 * arrays (hits of a scan, a line's word hashes, concept places, a record's columns) grow when a
 * note needs more.
 */
export function doubled(array: Int32Array): Int32Array<ArrayBuffer>;
export function doubled(array: Uint8Array): Uint8Array<ArrayBuffer>;
export function doubled(array: Float64Array): Float64Array<ArrayBuffer>;
export function doubled(array: Int32Array | Uint8Array | Float64Array): Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer> | Float64Array<ArrayBuffer> {
  const bigger = array instanceof Int32Array ? new Int32Array(array.length * 2) : array instanceof Uint8Array ? new Uint8Array(array.length * 2) : new Float64Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
