import { DOMParser, type Document } from '@xmldom/xmldom';
import { describeError, unreadable } from './unreadable.js';

/**
 * Text of an XML file in the encoding its declaration names. KML is UTF-8,
 * but GPX from older Garmin units and hand-edited files say
 * encoding="ISO-8859-1" or "windows-1252"; decoding those as UTF-8 would turn
 * every "ñ" into "�".
 */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200)).toString('latin1');
  const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
  let label = 'utf-8';
  if (declared !== undefined) {
    try {
      label = new TextDecoder(declared).encoding;
    } catch {
      // An encoding TextDecoder does not know: UTF-8 is what the file most likely is.
    }
  }
  return new TextDecoder(label).decode(bytes);
}

/**
 * The root element's name without a namespace prefix ("kml" for <kml:kml>), or
 * null when the text is not XML. Skips the declaration, comments, processing
 * instructions and a DOCTYPE before the first element by scanning, not by one
 * regular expression: a pattern like `(?:<\?[\s\S]*?\?>\s*)*` backtracks
 * exponentially on a file of repeated declarations that never reaches an
 * element (found by fuzzing: 58 declarations held the import for ever).
 */
export function xmlRootName(text: string): string | null {
  const head = text.slice(0, 4096);
  let at = head.startsWith('\uFEFF') ? 1 : 0;
  for (;;) {
    while (at < head.length && /\s/.test(head[at] as string)) at += 1;
    const end = skipMarkup(head, at);
    if (end === null) break;
    if (end < 0) return null;
    at = end;
  }
  const match = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(at, at + 300));
  const name = match?.[1];
  return name === undefined ? null : (name.split(':').pop() ?? name);
}

/** Past the declaration, comment, processing instruction or DOCTYPE at `at`; null when none starts there, -1 when it never ends. */
function skipMarkup(text: string, at: number): number | null {
  const closing = (opening: string, close: string): number => {
    const end = text.indexOf(close, at + opening.length);
    return end < 0 ? -1 : end + close.length;
  };
  if (text.startsWith('<?', at)) return closing('<?', '?>');
  if (text.startsWith('<!--', at)) return closing('<!--', '-->');
  if (text.startsWith('<!DOCTYPE', at)) {
    // An internal subset (`[ <!ENTITY …> ]`) holds '>' of its own: it ends at ']>'.
    const bracket = text.indexOf('[', at);
    const gt = text.indexOf('>', at);
    return bracket >= 0 && (gt < 0 || bracket < gt) ? closing('<!DOCTYPE', ']>') : closing('<!DOCTYPE', '>');
  }
  return null;
}

/**
 * Parses XML, refusing only what is not well-formed. Recoverable errors (an
 * HTML entity such as &nbsp; in a KML description) are tolerated, as Google
 * Earth does. xmldom resolves no external entities, so a file cannot make us
 * read other files.
 */
export function parseXml(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'fatalError') throw new Error(message);
    },
  });
  try {
    return parser.parseFromString(text, 'text/xml');
  } catch (error) {
    throw unreadable('BAD_XML', 'The file is not well-formed XML.', { detail: describeError(error) });
  }
}
