import { getResolvedPDFJS } from 'unpdf';

export interface PdfLimits {
  /** pages read; a longer PDF is read this far and flagged */
  maxPages: number;
  /** time spent reading pages, ms; reading stops at the next page boundary past it */
  maxMillis: number;
  /** characters kept */
  maxChars: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxPages: 30, maxMillis: 5_000, maxChars: 200_000 };

export interface PdfText {
  text: string;
  /** why the text is incomplete, or null */
  problem: string | null;
}

interface TextItem {
  str?: string;
  hasEOL?: boolean;
  width?: number;
  transform?: number[];
}

/** A horizontal gap this wide (in points) between two pieces of one line is a column gap, not a space. */
const COLUMN_GAP = 15;

/**
 * A page's text, line by line. Pieces of a line that stand far apart (a form's label and
 * its value) are joined with " | ", as a .docx table row is: "Nominated LHS | Dr Gwen Tattersall".
 */
function pageText(items: TextItem[]): string {
  let out = '';
  let lineEnd: number | null = null; // x where the last piece on this line ended
  let lineY: number | null = null;
  for (const item of items) {
    const str = item.str ?? '';
    const x = item.transform?.[4] ?? 0;
    const y = item.transform?.[5] ?? 0;
    const width = item.width ?? 0;
    if (str.trim() === '') {
      // pdf.js reports a wide gap as one space of that width
      if (str && width > COLUMN_GAP && lineEnd !== null) out += ' | ';
      else out += str;
    } else {
      if (lineEnd !== null && lineY !== null && Math.abs(y - lineY) < 1 && x - lineEnd > COLUMN_GAP && !out.endsWith(' | ')) out += ' | ';
      out += str;
    }
    if (str) {
      lineEnd = x + width;
      lineY = y;
    }
    if (item.hasEOL) {
      out += '\n';
      lineEnd = null;
      lineY = null;
    }
  }
  return out;
}

/**
 * What unpdf's getDocumentProxy() hands pdf.js besides the data, worked out once: it looks up
 * pdfjs-dist's path again for every document (a failing module lookup, with an error and its
 * stack, where unpdf's own bundled pdf.js is used, as here), about a fifth of a small form's cost.
 */
let documentOptions: Record<string, unknown> | null = null;
function pdfDocumentOptions(): Record<string, unknown> {
  if (documentOptions) return documentOptions;
  let nodeDefaults = {};
  try {
    const base = import.meta.resolve('pdfjs-dist/package.json');
    nodeDefaults = {
      disableFontFace: true,
      standardFontDataUrl: new URL('./standard_fonts/', base).href,
      cMapUrl: new URL('./cmaps/', base).href,
      cMapPacked: true,
    };
  } catch {
    // no pdfjs-dist beside unpdf: its bundled pdf.js runs without these, as unpdf leaves it
  }
  // verbosity 0: pdf.js otherwise prints warnings about broken files with console.log, into lhs's stdout
  return (documentOptions = { isEvalSupported: false, useSystemFonts: true, ...nodeDefaults, verbosity: 0 });
}

/**
 * Text of a PDF page by page, so the page count, the time and the length can each stop it
 * (unpdf's extractText reads every page at once: 100,000 pages exhaust the heap).
 */
export async function pdfText(data: Buffer, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfText> {
  const started = Date.now();
  // pdf.js may transfer (detach) the array it is given: hand it a copy, never the message's buffer
  const { getDocument } = await getResolvedPDFJS();
  const pdf = await getDocument({ data: new Uint8Array(data), ...pdfDocumentOptions() }).promise;
  try {
    const pages = pdf.numPages;
    const parts: string[] = [];
    let chars = 0;
    let problem: string | null = null;
    for (let n = 1; n <= pages; n++) {
      if (n > limits.maxPages) {
        problem = `PDF has ${pages} pages: only the first ${limits.maxPages} read`;
        break;
      }
      if (Date.now() - started > limits.maxMillis) {
        problem = `PDF reading stopped after ${limits.maxMillis} ms at page ${n} of ${pages}`;
        break;
      }
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = pageText(content.items as TextItem[]);
      page.cleanup();
      parts.push(text);
      chars += text.length;
      if (chars > limits.maxChars) {
        problem = `PDF text is over ${limits.maxChars} characters: cut there`;
        break;
      }
    }
    return { text: parts.join('\n').slice(0, limits.maxChars), problem };
  } finally {
    await pdf.destroy();
  }
}
