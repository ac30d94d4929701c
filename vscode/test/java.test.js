'use strict';
// Which Java the extension runs the server on (src/server.js), on stand-ins for old Javas: a bin/java script
// printing what `java -XshowSettings:properties -version` prints about its version.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { after, describe, it } = require('node:test');
const { findJava, serverCommand } = require('../src/server');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'qualspec-java-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A folder with a bin/java that reports a Java specification version, as Java 8 ("1.8") or 17 ("17") do. */
function oldJava(name, specificationVersion) {
	const home = path.join(scratch, name);
	fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
	fs.writeFileSync(path.join(home, 'bin', 'java'), `#!/bin/sh\necho '    java.specification.version = ${specificationVersion}' >&2\n`, { mode: 0o755 });
	return home;
}

const noExtensionRuntime = path.join(scratch, 'extension');

describe('the Java that runs the server', { skip: process.platform === 'win32' && 'stand-ins are shell scripts' }, () => {
	it('is JAVA_HOME when nothing is set and no runtime is bundled', async () => {
		const runtime = await findJava({ javaHomeSetting: '', extensionPath: noExtensionRuntime, environment: { JAVA_HOME: process.env.JAVA_HOME, PATH: '' } });
		assert.equal(runtime.error, undefined, runtime.error);
		assert.equal(runtime.java, path.join(process.env.JAVA_HOME, 'bin', 'java'));
		assert.ok(runtime.version >= 21, String(runtime.version));
	});

	it('passes over an old JAVA_HOME for a Java 21+ on the PATH', async () => {
		const runtime = await findJava({ javaHomeSetting: '', extensionPath: noExtensionRuntime,
			environment: { JAVA_HOME: oldJava('jdk17', '17'), PATH: path.join(process.env.JAVA_HOME, 'bin') } });
		assert.equal(runtime.source, 'java on the PATH');
	});

	it('names every Java found and what to do when none is 21 or newer', async () => {
		const runtime = await findJava({ javaHomeSetting: '', extensionPath: noExtensionRuntime,
			environment: { JAVA_HOME: oldJava('jdk17', '17'), PATH: path.join(oldJava('jre8', '1.8'), 'bin') } });
		assert.match(runtime.error, /needs Java 21 or newer/);
		assert.match(runtime.error, /JAVA_HOME \(.*jdk17\): Java 17; java on the PATH: Java 8/);
		assert.match(runtime.error, /set qualspec\.java\.home/);
	});

	it('is the setting qualspec.java.home when it is set, and refuses an old or missing Java there', async () => {
		const environment = { JAVA_HOME: process.env.JAVA_HOME, PATH: '' };
		assert.equal((await findJava({ javaHomeSetting: process.env.JAVA_HOME, extensionPath: noExtensionRuntime, environment })).source,
			'the setting qualspec.java.home');
		assert.match((await findJava({ javaHomeSetting: oldJava('jdk17', '17'), extensionPath: noExtensionRuntime, environment })).error,
			/qualspec\.java\.home is ".*jdk17", a Java 17; the Qualspec language server needs Java 21 or newer/);
		assert.match((await findJava({ javaHomeSetting: scratch, extensionPath: noExtensionRuntime, environment })).error,
			/qualspec\.java\.home is ".*", which holds no Java/);
	});
});

describe('the command line of the server', () => {
	it('runs qualspec lsp on the bundled jars with the user options after the launcher options', () => {
		const { command, args } = serverCommand({ java: '/jdk/bin/java', version: 25, extensionPath: '/extension', javaOptions: ['-Xmx4g'] });
		assert.equal(command, '/jdk/bin/java');
		assert.deepEqual(args.slice(-4), ['-cp', path.join('/extension', 'server', 'lib', '*'), 'io.qualspec.cli.Main', 'lsp']);
		assert.ok(args.indexOf('-Xmx4g') > args.indexOf('-Xss4m'));
		assert.ok(args.includes('--sun-misc-unsafe-memory-access=allow'), 'Java 24+');
		assert.ok(!serverCommand({ java: 'java', version: 21, extensionPath: '/extension' }).args.includes('--sun-misc-unsafe-memory-access=allow'),
			'Java 21 does not know the option');
	});
});
