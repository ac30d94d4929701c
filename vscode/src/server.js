'use strict';
// How the extension starts the Qualspec language server: which Java runs it and the command line, the same one
// the repository's ./qualspec script builds for `qualspec lsp`. Plain Node (no 'vscode' module), so that the
// build's tests start the server exactly as the extension does.

const childProcess = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { promisify } = require('node:util');

const execFile = promisify(childProcess.execFile);

/** The oldest Java the server runs on (the bundles are compiled for release 21). */
const MINIMUM_JAVA = 21;

const JAVA_EXECUTABLE = process.platform === 'win32' ? 'java.exe' : 'java';

/**
 * The Java major version of an executable, from the properties it prints (java.specification.version is "21",
 * "25", or "1.8" for Java 8), or undefined when it does not run.
 */
async function javaVersion(java) {
	let run;
	try {
		run = await execFile(java, ['-XshowSettings:properties', '-version'], { encoding: 'utf8', timeout: 30000 });
	} catch {
		return undefined;
	}
	const specification = /^\s*java\.specification\.version = (\S+)/m.exec(run.stderr);
	if (!specification) {
		return undefined;
	}
	const parts = specification[1].split('.');
	return Number(parts[0] === '1' ? parts[1] : parts[0]);
}

/** The `java` found on the PATH, as the shell would run it, or undefined. */
function javaOnPath(environment) {
	for (const folder of (environment.PATH || '').split(path.delimiter)) {
		const candidate = folder && path.join(folder, JAVA_EXECUTABLE);
		if (candidate && fs.existsSync(candidate)) {
			return candidate;
		}
	}
	return undefined;
}

/**
 * The Java that runs the server: the setting qualspec.java.home, else the runtime bundled in a platform-specific
 * extension (runtime/), else JAVA_HOME, else java on the PATH. A configured setting is taken or refused, never
 * passed over; the others are tried in turn for Java 21 or newer.
 * Resolves to { java, version, source } or { error } with a sentence that says what was found and what to do.
 */
async function findJava({ javaHomeSetting, extensionPath, environment = process.env }) {
	if (javaHomeSetting) {
		const java = path.join(javaHomeSetting, 'bin', JAVA_EXECUTABLE);
		const version = fs.existsSync(java) ? await javaVersion(java) : undefined;
		if (version === undefined) {
			return { error: `The setting qualspec.java.home is "${javaHomeSetting}", which holds no Java (no runnable bin/${JAVA_EXECUTABLE}). Set it to a JDK or JRE ${MINIMUM_JAVA} or newer, or clear it.` };
		}
		if (version < MINIMUM_JAVA) {
			return { error: `The setting qualspec.java.home is "${javaHomeSetting}", a Java ${version}; the Qualspec language server needs Java ${MINIMUM_JAVA} or newer.` };
		}
		return { java, version, source: 'the setting qualspec.java.home' };
	}
	const candidates = [
		{ java: path.join(extensionPath, 'runtime', 'bin', JAVA_EXECUTABLE), source: 'the runtime bundled with the extension' },
		environment.JAVA_HOME && { java: path.join(environment.JAVA_HOME, 'bin', JAVA_EXECUTABLE), source: `JAVA_HOME (${environment.JAVA_HOME})` },
		{ java: javaOnPath(environment), source: 'java on the PATH' },
	];
	const found = [];
	for (const candidate of candidates) {
		if (!candidate || !candidate.java || !fs.existsSync(candidate.java)) {
			continue;
		}
		const version = await javaVersion(candidate.java);
		if (version !== undefined && version >= MINIMUM_JAVA) {
			return { ...candidate, version };
		}
		found.push(`${candidate.source}: ${version === undefined ? 'does not run' : `Java ${version}`}`);
	}
	return {
		error: `The Qualspec language server needs Java ${MINIMUM_JAVA} or newer, and none was found (${found.length ? found.join('; ') : 'no qualspec.java.home, no JAVA_HOME, no java on the PATH'}). `
			+ `Install a JDK ${MINIMUM_JAVA}+ (e.g. Eclipse Temurin) and set qualspec.java.home to its folder, or install the Qualspec extension made for your platform, which brings its own runtime.`,
	};
}

/**
 * The command line of `qualspec lsp` as ./qualspec builds it, on the jars in the extension's server/lib:
 * { command, args }. Library logging goes to standard error, never into the protocol stream on standard output.
 */
function serverCommand({ java, version, extensionPath, javaOptions = [] }) {
	const options = [];
	// JDK 24 and newer warn that Guice and Guava use sun.misc.Unsafe; the warning is not for the user
	if (version >= 24) {
		options.push('--sun-misc-unsafe-memory-access=allow');
	}
	options.push('-Xss4m', '-XX:+UseSerialGC', '-Dshut.up.ojAlgo=true', '-Dlog4j.configuration=qualspec-log4j.properties',
		'-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory');
	return {
		command: java,
		// the user's options last, so that they override ours
		args: [...options, ...javaOptions, '-cp', path.join(extensionPath, 'server', 'lib', '*'), 'io.qualspec.cli.Main', 'lsp'],
	};
}

module.exports = { MINIMUM_JAVA, findJava, javaVersion, serverCommand };
