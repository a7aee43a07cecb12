/**
 * Growable typed arrays for postings and per-document columns. Documents are appended in slot
 * order, so every posting list stays sorted without extra work; upserts append, removals leave
 * tombstones that the engine skips until the next compaction.
 */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 4) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/** A posting list: document slots with the best field code (0 = name … 7 = description) per slot. */
export class Postings {
  slots: Int32Array;
  fields: Uint8Array;
  length = 0;

  constructor(capacity = 2) {
    this.slots = new Int32Array(capacity);
    this.fields = new Uint8Array(capacity);
  }

  push(slot: number, field: number): void {
    if (this.length === this.slots.length) {
      const slots = new Int32Array(this.slots.length * 2);
      slots.set(this.slots);
      this.slots = slots;
      const fields = new Uint8Array(this.fields.length * 2);
      fields.set(this.fields);
      this.fields = fields;
    }
    this.slots[this.length] = slot;
    this.fields[this.length++] = field;
  }
}

export function grow<T extends Float64Array | Uint8Array | Int32Array | Float32Array>(array: T, capacity: number): T {
  if (array.length >= capacity) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(capacity, array.length * 2));
  grown.set(array);
  return grown;
}
