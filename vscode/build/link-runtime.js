'use strict';
// Links the Java runtime of the linux-x64 .vsix: node build/link-runtime.js JDK EXTENSION_FOLDER writes
// EXTENSION_FOLDER/runtime with the JDK's jlink, holding the modules that jdeps finds the server's jars
// (EXTENSION_FOLDER/server/lib) to need. jdeps reads the jars' classes from one folder on a plain class path:
// given the jars themselves it takes those with a module-info for modules, and several of those split packages.

const childProcess = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const yauzl = require('yauzl');

function extractClasses(jar, into) {
	return new Promise((resolve, reject) => {
		yauzl.open(jar, { lazyEntries: true }, (error, zip) => {
			if (error) return reject(error);
			zip.on('error', reject);
			zip.on('end', resolve);
			zip.on('entry', (entry) => {
				if (!entry.fileName.endsWith('.class') || entry.fileName.startsWith('META-INF/') || entry.fileName.endsWith('module-info.class')) {
					return zip.readEntry();
				}
				zip.openReadStream(entry, (streamError, stream) => {
					if (streamError) return reject(streamError);
					const target = path.join(into, entry.fileName);
					fs.mkdirSync(path.dirname(target), { recursive: true });
					stream.pipe(fs.createWriteStream(target)).on('finish', () => zip.readEntry()).on('error', reject);
				});
			});
			zip.readEntry();
		});
	});
}

function run(command, args) {
	const result = childProcess.spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
	if (result.status !== 0) {
		throw new Error(`${path.basename(command)} failed (exit ${result.status})`);
	}
	return result.stdout.trim();
}

async function main([jdk, extension]) {
	const lib = path.join(extension, 'server', 'lib');
	const classes = fs.mkdtempSync(path.join(os.tmpdir(), 'qualspec-jdeps-'));
	try {
		for (const jar of fs.readdirSync(lib).filter((name) => name.endsWith('.jar'))) {
			await extractClasses(path.join(lib, jar), classes);
		}
		const modules = run(path.join(jdk, 'bin', 'jdeps'), ['--print-module-deps', '--ignore-missing-deps', '-q', classes]);
		console.log(`link-runtime: modules ${modules}`);
		const runtime = path.join(extension, 'runtime');
		fs.rmSync(runtime, { recursive: true, force: true });
		run(path.join(jdk, 'bin', 'jlink'), ['--add-modules', modules, '--strip-debug', '--no-man-pages', '--no-header-files',
			'--compress=zip-6', '--output', runtime]);
		console.log(`link-runtime: ${runtime}`);
	} finally {
		fs.rmSync(classes, { recursive: true, force: true });
	}
}

main(process.argv.slice(2)).catch((error) => {
	console.error(`link-runtime: ${error.message}`);
	process.exit(1);
});
