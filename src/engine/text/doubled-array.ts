/**
 * A copy of `array` with twice its room, its values first: how the engine's reused typed
 * arrays (hits of a scan, a line's word hashes, concept places) grow when a note needs more.
 */
export function doubled(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
