import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
import { htmlToText } from '../../text/html.js';

export interface DocxLimits {
  /** most bytes all entries may declare, inflated, in the zip's central directory */
  maxDeclaredBytes: number;
  /** most bytes the XML parts may actually inflate to, all together */
  maxInflatedBytes: number;
  /** most XML tags in word/document.xml (mammoth builds a tree of every one) */
  maxXmlTags: number;
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxDeclaredBytes: 64 * 1024 * 1024,
  maxInflatedBytes: 24 * 1024 * 1024,
  maxXmlTags: 400_000,
};

/** A .docx that lhs will not hand to mammoth, and why. */
export class DocxRefused extends Error {}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

/** The central directory of a zip: names, methods and the sizes the archive declares. */
function centralDirectory(zip: Buffer): ZipEntry[] {
  // the end-of-central-directory record sits in the last 22 + 65,535 bytes
  const from = Math.max(0, zip.length - 22 - 65_535);
  let eocd = -1;
  for (let i = zip.length - 22; i >= from; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    // an OLE compound file: a password-protected .docx, or an old .doc renamed
    if (zip.length >= 8 && zip.readUInt32BE(0) === 0xd0cf11e0) throw new DocxRefused('is password-protected or an old-format Word file: open it');
    throw new DocxRefused('not a zip archive (no end of central directory)');
  }
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new DocxRefused('broken zip central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      declaredSize: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** Inflates one entry, never past `max` bytes (zlib stops and throws instead). */
function inflateEntry(zip: Buffer, e: ZipEntry, max: number): Buffer {
  const at = e.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw new DocxRefused(`broken zip entry ${e.name}`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (data.length > max) throw new DocxRefused(`${e.name} is over ${max} bytes`);
    return data;
  }
  if (e.method !== 8) throw new DocxRefused(`${e.name} uses zip method ${e.method}, which lhs does not read`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new DocxRefused(`${e.name} inflates past ${max} bytes (a zip bomb?)`);
    }
    throw new DocxRefused(`${e.name} does not inflate: ${(err as Error).message}`);
  }
}

function countTags(xml: Buffer): number {
  let n = 0;
  for (let i = xml.indexOf(0x3c); i >= 0; i = xml.indexOf(0x3c, i + 1)) n++;
  return n;
}

/**
 * Checks a .docx before mammoth sees it: the sizes its central directory declares, the
 * sizes its XML parts really inflate to (a declared size can lie), and how many XML tags
 * the document has. mammoth itself has no limits: it inflates a 100 KB bomb to 569 MB, and
 * ten million elements exhaust the heap.
 */
export function checkDocx(zip: Buffer, limits: DocxLimits = DEFAULT_DOCX_LIMITS): void {
  const entries = centralDirectory(zip);
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > limits.maxDeclaredBytes) {
    throw new DocxRefused(`declares ${declared} bytes uncompressed, over the ${limits.maxDeclaredBytes}-byte limit`);
  }
  const document = entries.find((e) => e.name === 'word/document.xml');
  if (!document) throw new DocxRefused('no word/document.xml: not a Word document');
  let budget = limits.maxInflatedBytes;
  for (const e of entries) {
    if (!/\.(?:xml|rels)$/i.test(e.name)) continue; // images and embedded files are not read
    const xml = inflateEntry(zip, e, budget);
    budget -= xml.length;
    if (e === document) {
      const tags = countTags(xml);
      if (tags > limits.maxXmlTags) throw new DocxRefused(`word/document.xml has ${tags} XML tags, over the ${limits.maxXmlTags} limit`);
    }
  }
}

/**
 * The parts of mammoth 1.13 (pinned) that its convertToHtml() joins. Called directly so the
 * style map is parsed once: convertToHtml() parses its ~50 default style rules again for every
 * document (about 1.8 ms of the 2.7 ms a one-page form costs). Loaded on first use: mammoth
 * takes about half a second to import, and most mail has no .docx.
 */
interface MammothParts {
  readOptions(options: object): MammothOptions;
  openZip(input: { buffer: Buffer }): PromiseLike<unknown>;
  readEmbeddedStyleMap(docxFile: unknown): PromiseLike<string | null>;
  readDocx(docxFile: unknown, input: { buffer: Buffer }, options: MammothOptions): PromiseLike<MammothResult<unknown>>;
  DocumentConverter: new (options: object) => { convertToHtml(document: unknown): PromiseLike<MammothResult<string>> };
  readStyle(rule: string): MammothResult<unknown>;
  combineResults(results: MammothResult<unknown>[]): MammothResult<unknown[]>;
}
interface MammothOptions {
  embeddedStyleMap?: string | null;
  transformDocument(document: unknown): unknown;
  readStyleMap(): string[];
}
interface MammothResult<T> {
  value: T;
}

let mammoth: MammothParts | null = null;
function mammothParts(): MammothParts {
  if (mammoth) return mammoth;
  const require = createRequire(import.meta.url);
  // mammoth 1.13.0 gives a .docx without word/styles.xml a style set with no table or numbering
  // styles, so a table that names its style ("TableGrid") throws; an empty set of each is meant
  const styles = require('mammoth/lib/docx/styles-reader') as { Styles?: { EMPTY?: unknown }; defaultStyles: unknown };
  if (styles.Styles?.EMPTY) styles.defaultStyles = styles.Styles.EMPTY;
  return (mammoth = {
    readOptions: require('mammoth/lib/options-reader').readOptions,
    openZip: require('mammoth/lib/unzip').openZip,
    readEmbeddedStyleMap: require('mammoth/lib/docx/style-map').readStyleMap,
    readDocx: require('mammoth/lib/docx/docx-reader').read,
    DocumentConverter: require('mammoth/lib/document-to-html').DocumentConverter,
    readStyle: require('mammoth/lib/style-reader').readStyle,
    combineResults: require('mammoth/lib/results').Result.combine,
  });
}

/** The default style map, parsed: its matchers hold no state, so one copy serves every document. */
let defaultStyleMap: unknown[] | null = null;

/** mammoth's parseStyleMap(): rules that did not parse are left out. */
const parseStyleMap = (m: MammothParts, rules: string[]): unknown[] => m.combineResults(rules.map(m.readStyle)).value.filter((r) => !!r);

/**
 * The HTML mammoth.convertToHtml() gives for a .docx, step for step as its convert() does
 * (same options, embedded style map, transforms), with the default style map parsed once.
 */
export async function docxToHtml(zip: Buffer): Promise<string> {
  const m = mammothParts();
  const options = m.readOptions({});
  const input = { buffer: zip };
  const docxFile = await m.openZip(input);
  options.embeddedStyleMap = await m.readEmbeddedStyleMap(docxFile);
  const document = (await m.readDocx(docxFile, input, options)).value;
  // a document that embeds its own style map gets it parsed along with the defaults, as mammoth does
  const styleMap = options.embeddedStyleMap ? parseStyleMap(m, options.readStyleMap()) : (defaultStyleMap ??= parseStyleMap(m, options.readStyleMap()));
  const converter = new m.DocumentConverter({ ...options, styleMap });
  return (await converter.convertToHtml(options.transformDocument(document))).value;
}

/** Text of a .docx, tables as one line per row with cells apart ("Name | Dr Jane Smith"). */
export async function docxText(zip: Buffer, limits: DocxLimits = DEFAULT_DOCX_LIMITS): Promise<string> {
  checkDocx(zip, limits);
  return htmlToText(await docxToHtml(zip));
}
