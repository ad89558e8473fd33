/**
 * The layer names of a Mapbox Vector Tile, read straight off the protobuf
 * (Vector Tile Specification 2.1: `Tile.layers` is field 3, `Layer.name`
 * field 1), for tilesets whose metadata does not list their layers. Throws
 * on bytes that are not a well-formed protobuf: that is how a file that says
 * "pbf" but holds something else is caught.
 */
export function mvtLayerNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  forEachField(bytes, 0, bytes.length, (field, wire, start, end) => {
    if (field !== 3 || wire !== 2) return;
    forEachField(bytes, start, end, (inner, innerWire, s, e) => {
      if (inner === 1 && innerWire === 2) names.push(new TextDecoder().decode(bytes.subarray(s, e)));
    });
  });
  return names;
}

/** Calls `visit` with each field's number, wire type and, for length-delimited fields, the payload's range. */
function forEachField(
  bytes: Uint8Array,
  from: number,
  to: number,
  visit: (field: number, wire: number, start: number, end: number) => void,
): void {
  let at = from;
  const varint = (): number => {
    let value = 0;
    for (let shift = 0; shift < 64; shift += 7) {
      if (at >= to) throw new Error('Truncated varint');
      const byte = bytes[at] as number;
      at += 1;
      // Above 2^53 precision is lost, but only lengths (small) are used as numbers.
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new Error('Varint too long');
  };
  while (at < to) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key % 8;
    if (field === 0) throw new Error('Field number 0');
    switch (wire) {
      case 0:
        varint();
        visit(field, wire, at, at);
        break;
      case 1:
        at += 8;
        break;
      case 2: {
        const length = varint();
        const start = at;
        at += length;
        if (at > to) throw new Error('Field runs past its message');
        visit(field, wire, start, at);
        break;
      }
      case 5:
        at += 4;
        break;
      default:
        throw new Error(`Wire type ${wire} is not protobuf 3`);
    }
    if (at > to) throw new Error('Field runs past its message');
  }
}
