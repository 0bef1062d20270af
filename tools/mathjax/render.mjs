// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Typesets the math of every plugins/*/content/*.md to plugins/<id>/content/math/<key>.svg.
// The SVGs are committed, so neither the app nor CI ever needs Node or TeX. The tokenizer must
// agree with app/explainer/mathtokenizer.cpp: a span this script misses would show up as a
// "missing equation" marker in the app, and tests/explainer checks every explainer for that.
//
// Usage: node tools/mathjax/render.mjs [--check] [plugin-dir ...]
//   --check  write nothing; exit 1 if any SVG is missing, stale or out of date

import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { mathjax } = require('mathjax-full/js/mathjax.js');
const { TeX } = require('mathjax-full/js/input/tex.js');
const { SVG } = require('mathjax-full/js/output/svg.js');
const { liteAdaptor } = require('mathjax-full/js/adaptors/liteAdaptor.js');
const { RegisterHTMLHandler } = require('mathjax-full/js/handlers/html.js');
const { AllPackages } = require('mathjax-full/js/input/tex/AllPackages.js');

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

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

function makeTypesetter() {
    const adaptor = liteAdaptor();
    RegisterHTMLHandler(adaptor);
    // Without noerrors/noundefined a typo fails the run instead of shipping red error boxes.
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
        const title = source.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        // The title keeps the TeX source as alt text for anyone opening the file directly.
        return adaptor.outerHTML(node).replace(/^(<svg[^>]*>)/, `$1<title>${title}</title>`);
    };
}

// ---------------------------------------------------------------------------------------------
// Driver

function pluginDirs(args) {
    if (args.length)
        return args.map((a) => path.resolve(a));
    const root = path.join(repoRoot, 'plugins');
    return fs.readdirSync(root, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => path.join(root, d.name))
        .sort();
}

function main() {
    const args = process.argv.slice(2);
    const check = args.includes('--check');
    const dirs = pluginDirs(args.filter((a) => a !== '--check'));
    const typeset = makeTypesetter();
    let failures = 0;
    let written = 0;
    let removed = 0;
    let total = 0;

    for (const dir of dirs) {
        const contentDir = path.join(dir, 'content');
        if (!fs.existsSync(contentDir))
            continue;
        const mdFiles = fs.readdirSync(contentDir).filter((f) => f.endsWith('.md')).sort();
        const mathDir = path.join(contentDir, 'math');
        const wanted = new Map();
        for (const md of mdFiles) {
            const file = path.join(contentDir, md);
            const text = fs.readFileSync(file, 'utf8');
            for (const chunk of textChunks(text)) {
                const { spans, problems } = mathSpans(chunk.text);
                for (const p of problems) {
                    const line = chunk.line + chunk.text.slice(0, p.offset).split('\n').length - 1;
                    console.error(`${path.relative(repoRoot, file)}:${line}: ${p.message}`);
                    ++failures;
                }
                for (const span of spans) {
                    const key = mathKey(span.display, span.tex);
                    const line = chunk.line + chunk.text.slice(0, span.start).split('\n').length
                        - 1;
                    const where = `${path.relative(repoRoot, file)}:${line}`;
                    wanted.set(key, { ...span, where });
                }
            }
        }

        const existing = fs.existsSync(mathDir)
            ? fs.readdirSync(mathDir).filter((f) => f.endsWith('.svg')) : [];
        for (const f of existing) {
            if (wanted.has(f.slice(0, -4)))
                continue;
            if (check) {
                console.error(`${path.relative(repoRoot, path.join(mathDir, f))}: stale`);
                ++failures;
            } else {
                fs.unlinkSync(path.join(mathDir, f));
                ++removed;
            }
        }
        if (wanted.size && !check)
            fs.mkdirSync(mathDir, { recursive: true });
        for (const [key, span] of wanted) {
            ++total;
            let svg;
            try {
                svg = typeset(span.tex, span.display) + '\n';
            } catch (err) {
                console.error(`${span.where}: TeX error in "${span.tex}": ${err.message}`);
                ++failures;
                continue;
            }
            const out = path.join(mathDir, key + '.svg');
            const old = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : null;
            if (old === svg)
                continue;
            if (check) {
                console.error(`${path.relative(repoRoot, out)}: ${old ? 'out of date' : 'missing'}`
                    + ` (${span.where})`);
                ++failures;
            } else {
                fs.writeFileSync(out, svg);
                ++written;
            }
        }
    }
    console.log(`${total} equations, ${written} written, ${removed} stale removed, `
        + `${failures} problems`);
    process.exitCode = failures ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
    main();
