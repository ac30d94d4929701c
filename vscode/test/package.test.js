'use strict';
// The .vsix files as VS Code reads them: the manifest, the extension's package.json and what it points to,
// the server's jars (those of the command line distribution), the client library, and nothing of the build.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { before, describe, it } = require('node:test');
const { repository, builtPackages, readZip } = require('./support');

const DISTRIBUTION_LIB = path.join(repository, 'releng', 'io.qualspec.cli.distribution', 'target', 'lib');

for (const vsix of builtPackages()) {
	describe(path.basename(vsix.file), () => {
		let files;
		let manifest;

		before(async () => {
			files = new Map((await readZip(vsix.file)).map((entry) => [entry.name, entry]));
			manifest = JSON.parse(files.get('extension/package.json').read().toString('utf8'));
		});

		it('is the Qualspec extension in the version of its package.json', (t) => {
			t.diagnostic(`${(fs.statSync(vsix.file).size / 1024 / 1024).toFixed(1)} MB, ${files.size} files`);
			const identity = /<Identity\s[^>]*>/.exec(files.get('extension.vsixmanifest').read().toString('utf8'))[0];
			assert.match(identity, /\bId="qualspec"/);
			assert.match(identity, /\bPublisher="qualspec"/);
			assert.match(identity, new RegExp(`\\bVersion="${manifest.version.replace(/\./g, '\\.')}"`));
			if (vsix.target) {
				assert.match(identity, new RegExp(`\\bTargetPlatform="${vsix.target}"`));
			} else {
				assert.doesNotMatch(identity, /TargetPlatform=/);
			}
		});

		it('contributes the language for .qspec files with its grammar and configuration', () => {
			const language = manifest.contributes.languages.find((l) => l.id === 'qualspec');
			assert.deepEqual(language.extensions, ['.qspec']);
			const configuration = JSON.parse(files.get(path.posix.join('extension', language.configuration)).read().toString('utf8'));
			assert.equal(configuration.comments.lineComment, '//');
			assert.deepEqual(configuration.comments.blockComment, ['/*', '*/']);
			const grammar = manifest.contributes.grammars.find((g) => g.language === 'qualspec');
			assert.equal(JSON.parse(files.get(path.posix.join('extension', grammar.path)).read().toString('utf8')).scopeName, grammar.scopeName);
			assert.ok(files.has(path.posix.join('extension', manifest.main)), manifest.main);
		});

		it('offers the Java home, the JVM options and the server trace as settings', () => {
			assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(),
				['qualspec.java.home', 'qualspec.java.options', 'qualspec.trace.server']);
		});

		it('bundles the jars of the command line distribution, the client library, and nothing of the build', () => {
			const jars = [...files.keys()].filter((name) => name.startsWith('extension/server/lib/')).map((name) => path.posix.basename(name)).sort();
			const distribution = fs.readdirSync(DISTRIBUTION_LIB).filter((name) => name.endsWith('.jar')).sort();
			assert.deepEqual(jars, distribution);
			assert.ok(jars.some((jar) => jar.startsWith('io.qualspec.cli-')), 'the command line bundle');
			const client = JSON.parse(files.get('extension/node_modules/vscode-languageclient/package.json').read().toString('utf8'));
			assert.equal(client.version, manifest.dependencies['vscode-languageclient']);
			// vscode-languageclient/node, which src/extension.js loads, as the package's exports map resolves it
			const entry = path.posix.join('extension/node_modules/vscode-languageclient', client.exports['./node'].node);
			assert.ok(files.has(entry), entry);
			const names = [...files.keys()];
			for (const buildOnly of ['extension/test/', 'extension/build/', 'extension/node_modules/vscode-textmate/',
				'extension/node_modules/@vscode/vsce/', 'extension/node_modules/yauzl/']) {
				assert.ok(!names.some((name) => name.startsWith(buildOnly)), `${buildOnly} left out`);
			}
		});

		it(vsix.target ? 'brings a Java 21+ runtime, its java executable' : 'brings no Java runtime', () => {
			const java = files.get('extension/runtime/bin/java');
			if (!vsix.target) {
				assert.ok(![...files.keys()].some((name) => name.startsWith('extension/runtime/')));
				return;
			}
			assert.ok(java, 'runtime/bin/java');
			assert.equal(java.mode & 0o111, 0o111, `runtime/bin/java is executable (mode ${java.mode.toString(8)})`);
			const release = files.get('extension/runtime/release').read().toString('utf8');
			assert.ok(Number(/^JAVA_VERSION="(\d+)/m.exec(release)[1]) >= 21, release);
		});
	});
}
