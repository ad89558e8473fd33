import { isUtf8 } from 'node:buffer';

/**
 * Character encodings of attribute text (.dbf, CSV). Spanish-language data in
 * Peru comes from two worlds: QGIS and recent ArcGIS write UTF-8 (and say so
 * in a .cpg), while Excel "CSV" on Windows and older ArcMap/ArcView write the
 * ANSI code page, windows-1252, with no marker at all.
 */

/** The fallback: windows-1252 is a superset of ISO-8859-1 (latin-1) and what Windows in Spanish writes. */
export const LATIN1 = 'windows-1252';

/**
 * The TextDecoder label for a .cpg file's content ("UTF-8", "1252", "ANSI
 * 1252", "ISO 8859-1", "65001"…), or null when it names nothing we can decode.
 */
export function encodingFromCpg(cpg: string): string | null {
  const name = cpg
    .trim()
    .toLowerCase()
    .replace(/^ansi\s*/, '');
  if (name === '') return null;
  if (name === '65001' || name === 'utf8') return 'utf-8';
  const digits = /^(?:cp|windows-?)?(\d{3,4})$/.exec(name)?.[1];
  const iso = /^iso[\s_-]*8859[\s_-]*(\d{1,2})$/.exec(name)?.[1];
  const candidates = digits ? [`windows-${digits}`, `ibm${digits}`] : iso ? [`iso-8859-${iso}`] : [name];
  for (const label of candidates) {
    try {
      return new TextDecoder(label).encoding;
    } catch {
      // Not a label TextDecoder knows (e.g. DOS code page 850); try the next spelling.
    }
  }
  return null;
}

/**
 * True when the bytes are well-formed UTF-8 (Node's native check). Text in
 * windows-1252 with any accented letter ("Añaños" = 41 F1 61 F1 6F 73) is
 * practically never valid UTF-8, so this tells the two apart without guessing
 * from letter statistics.
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/**
 * A fast `decode(start, end)` over `bytes`: Node's native UTF-8 and latin-1
 * slicing for the common cases (a 100,000-row .dbf has hundreds of thousands
 * of values), TextDecoder for any other code page.
 */
export function textDecoder(bytes: Uint8Array, encoding: string): (start: number, end: number) => string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'utf-8') return (start, end) => buffer.toString('utf8', start, end);
  const decoder = new TextDecoder(encoding);
  const slow = (start: number, end: number): string => decoder.decode(bytes.subarray(start, end));
  if (encoding === LATIN1) {
    // windows-1252 is latin-1 except for 0x80–0x9F (€, “ ”, Š…): decode natively, redo the rare value that has one.
    return (start, end) => {
      const text = buffer.toString('latin1', start, end);
      return /[\x80-\x9f]/.test(text) ? slow(start, end) : text;
    };
  }
  return (start, end) => {
    for (let i = start; i < end; i += 1) if ((bytes[i] as number) >= 0x80) return slow(start, end);
    return buffer.toString('latin1', start, end);
  };
}
