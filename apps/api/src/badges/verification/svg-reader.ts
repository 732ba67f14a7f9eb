import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BadgeError } from './badge-error';
import { isJsonObject, type JsonObject } from './safe-json';

export const OB2_SVG_NAMESPACE = 'http://openbadges.org';
export const OB3_SVG_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';

export interface SvgBadgePayload {
  element: 'assertion' | 'credential';
  /** The `verify` attribute: a hosted assertion URL or a compact JWS. */
  verify: string | null;
  /** The element's text content: an embedded assertion or credential as JSON. */
  text: string | null;
}

const MAX_XML_DEPTH = 64;

export function looksLikeSvg(text: string): boolean {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return (
    (head.startsWith('<?xml') || head.startsWith('<svg') || head.startsWith('<!--') || head.startsWith('<!DOCTYPE')) &&
    /<svg[\s>]/i.test(text)
  );
}

/**
 * Reads the baked badge out of an SVG. Entity declarations are refused outright (billion laughs,
 * external entities / XXE); the parser also runs with entity processing off, so nothing in the
 * document can make it expand text or reach a file or URL.
 */
export function readSvgBadge(text: string): SvgBadgePayload {
  if (/<!ENTITY/i.test(text)) {
    throw new BadgeError(
      'BADGE_XML_ENTITY',
      'The SVG declares XML entities; badge SVGs never need them and they are refused for safety.',
    );
  }
  if (/<!DOCTYPE[^>]*\[/i.test(text)) {
    throw new BadgeError('BADGE_XML_ENTITY', 'The SVG has a DOCTYPE with an internal subset; it is refused for safety.');
  }
  const validation = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (validation !== true) {
    throw new BadgeError(
      'BADGE_XML_INVALID',
      `The SVG is not well-formed XML (line ${validation.err.line}: ${validation.err.msg.slice(0, 120)}).`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    maxNestedTags: MAX_XML_DEPTH,
  });
  let doc: unknown;
  try {
    doc = parser.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BadgeError('BADGE_XML_INVALID', `The SVG could not be parsed (${reason.slice(0, 120)}).`);
  }
  const svg = isJsonObject(doc) ? doc['svg'] : undefined;
  if (!isJsonObject(svg)) throw new BadgeError('BADGE_XML_INVALID', 'The file is XML but its root element is not <svg>.');

  const prefixes = namespacePrefixes(svg);
  const found: SvgBadgePayload[] = [];
  collect(svg, prefixes, found, 0);
  if (found.length > 1) {
    throw new BadgeError(
      'BADGE_DUPLICATE_PAYLOAD',
      `The SVG contains ${found.length} baked badge elements; the baking spec allows one.`,
    );
  }
  if (found.length === 0) {
    throw new BadgeError(
      'BADGE_NOT_BAKED',
      'The SVG is an image without a baked badge (no <openbadges:assertion> or <openbadges:credential>).',
    );
  }
  return found[0];
}

function namespacePrefixes(svg: JsonObject): Set<string> {
  const prefixes = new Set<string>(['openbadges']);
  for (const [key, value] of Object.entries(svg)) {
    if (key.startsWith('@_xmlns:') && (value === OB2_SVG_NAMESPACE || value === OB3_SVG_NAMESPACE))
      prefixes.add(key.slice('@_xmlns:'.length));
  }
  return prefixes;
}

function collect(node: JsonObject, prefixes: Set<string>, found: SvgBadgePayload[], depth: number): void {
  if (depth > MAX_XML_DEPTH) return;
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || key === '#text') continue;
    const [prefix, local] = key.includes(':') ? key.split(':', 2) : ['', key];
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (prefixes.has(prefix) && (local === 'assertion' || local === 'credential')) {
        found.push(toPayload(local, item));
      } else if (isJsonObject(item)) {
        collect(item, prefixes, found, depth + 1);
      }
    }
  }
}

function toPayload(element: 'assertion' | 'credential', item: unknown): SvgBadgePayload {
  if (typeof item === 'string') return { element, verify: null, text: decodeXmlText(item).trim() || null };
  if (!isJsonObject(item)) return { element, verify: null, text: null };
  const verify = typeof item['@_verify'] === 'string' ? decodeXmlText(item['@_verify']).trim() : null;
  const rawText = item['#text'];
  const text = typeof rawText === 'string' && rawText.trim() ? decodeXmlText(rawText).trim() : null;
  return { element, verify: verify || null, text };
}

/**
 * Entity processing is off in the parser, so the five predefined XML entities and numeric character
 * references are decoded here. Each reference decodes to at most one character, so nothing can grow.
 */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    switch (ref) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const codePoint = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
  });
}
