'use strict';
// What the tests share: the repository (its examples and grammar), the .vsix files the build made, and
// unpacking one of them as VS Code installs it.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const yauzl = require('yauzl');

/** The repository root (the Maven build sets QUALSPEC_REPOSITORY; by hand, the test runs in vscode/target/extension). */
const repository = path.resolve(process.env.QUALSPEC_REPOSITORY || path.join(__dirname, '..', '..', '..', '..'));
const examples = path.join(repository, 'examples');
const vsixFolder = path.resolve(process.env.QUALSPEC_VSIX_FOLDER || path.join(__dirname, '..', '..'));

/** The .vsix files of the build: the universal one always, the linux-x64 one when the profile made it. */
function builtPackages() {
	const names = fs.existsSync(vsixFolder) ? fs.readdirSync(vsixFolder).filter((name) => name.endsWith('.vsix')) : [];
	const universal = names.filter((name) => /^qualspec-\d/.test(name));
	assert.equal(universal.length, 1, `one universal qualspec-VERSION.vsix in ${vsixFolder}, found: ${names.join(', ') || 'none'}`);
	return names.map((name) => ({
		file: path.join(vsixFolder, name),
		target: /^qualspec-(linux-x64)-/.exec(name)?.[1],
	}));
}

/** Every entry of a zip: [{ name, mode (Unix permission bits, 0 when not recorded), read() → Buffer }]. */
function readZip(file) {
	return new Promise((resolve, reject) => {
		yauzl.open(file, { lazyEntries: true }, (error, zip) => {
			if (error) return reject(error);
			const entries = [];
			zip.on('error', reject);
			zip.on('end', () => resolve(entries));
			zip.on('entry', (entry) => {
				zip.openReadStream(entry, (streamError, stream) => {
					if (streamError) return reject(streamError);
					const chunks = [];
					stream.on('data', (chunk) => chunks.push(chunk));
					stream.on('error', reject);
					stream.on('end', () => {
						const content = Buffer.concat(chunks);
						entries.push({ name: entry.fileName, mode: (entry.externalFileAttributes >>> 16) & 0o777, read: () => content });
						zip.readEntry();
					});
				});
			});
			zip.readEntry();
		});
	});
}

/**
 * Unpacks a .vsix as VS Code installs it: the folder "extension/" becomes the extension's folder, with the file
 * modes the package records (0o644 where it records none). Returns that folder; remove it with cleanUp.
 */
async function unpackExtension(vsix) {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qualspec-vsix-'));
	for (const entry of await readZip(vsix)) {
		if (!entry.name.startsWith('extension/') || entry.name.endsWith('/')) continue;
		const target = path.join(root, entry.name.slice('extension/'.length));
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.writeFileSync(target, entry.read(), { mode: entry.mode || 0o644 });
	}
	return root;
}

function cleanUp(folder) {
	fs.rmSync(folder, { recursive: true, force: true });
}

module.exports = { repository, examples, builtPackages, readZip, unpackExtension, cleanUp };
