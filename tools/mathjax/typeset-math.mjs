// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The build-time typesetter of explainer equations. paperlab_add_paper_plugin() runs it (as the
// self-contained bundle share/paperlab/typeset-math.mjs that the SDK installs) on a plugin's
// Markdown resources: it typesets every $…$ and $$…$$ with MathJax (TeX in, SVG out) into
// <out>/<resource dir>/math/<key>.svg and lists them in <out>/math.qrc under the resource
// paths the app reads. The tokenizer must agree with app/explainer/mathtokenizer.cpp: a span
// this script misses shows up as a "missing equation" marker in the app.
//
// Usage: node typeset-math.mjs --out <dir> --prefix <qrc prefix> (--md <file> <resource dir>)...
//   <resource dir> is the Markdown file's directory inside the plugin's resources ("content").
// Exit status 1, with <file>:<line>: messages, on TeX errors and unmatched $.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js';
import { SVGmo } from 'mathjax-full/js/output/svg/Wrappers/mo.js';

// ---------------------------------------------------------------------------------------------
// Tokenizer (keep in step with mathtokenizer.cpp)

const fenceRe = /^ {0,3}(`{3,}|~{3,})/;

// Splits Markdown into the text chunks that may hold math: runs of non-blank lines outside
// fenced code blocks. Each chunk remembers the line it starts on, for error messages.
export function textChunks(markdown) {
    const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
    const chunks = [];
    let current = null;
    let fence = null;
    lines.forEach((line, index) => {
        if (fence) {
            const m = fenceRe.exec(line);
            if (m && m[1][0] === fence[0] && m[1].length >= fence.length
                && line.slice(m[0].length).trim() === '')
                fence = null;
            return;
        }
        const m = fenceRe.exec(line);
        if (m && !(m[1][0] === '`' && line.slice(m[0].length).includes('`'))) {
            fence = m[1];
            current = null;
            return;
        }
        if (line.trim() === '') {
            current = null;
            return;
        }
        if (!current) {
            current = { line: index + 1, text: line };
            chunks.push(current);
        } else {
            current.text += '\n' + line;
        }
    });
    return chunks;
}

const isSpace = (c) => c === ' ' || c === '\t' || c === '\n';
const isDigit = (c) => c >= '0' && c <= '9';

function backtickRun(s, i) {
    let n = 0;
    while (s[i + n] === '`')
        ++n;
    return n;
}

// Index of the closing run of exactly n backticks after position from, or -1.
function findBacktickCloser(s, from, n) {
    let i = from;
    while (i < s.length) {
        if (s[i] === '`') {
            const run = backtickRun(s, i);
            if (run === n)
                return i;
            i += run;
        } else {
            ++i;
        }
    }
    return -1;
}

// Math spans of one chunk: { display, tex, start, end } with end exclusive, plus problems.
export function mathSpans(s) {
    const spans = [];
    const problems = [];
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        if (c === '\\') {
            i += 2;
        } else if (c === '`') {
            const n = backtickRun(s, i);
            const close = findBacktickCloser(s, i + n, n);
            i = close < 0 ? i + n : close + n;
        } else if (c === '$' && s[i + 1] === '$') {
            let j = i + 2;
            while (j < s.length && !(s[j] === '$' && s[j + 1] === '$'))
                j += s[j] === '\\' ? 2 : 1;
            const tex = s.slice(i + 2, Math.min(j, s.length)).trim();
            if (j >= s.length || tex === '') {
                problems.push({ offset: i, message: 'unmatched $$' });
                i += 2;
                continue;
            }
            spans.push({ display: true, tex, start: i, end: j + 2 });
            i = j + 2;
        } else if (c === '$') {
            let close = -1;
            if (i + 1 < s.length && !isSpace(s[i + 1])) {
                for (let j = i + 1; j < s.length; ++j) {
                    if (s[j] === '\\') {
                        ++j;
                    } else if (s[j] === '$') {
                        if (!isSpace(s[j - 1]) && !isDigit(s[j + 1] ?? '')) {
                            close = j;
                            break;
                        }
                    }
                }
            }
            if (close < 0) {
                problems.push({ offset: i, message: 'unmatched $ (write \\$ for a dollar sign)' });
                ++i;
                continue;
            }
            const tex = s.slice(i + 1, close).trim();
            spans.push({ display: false, tex, start: i, end: close + 1 });
            i = close + 1;
        } else {
            ++i;
        }
    }
    return { spans, problems };
}

export function mathKey(display, tex) {
    const digest = createHash('sha1').update((display ? 'display:' : 'inline:') + tex, 'utf8');
    return digest.digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------------------------------------
// Typesetting

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// QtSvg (Qt 6.4) stops drawing at a nested <svg>, so all that follows it in the equation was
// lost (the norm of the diffusion explainer's training loss, drawn with \big\|). MathJax
// nests one to clip the extender of a stretched delimiter, which it scales 1.5 times too far;
// these two scale the extender to fit instead, in a <g>. An extender repeats its middle, so
// the result looks the same.
const EXTENDER_FUZZ = 0.1; // VFUZZ and HFUZZ of mathjax-full's mo.js

SVGmo.prototype.addExtV = function addExtV(n, v, H, D, T, B, W) {
    const Y = H + D - Math.max(0, T - EXTENDER_FUZZ) - Math.max(0, B - EXTENDER_FUZZ);
    if (!n || Y <= 0)
        return;
    const [h, d, w] = this.getChar(n, v);
    const scale = Y / (h + d);
    const bottom = Math.max(0, B - EXTENDER_FUZZ) - D;
    const group = this.svg('g', {
        transform: `translate(${this.fixed((W - w) / 2)},${this.fixed(bottom + d * scale)})`,
    });
    this.addGlyph(n, v, 0, 0, group);
    this.adaptor.setAttribute(this.adaptor.lastChild(group), 'transform',
        `scale(1,${this.jax.fixed(scale)})`);
    this.adaptor.append(this.element, group);
};

SVGmo.prototype.addExtH = function addExtH(n, v, W, L, R, x = 0) {
    const left = Math.max(0, L - EXTENDER_FUZZ);
    const X = W - left - Math.max(0, R - EXTENDER_FUZZ);
    if (!n || X <= 0)
        return;
    const w = this.getChar(n, v)[2];
    const group = this.svg('g', { transform: `translate(${this.fixed(x + left)},0)` });
    this.addGlyph(n, v, 0, 0, group);
    this.adaptor.setAttribute(this.adaptor.lastChild(group), 'transform',
        `scale(${this.jax.fixed(X / w)},1)`);
    this.adaptor.append(this.element, group);
};

function makeTypesetter() {
    const adaptor = liteAdaptor();
    RegisterHTMLHandler(adaptor);
    // Without noerrors/noundefined a typo fails the build instead of shipping red error boxes.
    const packages = AllPackages.filter((p) => p !== 'noerrors' && p !== 'noundefined');
    const tex = new TeX({
        packages,
        formatError: (_jax, err) => {
            throw err;
        },
    });
    const svg = new SVG({ fontCache: 'none' });
    const doc = mathjax.document('', { InputJax: tex, OutputJax: svg });
    return (source, display) => {
        const container = doc.convert(source, { display, em: 16, ex: 8, containerWidth: 1280 });
        const node = adaptor.firstChild(container);
        // The title carries the exact TeX source: alt text for anyone opening the file, and
        // what tests/explainer compares with the app's tokenizer.
        return adaptor.outerHTML(node)
            .replace(/^(<svg[^>]*>)/, `$1<title>${escapeXml(source)}</title>`);
    };
}

// ---------------------------------------------------------------------------------------------
// Driver

function parseArgs(argv) {
    const args = { out: null, prefix: '/', markdown: [] };
    for (let i = 0; i < argv.length; ++i) {
        if (argv[i] === '--out' && i + 1 < argv.length) {
            args.out = argv[++i];
        } else if (argv[i] === '--prefix' && i + 1 < argv.length) {
            args.prefix = argv[++i];
        } else if (argv[i] === '--md' && i + 2 < argv.length) {
            args.markdown.push({ file: argv[i + 1], resourceDir: argv[i + 2] });
            i += 2;
        } else {
            throw new Error(`unexpected argument '${argv[i]}'`);
        }
    }
    if (!args.out)
        throw new Error('--out <dir> is required');
    return args;
}

// The equations of one Markdown file: { key, display, tex, where }, and the problems found.
function equationsOf(file) {
    const equations = [];
    const problems = [];
    const text = fs.readFileSync(file, 'utf8');
    for (const chunk of textChunks(text)) {
        const lineAt = (offset) => chunk.line + chunk.text.slice(0, offset).split('\n').length - 1;
        const { spans, problems: found } = mathSpans(chunk.text);
        for (const p of found)
            problems.push(`${file}:${lineAt(p.offset)}: ${p.message}`);
        for (const span of spans) {
            equations.push({ key: mathKey(span.display, span.tex), display: span.display,
                tex: span.tex, where: `${file}:${lineAt(span.start)}` });
        }
    }
    return { equations, problems };
}

function writeIfChanged(file, content) {
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content)
        return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
}

function main() {
    const args = parseArgs(process.argv.slice(2));
    const typeset = makeTypesetter();
    const problems = [];
    const wanted = new Map(); // path relative to --out → SVG text
    for (const { file, resourceDir } of args.markdown) {
        const { equations, problems: found } = equationsOf(file);
        problems.push(...found);
        for (const eq of equations) {
            const rel = path.posix.join(resourceDir, 'math', `${eq.key}.svg`);
            if (wanted.has(rel))
                continue;
            try {
                wanted.set(rel, typeset(eq.tex, eq.display) + '\n');
            } catch (err) {
                problems.push(`${eq.where}: TeX error in "${eq.tex}": ${err.message}`);
            }
        }
    }
    if (problems.length) {
        for (const p of problems)
            console.error(p);
        process.exitCode = 1;
        return;
    }

    for (const [rel, svg] of wanted)
        writeIfChanged(path.join(args.out, rel), svg);
    // Equations no Markdown uses any more must not linger in the build tree.
    for (const resourceDir of new Set(args.markdown.map((m) => m.resourceDir))) {
        const mathDir = path.posix.join(resourceDir, 'math');
        if (!fs.existsSync(path.join(args.out, mathDir)))
            continue;
        for (const name of fs.readdirSync(path.join(args.out, mathDir))) {
            if (!wanted.has(path.posix.join(mathDir, name)))
                fs.unlinkSync(path.join(args.out, mathDir, name));
        }
    }
    const files = [...wanted.keys()].sort().map((rel) => `        <file>${escapeXml(rel)}</file>`);
    writeIfChanged(path.join(args.out, 'math.qrc'), [
        '<!DOCTYPE RCC>',
        '<RCC version="1.0">',
        `    <qresource prefix="${escapeXml(args.prefix)}">`,
        ...files,
        '    </qresource>',
        '</RCC>',
        '',
    ].join('\n'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    try {
        main();
    } catch (err) {
        console.error(`typeset-math: ${err.message}`);
        process.exitCode = 1;
    }
}
