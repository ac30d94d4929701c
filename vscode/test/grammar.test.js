'use strict';
// The TextMate grammar as VS Code runs it (vscode-textmate on the Oniguruma regular expressions of
// vscode-oniguruma): the scopes of tokens of the examples, and every keyword of the language's Xtext grammar.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { before, describe, it } = require('node:test');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');
const { repository, examples } = require('./support');

const GRAMMAR = path.join(__dirname, '..', 'syntaxes', 'qualspec.tmLanguage.json');

let grammar;

before(async () => {
	const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new textmate.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
			createOnigString: (text) => new oniguruma.OnigString(text),
		}),
		loadGrammar: async (scopeName) => (scopeName === 'source.qualspec'
			? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
	});
	grammar = await registry.loadGrammar('source.qualspec');
});

/** Every token of a text: { line (from 0), text, scopes (without the root scope) }. */
function tokenize(text) {
	const tokens = [];
	let state = textmate.INITIAL;
	text.split('\n').forEach((line, number) => {
		const result = grammar.tokenizeLine(line, state);
		for (const token of result.tokens) {
			tokens.push({ line: number, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes.slice(1) });
		}
		state = result.ruleStack;
	});
	return tokens;
}

/** The innermost scope of the first token with this text on the line holding `context`. */
function scopeOf(tokens, lines, context, tokenText) {
	const line = lines.findIndex((candidate) => candidate.includes(context));
	assert.notEqual(line, -1, `"${context}" in the example`);
	const token = tokens.find((t) => t.line === line && t.text === tokenText);
	assert.ok(token, `a token "${tokenText}" on line ${line + 1} (${lines[line].trim()}), tokens: ${tokens.filter((t) => t.line === line).map((t) => JSON.stringify(t.text)).join(' ')}`);
	return token.scopes.at(-1);
}

describe('the TextMate grammar on the OCR Level 2 NVQ Certificate in Customer Service', () => {
	const text = fs.readFileSync(path.join(examples, 'ocr', 'customer-service-nvq', 'level-2-nvq-certificate-500-8625-X.qspec'), 'utf8');
	const lines = text.split('\n');
	let tokens;
	before(() => { tokens = tokenize(text); });

	it('colours keywords and the library a file uses', () => {
		assert.equal(scopeOf(tokens, lines, 'use ocr.customerservice.nvq', 'use'), 'keyword.other.qualspec');
		assert.equal(scopeOf(tokens, lines, 'use ocr.customerservice.nvq', 'ocr.customerservice.nvq'), 'entity.name.namespace.qualspec');
		assert.equal(scopeOf(tokens, lines, 'qualification 500/8625/X', 'qualification'), 'keyword.other.qualspec');
		assert.equal(scopeOf(tokens, lines, '\tcredits 28', 'credits'), 'keyword.other.qualspec');
	});

	it('colours unit reference numbers and qualification numbers', () => {
		assert.equal(scopeOf(tokens, lines, 'qualification 500/8625/X', '500/8625/X'), 'constant.other.reference.qualification.qualspec');
		assert.equal(scopeOf(tokens, lines, 'unit F1 = F/601/1609', 'F/601/1609'), 'constant.other.reference.unit.qualspec');
		// F1 is the unit's number in the qualification: an identifier, neither keyword nor reference
		const number = tokens.find((t) => t.line === lines.indexOf('\t\tunit F1 = F/601/1609') && t.text.includes('F1'));
		assert.deepEqual(number.scopes, [], JSON.stringify(number));
	});

	it('colours numbers, dates and the values of the language', () => {
		assert.equal(scopeOf(tokens, lines, '\tcredits 28', '28'), 'constant.numeric.qualspec');
		assert.equal(scopeOf(tokens, lines, 'version "4" issued 2019-02', '2019-02'), 'constant.numeric.date.qualspec');
		for (const ageBand of ['pre-16', '16-18', '18+', '19+']) {
			assert.equal(scopeOf(tokens, lines, 'approved for ages pre-16', ageBand), 'constant.language.qualspec', ageBand);
		}
		assert.equal(scopeOf(tokens, lines, '\tsize certificate', 'certificate'), 'constant.language.qualspec');
	});

	it('colours strings as a whole, keywords inside them included', () => {
		const line = lines.findIndex((candidate) => candidate.startsWith('qualification 500/8625/X'));
		const inString = tokens.filter((t) => t.line === line && t.scopes[0] === 'string.quoted.double.qualspec');
		assert.equal(inString.map((t) => t.text).join(''), '"OCR Level 2 NVQ Certificate in Customer Service"');
		assert.ok(inString.every((t) => !t.scopes.some((scope) => scope.startsWith('keyword'))), 'no keyword inside the string ("in")');
	});

	it('colours comments, keywords and numbers inside them included', () => {
		const line = lines.findIndex((candidate) => candidate.startsWith('// OCR Level 2 NVQ Certificate'));
		const onLine = tokens.filter((t) => t.line === line);
		assert.ok(onLine.every((t) => t.scopes[0] === 'comment.line.double-slash.qualspec'), JSON.stringify(onLine));
		assert.equal(onLine.map((t) => t.text).join(''), lines[line]);
	});
});

describe('the TextMate grammar on other examples', () => {
	it('marks the bullets of a list in a text section (SFJ Awards Level 2 Certificate in Customer Service)', () => {
		const text = fs.readFileSync(path.join(examples, 'sfj', 'level-2-certificate-customer-service-603-4767-3.qspec'), 'utf8');
		const lines = text.split('\n');
		assert.equal(scopeOf(tokenize(text), lines, '- "Working in a team"', '-'), 'punctuation.definition.list.begin.qualspec');
	});

	it('colours every grade of a points table alike (Pearson BTEC International Level 3 IT)', () => {
		const text = fs.readFileSync(path.join(examples, 'pearson', 'btec-international-it', 'qualifications.qspec'), 'utf8');
		const lines = text.split('\n');
		const tokens = tokenize(text);
		for (const grade of ['pass', 'merit', 'distinction', 'unclassified']) {
			assert.equal(scopeOf(tokens, lines, 'points for 60 glh: pass 6, merit 10, distinction 16, unclassified 0', grade), 'constant.language.qualspec', grade);
		}
	});
});

describe('the TextMate grammar and the Xtext grammar', () => {
	// The keywords of Qualspec.xtext: its quoted words, and the literals of its enumerations (a literal's
	// keyword is its quoted text, or its name when it has none).
	const xtext = fs.readFileSync(path.join(repository, 'dsl', 'io.qualspec', 'src', 'io', 'qualspec', 'Qualspec.xtext'), 'utf8')
		.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
	const rules = xtext.slice(0, xtext.search(/^terminal /m));
	const keywords = new Set();
	for (const enumeration of rules.matchAll(/^enum\s+\w+(?:\s+returns\s+[\w:]+)?\s*:([^;]*);/gm)) {
		for (const literal of enumeration[1].split('|')) {
			keywords.add(/'([^']*)'/.exec(literal)?.[1] ?? literal.trim());
		}
	}
	for (const quoted of rules.replace(/^enum\s[^;]*;/gm, '').matchAll(/'([^']*)'/g)) {
		if (/[A-Za-z0-9]/.test(quoted[1])) keywords.add(quoted[1]);
	}

	it('finds the keywords of the Xtext grammar', () => {
		// a sample of every kind, so that a broken reading of the Xtext file cannot pass for an empty list
		for (const keyword of ['qualification', 'unit', 'library', 'glh', 'internal-set', 'distinction*', 'e.g.', '18+', 'QCF', 'september']) {
			assert.ok(keywords.has(keyword), keyword);
		}
	});

	it('colours every keyword of the Xtext grammar as a keyword or a value', () => {
		const uncoloured = [...keywords].filter((keyword) => {
			const tokens = tokenize(`${keyword} `);
			return !(tokens[0].text === keyword && /^(keyword|constant\.language)\./.test(tokens[0].scopes.at(-1) ?? ''));
		});
		assert.deepEqual(uncoloured, [], 'keywords of Qualspec.xtext that the TextMate grammar does not colour');
	});

	it('colours an escaped identifier (^diploma) as an identifier, not as a keyword', () => {
		const tokens = tokenize('use ocr.customerservice.^diploma');
		assert.deepEqual(tokens.at(-1), { line: 0, text: 'ocr.customerservice.^diploma', scopes: ['entity.name.namespace.qualspec'] });
	});
});
