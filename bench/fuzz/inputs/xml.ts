import fc from 'fast-check';
import { hostileStrings } from '../mutate.js';
import { coordinateNumber, xmlEscape } from './values.js';

/** A tiny XML tree: what the KML and GPX generators build, then write (well-formed or not). */
export type XmlNode = string | { tag: string; attrs?: Record<string, string>; children?: XmlNode[]; cdata?: boolean };

export const el = (tag: string, children: XmlNode[] = [], attrs: Record<string, string> = {}): XmlNode => ({
  tag,
  attrs,
  children,
});

export function writeXml(node: XmlNode): string {
  if (typeof node === 'string') return xmlEscape(node);
  const attrs = Object.entries(node.attrs ?? {})
    .map(([k, v]) => ` ${k}="${xmlEscape(v)}"`)
    .join('');
  const children = node.children ?? [];
  if (node.cdata)
    return `<${node.tag}${attrs}><![CDATA[${children
      .map((c) => (typeof c === 'string' ? c : writeXml(c)))
      .join('')
      .replaceAll(']]>', ']]]]><![CDATA[>')}]]></${node.tag}>`;
  return `<${node.tag}${attrs}>${children.map(writeXml).join('')}</${node.tag}>`;
}

/** Text for an element: ordinary names, hostile text (escaped), and sometimes as CDATA. */
export const textContent = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 1, arbitrary: fc.constantFrom('Parcela Ñangalí', 'Rosa Huamán', 'Lote 3 — café', '  ') },
);

/** A number as XML text: plain, with a comma for a decimal point, or garbage. */
export const numberText = fc.oneof(
  { weight: 8, arbitrary: coordinateNumber.map(String) },
  { weight: 1, arbitrary: coordinateNumber.map((n) => String(n).replace('.', ',')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'abc', '1e999', '--5', '5..3', '0x1F', '١٢٣') },
);

/** XML declarations with the encodings GPS units write, and ones that lie or are unknown. */
export const declaration = fc.constantFrom(
  '',
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<?xml version="1.0" encoding="ISO-8859-1"?>',
  '<?xml version="1.0" encoding="windows-1252"?>',
  '<?xml version="1.0" encoding="UTF-16"?>',
  '<?xml version="1.0" encoding="x-no-such-encoding"?>',
  '<?xml version="1.1"?>',
);

/** What sits between the declaration and the root: comments, a DOCTYPE with entities (never expanded from outside). */
export const prolog = fc.constantFrom(
  '',
  '<!-- exportado -->',
  '<!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
  '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<?xml-stylesheet href="x.xsl"?>',
);

/** Entities a hostile file uses in text: expanded by DTD-reading parsers, kept as text by ours. */
export const entityUse = fc.constantFrom('&d;', '&xxe;', '&nbsp;', '&#0;', '&#x110000;', '&amp;', '');

/** Damage to the written text: a closing tag lost, text cut, a raw '<' or '&' in content. */
export const breakage = fc.oneof(
  { weight: 8, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('dropClose', 'cut', 'rawLt', 'rawAmp'), at: fc.nat() }) },
);

export function breakXml(text: string, damage: { kind: string; at: number } | null): string {
  if (damage === null || text.length === 0) return text;
  const at = damage.at % text.length;
  switch (damage.kind) {
    case 'dropClose': {
      const closes = [...text.matchAll(/<\/[^>]+>/g)];
      const close = closes[damage.at % Math.max(1, closes.length)];
      return close?.index === undefined ? text : text.slice(0, close.index) + text.slice(close.index + close[0].length);
    }
    case 'cut':
      return text.slice(0, at);
    case 'rawLt':
      return `${text.slice(0, at)}<${text.slice(at)}`;
    default:
      return `${text.slice(0, at)}&${text.slice(at)}`;
  }
}
