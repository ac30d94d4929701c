'use strict';
// The extension's activation when no usable Java is configured, outside VS Code: the parts of the `vscode` API
// that src/extension.js calls are recorded here; any other part (vscode-languageclient reads some while it
// loads) is an inert stand-in. The server's own start is tested in server.test.js.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const { after, before, describe, it } = require('node:test');

/** A value for any property path: callable, constructible, and again anything on every property. */
function inert() {
	return new Proxy(function () {}, {
		get: (_, property) => (property === 'then' ? undefined : inert()),
		apply: () => inert(),
		construct: () => inert(),
	});
}

const calls = { errors: [], commands: [], registered: [] };
const vscode = new Proxy({
	workspace: new Proxy({
		getConfiguration: (section) => ({ get: (key) => settings[`${section}.${key}`] }),
		onDidChangeConfiguration: () => ({ dispose() {} }),
	}, { get: (target, property) => target[property] ?? inert() }),
	window: new Proxy({
		showErrorMessage: async (message, ...buttons) => { calls.errors.push({ message, buttons }); return buttons[0]; },
	}, { get: (target, property) => target[property] ?? inert() }),
	commands: {
		registerCommand: (id) => { calls.registered.push(id); return { dispose() {} }; },
		executeCommand: async (...args) => { calls.commands.push(args); },
	},
}, { get: (target, property) => target[property] ?? inert() });

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'qualspec-extension-'));
const settings = { 'qualspec.java.home': path.join(scratch, 'jdk17'), 'qualspec.java.options': [] };
const resolveFilename = Module._resolveFilename;

before(() => {
	fs.mkdirSync(path.join(scratch, 'jdk17', 'bin'), { recursive: true });
	fs.writeFileSync(path.join(scratch, 'jdk17', 'bin', 'java'), "#!/bin/sh\necho '    java.specification.version = 17' >&2\n", { mode: 0o755 });
	Module._resolveFilename = function (request, ...rest) {
		return request === 'vscode' ? 'vscode' : resolveFilename.call(this, request, ...rest);
	};
	require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };
});

after(() => {
	Module._resolveFilename = resolveFilename;
	delete require.cache.vscode;
	fs.rmSync(scratch, { recursive: true, force: true });
});

describe('activation with qualspec.java.home set to a Java 17', { skip: process.platform === 'win32' && 'the stand-in Java is a shell script' }, () => {
	it('says so, offers the settings, opens them, and starts no server', async () => {
		const extension = require('../src/extension');
		await extension.activate({ subscriptions: [], extensionPath: scratch });
		await new Promise(setImmediate); // the answer to the notification, which activation does not wait for
		assert.equal(calls.errors.length, 1, JSON.stringify(calls.errors));
		assert.match(calls.errors[0].message, /qualspec\.java\.home is ".*jdk17", a Java 17; the Qualspec language server needs Java 21 or newer/);
		assert.deepEqual(calls.errors[0].buttons, ['Open Settings']);
		assert.deepEqual(calls.commands, [['workbench.action.openSettings', 'qualspec.java']]);
		await extension.deactivate();
	});

	it('registers only commands that package.json contributes', () => {
		const contributed = require('../package.json').contributes.commands.map((command) => command.command);
		assert.ok(calls.registered.length > 0);
		assert.deepEqual(calls.registered.filter((id) => !contributed.includes(id)), []);
	});
});
