'use strict';
// The language server of each built .vsix, started as the extension starts it (src/server.js of the unpacked
// package: its Java lookup and command line, its bundled jars), driven by a Node LSP client over standard
// input and output on the repository's examples: initialize, diagnostics of an example and of a broken edit,
// completion, hover, shutdown.

const assert = require('node:assert/strict');
const childProcess = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { after, before, describe, it } = require('node:test');
const protocol = require('vscode-languageserver-protocol/node');
const { examples, builtPackages, unpackExtension, cleanUp } = require('./support');

// Written by hand from the example files: the OCR Level 2 NVQ Certificate in Customer Service uses the unit
// F/601/1609 "Communicate using customer service language" (units.qspec: level 1, 4 credits, 30 GLH) as F1.
const QUALIFICATION = path.join(examples, 'ocr', 'customer-service-nvq', 'level-2-nvq-certificate-500-8625-X.qspec');
const QUALIFICATION_URI = pathToFileURL(QUALIFICATION).href;
const F1_LINE = '\t\tunit F1 = F/601/1609';
const F1_TITLE = 'Communicate using customer service language';

// A slow, shared build machine: the server validates the whole examples folder in the background.
const STARTUP = 120_000;
const ANSWER = 60_000;

/** A promise, or its failure when it takes longer than the time given or when `gone` fails first. */
function within(milliseconds, what, promise, gone) {
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no ${what} within ${milliseconds / 1000} s`)), milliseconds);
	});
	return Promise.race([promise, timeout, ...(gone ? [gone] : [])]).finally(() => clearTimeout(timer));
}

/** Line and character just after the first occurrence of a piece of text in a file's lines. */
function positionAfter(text, piece) {
	const lines = text.split('\n');
	const line = lines.findIndex((candidate) => candidate.includes(piece));
	assert.notEqual(line, -1, `"${piece}" in the example`);
	return { line, character: lines[line].indexOf(piece) + piece.length };
}

for (const vsix of builtPackages()) {
	describe(`the language server in ${path.basename(vsix.file)}`, { timeout: 10 * 60_000 }, () => {
		let extensionPath;
		let server;
		let connection;
		let stderr = '';
		/** fails when the server stops before the client shuts it down: a test waiting for an answer fails at once */
		let serverGone;
		let shuttingDown = false;
		/** uri → { diagnostics, version } of every publishDiagnostics, and who waits for the next one of a uri */
		const published = new Map();
		const waiting = [];
		const text = fs.readFileSync(QUALIFICATION, 'utf8');

		function diagnosticsOf(uri, accept = () => true) {
			const known = published.get(uri);
			if (known && accept(known)) return Promise.resolve(known);
			return within(STARTUP, `diagnostics for ${uri}`, new Promise((resolve) => waiting.push({ uri, accept, resolve })), serverGone);
		}

		before(async () => {
			extensionPath = await unpackExtension(vsix.file);
			// exactly as the extension does (src/extension.js): no qualspec.java.home, no extra options
			const { findJava, serverCommand } = require(path.join(extensionPath, 'src', 'server.js'));
			const runtime = await findJava({ javaHomeSetting: '', extensionPath });
			assert.equal(runtime.error, undefined, runtime.error);
			if (vsix.target) {
				assert.equal(runtime.source, 'the runtime bundled with the extension');
				assert.equal(runtime.java, path.join(extensionPath, 'runtime', 'bin', 'java'));
			}
			const { command, args } = serverCommand({ java: runtime.java, version: runtime.version, extensionPath });
			server = childProcess.spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
			server.stderr.on('data', (chunk) => { stderr += chunk; });
			serverGone = new Promise((_, reject) => server.once('exit', (code) => {
				if (!shuttingDown) reject(new Error(`the server stopped (exit ${code}): ${stderr}`));
			}));
			serverGone.catch(() => {});
			connection = protocol.createProtocolConnection(new protocol.StreamMessageReader(server.stdout),
				new protocol.StreamMessageWriter(server.stdin));
			connection.onNotification(protocol.PublishDiagnosticsNotification.type, (params) => {
				published.set(params.uri, params);
				for (const waiter of waiting.filter((w) => w.uri === params.uri && w.accept(params))) {
					waiting.splice(waiting.indexOf(waiter), 1);
					waiter.resolve(params);
				}
			});
			// what VS Code answers to the server's own requests
			connection.onRequest(protocol.WorkDoneProgressCreateRequest.type, () => null);
			connection.onRequest(protocol.RegistrationRequest.type, () => null);
			connection.onRequest(protocol.ConfigurationRequest.type, (params) => params.items.map(() => null));
			connection.listen();
		});

		after(async () => {
			connection?.dispose();
			if (server && server.exitCode === null) server.kill();
			if (extensionPath) cleanUp(extensionPath);
		});

		it('answers initialize with the capabilities the extension relies on', async () => {
			const root = pathToFileURL(examples).href;
			const result = await within(STARTUP, 'initialize answer', connection.sendRequest(protocol.InitializeRequest.type, {
				processId: process.pid,
				rootUri: root,
				workspaceFolders: [{ uri: root, name: 'examples' }],
				capabilities: {
					window: { workDoneProgress: true },
					textDocument: {
						publishDiagnostics: { relatedInformation: true },
						completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } },
						hover: { contentFormat: ['markdown', 'plaintext'] },
					},
				},
			}), serverGone);
			const capabilities = result.capabilities;
			assert.ok(capabilities.completionProvider, 'completion');
			assert.ok(capabilities.hoverProvider, 'hover');
			assert.ok(capabilities.definitionProvider, 'definition');
			assert.ok(capabilities.documentFormattingProvider, 'formatting');
			connection.sendNotification(protocol.InitializedNotification.type, {});
			connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, {
				textDocument: { uri: QUALIFICATION_URI, languageId: 'qualspec', version: 1, text },
			});
		});

		it('publishes no error for the example, then the error of a unit that does not exist', async () => {
			const clean = await diagnosticsOf(QUALIFICATION_URI);
			assert.deepEqual(clean.diagnostics.filter((d) => d.severity === protocol.DiagnosticSeverity.Error), []);

			// F/601/1609 → F/601/1610: no library defines that unit
			const broken = text.replace(F1_LINE, '\t\tunit F1 = F/601/1610');
			connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, {
				textDocument: { uri: QUALIFICATION_URI, version: 2 }, contentChanges: [{ text: broken }],
			});
			const published = await diagnosticsOf(QUALIFICATION_URI, (params) => params.diagnostics.some((d) => d.message.includes('F/601/1610')));
			const error = published.diagnostics.find((d) => d.message.includes('F/601/1610'));
			assert.equal(error.severity, protocol.DiagnosticSeverity.Error);
			assert.equal(error.range.start.line, positionAfter(text, F1_LINE).line);

			connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, {
				textDocument: { uri: QUALIFICATION_URI, version: 3 }, contentChanges: [{ text }],
			});
			await diagnosticsOf(QUALIFICATION_URI, (params) => !params.diagnostics.some((d) => d.message.includes('F/601/1610')));
		});

		it('completes a unit reference with the units of the library the file uses', async () => {
			const completion = await within(ANSWER, 'completion', connection.sendRequest(protocol.CompletionRequest.type, {
				textDocument: { uri: QUALIFICATION_URI }, position: positionAfter(text, '\t\tunit F1 = '),
			}), serverGone);
			const items = Array.isArray(completion) ? completion : completion.items;
			const labels = items.map((item) => item.label);
			assert.ok(labels.some((label) => label.includes('F/601/1609')), `F/601/1609 among ${labels.slice(0, 20).join(', ')}`);
			// L/601/1614 is F2 of the same qualification and of the same library
			assert.ok(labels.some((label) => label.includes('L/601/1614')), `L/601/1614 among ${labels.slice(0, 20).join(', ')}`);
		});

		it('shows the title of a unit in a hover over its reference', async () => {
			const hover = await within(ANSWER, 'hover', connection.sendRequest(protocol.HoverRequest.type, {
				textDocument: { uri: QUALIFICATION_URI }, position: positionAfter(text, '\t\tunit F1 = F/6'),
			}), serverGone);
			assert.ok(hover, 'a hover');
			const contents = [hover.contents].flat().map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
			assert.ok(contents.includes(F1_TITLE), contents);
		});

		it('shuts down and exits with status 0', async () => {
			shuttingDown = true;
			await within(ANSWER, 'shutdown answer', connection.sendRequest(protocol.ShutdownRequest.type));
			const exited = new Promise((resolve) => server.once('exit', (code) => resolve(code)));
			connection.sendNotification(protocol.ExitNotification.type);
			assert.equal(await within(ANSWER, 'exit', exited), 0, stderr);
		});
	});
}
